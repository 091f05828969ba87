"""Page 5: the gradient of x0^2 + x1^2 as a field of arrows, and at the book's three points."""
import numpy as np
from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QPushButton

import engine

from .page import COLOURS, LabPage

GRID = np.arange(-4.0, 4.01, 0.5)
SCALE = 0.05  # arrow length per unit of gradient: the longest arrows stay inside their cell
HEAD = 0.3  # of the arrow's length
HEAD_ANGLE = np.radians(25)


def arrows(x, y, u, v):
    """Line segments for arrows from (x, y) along (u, v): ``(xs, ys)`` to draw with
    ``connect="pairs"`` (shaft, then the two strokes of the head)."""
    x, y, u, v = (np.atleast_1d(np.asarray(a, float)) for a in (x, y, u, v))
    tip_x, tip_y = x + u, y + v
    segments = [(x, y, tip_x, tip_y)]
    angle = np.arctan2(v, u)
    length = HEAD * np.hypot(u, v)
    for side in (1, -1):
        back = angle + np.pi + side * HEAD_ANGLE
        segments.append((tip_x, tip_y, tip_x + length * np.cos(back), tip_y + length * np.sin(back)))
    xs = np.concatenate([np.stack([a, c], axis=1).ravel() for a, _, c, _ in segments])
    ys = np.concatenate([np.stack([b, d], axis=1).ravel() for _, b, _, d in segments])
    return xs, ys


class GradientPage(LabPage):
    def __init__(self, parent=None):
        super().__init__("labGradient", parent)
        self.plot.setAspectLocked(True)
        self.plot.setLabel("bottom", "x0")
        self.plot.setLabel("left", "x1")
        x0, x1, g0, g1 = engine.lab.gradient_field(GRID, GRID)
        self.field = self.curve("-gradient", "#444444", width=1, connect="pairs")
        self.field.setData(*arrows(x0, x1, -SCALE * g0, -SCALE * g1))
        self.chosen = self.curve("at the point", COLOURS[3], width=3, connect="pairs")
        self.dot = self.plot.plot([], [], pen=None, symbol="o", symbolSize=9,
                                  symbolBrush=COLOURS[3])
        row = self.row()
        self.point_label = QLabel()
        row.addWidget(self.point_label)
        self.x0, self.x1 = (self._coordinate(name) for name in ("gradientX0", "gradientX1"))
        row.addWidget(self.x0)
        row.addWidget(QLabel(","))
        row.addWidget(self.x1)
        row.addWidget(QLabel(")"))
        row.addStretch(1)
        self.presets = []
        for point in engine.lab.BOOK_POINTS:
            button = QPushButton("({:g}, {:g})".format(*point))
            button.clicked.connect(lambda checked=False, p=point: self.set_point(p))
            row.addWidget(button)
            self.presets.append(button)
        self.set_point(engine.lab.BOOK_POINTS[0])
        self.retranslate()

    def retranslate(self):
        self.explain.setText(self.tr(
            "The gradient collects the slopes along every axis: for f(x0, x1) = x0<sup>2</sup> "
            "+ x1<sup>2</sup> it is (2x0, 2x1), here found numerically, one axis at a time. The "
            "arrows show minus the gradient, as in the book's figure: everywhere they point "
            "downhill, towards the lowest point (0, 0), and they grow the farther from it they "
            "start. Pick a point to see its gradient; the book prints [6, 8] at (3, 4), [0, 4] "
            "at (0, 2), [6, 0] at (3, 0)."))
        self.point_label.setText(self.tr("point ("))
        for button in self.presets:
            button.setToolTip(self.tr("One of the book's three points"))
        self.refresh()

    def _coordinate(self, name):
        box = QDoubleSpinBox()
        box.setObjectName(name)
        box.setRange(-4.0, 4.0)
        box.setSingleStep(0.5)
        box.setDecimals(2)
        box.valueChanged.connect(self.refresh)
        return box

    def set_point(self, point):
        for box, value in zip((self.x0, self.x1), point):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        self.refresh()

    def point(self):
        return (self.x0.value(), self.x1.value())

    def refresh(self, *_):
        point = self.point()
        g = engine.lab.gradient_at(point)
        self.dot.setData([point[0]], [point[1]])
        self.chosen.setData(*arrows(point[0], point[1], -SCALE * g[0], -SCALE * g[1]))
        self.figures.setText("<br>".join([
            self.tr("numerical gradient at ({x0}, {x1}): <b>{gradient}</b> (in full: {g0}, {g1}; "
                    "exactly ({e0}, {e1}))").format(
                x0=f"{point[0]:g}", x1=f"{point[1]:g}", gradient=np.array2string(g),
                g0=repr(float(g[0])), g1=repr(float(g[1])), e0=f"{2 * point[0]:g}",
                e1=f"{2 * point[1]:g}"),
            self.tr("The red arrow is minus it, drawn {scale} times its length like the grey "
                    "ones.").format(scale=f"{SCALE:g}")]))
