"""The drawing area: a heading, the canvas framed and centred, and the pen controls under it."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from .canvas import DEFAULT_PEN, DrawingCanvas


class DrawArea(QWidget):
    """Everything about drawing: where, with which pen, and how to take it back.

    Laid out by hand: the canvas is the biggest square that fits with its
    heading above and its controls below, and the three sit together in the
    middle of the area (a layout would let the square's size feed back into
    the area's minimum size).
    """

    MARGIN, GAP = 8, 6

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("drawArea")
        heading = QLabel("Draw a digit", self)
        heading.setObjectName("drawHeading")
        font = QFont(heading.font())
        font.setPointSize(max(font.pointSize(), 10) + 4)
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignCenter)
        heading.setToolTip("Draw with the mouse or a pen; the network reads it while you draw.")
        self._heading = heading
        self.canvas = DrawingCanvas(self)

        self._controls = QWidget(self)
        controls = QHBoxLayout(self._controls)
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(QLabel("Pen"))
        self.pen_slider = QSlider(Qt.Horizontal)
        self.pen_slider.setObjectName("penWidthSlider")
        self.pen_slider.setRange(4, 40)
        self.pen_slider.setValue(DEFAULT_PEN)
        self.pen_slider.setToolTip("Pen width")
        self.pen_slider.setMinimumWidth(60)
        controls.addWidget(self.pen_slider, 1)
        self.invert_check = QCheckBox("Dark ink")
        self.invert_check.setObjectName("invertCheck")
        self.invert_check.setToolTip("Show black ink on white paper (display only: the network "
                                     "always gets bright ink on black, as in MNIST).")
        controls.addWidget(self.invert_check)
        self.undo_button = QPushButton("Undo")
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setToolTip("Remove the last stroke (Ctrl+Z)")
        self.clear_button = QPushButton("Clear")
        self.clear_button.setObjectName("clearButton")
        self.clear_button.setToolTip("Clear the canvas (Delete or Escape)")
        controls.addWidget(self.undo_button)
        controls.addWidget(self.clear_button)

        self.clear_button.clicked.connect(self.canvas.clear)
        self.pen_slider.valueChanged.connect(self.canvas.set_pen_width)
        self.invert_check.toggled.connect(self.canvas.set_inverted)
        low = self.canvas.minimumHeight()
        self.setMinimumSize(self._controls.minimumSizeHint().width() + 2 * self.MARGIN,
                            self._bars_height() + low + 2 * self.MARGIN)

    def _bars_height(self):
        return (self._heading.sizeHint().height() + self._controls.sizeHint().height()
                + 2 * self.GAP)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        m, gap = self.MARGIN, self.GAP
        heading_h = self._heading.sizeHint().height()
        controls_h = self._controls.sizeHint().height()
        side = max(self.canvas.minimumWidth(),
                   min(self.width() - 2 * m, self.height() - 2 * m - self._bars_height()))
        top = (self.height() - side - self._bars_height()) // 2
        left = (self.width() - side) // 2
        self._heading.setGeometry(left, top, side, heading_h)
        self.canvas.setGeometry(left, top + heading_h + gap, side, side)
        controls_w = max(side, self._controls.minimumSizeHint().width())
        self._controls.setGeometry((self.width() - controls_w) // 2, top + heading_h + 2 * gap + side,
                                   controls_w, controls_h)
