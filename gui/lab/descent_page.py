"""Page 6: gradient descent from (-3, 4) with a learning rate to choose, the book's three as presets."""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSpinBox

import engine

from .page import COLOURS, LabPage, LogSlider

RATES = (1e-10, 10.0)
CIRCLES = np.linspace(0, 2 * np.pi, 120)


class DescentPage(LabPage):
    def __init__(self, parent=None):
        super().__init__("labDescent", parent)
        self.plot.setLabel("bottom", "x0")
        self.plot.setLabel("left", "x1")
        self.plot.setAspectLocked(True)  # circles stay circles, even at lr = 10's scale
        # Contours of f: the bowl the path walks down (radius = sqrt(f)).
        grey = pg.mkPen("#bbbbbb", width=1, style=Qt.DashLine)
        for radius in (1, 2, 3, 4, 5):
            self.plot.plot(radius * np.cos(CIRCLES), radius * np.sin(CIRCLES), pen=grey)
        self.path = self.plot.plot([], [], pen=pg.mkPen(COLOURS[0], width=1), symbol="o",
                                   symbolSize=6, symbolBrush=COLOURS[0], symbolPen=None)
        self.start = self.plot.plot([], [], pen=None, symbol="s", symbolSize=9,
                                    symbolBrush=COLOURS[3])
        row = self.row()
        self.lr_label = QLabel()
        row.addWidget(self.lr_label)
        self.lr = LogSlider(*RATES, 0.1, steps_per_decade=10, fmt="{:g}")
        self.lr.setObjectName("descentRate")
        row.addWidget(self.lr, 1)
        row = self.row()
        self.presets_label = QLabel()
        row.addWidget(self.presets_label)
        self.presets = []
        for rate in engine.lab.BOOK_RATES:
            button = QPushButton(f"lr = {rate:g}")
            button.setObjectName(f"descentPreset{rate:g}")
            button.clicked.connect(lambda checked=False, r=rate: self.lr.setValue(r))
            row.addWidget(button)
            self.presets.append(button)
        row.addStretch(1)
        self.steps_label = QLabel()
        row.addWidget(self.steps_label)
        self.steps = QSpinBox()
        self.steps.setObjectName("descentSteps")
        self.steps.setRange(1, 1000)
        self.steps.setValue(engine.lab.BOOK_STEPS)
        row.addWidget(self.steps)
        self.lr.valueChanged.connect(self.refresh)
        self.steps.valueChanged.connect(self.refresh)
        self.retranslate()

    def retranslate(self):
        self.explain.setText(self.tr(
            "Gradient descent steps against the gradient again and again: x &larr; x - lr "
            "&times; gradient, here 100 steps from (-3, 4) on f = x0<sup>2</sup> + "
            "x1<sup>2</sup>. The learning rate lr sets the stride: with 0.1 the path walks into "
            "the minimum (0, 0); with 10 every step overshoots further than the last and the "
            "numbers blow up (look at the axes); with 1e-10 it barely moves. Training a network "
            "is the same walk with many thousands of weights instead of two."))
        self.lr_label.setText(self.tr("learning rate"))
        self.lr.setToolTip(self.tr("lr: how far each step goes along minus the gradient"))
        self.presets_label.setText(self.tr("the book's:"))
        self.steps_label.setText(self.tr("steps"))
        self.refresh()

    def refresh(self, *_):
        lr, steps = self.lr.value(), self.steps.value()
        x, path = engine.lab.gradient_descent(lr=lr, step_num=steps)
        finite = np.isfinite(path).all(axis=1)
        self.path.setData(path[finite, 0], path[finite, 1])
        self.start.setData([path[0, 0]], [path[0, 1]])
        self.plot.enableAutoRange()
        if abs(path[finite]).max() <= 5:
            self.plot.setXRange(-5, 5, padding=0.02)  # the whole bowl, like the book's figure
            self.plot.setYRange(-5, 5, padding=0.02)
        end = np.array2string(x, precision=8, floatmode="maxprec")
        f = float(engine.lab.function_2(x)) if np.isfinite(x).all() else float("nan")
        lines = [self.tr("lr = {lr}, {steps} steps from (-3, 4): ends at <b>{end}</b>, where "
                         "f = {f}").format(lr=f"{lr:g}", steps=steps, end=end, f=f"{f:.3g}")]
        if not finite.all():
            lines.append(self.tr("The numbers overflowed after {steps} steps.")
                         .format(steps=int(np.argmin(finite)) - 1))
        self.figures.setText("<br>".join(lines))
