"""The ten back-query images, recomputed in the background whenever the model changes."""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QSizePolicy,
                               QVBoxLayout, QWidget)

from ..background import BackgroundJobs
from .backquery_dialog import BackqueryDialog
from .backquery_modes import EXPLANATIONS, FOOLING, MODES, colormap, compute, shared_levels

MODE_NAMES = {"classic": "classic (Rashid)", "refined": "refined",
              "unconstrained": "unconstrained (fooling images)"}
CAPTION_TOP = 28.6  # data units: the caption sits right under its 28-pixel image
BOX_HEIGHT = 34


class ClickableImage(pg.ImageItem):
    def __init__(self, on_click, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._on_click = on_click

    def mouseClickEvent(self, event):
        if event.button() == Qt.LeftButton:
            self._on_click()
            event.accept()


def wrapping_label(text=""):
    """A label that wraps instead of widening the dock."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
    return label


def meaning(mode, confidence):
    """What the percentages say, and for fooling images what they do not."""
    text = ("Under each image: the network's confidence that it shows its label, "
            "not how legible it is to you.")
    if mode == FOOLING and confidence:
        text += (f" Fooling images: the network is {confidence[3]:.0%} sure the 3 is a 3; "
                 "you are not.")
    return text


class BackqueryView(QWidget):
    """Ten back-query images with their confidences, a mode switch, grey or colour.

    ``jobs`` is the BackgroundJobs the work runs on (its own if None).
    """

    def __init__(self, jobs=None, parent=None):
        super().__init__(parent)
        self.setObjectName("backqueryView")
        self.setToolTip("What the network imagines for each label: the label run backwards "
                        "through the network (Rashid's back-query). Click one to enlarge it.")
        v = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel("Mode:"))
        self.mode = QComboBox()
        self.mode.setObjectName("backqueryMode")
        for mode in MODES:
            self.mode.addItem(MODE_NAMES.get(mode, mode), mode)
            self.mode.setItemData(self.mode.count() - 1, EXPLANATIONS.get(mode, ""), Qt.ToolTipRole)
        # Refined first: the picture a person can recognise; classic and the fooling
        # images are one click away, each with its sentence.
        self.mode.setCurrentIndex(self.mode.findData("refined"))
        row.addWidget(self.mode)
        self.colour = QCheckBox("colour")
        self.colour.setObjectName("backqueryColour")
        self.colour.setToolTip("Show the images in colour (inferno) instead of Rashid's greys")
        row.addWidget(self.colour)
        row.addStretch(1)
        v.addLayout(row)
        self.explain = wrapping_label()
        self.explain.setObjectName("backqueryExplanation")
        v.addWidget(self.explain)
        self.canvas = pg.GraphicsLayoutWidget()
        self.canvas.setBackground("w")
        v.addWidget(self.canvas, 1)
        self.status = wrapping_label()
        v.addWidget(self.status)
        v.addStretch(0)
        self.net = None
        self.images = [None] * 10
        self.confidence = None  # the network's probability of each image's own label
        self.levels = (0.0, 1.0)
        self.refresh_count = 0
        self._token = 0
        self._jobs = BackgroundJobs(self) if jobs is None else jobs
        self._build_images()
        self._explain()
        self.mode.currentIndexChanged.connect(self._explain)
        self.mode.currentIndexChanged.connect(self.refresh)
        self.colour.toggled.connect(self._recolour)

    def _build_images(self):
        cmap = colormap(False)
        self.items, self.captions = [], []
        for d in range(10):
            box = self.canvas.addViewBox(row=d // 5, col=d % 5, lockAspect=True,
                                         enableMouse=False, invertY=True)
            box.setMenuEnabled(False)
            item = ClickableImage(lambda d=d: self.enlarge(d), np.zeros((28, 28), np.float32))
            box.addItem(item)
            caption = pg.TextItem(str(d), color="k", anchor=(0.5, 0))
            caption.setPos(14, CAPTION_TOP)
            box.addItem(caption)
            box.setRange(xRange=(0, 28), yRange=(0, BOX_HEIGHT), padding=0.02)
            self.items.append(item)
            self.captions.append(caption)
        self.colorbar = pg.ColorBarItem(values=self.levels, colorMap=cmap, interactive=False,
                                        orientation="horizontal", colorMapMenu=False)
        self.colorbar.setImageItem(self.items)
        self.canvas.addItem(self.colorbar, row=2, col=0, colspan=5)
        self.canvas.ci.layout.setRowMaximumHeight(2, 60)
        self.range_note = wrapping_label()
        self.range_note.setObjectName("backqueryRange")
        self.layout().insertWidget(3, self.range_note)

    def resizeEvent(self, event):
        """Rows as tall as their images and captions: no gap between an image and the next row."""
        super().resizeEvent(event)
        row = max(40, int(self.canvas.width() / 5 * BOX_HEIGHT / 28))
        for r in (0, 1):
            self.canvas.ci.layout.setRowMaximumHeight(r, row)
        self.canvas.setFixedHeight(2 * row + 80)

    def current_mode(self):
        return self.mode.currentData()

    def _explain(self):
        mode = self.current_mode()
        self.explain.setText(EXPLANATIONS.get(mode, ""))

    def _recolour(self, colour):
        self.colorbar.setColorMap(colormap(colour))
        for item in self.items:
            item.setColorMap(colormap(colour))

    def set_network(self, net):
        self.net = net.copy()  # a private snapshot: training may go on meanwhile
        self.refresh()

    def refresh(self):
        """Recompute the ten images in the background; the newest request wins."""
        if self.net is None:
            return
        self._token += 1
        # Each job gets its own copy: a network caches activations as it runs.
        token, net, mode = self._token, self.net.copy(), self.current_mode()
        self.status.setText("computing...")
        self._jobs.submit(lambda job: compute(net, mode),
                          lambda result: self._show(token, mode, result))

    def _show(self, token, mode, result):
        if token != self._token:
            return  # a newer model or mode has been asked for
        if isinstance(result, Exception):
            self.status.setText(f"failed: {result}")
            return
        self.images, self.confidence = result
        self.levels = shared_levels(self.images)
        for item, image in zip(self.items, self.images):
            item.setImage(image, autoLevels=False, levels=self.levels)
        self.colorbar.setLevels(self.levels)
        self._recolour(self.colour.isChecked())
        for d, caption in enumerate(self.captions):
            caption.setText(f"{d}: {self.confidence[d]:.0%}")
        lo, hi = self.levels
        self.range_note.setText(f"Colour bar: pixel values {lo:.2g} to {hi:.2g}, one range "
                                f"shared by all ten images: the display stretches none of them.")
        self.status.setText(meaning(mode, self.confidence))
        self.refresh_count += 1

    def enlarge(self, digit):
        """Open the enlarged image of ``digit`` (None before the first images arrive)."""
        if self.images[digit] is None:
            return None
        dialog = BackqueryDialog(self.images[digit], digit, self.current_mode(),
                                 colormap(self.colour.isChecked()), self.levels,
                                 self.confidence[digit], self)
        dialog.open()
        return dialog
