"""One back-query image enlarged, with a button to save it as a PNG."""
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QPushButton, QVBoxLayout

import engine

from ..language import Retranslatable
from .backquery_modes import mode_name


class BackqueryDialog(Retranslatable, QDialog):
    """``image`` (28x28) of ``digit`` in ``mode``, drawn with ``cmap`` on ``levels`` (the
    gallery's), ``confidence`` the network's; deletes itself when closed.

    A plain ImageItem in a ViewBox: no ROI, menu or histogram controls to puzzle over."""

    def __init__(self, image, digit, mode, cmap, levels, confidence, parent=None):
        super().__init__(parent)
        self.image, self.digit, self.mode, self.confidence = image, digit, mode, confidence
        self.setAttribute(Qt.WA_DeleteOnClose)
        v = QVBoxLayout(self)
        self.canvas = pg.GraphicsLayoutWidget()
        self.canvas.setBackground("w")
        box = self.canvas.addViewBox(lockAspect=True, enableMouse=False, invertY=True)
        box.setMenuEnabled(False)
        self.item = pg.ImageItem(image, axisOrder="row-major", levels=levels)
        self.item.setColorMap(cmap)
        box.addItem(self.item)
        box.setRange(xRange=(0, 28), yRange=(0, 28), padding=0.01)
        v.addWidget(self.canvas, 1)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        v.addWidget(self.caption)
        self.save = QPushButton()
        self.save.clicked.connect(self.save_png)
        v.addWidget(self.save)
        self.resize(460, 520)
        self.retranslate()

    def retranslate(self):
        self.setWindowTitle(self.tr("Back-query of {digit} ({mode})").format(
            digit=self.digit, mode=mode_name(self.mode, short=True)))
        self.caption.setText(self.tr("The network's confidence that this is a {digit}: "
                                     "{share}").format(digit=self.digit,
                                                       share=f"{self.confidence:.0%}"))
        self.save.setText(self.tr("Save as PNG..."))
        self.save.setToolTip(self.tr("Save this image (28x28, enlarged 10 times)"))

    def save_png(self):
        suggested = str(Path.home() / f"backquery-{self.digit}.png")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save back-query"), suggested,
                                              "PNG (*.png)")
        if path:
            engine.save_digit_png(self.image, path)
