"""Page 3: sum of squared errors and cross-entropy against the probability of the right class."""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSlider

import engine

from .page import COLOURS, LabPage

SLIDER_STEPS = 1000  # the probability in steps of 0.001
P_MIN = 0.005


class LossesPage(LabPage):
    def __init__(self, parent=None):
        super().__init__("labLosses", parent)
        self.plot.addLegend(offset=(-10, 10))
        self.plot.setYRange(0, 5.5)
        self.plot.setXRange(0, 1, padding=0.02)
        self.sse = self.curve("sum of squared errors", COLOURS[0])
        self.ce = self.curve("cross-entropy", COLOURS[1])
        p = np.linspace(P_MIN, 1.0, 400)
        sse, ce = engine.lab.losses_against_p(p)
        self.sse.setData(p, sse)
        self.ce.setData(p, ce)
        self.marker = pg.InfiniteLine(angle=90, pen=pg.mkPen("#555555", style=Qt.DashLine))
        self.plot.addItem(self.marker)
        self.points = self.plot.plot([], [], pen=None, symbol="o", symbolSize=9,
                                     symbolBrush=[COLOURS[0], COLOURS[1]])
        row = self.row()
        self.slider_label = QLabel()
        row.addWidget(self.slider_label)
        self.slider = QSlider(Qt.Horizontal)
        self.slider.setObjectName("lossProbability")
        self.slider.setRange(round(P_MIN * SLIDER_STEPS), SLIDER_STEPS)
        row.addWidget(self.slider, 1)
        self.value = QLabel()
        self.value.setMinimumWidth(self.value.fontMetrics().horizontalAdvance("0.000 "))
        row.addWidget(self.value)
        self.slider.setValue(600)  # the book's example
        self.slider.valueChanged.connect(self.refresh)
        self.retranslate()

    def retranslate(self):
        self.explain.setText(self.tr(
            "A loss says in one number how wrong the network's ten probabilities are; training "
            "lowers it. The book's example is a 2: with 0.6 on the 2, the sum of squared errors "
            "is 0.0975 and the cross-entropy -log(0.6 + 1e-7) = 0.5108; with 0.6 on a 7 and 0.1 "
            "on the 2 they are 0.5975 and 2.3026. Move the slider: cross-entropy looks only at "
            "the right class and punishes a confident mistake far harder, up to -log(1e-7) = "
            "16.1 at 0."))
        self.plot.setLabel("bottom", self.tr("probability the network gives the right class "
                                             "(the 2)"))
        self.plot.setLabel("left", self.tr("loss"))
        self.relabel(self.sse, self.tr("sum of squared errors"))
        self.relabel(self.ce, self.tr("cross-entropy"))
        self.slider_label.setText(self.tr("right class at"))
        self.slider.setToolTip(self.tr("The probability of the right class; the other nine "
                                       "share the rest in the book's proportions"))
        self.refresh()

    def probability(self):
        return self.slider.value() / SLIDER_STEPS

    def refresh(self, *_):
        lab = engine.lab
        p = self.probability()
        y = lab.book_y(p)
        sse, ce = lab.sum_squared_error(y, lab.BOOK_T), lab.cross_entropy_error(y, lab.BOOK_T)
        self.value.setText(f"{p:.3f}")
        self.marker.setValue(p)
        self.points.setData([p, p], [sse, ce])
        book = {name: (lab.sum_squared_error(y_, lab.BOOK_T), lab.cross_entropy_error(y_, lab.BOOK_T))
                for name, y_ in (("right", lab.BOOK_Y_RIGHT), ("wrong", lab.BOOK_Y_WRONG))}
        self.figures.setText("<br>".join([
            self.tr("<b>at {p}</b>: y = {y}").format(p=f"{p:.3f}",
                                                     y=np.array2string(y, precision=3)),
            self.tr("sum of squared errors {sse}, cross-entropy {ce}").format(sse=repr(sse),
                                                                             ce=repr(ce)),
            self.tr("<b>the book's</b> (as Python prints them): 2 at 0.6: SSE {sse_right}, "
                    "CE {ce_right}; 7 at 0.6: SSE {sse_wrong}, CE {ce_wrong}").format(
                sse_right=repr(book["right"][0]), ce_right=repr(book["right"][1]),
                sse_wrong=repr(book["wrong"][0]), ce_wrong=repr(book["wrong"][1]))]))
