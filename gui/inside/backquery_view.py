"""The ten back-query images, recomputed in the background whenever the model changes."""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QSizePolicy,
                               QVBoxLayout, QWidget)

from ..background import BackgroundJobs
from ..language import Retranslatable
from .backquery_dialog import BackqueryDialog
from .backquery_modes import (FOOLING, MODES, colormap, compute, explanation, mode_name,
                              shared_levels)

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
    if mode == FOOLING and confidence:
        return QCoreApplication.translate(
            "BackqueryView", "Under each image: the network's confidence that it shows its "
                             "label, not how legible it is to you. Fooling images: the network "
                             "is {share} sure the 3 is a 3; you are not.").format(
            share=f"{confidence[3]:.0%}")
    return QCoreApplication.translate(
        "BackqueryView", "Under each image: the network's confidence that it shows its label, "
                         "not how legible it is to you.")


class BackqueryView(Retranslatable, QWidget):
    """Ten back-query images with their confidences, a mode switch, grey or colour.

    ``jobs`` is the BackgroundJobs the work runs on (its own if None).
    """

    def __init__(self, jobs=None, parent=None):
        super().__init__(parent)
        self.setObjectName("backqueryView")
        v = QVBoxLayout(self)
        row = QHBoxLayout()
        self.mode_label = QLabel()
        row.addWidget(self.mode_label)
        self.mode = QComboBox()
        self.mode.setObjectName("backqueryMode")
        for mode in MODES:
            self.mode.addItem(mode, mode)  # the names and tooltips: retranslate
        # Refined first: the picture a person can recognise; classic and the fooling
        # images are one click away, each with its sentence.
        self.mode.setCurrentIndex(self.mode.findData("refined"))
        row.addWidget(self.mode)
        self.colour = QCheckBox()
        self.colour.setObjectName("backqueryColour")
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
        self._status = ("empty",)  # what the status line says: retranslate says it again
        self._range = None  # the levels the range note speaks of, once images came
        self._jobs = BackgroundJobs(self) if jobs is None else jobs
        self._build_images()
        self.mode.currentIndexChanged.connect(self._explain)
        self.mode.currentIndexChanged.connect(self.refresh)
        self.colour.toggled.connect(self._recolour)
        self.retranslate()

    def retranslate(self):
        self.setToolTip(self.tr("What the network imagines for each label: the label run "
                                "backwards through the network (Rashid's back-query). Click one "
                                "to enlarge it."))
        self.mode_label.setText(self.tr("Mode:"))
        for i in range(self.mode.count()):
            mode = self.mode.itemData(i)
            self.mode.setItemText(i, mode_name(mode))
            self.mode.setItemData(i, explanation(mode), Qt.ToolTipRole)
        self.colour.setText(self.tr("colour"))
        self.colour.setToolTip(self.tr("Show the images in colour (inferno) instead of "
                                       "Rashid's greys"))
        self._explain()
        self._say_status()
        self._say_range()

    def _say_status(self):
        kind = self._status[0]
        if kind == "computing":
            self.status.setText(self.tr("computing..."))
        elif kind == "failed":
            self.status.setText(self.tr("failed: {error}").format(error=self._status[1]))
        elif kind == "shown":
            self.status.setText(meaning(*self._status[1:]))
        else:
            self.status.setText("")

    def _say_range(self):
        if self._range is None:
            return
        lo, hi = self._range
        self.range_note.setText(self.tr("Colour bar: pixel values {low} to {high}, one range "
                                        "shared by all ten images: the display stretches none "
                                        "of them.").format(low=f"{lo:.2g}", high=f"{hi:.2g}"))

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
        self.explain.setText(explanation(mode))

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
        self._status = ("computing",)
        self._say_status()
        self._jobs.submit(lambda job: compute(net, mode),
                          lambda result: self._show(token, mode, result))

    def _show(self, token, mode, result):
        if token != self._token:
            return  # a newer model or mode has been asked for
        if isinstance(result, Exception):
            self._status = ("failed", result)
            self._say_status()
            return
        self.images, self.confidence = result
        self.levels = shared_levels(self.images)
        for item, image in zip(self.items, self.images):
            item.setImage(image, autoLevels=False, levels=self.levels)
        self.colorbar.setLevels(self.levels)
        self._recolour(self.colour.isChecked())
        for d, caption in enumerate(self.captions):
            caption.setText(f"{d}: {self.confidence[d]:.0%}")
        self._range = self.levels
        self._say_range()
        self._status = ("shown", mode, self.confidence)
        self._say_status()
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
