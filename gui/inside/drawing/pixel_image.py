"""A small image drawn large with square pixels: 28x28 inputs, weights, saliency."""
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

FRAME = QColor(150, 155, 165)


class PixelImage(QWidget):
    """Paints a QImage into the largest square that fits, each pixel a sharp block."""

    def __init__(self, minimum=84, parent=None):
        super().__init__(parent)
        self.setMinimumSize(minimum, minimum)
        policy = QSizePolicy(QSizePolicy.Preferred, QSizePolicy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.image = None

    def set_image(self, image):
        self.image = image
        self.update()

    def hasHeightForWidth(self):
        return True

    def heightForWidth(self, width):
        return width

    def sizeHint(self):
        return QSize(140, 140)

    def square(self):
        """The square the image fills, in widget coordinates."""
        side = min(self.width(), self.height()) - 2
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def paintEvent(self, event):
        painter = QPainter(self)
        target = self.square()
        if self.image is not None:
            painter.setRenderHint(QPainter.SmoothPixmapTransform, False)
            painter.drawImage(target, self.image)
        painter.setPen(QPen(FRAME, 1))
        painter.setBrush(Qt.NoBrush)
        painter.drawRect(target.adjusted(-0.5, -0.5, 0.5, 0.5))
        painter.end()
