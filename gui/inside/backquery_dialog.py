"""One back-query image enlarged, with a button to save it as a PNG."""
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QPushButton, QVBoxLayout

import engine


class BackqueryDialog(QDialog):
    """``image`` (28x28) of ``digit`` in ``mode``, drawn with ``cmap`` on ``levels`` (the
    gallery's), ``confidence`` the network's; deletes itself when closed.

    A plain ImageItem in a ViewBox: no ROI, menu or histogram controls to puzzle over."""

    def __init__(self, image, digit, mode, cmap, levels, confidence, parent=None):
        super().__init__(parent)
        self.image, self.digit = image, digit
        self.setWindowTitle(f"Back-query of {digit} ({mode})")
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
        self.caption = QLabel(f"The network's confidence that this is a {digit}: "
                              f"{confidence:.0%}")
        self.caption.setWordWrap(True)
        v.addWidget(self.caption)
        save = QPushButton("Save as PNG...")
        save.setToolTip("Save this image (28x28, enlarged 10 times)")
        save.clicked.connect(self.save_png)
        v.addWidget(save)
        self.resize(460, 520)

    def save_png(self):
        suggested = str(Path.home() / f"backquery-{self.digit}.png")
        path, _ = QFileDialog.getSaveFileName(self, "Save back-query", suggested, "PNG (*.png)")
        if path:
            engine.save_digit_png(self.image, path)
