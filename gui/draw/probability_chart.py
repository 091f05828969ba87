"""Ten bars, one per digit: how sure the network is of each."""
import numpy as np
import pyqtgraph as pg

from .. import plot_style  # noqa: F401  (row-major images, light plots)
from ..language import Retranslatable

BAR = (70, 130, 180)
BAR_TOP = (230, 110, 40)


class ProbabilityChart(Retranslatable, pg.PlotWidget):
    """Ten bars, one per digit; the most likely one in a second colour."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("probabilityChart")
        self.setMenuEnabled(False)
        self.setMouseEnabled(False, False)
        self.hideButtons()
        self.setYRange(0, 1.06, padding=0)  # room for the 100% tick label
        self.setXRange(-0.6, 9.6, padding=0)
        axis = self.getAxis("bottom")
        axis.setTicks([[(d, str(d)) for d in range(10)]])
        self.getAxis("left").setTicks([[(v, f"{v:.0%}") for v in (0, 0.25, 0.5, 0.75, 1.0)]])
        self.setMinimumHeight(140)
        self._bars = pg.BarGraphItem(x=np.arange(10), height=np.zeros(10), width=0.7,
                                     brushes=[pg.mkBrush(BAR)] * 10, pen=pg.mkPen(None))
        self.addItem(self._bars)
        self.values = np.zeros(10)
        self.retranslate()

    def retranslate(self):
        self.setToolTip(self.tr("How sure the network is of each digit (its output, as shares "
                                "of 100%)."))

    def set_probabilities(self, probs):
        probs = np.zeros(10) if probs is None else np.asarray(probs, dtype=float)
        self.values = probs
        top = int(np.argmax(probs)) if probs.any() else -1
        brushes = [pg.mkBrush(BAR_TOP if d == top else BAR) for d in range(10)]
        self._bars.setOpts(height=probs, brushes=brushes)
