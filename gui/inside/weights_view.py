"""The first layer's weights as a mosaic of 28x28 tiles."""
import numpy as np
import pyqtgraph as pg

from ..language import Retranslatable

WEIGHT_TILES = 64  # first-layer units shown: an 8x8 grid


def weight_mosaic(weights, tiles=WEIGHT_TILES):
    """Up to ``tiles`` columns of ``weights`` (784, units), each scaled to [-1, 1], on a grid.

    Tiles are 28x28 with a one-pixel NaN border between them.
    """
    n = min(tiles, weights.shape[1])
    side = int(np.ceil(np.sqrt(n)))
    mosaic = np.full((side * 29 + 1, side * 29 + 1), np.nan, np.float32)
    for k in range(n):
        tile = weights[:, k].reshape(28, 28)
        tile = tile / max(float(np.abs(tile).max()), 1e-12)
        r, c = divmod(k, side)
        mosaic[1 + r * 29:1 + r * 29 + 28, 1 + c * 29:1 + c * 29 + 28] = tile
    return mosaic


class WeightsView(Retranslatable, pg.GraphicsLayoutWidget):
    """The first layer's weights, one 28x28 tile per hidden unit."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("weightsView")
        self.setBackground("w")
        self.box = self.addViewBox(lockAspect=True, enableMouse=False, invertY=True)
        self.image = pg.ImageItem()
        self.image.setColorMap(pg.colormap.get("CET-D1"))
        self.box.addItem(self.image)
        self.mosaic = None
        self.retranslate()

    def retranslate(self):
        self.setToolTip(self.tr("Each tile: the 784 weights into one first-layer unit, as a "
                                "28x28 picture (blue negative, red positive). The pixels a unit "
                                "'looks for'."))

    def set_network(self, net):
        self.mosaic = weight_mosaic(net.weights[0])
        self.image.setImage(np.nan_to_num(self.mosaic, nan=0.0), levels=(-1, 1))
