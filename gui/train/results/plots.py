"""The live plots of a run: loss (a bounded series, redrawn at a fixed rate) and accuracy."""
import csv
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ... import plot_style  # noqa: F401  (row-major images, light plots)
from ..worker import POINT_BUDGET
from .loss_series import LossSeries
from .plot_hint import PlotHint

# A paint holds the GIL in the GUI thread, and the worker (tiny NumPy calls at batch
# size 1) waits for it meanwhile: a few redraws a second look live and cost it little.
REDRAW_MS = 400  # the loss curve is redrawn at most this often, however fast batches come
TREND_POINTS = 400  # the smoothed trend is drawn from at most this many of its points: a
# 2 px antialiased line is the costliest thing to paint, and a trend needs few points
LOSS_HINT = "Press Train to see the loss fall as the network learns"
ACCURACY_HINT = "...and the accuracy climb, epoch by epoch"


class TrainPlots(QWidget):
    """Loss against epochs (means of buckets of batches, and a smoothed trend) and accuracy
    per epoch. Incoming points only go into fixed-size arrays; a timer hands them to the
    curves, so a redraw costs the same after 10 batches or 300,000."""

    saved = Signal(str, str)  # title, text: files written, a notice
    problem = Signal(str, str)  # title, text: files that could not be written

    def __init__(self, parent=None):
        super().__init__(parent)
        self.series = LossSeries(POINT_BUDGET)
        self._dirty = False
        v = QVBoxLayout(self)
        v.setContentsMargins(4, 4, 4, 4)

        self.loss_plot = pg.PlotWidget(title="Training loss")
        self.loss_plot.setObjectName("lossPlot")
        self.loss_plot.setToolTip("Loss on the training batches: each faint point is the mean "
                                  "of a few batches, the dark line its smoothed trend")
        self.loss_plot.setLabel("bottom", "epoch")
        self.loss_plot.setLabel("left", "loss")
        self.loss_plot.showGrid(x=True, y=True, alpha=0.2)
        for side in ("left", "bottom"):
            axis = self.loss_plot.getAxis(side)
            axis.enableAutoSIPrefix(False)
            # Major and minor grid lines only: the finest level doubled the cost of a paint.
            axis.setStyle(maxTickLevel=1)
        # Peak downsampling keeps the spikes a mean would hide; clipping skips what is off view.
        self.loss_plot.setDownsampling(auto=True, mode="peak")
        self.loss_plot.setClipToView(True)
        # Whatever corner it takes, some curve passes behind it: a veil keeps it legible.
        self.loss_plot.addLegend(offset=(-10, 10), brush=pg.mkBrush(255, 255, 255, 200))
        # connect="finite": a bucket with no finite loss (a diverging run) leaves a gap.
        # No antialiasing for the faint, noisy raw band: it halves the cost of a redraw
        # (the GUI thread paints while the worker waits for the GIL) and looks the same.
        self.raw_curve = self.loss_plot.plot([], [], pen=pg.mkPen((120, 150, 200, 110)),
                                             name="batches", connect="finite", antialias=False)
        self.smooth_curve = self.loss_plot.plot([], [], pen=pg.mkPen((20, 70, 160), width=2),
                                                name="smoothed", connect="finite")

        self.accuracy_plot = pg.PlotWidget(title="Accuracy per epoch")
        self.accuracy_plot.setObjectName("accuracyPlot")
        self.accuracy_plot.setLabel("bottom", "epoch")
        self.accuracy_plot.setLabel("left", "accuracy")
        self.accuracy_plot.showGrid(x=True, y=True, alpha=0.2)
        for side in ("left", "bottom"):
            axis = self.accuracy_plot.getAxis(side)
            axis.enableAutoSIPrefix(False)
            axis.setStyle(maxTickLevel=1)
        self.accuracy_plot.addLegend(offset=(-10, -10), brush=pg.mkBrush(255, 255, 255, 200))
        self.train_curve = self.accuracy_plot.plot([], [], pen=pg.mkPen((230, 120, 30), width=2),
                                                   symbol="o", symbolSize=5, name="train")
        self.test_curve = self.accuracy_plot.plot([], [], pen=pg.mkPen((30, 140, 60), width=2),
                                                  symbol="o", symbolSize=5, name="test")
        self.loss_hint = PlotHint(self.loss_plot, LOSS_HINT, "lossHint")
        self.accuracy_hint = PlotHint(self.accuracy_plot, ACCURACY_HINT, "accuracyHint")
        v.addWidget(self.loss_plot, 1)
        v.addWidget(self.accuracy_plot, 1)

        row = QHBoxLayout()
        self.png_button = QPushButton("Save plots...")
        self.png_button.setToolTip("Save both plots as PNG images")
        self.csv_button = QPushButton("Save history...")
        self.csv_button.setToolTip("Save the run's per-epoch figures as CSV")
        self.png_button.clicked.connect(self._export_png_dialog)
        self.csv_button.clicked.connect(self._export_csv_dialog)
        row.addWidget(self.png_button)
        row.addWidget(self.csv_button)
        row.addStretch(1)
        v.addLayout(row)

        self._timer = QTimer(self)
        self._timer.setInterval(REDRAW_MS)
        self._timer.timeout.connect(self.redraw)
        self.clear()

    # -- a run's life ----------------------------------------------------------------
    def clear(self, loss_hint=LOSS_HINT, accuracy_hint=ACCURACY_HINT):
        """Back to the empty state, with hints saying what will appear and how."""
        self._timer.stop()
        self.series.clear()
        self._dirty = False
        self._history = []
        self._length = None
        for curve in (self.raw_curve, self.smooth_curve, self.train_curve, self.test_curve):
            curve.setData([], [])
        self.loss_hint.show_hint(loss_hint)
        self.accuracy_hint.show_hint(accuracy_hint)
        self.png_button.setEnabled(False)  # nothing to save yet
        self.csv_button.setEnabled(False)

    def begin_run(self):
        self.clear("Training: the first points appear in a moment",
                   "Test accuracy appears after each epoch")
        self.loss_plot.enableAutoRange(x=True, y=True)
        self._timer.start()

    def set_run_length(self, epochs):
        """The whole run on the x axis from the start: the curve fills it in as it goes,
        and the axis stays put (a changing range made every redraw paint twice)."""
        if epochs != self._length:
            self._length = epochs
            self.loss_plot.setXRange(0, epochs, padding=0.02)  # turns x auto-range off

    def end_run(self):
        self._timer.stop()
        self.redraw()

    def is_empty(self):
        return not len(self.series) and not self._history

    # -- data ------------------------------------------------------------------------
    def add_losses(self, xs, losses, counts):
        """Cheap: the points go into the arrays; the timer draws them."""
        if xs:
            self.series.extend(xs, losses, counts)
            self._dirty = True

    def redraw(self):
        if not self._dirty:
            return
        self._dirty = False
        x, raw, smooth = self.series.data()
        self.raw_curve.setData(x, raw)
        # Every stride-th point, counted back from the newest so that it is always drawn.
        stride = max(1, -(-len(x) // TREND_POINTS))
        self.smooth_curve.setData(x[::-stride][::-1], smooth[::-stride][::-1])
        if len(x):
            self.loss_hint.hide_hint()
            self.png_button.setEnabled(True)

    def show_history(self, history):
        epochs = np.array([h.epoch for h in history], float)
        self.train_curve.setData(epochs, [h.train_accuracy for h in history])
        self.test_curve.setData(epochs, [h.test_accuracy for h in history])
        self._history = list(history)
        if len(history):
            self.accuracy_hint.hide_hint()
            self.png_button.setEnabled(True)
            self.csv_button.setEnabled(True)

    # -- export ----------------------------------------------------------------------------
    def export_png(self, folder):
        paths = []
        for name, plot in (("loss", self.loss_plot), ("accuracy", self.accuracy_plot)):
            path = Path(folder) / f"{name}.png"
            pg.exporters.ImageExporter(plot.plotItem).export(str(path))
            paths.append(path)
        return paths

    def export_csv(self, path, history=None):
        """The per-epoch figures of the run shown (or of ``history``) as CSV."""
        with open(path, "w", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(["epoch", "loss", "train_accuracy", "test_accuracy", "samples_per_second",
                             "train_seconds"])
            for h in self._history if history is None else history:
                writer.writerow([h.epoch, f"{h.loss:.6f}", f"{h.train_accuracy:.6f}",
                                 f"{h.test_accuracy:.6f}", f"{h.samples_per_second:.1f}",
                                 f"{h.train_seconds:.3f}"])
        return path

    def _export_png_dialog(self):
        folder = QFileDialog.getExistingDirectory(self, "Folder for the plot images", str(Path.home()))
        if folder:
            try:
                paths = self.export_png(folder)
            except OSError as exc:
                self.problem.emit("Could not save the plots", f"{folder}: {exc.strerror or exc}")
                return
            self.saved.emit("Plots saved", "\n".join(str(p) for p in paths))

    def _export_csv_dialog(self):
        path, _ = QFileDialog.getSaveFileName(self, "Save history", str(Path.home() / "history.csv"),
                                              "CSV (*.csv)")
        if path:
            try:
                self.export_csv(path)
            except OSError as exc:
                self.problem.emit("Could not save the history", f"{path}: {exc.strerror or exc}")
                return
            self.saved.emit("History saved", path)
