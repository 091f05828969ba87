"""Watch it form: one label's back-query at each update of a training run, left to right."""
import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from ..language import Retranslatable
from .backquery_modes import colormap, compute, shared_levels

MAX_ENTRIES = 12  # the strip keeps the newest this many


class FormationStrip(Retranslatable, QWidget):
    """The picture of one label at each snapshot of the current run (``add(net, label)``).

    Each snapshot keeps its network, so a new mode recomputes the whole strip.
    ``jobs`` is the BackgroundJobs the work runs on.
    """

    def __init__(self, jobs, parent=None):
        super().__init__(parent)
        self.setObjectName("formationStrip")
        self._jobs = jobs
        self.on_screen = True  # see set_on_screen
        self.mode = "classic"
        self.colour = False
        self.entries = []  # [label, network, images or None], oldest first
        self._generation = 0  # bumps on clear and mode change: late results are dropped
        self._cells = []  # (view box, image, caption) per entry shown, reused from one to the next
        self._cells_colour = None  # the colour map the cells' images have
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.before = QLabel()
        row.addWidget(self.before)
        self.digit = QSpinBox()
        self.digit.setRange(0, 9)
        self.digit.setValue(3)
        self.digit.valueChanged.connect(self._redraw)
        row.addWidget(self.digit)
        self.after = QLabel()
        row.addWidget(self.after)
        row.addStretch(1)
        v.addLayout(row)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        v.addWidget(self.hint)
        self.canvas = pg.GraphicsLayoutWidget()
        self.canvas.setBackground("w")
        self.canvas.setFixedHeight(92)
        v.addWidget(self.canvas)
        self.retranslate()

    def retranslate(self):
        # The spin box sits inside the sentence: each language splits it where its order needs.
        self.before.setText(self.tr("Watch it form: the back-query of"))
        self.after.setText(self.tr("by epoch"))
        self.before.setToolTip(self.tr("During a training run with 'Use on canvas after each "
                                       "epoch' on: the chosen label's back-query a few times in "
                                       "epoch 1 and after every epoch"))
        self.hint.setText(self.tr("Train with 'Use on canvas after each epoch' on to fill this "
                                  "strip."))

    def labels(self):
        return [entry[0] for entry in self.entries]

    def clear(self):
        self._generation += 1
        self.entries = []
        self._redraw()

    def add(self, net, label):
        self.entries.append([label, net.copy(), None])
        if len(self.entries) > MAX_ENTRIES:
            del self.entries[0]
        if self.on_screen:
            self._compute(self.entries[-1])
        self._redraw()

    def set_on_screen(self, on_screen):
        # While hidden, entries wait: a back-query in a thread beside a training run takes
        # cores (and the GIL) from it (Rashid's epoch: 1.95x the CLI's time instead of 1.1x)
        # for pictures nobody is looking at.
        self.on_screen = on_screen
        if on_screen:
            for entry in self.entries:
                if entry[2] is None:
                    self._compute(entry)

    def set_style(self, mode, colour):
        if mode != self.mode:
            self.mode = mode
            self._generation += 1
            for entry in self.entries:
                entry[2] = None
                self._compute(entry)
        self.colour = colour
        self._redraw()

    def _compute(self, entry):
        generation, net, mode = self._generation, entry[1].copy(), self.mode

        def done(result):
            if generation == self._generation and not isinstance(result, Exception):
                entry[2] = result[0]
                self._redraw()
        self._jobs.submit(lambda job: compute(net, mode), done)

    def _redraw(self):
        # The cells are made once and then only given new pictures: a new pyqtgraph view box
        # costs 20-30 ms, and making the whole strip anew at every snapshot of a run stalled
        # the window for up to 200 ms.
        self.hint.setVisible(not self.entries)
        d = self.digit.value()
        done = [images[d] for _, _, images in self.entries if images is not None]
        levels = shared_levels(done) if done else (0.0, 1.0)  # one range for the whole strip
        while len(self._cells) > len(self.entries):
            self.canvas.removeItem(self._cells.pop()[0])
        if self._cells_colour != self.colour:
            cmap = colormap(self.colour)
            for _, item, _ in self._cells:
                item.setColorMap(cmap)
            self._cells_colour = self.colour
        for col, (label, _, images) in enumerate(self.entries):
            if col == len(self._cells):
                self._cells.append(self._new_cell(col))
            _, item, caption = self._cells[col]
            image = images[d] if images is not None else np.zeros((28, 28), np.float32)
            item.setImage(image, levels=levels)
            caption.setText(label)

    def _new_cell(self, col):
        box = self.canvas.addViewBox(row=0, col=col, lockAspect=True, enableMouse=False,
                                     invertY=True, enableMenu=False)
        box.setMinimumWidth(56)
        box.setMaximumWidth(56)
        item = pg.ImageItem(np.zeros((28, 28), np.float32))
        item.setColorMap(colormap(self.colour))
        box.addItem(item)
        caption = pg.TextItem("", color="k", anchor=(0.5, 0))
        caption.setPos(14, 28.6)
        box.addItem(caption)
        box.setRange(xRange=(0, 28), yRange=(0, 36), padding=0.02)
        return box, item, caption
