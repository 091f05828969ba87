"""One back-query image enlarged, with a button to save it as a PNG."""
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton, QVBoxLayout

import engine

COLORMAP = "inferno"  # shared with the ten small images, so the enlarged one looks the same


class BackqueryDialog(QDialog):
    """``image`` (28x28) of ``digit``, computed in ``mode``; deletes itself when closed."""

    def __init__(self, image, digit, mode, parent=None):
        super().__init__(parent)
        self.image, self.digit = image, digit
        self.setWindowTitle(f"Back-query of {digit} ({mode})")
        self.setAttribute(Qt.WA_DeleteOnClose)
        v = QVBoxLayout(self)
        view = pg.ImageView()
        view.setImage(image)
        view.setColorMap(pg.colormap.get(COLORMAP))
        v.addWidget(view)
        save = QPushButton("Save as PNG...")
        save.setToolTip("Save this image (28x28, enlarged 10 times)")
        save.clicked.connect(self.save_png)
        v.addWidget(save)
        self.resize(520, 560)

    def save_png(self):
        suggested = str(Path.home() / f"backquery-{self.digit}.png")
        path, _ = QFileDialog.getSaveFileName(self, "Save back-query", suggested, "PNG (*.png)")
        if path:
            engine.save_digit_png(self.image, path)
