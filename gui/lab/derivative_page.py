"""Page 4: the numerical derivative, and its error against the step h in float64 and float32."""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

import engine

from .page import COLOURS, LabPage, LogSlider

H_RANGE = (1e-20, 1.0)
# (method, dtype, name: the curve's key and, translated, its legend, colour, line style)
SERIES = [("central", np.float64, QT_TRANSLATE_NOOP("DerivativePage", "central, float64"),
           COLOURS[0], Qt.SolidLine),
          ("forward", np.float64, QT_TRANSLATE_NOOP("DerivativePage", "forward, float64"),
           COLOURS[1], Qt.SolidLine),
          ("central", np.float32, QT_TRANSLATE_NOOP("DerivativePage", "central, float32"),
           COLOURS[0], Qt.DashLine),
          ("forward", np.float32, QT_TRANSLATE_NOOP("DerivativePage", "forward, float32"),
           COLOURS[1], Qt.DashLine)]


class DerivativePage(LabPage):
    def __init__(self, parent=None):
        super().__init__("labDerivative", parent)
        self.plot.setLogMode(x=True, y=True)
        self.plot.addLegend(offset=(10, -10))  # bottom left: no curve goes there
        hs = np.logspace(0, -20, 201)
        self.curves = {}
        for method, dtype, name, colour, style in SERIES:
            error = engine.lab.error_against_h(hs, 5.0, dtype, method)
            # An error of exactly 0 has no place on a log axis: left out, not faked.
            error[error == 0] = np.nan
            self.curves[name] = self.curve(name, colour, style=style, connect="finite")
            self.curves[name].setData(hs, error)
        self.marker = pg.InfiniteLine(angle=90, pen=pg.mkPen("#555555", style=Qt.DashLine))
        self.plot.addItem(self.marker)
        row = self.row()
        row.addWidget(QLabel("h ="))
        self.h = LogSlider(*H_RANGE, 1e-4, steps_per_decade=4, fmt="{:.3g}")
        self.h.setObjectName("diffStep")
        row.addWidget(self.h, 1)
        self.h.valueChanged.connect(self.refresh)
        self.retranslate()

    def retranslate(self):
        self.explain.setText(self.tr(
            "The derivative is the slope over a tiny step h: (f(x+h) - f(x-h)) / 2h, the "
            "central difference, or (f(x+h) - f(x)) / h, the forward one. For the book's f(x) "
            "= 0.01x<sup>2</sup> + 0.1x at x = 5 (exactly 0.2) a smaller h first helps the "
            "forward difference (the central one is exact on a quadratic but for rounding), "
            "then rounding takes over: once h is too small beside x, x + h is x again and the "
            "slope comes out 0. Float32 keeps about 7 digits, float64 about 16, so float32 "
            "fails far sooner; np.float32(1e-50) is 0.0."))
        self.plot.setLabel("bottom", self.tr("step h"))
        self.plot.setLabel("left", self.tr("|numerical - exact| at x = 5"))
        for name, curve in self.curves.items():
            self.relabel(curve, QCoreApplication.translate("DerivativePage", name))
        self.h.setToolTip(self.tr("The step of the difference quotient; the book uses 1e-4"))
        self.refresh()

    def refresh(self, *_):
        lab = engine.lab
        h = self.h.value()
        self.marker.setValue(np.log10(h))  # the line lives in the plot's log10 coordinates
        cells = ["<tr><td></td><td><b>float64</b></td><td><b>float32</b></td></tr>"]
        for x in (5.0, 10.0):
            for method in ("central", "forward"):
                values = "".join(f"<td>{_number(lab.diff_in(dtype, x, h, method), dtype)}</td>"
                                 for dtype in (np.float64, np.float32))
                where = (self.tr("central at x = {x}") if method == "central"
                         else self.tr("forward at x = {x}")).format(x=f"{x:g}")
                cells.append(f"<tr><td>{where}</td>{values}</tr>")
        self.figures.setText(
            self.tr("With h = {h} (exact: 0.2 at x = 5, 0.3 at x = 10):").format(h=f"{h:g}")
            + f"<table cellspacing='0' cellpadding='1'>{''.join(cells)}</table>"
            + self.tr("np.float32(1e-50) = {value}: in float32 such an h is no step at all.")
            .format(value=np.float32(1e-50)))


def _number(value, dtype):
    """As NumPy prints a number of ``dtype``: float32 with its own (shorter) digits."""
    if np.isnan(value):
        return QCoreApplication.translate("DerivativePage", "nan (h rounds to 0.0)")
    return str(dtype(value))
