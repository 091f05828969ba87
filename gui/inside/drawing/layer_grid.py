"""Every layer of the network as a grid of small squares, one per unit, coloured by its value."""
import math
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from .colours import BACKGROUND_RGB, MARK, SELECTED, diverging, pack, packed_qimage, sequential

GAP = 10  # between blocks, and between the hidden layers and the output row
MAX_CELL = 36  # a small layer (the book's 50 units) gets big squares
MAX_OUTPUT_CELL = 40
OUT_GAP = 4  # between the ten output units
PAD = 3  # round the edge: the outlines of units on it stay whole
SEAM = pack(BACKGROUND_RGB)
LEFT = Qt.AlignLeft | Qt.AlignVCenter  # combined once: enum arithmetic is slow in Python
UNDER = Qt.AlignHCenter | Qt.AlignTop


@dataclass
class Band:
    """One layer as the grid paints it.

    ``values`` : ndarray, shape (units,); painted from 0 (black) to ``top``
    (yellow), or from -``top`` (blue) to ``top`` (red) when ``signed``;
    ``marked`` : the units outlined as the strongest.
    """

    values: np.ndarray
    top: float
    caption: str
    signed: bool = False
    marked: list = field(default_factory=list)


class LayerGrid(QWidget):
    """The hidden layers side by side, the output row of ten under them.

    ``hovered(layer, unit)`` fires as the mouse moves onto another unit
    (``(-1, -1)`` when it leaves them); ``clicked(layer, unit)`` on a click.
    Layer numbers count the hidden layers from 0; the output layer is last.
    """

    hovered = Signal(int, int)
    clicked = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("layerGrid")
        self.setMouseTracking(True)
        self.setMinimumWidth(220)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.bands = []
        self.selected = None  # (layer, unit) outlined as the one the detail shows
        self._blocks = []  # per band: (x, y, cols, cell) of its top-left unit
        self._images = []
        self._captions = []  # per hidden layer: (left, width) its caption may take
        self._hover = None
        self._limit = 260
        self._fitted = (None, None)

    def sizeHint(self):
        return QSize(380, 230)

    def set_bands(self, bands):
        self.bands = list(bands)
        self._refit()
        self._layout()
        self.update()

    def set_selected(self, selected):
        self.selected = selected
        self.update()

    def set_height_limit(self, limit):
        """The most height the grid may take; it takes what its cells need within that."""
        self._limit = int(limit)
        self._refit()

    # -- geometry ------------------------------------------------------------------------
    def resizeEvent(self, event):
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._refit()
        self._layout()

    def _parts(self, width):
        """(height of the captions above the hidden layers, of the output row under them,
        an output unit's side)."""
        line = self.fontMetrics().height()
        out_cell = int(min(MAX_OUTPUT_CELL, max(14, (width - 9 * OUT_GAP) / 10)))
        top = 2 * line + 4 if len(self.bands) > 1 else 0
        return top, GAP + line + 2 + out_cell + line + 2, out_cell

    def _fit(self, width):
        """(cell side, each hidden layer's share of the width, height of the tallest block)."""
        top, bottom, _ = self._parts(width)
        key = (width, self._limit - top - bottom, tuple(len(b.values) for b in self.bands[:-1]))
        if key != self._fitted[0]:  # the same for every reading of one model: once
            self._fitted = key, self._cell_size(self.bands[:-1], width, key[1])
        return self._fitted[1]

    def _refit(self):
        """Exactly as tall as the cells that fit the width and the limit: no empty band."""
        if not self.bands:
            return
        width = self.width() - 2 * PAD
        top, bottom, _ = self._parts(width)
        height = max(top + self._fit(width)[2] + bottom + PAD, 60)
        if height != self.height() or self.maximumHeight() != height:
            self.setFixedHeight(height)

    def _layout(self):
        self._blocks, self._images, self._captions = [], [], []
        if not self.bands:
            return
        hidden, output = self.bands[:-1], self.bands[-1]
        width = self.width() - 2 * PAD
        top, _, out_cell = self._parts(width)
        cell, shares, tallest = self._fit(width)
        x = float(PAD)
        for band, share in zip(hidden, shares):
            n = len(band.values)
            cols = max(1, int(share // cell))
            rows = math.ceil(n / cols)
            cols = math.ceil(n / rows)  # no ragged last row when fewer columns would do
            left = x + (share - cols * cell) / 2
            self._blocks.append((left, top, cols, cell))
            self._images.append(self._block_image(band, rows, cols, cell))
            self._captions.append((x, share))  # a caption may be wider than its block
            x += share + GAP
        left = PAD + (width - (10 * out_cell + 9 * OUT_GAP)) / 2
        line = self.fontMetrics().height()
        self._blocks.append((left, top + tallest + GAP + line + 2, len(output.values), out_cell))

    def _cell_size(self, hidden, width, room):
        """The largest cell that fits every hidden layer in ``room`` of height: (cell, each
        layer's share of the width, the tallest block's height)."""
        if not hidden:
            return 1, [], -GAP
        total = sum(len(b.values) for b in hidden)
        usable = width - GAP * (len(hidden) - 1)
        # Wider blocks for bigger layers, but never starved: a 50-unit layer beside 100 still reads.
        shares = [usable * max(len(b.values) / total, 0.5 / len(hidden)) for b in hidden]
        scale = usable / sum(shares)
        shares = [s * scale for s in shares]
        for cell in range(MAX_CELL, 1, -1):
            tallest = max(math.ceil(len(b.values) / max(1, int(s // cell))) * cell
                          for b, s in zip(hidden, shares))
            if tallest <= room:
                return cell, shares, tallest
        return 2, shares, tallest

    def _block_image(self, band, rows, cols, cell):
        values = np.zeros(rows * cols, np.float32)
        values[:len(band.values)] = band.values
        pixels = pack(diverging(values, band.top) if band.signed else sequential(values, band.top))
        pixels[len(band.values):] = SEAM
        big = np.repeat(np.repeat(pixels.reshape(rows, cols), cell, axis=0), cell, axis=1)
        if cell >= 5:  # a one-pixel seam between units, once they are big enough to spare it
            big[cell - 1::cell, :] = SEAM
            big[:, cell - 1::cell] = SEAM
        return packed_qimage(big)

    def unit_rect(self, layer, unit):
        """The square of ``unit`` of ``layer`` in widget coordinates."""
        x, y, cols, cell = self._blocks[layer]
        if layer == len(self.bands) - 1:
            return QRectF(x + unit * (cell + OUT_GAP), y, cell, cell)
        r, c = divmod(unit, cols)
        return QRectF(x + c * cell, y + r * cell, cell - (cell >= 5), cell - (cell >= 5))

    def unit_at(self, pos):
        """(layer, unit) under ``pos`` (widget coordinates), or None."""
        for layer, band in enumerate(self.bands):
            x, y, cols, cell = self._blocks[layer]
            if layer == len(self.bands) - 1:
                unit = int((pos.x() - x) // (cell + OUT_GAP))
                inside = 0 <= unit < 10 and y <= pos.y() < y + cell
            else:
                col, row = int((pos.x() - x) // cell), int((pos.y() - y) // cell)
                unit = row * cols + col
                inside = 0 <= col < cols and row >= 0 and unit < len(band.values)
            if inside and pos.x() >= x:
                return layer, unit
        return None

    # -- painting --------------------------------------------------------------------------
    def paintEvent(self, event):
        painter = QPainter(self)
        if not self.bands:
            painter.end()
            return
        line = self.fontMetrics().height()
        for layer, band in enumerate(self.bands[:-1]):
            x, y, cols, cell = self._blocks[layer]
            painter.drawImage(QPointF(x, y), self._images[layer])
            # Over the block, moved left as far as its share of the width allows when longer.
            parts = band.caption.split("\n")[:2]
            share_left, share = self._captions[layer]
            right = share_left + share
            wide = max(self.fontMetrics().horizontalAdvance(p) for p in parts)
            left = max(share_left, min(x, right - wide))
            width = right - left
            painter.setPen(self.palette().windowText().color())
            for i, part in enumerate(parts):
                text = self.fontMetrics().elidedText(part, Qt.ElideRight, int(width))
                painter.drawText(QRectF(left, i * line, width, line), LEFT, text)
        self._paint_output(painter, line)
        self._outline(painter, MARK, 2, [(layer, u) for layer, b in enumerate(self.bands)
                                         for u in b.marked])
        if self.selected is not None:
            self._outline(painter, SELECTED, 3, [self.selected])
        painter.end()

    def _paint_output(self, painter, line):
        layer = len(self.bands) - 1
        band = self.bands[layer]
        x, y, _, cell = self._blocks[layer]
        text = self.palette().windowText().color()
        painter.setPen(text)
        caption = self.fontMetrics().elidedText(band.caption, Qt.ElideRight, self.width())
        painter.drawText(QRectF(0, y - line - 2, self.width(), line), Qt.AlignCenter, caption)
        colours = sequential(band.values, band.top)
        for unit, value in enumerate(band.values):
            rect = self.unit_rect(layer, unit)
            colour = QColor(*colours[unit])
            painter.fillRect(rect, colour)
            painter.setPen(QColor(0, 0, 0) if colour.lightness() > 140 else QColor(255, 255, 255))
            painter.drawText(rect, Qt.AlignCenter, str(unit))
            painter.setPen(text)
            share = f"{value:.0%}" if value >= 0.005 else "<1%"
            painter.drawText(QRectF(rect.x() - 4, rect.bottom() + 1, rect.width() + 8, line),
                             UNDER, share)

    def _outline(self, painter, colour, width, units):
        painter.setPen(QPen(colour, width))
        painter.setBrush(Qt.NoBrush)
        for layer, unit in units:
            if 0 <= layer < len(self.bands) and 0 <= unit < len(self.bands[layer].values):
                half = width / 2
                painter.drawRect(self.unit_rect(layer, unit).adjusted(-half, -half, half, half))

    # -- the mouse ---------------------------------------------------------------------------
    def mouseMoveEvent(self, event):
        found = self.unit_at(event.position())
        if found != self._hover:
            self._hover = found
            self.hovered.emit(*(found or (-1, -1)))

    def leaveEvent(self, event):
        if self._hover is not None:
            self._hover = None
            self.hovered.emit(-1, -1)
        super().leaveEvent(event)

    def mousePressEvent(self, event):
        found = self.unit_at(event.position())
        if event.button() == Qt.LeftButton and found is not None:
            self.clicked.emit(*found)
            event.accept()
