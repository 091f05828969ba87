"""A 28x28 image drawn large: what the network is given."""
import numpy as np
import pyqtgraph as pg

from .. import plot_style  # noqa: F401  (row-major images, light plots)


class DigitView(pg.GraphicsLayoutWidget):
    """A 28x28 image drawn large, grey scale, ink bright: what the network is given."""

    def __init__(self, parent=None, tooltip=""):
        super().__init__(parent)
        self.setToolTip(tooltip)
        self.setBackground(None)  # the panel's own colour around the square
        self.ci.layout.setContentsMargins(0, 0, 0, 0)
        view = self.addViewBox(lockAspect=True, enableMouse=False, invertY=True)
        view.setMenuEnabled(False)
        self.image_item = pg.ImageItem(np.zeros((28, 28), np.float32), levels=(0, 1))
        view.addItem(self.image_item)
        view.setRange(xRange=(0, 28), yRange=(0, 28), padding=0)
        self.setMinimumSize(84, 84)
        self.image = np.zeros((28, 28), np.float32)

    def set_image(self, image):
        self.image = np.zeros((28, 28), np.float32) if image is None else np.asarray(image, np.float32)
        self.image_item.setImage(self.image, levels=(0, 1))
