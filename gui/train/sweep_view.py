"""The Sweep tab: test accuracy against one recipe field, as in Rashid's experiments."""
import math
import time
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QGridLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)

import engine

from .. import plot_style  # noqa: F401  (row-major images, light plots)
from ..language import Retranslatable
from .duration import duration
from .results.plot_hint import PlotHint

# key (one of engine.SWEEP_FIELDS), axis label, default values
FIELDS = [("lr", QT_TRANSLATE_NOOP("SweepView", "learning rate"), "0.01,0.05,0.1,0.2,0.3"),
          ("hidden", QT_TRANSLATE_NOOP("SweepView", "hidden nodes"), "10,50,100,200,400"),
          ("epochs", QT_TRANSLATE_NOOP("SweepView", "epochs"), "1,2,3,5")]
MAX_VALUES = 20


@dataclass
class SweepPlan:
    """A sweep about to start: what it varies, its values, and how long it should take."""

    field: str
    values: list  # (value, text as typed)
    quick: bool  # each point a short run (engine.sweep_config says how short)
    seconds: float  # estimated, None when unknown
    question: str  # before a long sweep: the runs, the time, what each point trains


def parse_values(field, text):
    """``[(value, text as typed), ...]`` for ``field``; ValueError says what is wrong."""
    parts = [t.strip() for t in text.split(",") if t.strip()]
    if not parts or len(parts) > MAX_VALUES:
        raise ValueError(QCoreApplication.translate(
            "SweepView", "give 1 to {count} comma-separated values").format(count=MAX_VALUES))
    values = []
    for part in parts:
        try:
            value = float(part)
        except ValueError:
            raise ValueError(QCoreApplication.translate(
                "SweepView", "{value} is not a number").format(value=repr(part))) from None
        values.append((engine.sweep_value(field, value), part))
    return values


def field_label(key):
    """The words for sweep field ``key`` (an axis label), in the language of the moment."""
    label = next((label for k, label, _ in FIELDS if k == key), key)
    return QCoreApplication.translate("SweepView", label)


class SweepView(Retranslatable, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        v = QVBoxLayout(self)
        v.setContentsMargins(4, 4, 4, 4)
        grid = QGridLayout()
        self.field = QComboBox()
        self.field.setObjectName("sweepField")
        for key, label, _ in FIELDS:
            self.field.addItem(label, key)
        self.values = QLineEdit(FIELDS[0][2])
        self.values.setObjectName("sweepValues")
        self.field.currentIndexChanged.connect(
            lambda i: self.values.setText(FIELDS[i][2]))
        self.quick = QCheckBox()
        self.quick.setObjectName("quickCheck")
        self.quick.setChecked(True)
        self.button = QPushButton()
        self.button.setObjectName("sweepButton")
        grid.addWidget(self.field, 0, 0)
        grid.addWidget(self.values, 0, 1, 1, 2)
        grid.addWidget(self.quick, 1, 0)
        grid.addWidget(self.button, 1, 2)
        grid.setColumnStretch(1, 1)
        v.addLayout(grid)
        self.info = QLabel()
        self.info.setObjectName("sweepInfo")
        self.info.setWordWrap(True)
        v.addWidget(self.info)

        self.plot = pg.PlotWidget()
        self.plot.setObjectName("sweepPlot")
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        for side in ("left", "bottom"):
            # The values as typed, never "learning rate (x0.001)" with ticks 200-800.
            self.plot.getAxis(side).enableAutoSIPrefix(False)
        self.curve = self.plot.plot([], [], pen=pg.mkPen((120, 60, 160), width=2), symbol="o",
                                    symbolSize=7, connect="finite")
        self.hint = PlotHint(self.plot, lambda: self.tr(
            "Run a sweep: one new network per value, its test accuracy plotted against the "
            "value"), "sweepHint")
        v.addWidget(self.plot, 1)
        self.points = []  # (value, test accuracy) so far
        self.expected = []  # the values of the sweep under way
        self.started = 0.0
        self.took = None  # seconds the last sweep took, once it is done
        self.swept = None  # the field on the plot's axis, None before a sweep
        self.seconds = None  # the estimate of the sweep last planned, None when unknown
        self._uncounted = False  # the estimate leaves out the recipe's extra stroke digits
        self._described = (None, None)  # describe's arguments, to say it again in new words
        self.retranslate()

    def retranslate(self):
        for i, (_, label, _) in enumerate(FIELDS):
            self.field.setItemText(i, QCoreApplication.translate("SweepView", label))
        self.field.setToolTip(self.tr("What to vary, as in Rashid's experiments"))
        self.quick.setText(self.tr("Quick"))
        self.button.setText(self.tr("Run sweep"))
        self.plot.setTitle(self.tr("Test accuracy"))
        self.plot.getAxis("left").setLabel(self.tr("test accuracy"))  # not the plot's: it
        # would show the axes the hint hides
        if self.swept is not None:
            self.plot.getAxis("bottom").setLabel(field_label(self.swept))
        self.describe(*self._described)

    def field_key(self):
        return self.field.currentData()

    def parsed_values(self):
        return parse_values(self.field_key(), self.values.text())

    def is_quick(self):
        return self.quick.isChecked()

    def plan(self, config, train_set, test_set):
        """The sweep of ``config`` the controls ask for, timed by a short measurement of
        the recipe (a fraction of a second). Raises ValueError for bad values."""
        values = self.parsed_values()
        quick = self.is_quick()
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            seconds = engine.sweep_seconds(config, self.field_key(), [v for v, _ in values],
                                           train_set, test_set, quick)
        finally:
            QApplication.restoreOverrideCursor()
        self.seconds = seconds
        self._uncounted = bool(config.extra_data and not config.subset and not quick)
        return SweepPlan(self.field_key(), values, quick, seconds,
                         self.tr("{count} runs, {about}. {what}").format(
                             count=len(values), about=self.about, what=self.info.text()))

    @property
    def about(self):
        """The estimate of the sweep last planned in words, e.g. "about 40 s"."""
        if self.seconds is None:
            return self.tr("time unknown")
        if self._uncounted:
            return self.tr("about {time} or more (the recipe's extra stroke digits are not "
                           "counted)").format(time=duration(self.seconds))
        return self.tr("about {time}").format(time=duration(self.seconds))

    def start_text(self):
        """Before the first point: how many runs, and the estimate."""
        return self.tr("Sweep: 0 of {count} runs, {about}").format(count=len(self.expected),
                                                                   about=self.about)

    def progress_text(self, point):
        """After ``point`` (a SweepPoint): how far, and what is left from what runs took."""
        done = point.index + 1
        accuracy = f"{point.test_accuracy:.2%}"
        if done >= point.count:
            return self.tr("Sweep: {done} of {count} runs (last: {accuracy})").format(
                done=done, count=point.count, accuracy=accuracy)
        left = (time.monotonic() - self.started) / done * (point.count - done)
        return self.tr("Sweep: {done} of {count} runs, about {left} left (last: {accuracy})"
                       ).format(done=done, count=point.count, left=duration(left),
                                accuracy=accuracy)

    def done_text(self):
        """The sweep's end; the time it took is taken at the first call after it ends."""
        if self.took is None:
            self.took = time.monotonic() - self.started
        return self.tr("Sweep done: {count} runs in {time}").format(count=len(self.points),
                                                                    time=duration(self.took))

    # -- what a point runs ------------------------------------------------------------
    def describe(self, config, data=None):
        """Tooltips and the line under the controls say exactly what one point trains.

        ``config`` is the recipe with the data box's subset (None when the form does not
        give a valid one), ``data`` a function giving what the data box gives, in words
        (kept, to say it all again when the language changes).
        """
        self._described = (config, data)
        data = data() if callable(data) else data or self.tr("all the training data")
        subset = config.subset if config is not None else 0
        digits = f"{min(subset, engine.QUICK_SUBSET) if subset else engine.QUICK_SUBSET:,}"
        label = self.field.currentText()
        epochs_swept = self.field_key() == "epochs"
        if epochs_swept:
            quick_run = self.tr("its epochs on {digits} random digits").format(digits=digits)
        else:
            quick_run = self.tr("{epochs} epoch on {digits} random digits").format(
                epochs=engine.QUICK_EPOCHS, digits=digits)
        if config is None:
            full_run = self.tr("the recipe's own epochs on {data}").format(data=data)
        else:
            full_run = self._full_run(config, data, epochs_swept)
        self.quick.setToolTip(self.tr("On: each point is a short run, {quick}.\nOff: each point "
                                      "trains the full recipe, {full}.").format(quick=quick_run,
                                                                                full=full_run))
        run = quick_run if self.is_quick() else full_run
        what = self.tr("Each point trains a new network, the recipe with one value of the "
                       "{label} from the list, for {run}, then tests it on the 10,000 test "
                       "digits.").format(label=label, run=run)
        self.values.setToolTip(self.tr("The {label} values to try, comma separated. {what}"
                                       ).format(label=label, what=what))
        self.button.setToolTip(self.tr("Train once per value and plot test accuracy against "
                                       "it. {what}").format(what=what))
        self.info.setText(what)

    def _full_run(self, config, data, epochs_swept):
        """A full point's run in words: its length, on what data."""
        if epochs_swept:
            length = self.tr("its epochs")
        elif config.iterations:
            length = self.tr("{count} batches").format(count=f"{config.iterations:,}")
        elif config.epochs == 1:
            length = self.tr("{count} epoch").format(count=config.epochs)
        else:
            length = self.tr("{count} epochs").format(count=config.epochs)
        strokes = config.extra_data.count("strokes") if not config.subset else 0
        if strokes:
            return self.tr("{length} on {data} + the stroke digits x{strokes}").format(
                length=length, data=data, strokes=strokes)
        return self.tr("{length} on {data}").format(length=length, data=data)

    # -- results -----------------------------------------------------------------------
    def begin(self, values):
        """An empty plot for ``values`` (from ``parsed_values``): axis, scale and ticks."""
        self.points.clear()  # in place: the panel shows the same list as sweep_points
        self.expected = [v for v, _ in values]
        self.started = time.monotonic()
        self.took = None
        self.curve.setData([], [])
        self.swept = self.field_key()
        log = self.swept == "lr"
        # Learning rates span decades (0.001 to 1): on a linear axis all but the largest
        # crowd at the left edge.
        self.plot.setLogMode(x=log, y=False)
        axis = self.plot.getAxis("bottom")
        axis.setLabel(field_label(self.swept))
        # Ticks at the swept values, labelled as typed. In log mode the axis works in
        # log10 units, and so do its ticks' positions.
        axis.setTicks([[(math.log10(v) if log else v, text) for v, text in values]])
        self.hint.show_hint(lambda: self.tr("The first point appears when its run ends"))

    def add_point(self, value, accuracy):
        self.points.append((value, accuracy))
        xs, ys = zip(*sorted(self.points))
        self.curve.setData(list(xs), list(ys))
        self.hint.hide_hint()
