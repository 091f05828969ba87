"""The drawing area: a heading, the canvas framed and centred, and the pen controls under it."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from ..language import Retranslatable
from .canvas import DEFAULT_PEN, DrawingCanvas


class DrawArea(Retranslatable, QWidget):
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
        heading = QLabel(self)
        heading.setObjectName("drawHeading")
        font = QFont(heading.font())
        font.setPointSize(max(font.pointSize(), 10) + 4)
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignCenter)
        self._heading = heading
        self.canvas = DrawingCanvas(self)

        self._controls = QWidget(self)
        controls = QHBoxLayout(self._controls)
        controls.setContentsMargins(0, 0, 0, 0)
        self._pen_label = QLabel()
        controls.addWidget(self._pen_label)
        self.pen_slider = QSlider(Qt.Horizontal)
        self.pen_slider.setObjectName("penWidthSlider")
        self.pen_slider.setRange(4, 40)
        self.pen_slider.setValue(DEFAULT_PEN)
        self.pen_slider.setMinimumWidth(60)
        controls.addWidget(self.pen_slider, 1)
        self.invert_check = QCheckBox()
        self.invert_check.setObjectName("invertCheck")
        controls.addWidget(self.invert_check)
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoButton")
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("clearButton")
        controls.addWidget(self.undo_button)
        controls.addWidget(self.clear_button)

        self.clear_button.clicked.connect(self.canvas.clear)
        self.pen_slider.valueChanged.connect(self.canvas.set_pen_width)
        self.invert_check.toggled.connect(self.canvas.set_inverted)
        self.retranslate()

    def retranslate(self):
        self._heading.setText(self.tr("Draw a digit"))
        self._heading.setToolTip(self.tr("Draw with the mouse or a pen; the network reads it "
                                         "while you draw."))
        self._pen_label.setText(self.tr("Pen"))
        self.pen_slider.setToolTip(self.tr("Pen width"))
        self.invert_check.setText(self.tr("Dark ink"))
        self.invert_check.setToolTip(self.tr("Show black ink on white paper (display only: the "
                                             "network always gets bright ink on black, as in "
                                             "MNIST)."))
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Remove the last stroke (Ctrl+Z)"))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Clear the canvas (Delete or Escape)"))
        # Words of another length: the controls' row needs another width.
        low = self.canvas.minimumHeight()
        self.setMinimumSize(self._controls.minimumSizeHint().width() + 2 * self.MARGIN,
                            self._bars_height() + low + 2 * self.MARGIN)
        self._place()

    def _bars_height(self):
        return (self._heading.sizeHint().height() + self._controls.sizeHint().height()
                + 2 * self.GAP)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._place()

    def _place(self):
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
