"""A 28x28 digit as a Qt picture, for galleries and lists."""
import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap


def digit_pixmap(image, scale=2):
    """A 28x28 uint8 digit as a QPixmap, ink bright on black."""
    grey = np.ascontiguousarray(image, dtype=np.uint8)
    qimage = QImage(grey.data, 28, 28, 28, QImage.Format_Grayscale8).copy()
    return QPixmap.fromImage(qimage).scaled(28 * scale, 28 * scale, Qt.KeepAspectRatio,
                                             Qt.SmoothTransformation)
