"""Page 1: the activation functions, and the overflow of the naive sigmoid and softmax."""
import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDoubleSpinBox, QLabel

import engine

from .page import COLOURS, LabPage, LogSlider

POINTS = 801
# The legend's names of the engine's curves; a name missing here is a technical one (ReLU).
CURVE_NAMES = {"step": QT_TRANSLATE_NOOP("ActivationsPage", "step"),
               "sigmoid": QT_TRANSLATE_NOOP("ActivationsPage", "sigmoid")}
# NumPy's warnings in the reader's language; one not listed is shown as NumPy says it.
NUMPY_WARNINGS = {
    "overflow encountered in exp": QT_TRANSLATE_NOOP("ActivationsPage",
                                                     "overflow encountered in exp"),
    "invalid value encountered in divide": QT_TRANSLATE_NOOP(
        "ActivationsPage", "invalid value encountered in divide")}


class ActivationsPage(LabPage):
    def __init__(self, parent=None):
        super().__init__("labActivations", parent)
        self.plot.addLegend(offset=(10, 10))
        self.plot.setYRange(-1.1, 1.6)
        self.curves = {name: self.curve(name, COLOURS[i])
                       for i, name in enumerate(engine.lab.CURVES)}
        row = self.row()
        self.range_label = QLabel()
        row.addWidget(self.range_label)
        self.range = LogSlider(5, 1000, 6, steps_per_decade=20, fmt="{:g}")
        self.range.setObjectName("activationRange")
        row.addWidget(self.range, 1)
        row = self.row()
        self.softmax_label = QLabel()
        row.addWidget(self.softmax_label)
        self.softmax_input = QDoubleSpinBox()
        self.softmax_input.setObjectName("softmaxInput")
        self.softmax_input.setRange(-2000, 2000)
        self.softmax_input.setDecimals(0)
        self.softmax_input.setValue(engine.lab.BOOK_SOFTMAX_INPUT[0])
        row.addWidget(self.softmax_input)
        row.addStretch(1)
        self.range.valueChanged.connect(self.refresh)
        self.softmax_input.valueChanged.connect(self.refresh)
        self.retranslate()

    def retranslate(self):
        self.explain.setText(self.tr(
            "A neuron adds up its weighted inputs and passes the sum through an activation "
            "function: the step jumps from 0 to 1, the sigmoid (the book's chapter-3 network) "
            "and tanh bend smoothly, ReLU lets positive sums through and stops negative ones. "
            "Written as in the book, the sigmoid 1 / (1 + exp(-x)) asks for e<sup>1000</sup> "
            "at x = -1000: that overflows and NumPy warns, although the answer, 0, is fine. "
            "Softmax overflows the same way; subtracting the largest input first gives the "
            "same probabilities safely."))
        self.plot.setLabel("bottom", self.tr("x (the weighted sum)"))
        for name, curve in self.curves.items():
            if name in CURVE_NAMES:
                self.relabel(curve, QCoreApplication.translate("ActivationsPage",
                                                               CURVE_NAMES[name]))
        self.range_label.setText(self.tr("x from -R to R, R ="))
        self.range.setToolTip(self.tr("Past R = 709 the naive sigmoid's exp(-x) overflows"))
        self.softmax_label.setText(self.tr("softmax of [a, a-10, a-20] with a ="))
        self.softmax_input.setToolTip(self.tr("The book's example is a = 1010: [1010, 1000, 990]"))
        self.refresh()

    def refresh(self, *_):
        lab = engine.lab
        r = self.range.value()
        x = np.linspace(-r, r, POINTS)
        for name, function in lab.CURVES.items():
            self.curves[name].setData(x, function(x))
        self.plot.setXRange(-r, r, padding=0.02)
        _, naive = lab.with_warnings(lab.sigmoid_naive, x)
        _, stable = lab.with_warnings(lab.sigmoid_stable, x)
        a = self.softmax_input.value()
        inputs = np.array([a, a - 10, a - 20])
        y_naive, soft_naive = lab.with_warnings(lab.softmax_naive, inputs)
        y_stable = lab.softmax_stable(inputs)
        self.figures.setText("<br>".join([
            self.tr("<b>sigmoid over x in [-{r}, {r}]</b>: naive 1 / (1 + exp(-x)): {naive}; "
                    "stable form: {stable}.").format(r=f"{r:g}", naive=_warned(naive),
                                                     stable=_warned(stable)),
            self.tr("<b>softmax of [{a}, {b}, {c}]</b>:").format(a=f"{a:g}", b=f"{a - 10:g}",
                                                                  c=f"{a - 20:g}"),
            self.tr("naive exp(a) / sum(exp(a)): {values} {warning}").format(
                values=_array(y_naive), warning=_warned(soft_naive, short=True)),
            self.tr("minus the largest first: {values}").format(values=_array(y_stable))]))


def _warned(messages, short=False):
    if not messages:
        return "" if short else QCoreApplication.translate("ActivationsPage", "no warning")
    text = "; ".join(QCoreApplication.translate("ActivationsPage", NUMPY_WARNINGS[m])
                     if m in NUMPY_WARNINGS else m for m in messages)
    return "<span style='color:#c00000'>{}</span>".format(
        QCoreApplication.translate("ActivationsPage", "RuntimeWarning: {messages}")
        .format(messages=text))


def _array(values):
    """As NumPy prints an array (the way the book shows it): ``[9.99954600e-01 ...]``."""
    return np.array2string(np.asarray(values))
