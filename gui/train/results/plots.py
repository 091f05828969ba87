"""The live plots of a run: loss (a bounded series, redrawn at a fixed rate, with the clean
per-epoch losses) and accuracy per epoch, plus the ticked runs of the Runs tab."""
import html
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ... import plot_style  # noqa: F401  (row-major images, light plots)
from ...language import Retranslatable
from ..save_file import save_with_dialog
from ..worker import POINT_BUDGET
from . import markers as M
from .epoch_axis import epoch_plot, legend_below
from .loss_series import LossSeries
from .overlays import RunOverlays
from .plot_files import export_csv, export_png, save_png_dialog
from .plot_hint import PlotHint

# A paint holds the GIL in the GUI thread, and the worker (tiny NumPy calls at batch
# size 1) waits for it meanwhile: a few redraws a second look live and cost it little.
REDRAW_MS = 400  # the loss curve is redrawn at most this often, however fast batches come
TREND_POINTS = 400  # the smoothed trend is drawn from at most this many of its points: a
# 2 px antialiased line is the costliest thing to paint, and a trend needs few points
LOSS_WORDS = {"ce": QT_TRANSLATE_NOOP("TrainPlots", "cross-entropy"),
              "sse": QT_TRANSLATE_NOOP("TrainPlots", "squared error (SSE)")}


class TrainPlots(Retranslatable, QWidget):
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
        self._config = None  # the recipe of the run shown: its loss names the loss plot
        self.live = True  # the run's own curves shown (hidden while it is ticked in Runs)
        self.running = False
        v = QVBoxLayout(self)
        v.setContentsMargins(4, 4, 4, 4)

        self.loss_plot = epoch_plot("lossPlot")
        # Peak downsampling keeps the spikes a mean would hide; clipping skips what is off view.
        self.loss_plot.setDownsampling(auto=True, mode="peak")
        self.loss_plot.setClipToView(True)
        self.loss_legend = legend_below(self.loss_plot, 4)
        # connect="finite": a bucket with no finite loss (a diverging run) leaves a gap.
        # No antialiasing for the faint, noisy raw band: it halves the cost of a redraw
        # (the GUI thread paints while the worker waits for the GIL) and looks the same.
        # Unnamed here: _relegend names every curve, in the language of the moment.
        self.raw_curve = self.loss_plot.plot([], [], pen=pg.mkPen((120, 150, 200, 110)),
                                             connect="finite", antialias=False)
        self.smooth_curve = self.loss_plot.plot([], [], pen=pg.mkPen((20, 70, 160), width=2),
                                                connect="finite")
        self.train_loss_curve, self.test_loss_curve = M.epoch_curves(self.loss_plot)

        self.accuracy_plot = epoch_plot("accuracyPlot")
        self.accuracy_legend = legend_below(self.accuracy_plot, 4)
        self.train_curve, self.test_curve = M.epoch_curves(self.accuracy_plot)
        self.overlays = RunOverlays(self.loss_plot, self.accuracy_plot)
        self.loss_hint = PlotHint(self.loss_plot, self._loss_waiting, "lossHint")
        self.accuracy_hint = PlotHint(self.accuracy_plot, self._accuracy_waiting, "accuracyHint")
        v.addWidget(self.loss_plot, 1)
        v.addWidget(self.accuracy_plot, 1)

        row = QHBoxLayout()
        self.png_button = QPushButton()
        self.csv_button = QPushButton()
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
        self.retranslate()

    def retranslate(self):
        self.loss_plot.setToolTip(self.tr(
            "Loss on the training batches: each faint point is the mean of a few batches, the "
            "dark line its trend; the circles and squares are the loss on clean training digits "
            "and on the test digits, measured after each epoch"))
        # The axes' own setLabel: the plot's would show the axes a hint hides.
        self.loss_plot.getAxis("left").setLabel(self._loss_words()[1])
        self.accuracy_plot.getAxis("left").setLabel(self.tr("accuracy"))
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.getAxis("bottom").setLabel(self.tr("epoch"))
        self.png_button.setText(self.tr("Save plots..."))
        self.png_button.setToolTip(self.tr("Save both plots as PNG images"))
        self.csv_button.setText(self.tr("Save history..."))
        self.csv_button.setToolTip(self.tr("Save the run's per-epoch figures as CSV"))
        self._set_titles(failed=self.failed)
        self._relegend()

    def _loss_waiting(self):
        return self.tr("Press Train to see the loss fall as the network learns")

    def _accuracy_waiting(self):
        return self.tr("...and the accuracy climb, epoch by epoch")

    def _loss_words(self):
        """(title, axis label, name of the batch curve) for the loss of the run shown; the
        batch loss is what the optimizer minimises, label smoothing included, the epoch
        points the clean loss."""
        config = self._config
        if config is None:
            return self.tr("Loss"), self.tr("loss"), self.tr("batches")
        words = (QCoreApplication.translate("TrainPlots", LOSS_WORDS[config.loss])
                 if config.loss in LOSS_WORDS else config.loss)
        smoothing = getattr(config, "label_smoothing", 0.0)
        batches = (self.tr("batches (label smoothing {smoothing})").format(
            smoothing=f"{smoothing:g}") if smoothing else self.tr("batches"))
        return self.tr("Loss: {loss}").format(loss=words), words, batches

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
                (self.loss_legend, [(self.raw_curve, self._loss_words()[2]),
                                    (self.smooth_curve, self.tr("trend")),
                                    (self.train_loss_curve, M.train_name()),
                                    (self.test_loss_curve, M.test_name())] + loss),
                (self.accuracy_legend, [(self.train_curve, M.train_name()),
                                        (self.test_curve, M.test_name())] + accuracy))
        for legend, items in entries:
            legend.clear()
            for item, name in items:
                legend.addItem(item, name)

    def _live_curves(self):
        return (self.raw_curve, self.smooth_curve, self.train_loss_curve, self.test_loss_curve,
                self.train_curve, self.test_curve)

    # -- a run's life ----------------------------------------------------------------
    def clear(self, loss_hint=None, accuracy_hint=None):
        """Back to the empty state, with hints saying what will appear and how (functions
        giving the words: see PlotHint)."""
        self._timer.stop()
        self.series.clear()
        self._dirty = False
        self._history = []
        self._length = None
        self._set_titles(failed=False)
        for curve in self._live_curves():
            curve.setData([], [])
        if not self.overlays.numbers():
            self.loss_hint.show_hint(loss_hint or self._loss_waiting)
            self.accuracy_hint.show_hint(accuracy_hint or self._accuracy_waiting)
        self.png_button.setEnabled(bool(self.overlays.numbers()))
        self.csv_button.setEnabled(False)

    def begin_run(self, config=None):
        """Empty plots for a run of ``config`` (a TrainConfig: it names the loss)."""
        self._config = config
        self.clear(lambda: self.tr("Training: the first points appear in a moment"),
                   lambda: self.tr("Accuracy appears after each epoch, from epoch 0 (the "
                                   "untrained network)"))
        self.loss_plot.getAxis("left").setLabel(self._loss_words()[1])
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
        self._set_titles(failed=bool(reason))

    def _set_titles(self, failed=False):
        self.failed = bool(failed)
        loss = self._loss_words()[0]
        if self.overlays.numbers():
            # With ticked runs the legend names runs, so the titles say what the shapes mean.
            loss = self.tr("{loss} (line: batch trend, ■ test)").format(loss=loss)
            accuracy = self.tr("Accuracy (○ train, clean; ■ test)")
        else:
            accuracy = self.tr("Accuracy per epoch (epoch 0: untrained)")
        for plot, title in ((self.loss_plot, loss), (self.accuracy_plot, accuracy)):
            if failed:
                title = html.escape(self.tr("{title} — run failed").format(title=title))
                title = f"<span style='color:{M.FAILED_COLOUR}'>{title}</span>"
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
        self._set_titles(failed=self.failed)
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
        save_png_dialog(self, self.export_png)

    def _export_csv_dialog(self):
        save_with_dialog(self, self.tr("Save history"), "history.csv", "CSV (*.csv)",
                         self.export_csv, self.tr("History saved"),
                         self.tr("Could not save the history"))
