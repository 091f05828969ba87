"""The Sweep tab: test accuracy against one recipe field, as in Rashid's experiments."""
import math
import time
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QGridLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)

import engine

from .. import plot_style  # noqa: F401  (row-major images, light plots)
from .duration import duration
from .results.plot_hint import PlotHint

# key (one of engine.SWEEP_FIELDS), axis label, default values
FIELDS = [("lr", "learning rate", "0.01,0.05,0.1,0.2,0.3"),
          ("hidden", "hidden nodes", "10,50,100,200,400"),
          ("epochs", "epochs", "1,2,3,5")]
MAX_VALUES = 20
HINT = "Run a sweep: one new network per value, its test accuracy plotted against the value"


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
        raise ValueError(f"give 1 to {MAX_VALUES} comma-separated values")
    values = []
    for part in parts:
        try:
            value = float(part)
        except ValueError:
            raise ValueError(f"{part!r} is not a number") from None
        values.append((engine.sweep_value(field, value), part))
    return values


class SweepView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        v = QVBoxLayout(self)
        v.setContentsMargins(4, 4, 4, 4)
        grid = QGridLayout()
        self.field = QComboBox()
        self.field.setObjectName("sweepField")
        for key, label, _ in FIELDS:
            self.field.addItem(label, key)
        self.field.setToolTip("What to vary, as in Rashid's experiments")
        self.values = QLineEdit(FIELDS[0][2])
        self.values.setObjectName("sweepValues")
        self.field.currentIndexChanged.connect(
            lambda i: self.values.setText(FIELDS[i][2]))
        self.quick = QCheckBox("Quick")
        self.quick.setObjectName("quickCheck")
        self.quick.setChecked(True)
        self.button = QPushButton("Run sweep")
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

        self.plot = pg.PlotWidget(title="Test accuracy")
        self.plot.setObjectName("sweepPlot")
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.plot.setLabel("left", "test accuracy")
        for side in ("left", "bottom"):
            # The values as typed, never "learning rate (x0.001)" with ticks 200-800.
            self.plot.getAxis(side).enableAutoSIPrefix(False)
        self.curve = self.plot.plot([], [], pen=pg.mkPen((120, 60, 160), width=2), symbol="o",
                                    symbolSize=7, connect="finite")
        self.hint = PlotHint(self.plot, HINT, "sweepHint")
        v.addWidget(self.plot, 1)
        self.points = []  # (value, test accuracy) so far
        self.expected = []  # the values of the sweep under way
        self.started = 0.0
        self.about = ""  # the estimate in words, e.g. "about 40 s"
        self.seconds = None  # the estimate of the sweep last planned, None when unknown
        self.describe(None)

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
        about = "time unknown" if seconds is None else f"about {duration(seconds)}"
        if config.extra_data and not config.subset and not quick and seconds is not None:
            about += " or more (the recipe's extra stroke digits are not counted)"
        self.about, self.seconds = about, seconds
        return SweepPlan(self.field_key(), values, quick, seconds,
                         f"{len(values)} runs, {about}. {self.info.text()}")

    def progress_text(self, point):
        """After ``point`` (a SweepPoint): how far, and what is left from what runs took."""
        done = point.index + 1
        left = (time.monotonic() - self.started) / done * (point.count - done)
        return (f"Sweep: {done} of {point.count} runs"
                + (f", about {duration(left)} left" if done < point.count else "")
                + f" (last: {point.test_accuracy:.2%})")

    def done_text(self):
        return f"Sweep done: {len(self.points)} runs in {duration(time.monotonic() - self.started)}"

    # -- what a point runs ------------------------------------------------------------
    def describe(self, config, data="all the training data"):
        """Tooltips and the line under the controls say exactly what one point trains.

        ``config`` is the recipe with the data box's subset (None when the form does not
        give a valid one), ``data`` what the data box gives, in words.
        """
        subset = config.subset if config is not None else 0
        quick_digits = min(subset, engine.QUICK_SUBSET) if subset else engine.QUICK_SUBSET
        label = self.field.currentText()
        epochs_swept = self.field_key() == "epochs"
        quick_run = (f"{engine.QUICK_EPOCHS} epoch" if not epochs_swept else "its epochs") \
            + f" on {quick_digits:,} random digits"
        if config is None:
            full_run = "the recipe's own epochs on " + data
        else:
            length = ("its epochs" if epochs_swept
                      else f"{config.iterations:,} batches" if config.iterations
                      else f"{config.epochs} epoch{'s' if config.epochs != 1 else ''}")
            strokes = config.extra_data.count("strokes") if not config.subset else 0
            extra = f" + the stroke digits x{strokes}" if strokes else ""
            full_run = f"{length} on {data}{extra}"
        self.quick.setToolTip(f"On: each point is a short run, {quick_run}.\n"
                              f"Off: each point trains the full recipe, {full_run}.")
        run = quick_run if self.is_quick() else full_run
        what = (f"Each point trains a new network, the recipe with one value of the {label} "
                f"from the list, for {run}, then tests it on the 10,000 test digits.")
        self.values.setToolTip(f"The {label} values to try, comma separated. {what}")
        self.button.setToolTip(f"Train once per value and plot test accuracy against it. {what}")
        self.info.setText(what)

    # -- results -----------------------------------------------------------------------
    def begin(self, values):
        """An empty plot for ``values`` (from ``parsed_values``): axis, scale and ticks."""
        self.points.clear()  # in place: the panel shows the same list as sweep_points
        self.expected = [v for v, _ in values]
        self.started = time.monotonic()
        self.curve.setData([], [])
        log = self.field_key() == "lr"
        # Learning rates span decades (0.001 to 1): on a linear axis all but the largest
        # crowd at the left edge.
        self.plot.setLogMode(x=log, y=False)
        axis = self.plot.getAxis("bottom")
        axis.setLabel(self.field.currentText())
        # Ticks at the swept values, labelled as typed. In log mode the axis works in
        # log10 units, and so do its ticks' positions.
        axis.setTicks([[(math.log10(v) if log else v, text) for v, text in values]])
        self.hint.show_hint("The first point appears when its run ends")

    def add_point(self, value, accuracy):
        self.points.append((value, accuracy))
        xs, ys = zip(*sorted(self.points))
        self.curve.setData(list(xs), list(ys))
        self.hint.hide_hint()
