"""The ten back-query images, recomputed in the background whenever the model changes."""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

import engine

from ..background import BackgroundJobs
from .backquery_dialog import COLORMAP, BackqueryDialog

MODE_NAMES = {"classic": "classic (Rashid's logit recipe)",
              "refined": "refined (read back as its label)"}


class ClickableImage(pg.ImageItem):
    def __init__(self, on_click, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._on_click = on_click

    def mouseClickEvent(self, event):
        if event.button() == Qt.LeftButton:
            self._on_click()
            event.accept()


def compute_backquery(net, mode):
    """The ten images and how sure ``net`` is of each one's own label (runs in a thread)."""
    images = [engine.backquery(net, d, mode=mode) for d in range(10)]
    probs = net.predict_proba(np.stack(images).reshape(10, -1))
    return images, [float(probs[d, d]) for d in range(10)]


class BackqueryView(QWidget):
    """Ten back-query images side by side, with a colour bar and a classic/refined switch.

    ``jobs`` is the BackgroundJobs the work runs on (its own if None).
    """

    def __init__(self, jobs=None, parent=None):
        super().__init__(parent)
        self.setObjectName("backqueryView")
        self.setToolTip("What the network imagines for each label: the label run backwards "
                        "through the network (Rashid's back-query). Click one to enlarge it.")
        v = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel("Back-query"))
        self.mode = QComboBox()
        self.mode.setObjectName("backqueryMode")
        for mode in engine.BACKQUERY_MODES:
            self.mode.addItem(MODE_NAMES.get(mode, mode), mode)
        self.mode.setToolTip("classic: targets 0.01/0.99 through logit and the transposed weights;\n"
                             "refined: the classic image improved until the network reads it back")
        self.mode.currentIndexChanged.connect(self.refresh)
        row.addWidget(self.mode)
        row.addStretch(1)
        v.addLayout(row)
        self.status = QLabel("")
        # Wraps on its own line: a long read-back sentence must not widen the dock.
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        v.addWidget(self.status)
        self.canvas = pg.GraphicsLayoutWidget()
        self.canvas.setBackground("w")
        v.addWidget(self.canvas, 1)
        self._build_images()
        self.net = None
        self.images = [None] * 10
        self.refresh_count = 0
        self._token = 0
        self._jobs = BackgroundJobs(self) if jobs is None else jobs

    def _build_images(self):
        cmap = pg.colormap.get(COLORMAP)
        self.items = []
        for d in range(10):
            row, col = 2 * (d // 5), d % 5  # two rows of five: big enough to see strokes
            box = self.canvas.addViewBox(row=row, col=col, lockAspect=True, enableMouse=False,
                                         invertY=True)
            box.setMenuEnabled(False)
            item = ClickableImage(lambda d=d: self.enlarge(d), np.zeros((28, 28), np.float32))
            item.setColorMap(cmap)
            box.addItem(item)
            box.setRange(xRange=(0, 28), yRange=(0, 28), padding=0.02)
            self.items.append(item)
            self.canvas.addLabel(str(d), row=row + 1, col=col)
        self.colorbar = pg.ColorBarItem(values=(0, 1), colorMap=cmap, interactive=False,
                                        orientation="horizontal",
                                        label="pixel value (each image on its own range)")
        self.canvas.addItem(self.colorbar, row=4, col=0, colspan=5)
        layout = self.canvas.ci.layout
        for r in (1, 3):
            layout.setRowMaximumHeight(r, 22)
        layout.setRowMaximumHeight(4, 70)

    def set_network(self, net):
        self.net = net.copy()  # a private snapshot: training may go on meanwhile
        self.refresh()

    def refresh(self):
        """Recompute the ten images in the background; the newest request wins."""
        if self.net is None:
            return
        self._token += 1
        # Each job gets its own copy: a network caches activations as it runs.
        token, net, mode = self._token, self.net.copy(), self.mode.currentData()
        self.status.setText("computing...")
        self._jobs.submit(lambda job: compute_backquery(net, mode),
                          lambda result: self._show(token, result))

    def _show(self, token, result):
        if token != self._token:
            return  # a newer model or mode has been asked for
        if isinstance(result, Exception):
            self.status.setText(f"failed: {result}")
            return
        images, readback = result
        self.images = images
        for item, image in zip(self.items, images):
            # Each image on its own range: a refined back-query is faint but sharp.
            lo, hi = float(image.min()), float(image.max())
            item.setImage(image, levels=(lo, hi if hi > lo else lo + 1))
        self.status.setText(f"the network reads them back as their own labels with "
                            f"{min(readback):.0%} to {max(readback):.0%}")
        self.refresh_count += 1

    def enlarge(self, digit):
        """Open the enlarged image of ``digit`` (None before the first images arrive)."""
        if self.images[digit] is None:
            return None
        dialog = BackqueryDialog(self.images[digit], digit, self.mode.currentData(), self)
        dialog.open()
        return dialog
