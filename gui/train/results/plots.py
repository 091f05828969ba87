"""The live plots of a run: loss (a bounded series, redrawn at a fixed rate, with the clean
per-epoch losses) and accuracy per epoch, plus the ticked runs of the Runs tab."""
import html
import math
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ... import plot_style  # noqa: F401  (row-major images, light plots)
from ..save_file import save_with_dialog
from ..worker import POINT_BUDGET
from . import markers as M
from .epoch_axis import epoch_plot, legend_below
from .loss_series import LossSeries
from .overlays import RunOverlays
from .plot_files import export_csv, export_png
from .plot_hint import PlotHint

# A paint holds the GIL in the GUI thread, and the worker (tiny NumPy calls at batch
# size 1) waits for it meanwhile: a few redraws a second look live and cost it little.
REDRAW_MS = 400  # the loss curve is redrawn at most this often, however fast batches come
TREND_POINTS = 400  # the smoothed trend is drawn from at most this many of its points: a
# 2 px antialiased line is the costliest thing to paint, and a trend needs few points
LOSS_HINT = "Press Train to see the loss fall as the network learns"
ACCURACY_HINT = "...and the accuracy climb, epoch by epoch"
LOSS_WORDS = {"ce": "cross-entropy", "sse": "squared error (SSE)"}
ACCURACY_TITLE = "Accuracy per epoch (epoch 0: untrained)"
# With ticked runs the legend names runs, so the titles say what the shapes mean.
SHAPES = {"loss": " (line: batch trend, \N{BLACK SQUARE} test)",
          "accuracy": "Accuracy (\N{WHITE CIRCLE} train, clean; \N{BLACK SQUARE} test)"}


def loss_words(config):
    """(title, name of the batch curve) for ``config``'s loss; the batch loss is what the
    optimizer minimises, label smoothing included, the epoch points the clean loss."""
    if config is None:
        return "Loss", "batches"
    words = LOSS_WORDS.get(config.loss, config.loss)
    smoothing = getattr(config, "label_smoothing", 0.0)
    batches = f"batches (label smoothing {smoothing:g})" if smoothing else "batches"
    return f"Loss: {words}", batches


class TrainPlots(QWidget):
    """Loss against epochs (means of buckets of batches, a smoothed trend, and the clean
    train and test loss per epoch) and accuracy per epoch. Incoming points only go into
    fixed-size arrays; a timer hands them to the curves, so a redraw costs the same after
    10 batches or 300,000."""

    saved = Signal(str, str)  # title, text: files written, a notice
    problem = Signal(str, str)  # title, text: files that could not be written

    def __init__(self, parent=None):
        super().__init__(parent)
        self.series = LossSeries(POINT_BUDGET)
        self._dirty = False
        self.failed = False
        self._titles = ("Loss", ACCURACY_TITLE)
        self._batches_name = "batches"
        self.live = True  # the run's own curves shown (hidden while it is ticked in Runs)
        self.running = False
        v = QVBoxLayout(self)
        v.setContentsMargins(4, 4, 4, 4)

        self.loss_plot = epoch_plot("Loss", "lossPlot")
        self.loss_plot.setToolTip("Loss on the training batches: each faint point is the mean "
                                  "of a few batches, the dark line its trend; the circles and "
                                  "squares are the loss on clean training digits and on the "
                                  "test digits, measured after each epoch")
        self.loss_plot.setLabel("left", "loss")
        # Peak downsampling keeps the spikes a mean would hide; clipping skips what is off view.
        self.loss_plot.setDownsampling(auto=True, mode="peak")
        self.loss_plot.setClipToView(True)
        self.loss_legend = legend_below(self.loss_plot, 4)
        # connect="finite": a bucket with no finite loss (a diverging run) leaves a gap.
        # No antialiasing for the faint, noisy raw band: it halves the cost of a redraw
        # (the GUI thread paints while the worker waits for the GIL) and looks the same.
        self.raw_curve = self.loss_plot.plot([], [], pen=pg.mkPen((120, 150, 200, 110)),
                                             name="batches", connect="finite", antialias=False)
        self.smooth_curve = self.loss_plot.plot([], [], pen=pg.mkPen((20, 70, 160), width=2),
                                                name="trend", connect="finite")
        self.train_loss_curve, self.test_loss_curve = self._epoch_curves(self.loss_plot)

        self.accuracy_plot = epoch_plot(ACCURACY_TITLE, "accuracyPlot")
        self.accuracy_plot.setLabel("left", "accuracy")
        self.accuracy_legend = legend_below(self.accuracy_plot, 4)
        self.train_curve, self.test_curve = self._epoch_curves(self.accuracy_plot)
        self.overlays = RunOverlays(self.loss_plot, self.accuracy_plot)
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

    @staticmethod
    def _epoch_curves(plot):
        """Train and test per epoch: orange rings and green squares, with thin lines.

        Train and test figures are often within a point of each other: the train
        marker is a larger hollow ring drawn on top, so it stays visible around the
        test square instead of hiding behind it.
        """
        train = plot.plot([], [], pen=pg.mkPen(M.TRAIN_COLOUR, width=1.5), symbol=M.TRAIN_SYMBOL,
                          symbolSize=11, symbolBrush=None,
                          symbolPen=pg.mkPen(M.TRAIN_COLOUR, width=2), name=M.TRAIN_NAME)
        test = plot.plot([], [], pen=pg.mkPen(M.TEST_COLOUR, width=1.5), symbol=M.TEST_SYMBOL,
                         symbolSize=7, symbolBrush=M.TEST_COLOUR, symbolPen=M.TEST_COLOUR,
                         name=M.TEST_NAME)
        train.setZValue(test.zValue() + 1)
        return [train, test]

    def show_live(self, shown):
        self.live = shown
        for curve in self._live_curves():
            curve.setVisible(shown)
        self._relegend()

    def _relegend(self):
        """Both legends anew, in a fixed order: the run's curves, then the ticked runs
        (removing entries one by one left holes in a legend of several columns)."""
        loss, accuracy = self.overlays.legend_entries()
        if not self.live:
            entries = ((self.loss_legend, loss), (self.accuracy_legend, accuracy))
        else:
            entries = (
                (self.loss_legend, [(self.raw_curve, self._batches_name),
                                    (self.smooth_curve, "trend"),
                                    (self.train_loss_curve, M.TRAIN_NAME),
                                    (self.test_loss_curve, M.TEST_NAME)] + loss),
                (self.accuracy_legend, [(self.train_curve, M.TRAIN_NAME),
                                        (self.test_curve, M.TEST_NAME)] + accuracy))
        for legend, items in entries:
            legend.clear()
            for item, name in items:
                legend.addItem(item, name)

    def _live_curves(self):
        return (self.raw_curve, self.smooth_curve, self.train_loss_curve, self.test_loss_curve,
                self.train_curve, self.test_curve)

    # -- a run's life ----------------------------------------------------------------
    def clear(self, loss_hint=LOSS_HINT, accuracy_hint=ACCURACY_HINT):
        """Back to the empty state, with hints saying what will appear and how."""
        self._timer.stop()
        self.series.clear()
        self._dirty = False
        self._history = []
        self._length = None
        self._set_titles(*self._titles, failed=False)
        for curve in self._live_curves():
            curve.setData([], [])
        if not self.overlays.numbers():
            self.loss_hint.show_hint(loss_hint)
            self.accuracy_hint.show_hint(accuracy_hint)
        self.png_button.setEnabled(bool(self.overlays.numbers()))
        self.csv_button.setEnabled(False)

    def begin_run(self, config=None):
        """Empty plots for a run of ``config`` (a TrainConfig: it names the loss)."""
        title, batches = loss_words(config)
        self._titles = (title, ACCURACY_TITLE)
        self.clear("Training: the first points appear in a moment",
                   "Accuracy appears after each epoch, from epoch 0 (the untrained network)")
        self.loss_plot.setLabel("left", title.split(": ")[-1] if config else "loss")
        self._batches_name = batches
        self._relegend()
        self.loss_plot.enableAutoRange(x=True, y=True)
        self.running = True
        self.show_live(True)
        self._timer.start()

    def set_run_length(self, epochs):
        """The whole run on the x axis from the start: the curve fills it in as it goes,
        and the axis stays put (a changing range made every redraw paint twice)."""
        if epochs != self._length:
            self._length = epochs
            self.loss_plot.setXRange(0, epochs, padding=0.02)  # turns x auto-range off

    def end_run(self):
        self.running = False
        self._timer.stop()
        self.redraw()

    def mark_failed(self, reason="failed"):
        """The run failed: its curves stay, the titles say so in red."""
        self._set_titles(*self._titles, failed=reason)

    def _set_titles(self, loss, accuracy, failed=False):
        self.failed = bool(failed)
        if self.overlays.numbers():
            loss, accuracy = loss + SHAPES["loss"], SHAPES["accuracy"]
        for plot, title in ((self.loss_plot, loss), (self.accuracy_plot, accuracy)):
            if failed:
                title = (f"<span style='color:{M.FAILED_COLOUR}'>{html.escape(title)} "
                         f"\N{EM DASH} run {html.escape(failed)}</span>")
            plot.setTitle(title)

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
        """``history``: EpochStats, epoch 0 (the untrained network) first when known."""
        epochs = np.array([h.epoch for h in history], float)

        def column(name):
            return np.array([getattr(h, name, math.nan) for h in history], float)

        for curve, name in ((self.train_curve, "train_accuracy"), (self.test_curve, "test_accuracy"),
                            (self.train_loss_curve, "train_loss"),
                            (self.test_loss_curve, "test_loss")):
            values = column(name)
            keep = np.isfinite(values)  # an engine without clean losses gives nan: no points
            curve.setData(epochs[keep], values[keep])
        self._history = list(history)
        if len(history):
            self.accuracy_hint.hide_hint()
            self.png_button.setEnabled(True)
            self.csv_button.setEnabled(True)

    def show_runs(self, records, names, colours, live=True):
        """Overlay ``records`` (of the Runs tab) named ``names``; see RunOverlays.
        ``live=False`` hides the last run's own curves (it is one of ``records``)."""
        self.overlays.show(records, names, colours)
        self.show_live(live or self.running)
        self._set_titles(*self._titles, failed="failed" if self.failed else False)
        if records:
            self.loss_hint.hide_hint()
            self.accuracy_hint.hide_hint()
            self.loss_plot.enableAutoRange(x=True, y=True)
            self.png_button.setEnabled(True)
        elif self.is_empty():
            self.clear()

    # -- export ----------------------------------------------------------------------------
    def export_png(self, folder):
        return export_png({"loss": self.loss_plot, "accuracy": self.accuracy_plot}, folder)

    def export_csv(self, path, history=None):
        """The per-epoch figures of the run shown (or of ``history``) as CSV."""
        return export_csv(path, self._history if history is None else history)

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
        save_with_dialog(self, "Save history", "history.csv", "CSV (*.csv)", self.export_csv,
                         "the history")
