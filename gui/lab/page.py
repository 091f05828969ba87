"""What every lab page has: a few plain sentences, one plot, a row of controls, the figures."""
import math

import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QScrollArea, QSlider, QVBoxLayout,
                               QWidget)

from .. import plot_style  # noqa: F401  (light plots, like the rest of the window)
from ..language import Retranslatable

PLOT_MIN_HEIGHT = 220
COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b")


class LabPage(Retranslatable, QScrollArea):
    """One idea of the book. Scrolls rather than squeezing its plot when the dock is short.

    A page sets its texts in ``retranslate()`` (the explanation in ``self.explain``, the
    plot's labels, its controls) and ends it with ``refresh()``, which writes the figures
    from the page's state: so a change of language rewrites everything the page shows.
    """

    def __init__(self, name, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        inner = QWidget()
        self.layout_ = QVBoxLayout(inner)
        self.layout_.setContentsMargins(6, 6, 6, 6)
        self.explain = _label("")
        self.layout_.addWidget(self.explain)
        self.plot = _Plot()
        self.plot.setMinimumHeight(PLOT_MIN_HEIGHT)
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        for side in ("left", "bottom"):
            # Values as they are: a "(x1e-09)" on the axis title is easy to miss.
            self.plot.getAxis(side).enableAutoSIPrefix(False)
        self.layout_.addWidget(self.plot, 1)
        self.controls = QVBoxLayout()  # rows of controls: see row()
        self.layout_.addLayout(self.controls)
        self.figures = _label("")
        self.figures.setObjectName(f"{name}Figures")
        self.figures.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.layout_.addWidget(self.figures)
        self.setWidget(inner)

    def row(self):
        """A new row for controls, under the ones before it."""
        h = QHBoxLayout()
        self.controls.addLayout(h)
        return h

    def curve(self, name, colour, width=2, style=Qt.SolidLine, **kwargs):
        """A new curve on the plot, drawn once and fed with ``setData`` from then on."""
        return self.plot.plot([], [], name=name, pen=pg.mkPen(colour, width=width, style=style),
                              **kwargs)

    def relabel(self, curve, name):
        """Show ``curve`` as ``name`` in the plot's legend (the legend keeps its first name)."""
        legend = self.plot.getPlotItem().legend
        for sample, label in legend.items if legend is not None else ():
            if sample.item is curve:
                label.setText(name)
        if legend is not None:
            legend.updateSize()

    def data_items(self):
        """The plot's curves that hold data: what the tests (and a reader) look at."""
        return [item for item in self.plot.getPlotItem().listDataItems()
                if item.xData is not None and len(item.xData)]


class _Plot(pg.PlotWidget):
    """A plot that asks for its minimum height only and takes what is left: the scroll
    area sizes the page by its parts' size hints (pyqtgraph's 480 px would scroll)."""

    def sizeHint(self):
        return QSize(300, PLOT_MIN_HEIGHT)


def _label(text):
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.RichText)
    return label


class LogSlider(QWidget):
    """A slider over powers of ten, ``steps_per_decade`` positions per decade, with its
    value written beside it; ``valueChanged(float)``. ``setValue`` takes any value in
    range and keeps it exactly (a preset like 1e-10 is not rounded to the slider's grid)."""

    valueChanged = Signal(float)

    def __init__(self, lo, hi, value, steps_per_decade=10, fmt="{:.3g}", parent=None):
        super().__init__(parent)
        self._k = steps_per_decade
        self._fmt = fmt
        self.slider = QSlider(Qt.Horizontal)
        self.slider.setRange(round(math.log10(lo) * self._k), round(math.log10(hi) * self._k))
        self.text = QLabel()
        self.text.setMinimumWidth(self.text.fontMetrics().horizontalAdvance("0.000e-00 "))
        h = QHBoxLayout(self)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(self.slider, 1)
        h.addWidget(self.text)
        self._value = None
        self.slider.valueChanged.connect(self._moved)
        self.setValue(value)

    def value(self):
        return self._value

    def setValue(self, value):
        self._value = float(value)
        self.slider.blockSignals(True)
        self.slider.setValue(round(math.log10(value) * self._k))
        self.slider.blockSignals(False)
        self.text.setText(self._fmt.format(self._value))
        self.valueChanged.emit(self._value)

    def _moved(self, position):
        # Three significant digits: 0.1, 0.126, 10 are values a person can type back.
        self._value = float(f"{10 ** (position / self._k):.3g}")
        self.text.setText(self._fmt.format(self._value))
        self.valueChanged.emit(self._value)
