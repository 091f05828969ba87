"""Colour maps and NumPy arrays as QImages: the inside views' pictures.

The saliency colours are a diverging pair: red pushes toward the class
explained, blue against it; strength is the share of the strongest pixel.
"""
import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor, QImage

SEQUENTIAL = pg.colormap.get("inferno").getLookupTable(0.0, 1.0, 256, alpha=False)  # off -> on
DIVERGING = pg.colormap.get("CET-D1").getLookupTable(0.0, 1.0, 256, alpha=False)  # - white +
TOWARD = np.array([200, 30, 30], np.float32)
AGAINST = np.array([30, 90, 210], np.float32)
TOWARD_NAME, AGAINST_NAME = "#c81e1e", "#1e5ad2"
BACKGROUND_RGB = np.array([236, 237, 240], np.uint8)  # no unit here: a grid's empty places
PAPER = np.float32(255)
INK_GREY = np.float32(110)  # the drawing shows through, light, under the colours
MARK = QColor(40, 220, 255)  # the strongest units: cyan on inferno's black-to-yellow
SELECTED = QColor(60, 220, 60)


def sequential(values, top):
    """values : ndarray, any shape -> uint8 RGB, shape (..., 3): 0 black, ``top`` yellow."""
    t = np.clip(np.asarray(values, np.float32) / max(float(top), 1e-12), 0.0, 1.0)
    return SEQUENTIAL[(t * 255).astype(np.intp)]


def diverging(values, limit):
    """values : ndarray, any shape -> uint8 RGB (..., 3): -limit blue, 0 white, +limit red."""
    t = np.clip(np.asarray(values, np.float32) / max(float(limit), 1e-12), -1.0, 1.0)
    return DIVERGING[((t + 1) * 127.5).astype(np.intp)]


def strength(saliency, limit):
    """|saliency| as a share of ``limit`` in [0, 1], on a square-root scale so faint pixels show."""
    return np.sqrt(np.clip(np.abs(saliency) / max(float(limit), 1e-12), 0.0, 1.0))


def saliency_picture(pixels, saliency, limit):
    """The 28x28 input, light grey on white, with red/blue over it: uint8 RGB (28, 28, 3)."""
    base = PAPER - INK_GREY * np.asarray(pixels, np.float32)
    t = strength(saliency, limit)[..., None]
    colour = np.where((np.asarray(saliency) >= 0)[..., None], TOWARD, AGAINST)
    return (base[..., None] * (1 - t) + colour * t).astype(np.uint8)


def saliency_overlay(saliency, limit):
    """The same colours alone, transparent where nothing pushes: uint8 RGBA (28, 28, 4)."""
    t = strength(saliency, limit)
    colour = np.where((np.asarray(saliency) >= 0)[..., None], TOWARD, AGAINST)
    alpha = (t * 230)[..., None]
    return np.concatenate([colour, alpha], axis=-1).astype(np.uint8)


def pack(rgb):
    """uint8 RGB (..., 3) -> uint32 0xffRRGGBB (...): the pixels of a QImage.Format_RGB32."""
    rgb = np.asarray(rgb, np.uint32)
    return (0xFF000000 | rgb[..., 0] << 16 | rgb[..., 1] << 8 | rgb[..., 2]).astype(np.uint32)


def packed_qimage(pixels):
    """uint32 0xffRRGGBB (h, w) -> a QImage (a copy) in the screen's own format: painting it
    converts nothing, where an RGB888 image is converted on every paint."""
    a = np.ascontiguousarray(pixels, np.uint32)
    h, w = a.shape
    return QImage(a.data, w, h, w * 4, QImage.Format_RGB32).copy()


def qimage(array):
    """uint8 RGB (h, w, 3) or RGBA (h, w, 4) -> a QImage that owns a copy of its pixels."""
    a = np.ascontiguousarray(array, np.uint8)
    if a.shape[2] == 3:
        return packed_qimage(pack(a))
    h, w, _ = a.shape
    return QImage(a.data, w, h, w * 4, QImage.Format_RGBA8888).copy()
