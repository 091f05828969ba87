"""The drawing canvas: smooth round-pen strokes, undo, clear, an imported picture underneath.

Strokes are kept in unit coordinates (0..1 across the square), so the
canvas can take any size on screen while the network always sees the same
280x280 raster of it.
"""
import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..language import Retranslatable

RASTER = 280  # the model's view of the canvas, as MNIST-style apps use
DEFAULT_PEN = 18  # pen width in raster pixels: a felt-tip on a 280-pixel pad
HINT = QT_TRANSLATE_NOOP("DrawingCanvas", "Draw a digit here")
FRAME = QColor(110, 120, 135)


class DrawingCanvas(Retranslatable, QWidget):
    """Draw with the mouse or a tablet; ``changed(final)`` fires while and after drawing."""

    changed = Signal(bool)  # final: True when a stroke ended or the content was replaced
    imageDropped = Signal(str)  # a file dragged onto the canvas

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("canvas")
        self.setMinimumSize(160, 160)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setCursor(Qt.CrossCursor)
        self.setAcceptDrops(True)
        self.setAttribute(Qt.WA_OpaquePaintEvent)
        self._strokes = []  # each a list of (x, y) in 0..1
        self._drawing = False
        self._background = None  # QImage of an imported digit, or None
        # A 28x28 digit that *is* the network's input (a test digit from the
        # gallery): read as it is, not re-preprocessed as if it were drawn.
        self._exact = None
        self.pen_width = DEFAULT_PEN
        self.inverted = False
        # Something 28x28 painted over the drawing on screen only (the saliency), and the
        # square of the 280-pixel raster it covers: (top, left, size).
        self._overlay = None
        self._overlay_frame = None
        self.retranslate()

    def retranslate(self):
        self.setToolTip(self.tr("Draw a digit here with the mouse or a pen.\n"
                                "Ctrl+Z undoes the last stroke; Delete or Escape clears.\n"
                                "Drop an image file here to read your own handwriting."))
        self.update()  # the hint on a blank canvas

    # -- content ---------------------------------------------------------------
    def is_blank(self):
        return not self._strokes and self._background is None

    def stroke_count(self):
        return len(self._strokes)

    def clear(self):
        if self.is_blank():
            return
        self._strokes.clear()
        self._background = None
        self._exact = None
        self._drawing = False
        self._overlay = self._overlay_frame = None
        self.update()
        self.changed.emit(True)

    def undo(self):
        """Remove the last stroke (or, with none left, the imported picture)."""
        if self._drawing:
            return
        if self._strokes:
            self._strokes.pop()
        elif self._background is not None:
            self._background = None
            self._exact = None
        else:
            return
        self.update()
        self.changed.emit(True)

    def set_image(self, image, exact=False):
        """Show a digit image (2-D array, ink bright in [0, 1]) as the canvas content.

        ``exact``: the image is already the network's 28x28 input (an MNIST
        digit); it is read as it is until a stroke is drawn over it.
        """
        a = np.clip(np.asarray(image, dtype=np.float32), 0, 1)
        grey = np.ascontiguousarray((a * 255).astype(np.uint8))
        h, w = grey.shape
        self._background = QImage(grey.data, w, h, w, QImage.Format_Grayscale8).copy()
        self._exact = a.copy() if exact and a.shape == (28, 28) else None
        self._strokes.clear()
        self._overlay = self._overlay_frame = None
        self.update()
        self.changed.emit(True)

    def exact_input(self):
        """The 28x28 input set with ``exact=True``, while nothing is drawn over it, else None."""
        return None if self._strokes else self._exact

    def set_pen_width(self, width):
        self.pen_width = float(width)
        self.update()
        if not self.is_blank():
            self.changed.emit(True)

    def set_inverted(self, inverted):
        """Black ink on white paper on screen; the network's input does not change."""
        self.inverted = bool(inverted)
        self.update()

    def set_overlay(self, image, frame):
        """Paint ``image`` (a QImage, e.g. 28x28 RGBA) over the drawing, on screen only, into
        the square ``frame`` = (top, left, size) of the raster; None removes it."""
        if (image is None or frame is None) and self._overlay is None:
            return  # nothing there, nothing to take off: no repaint
        self._overlay = None if image is None or frame is None else image
        self._overlay_frame = None if self._overlay is None else tuple(frame)
        self.update()

    def has_overlay(self):
        return self._overlay is not None

    def raster(self):
        """The canvas as the network sees it: float32 (280, 280), ink bright on black."""
        image = QImage(RASTER, RASTER, QImage.Format_Grayscale8)
        image.fill(0)
        painter = QPainter(image)
        self._paint_content(painter, RASTER, QColor(255, 255, 255), QColor(0, 0, 0))
        painter.end()
        stride = image.bytesPerLine()
        buf = np.frombuffer(image.constBits(), np.uint8, count=stride * RASTER)
        return buf.reshape(RASTER, stride)[:, :RASTER].astype(np.float32) / 255.0

    # -- painting ----------------------------------------------------------------
    def paintEvent(self, event):
        painter = QPainter(self)
        ink, paper = QColor(255, 255, 255), QColor(0, 0, 0)
        if self.inverted:
            ink, paper = paper, ink
        painter.fillRect(self.rect(), paper)
        side = min(self.width(), self.height())
        painter.translate((self.width() - side) / 2, (self.height() - side) / 2)
        self._paint_content(painter, side, ink, paper)
        if self._overlay is not None:
            self._paint_overlay(painter, side)
        if self.is_blank() and not self._drawing:
            self._paint_hint(painter, side, ink)
        # A frame, so the pad reads as a place to draw, on any theme.
        painter.setPen(QPen(FRAME, 2))
        painter.setBrush(Qt.NoBrush)
        painter.drawRect(QRectF(1, 1, side - 2, side - 2))
        painter.end()

    def _paint_overlay(self, painter, side):
        # raster() never paints it: the network never sees its own explanation.
        top, left, size = (v * side / RASTER for v in self._overlay_frame)
        painter.save()
        painter.setClipRect(QRectF(0, 0, side, side))
        painter.setRenderHint(QPainter.SmoothPixmapTransform, False)  # the network's own pixels
        painter.drawImage(QRectF(left, top, size, size), self._overlay)
        painter.restore()

    def _paint_hint(self, painter, side, ink):
        # On screen only: raster() never paints it, so the network never sees it.
        colour = QColor(ink)
        colour.setAlphaF(0.35)
        font = QFont(self.font())
        font.setPixelSize(max(12, int(side / 16)))
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(QRectF(0, 0, side, side), Qt.AlignCenter,
                         QCoreApplication.translate("DrawingCanvas", HINT))

    def _paint_content(self, painter, side, ink, paper):
        painter.setRenderHint(QPainter.Antialiasing, True)
        painter.setRenderHint(QPainter.SmoothPixmapTransform, True)
        painter.fillRect(QRectF(0, 0, side, side), paper)
        if self._background is not None:
            picture = self._background
            if ink.lightness() < paper.lightness():
                picture = picture.copy()
                picture.invertPixels()
            painter.drawImage(QRectF(0, 0, side, side), picture)
        pen = QPen(ink, self.pen_width * side / RASTER, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.NoBrush)
        for stroke in self._strokes:
            if len(stroke) == 1:
                x, y = stroke[0]
                painter.drawPoint(QPointF(x * side, y * side))
                continue
            path = QPainterPath(QPointF(stroke[0][0] * side, stroke[0][1] * side))
            for x, y in stroke[1:]:
                path.lineTo(x * side, y * side)
            painter.drawPath(path)

    # -- input -------------------------------------------------------------------
    def _unit(self, pos):
        side = min(self.width(), self.height())
        x0, y0 = (self.width() - side) / 2, (self.height() - side) / 2
        return (min(max((pos.x() - x0) / side, 0.0), 1.0), min(max((pos.y() - y0) / side, 0.0), 1.0))

    def begin_stroke(self, pos):
        self._drawing = True
        self._strokes.append([self._unit(pos)])
        self.update()
        self.changed.emit(False)

    def extend_stroke(self, pos):
        if not self._drawing:
            return
        point = self._unit(pos)
        last = self._strokes[-1][-1]
        if abs(point[0] - last[0]) + abs(point[1] - last[1]) < 1e-4:
            return
        self._strokes[-1].append(point)
        self.update()
        self.changed.emit(False)

    def end_stroke(self, pos=None):
        if not self._drawing:
            return
        if pos is not None:
            self.extend_stroke(pos)
        self._drawing = False
        self.changed.emit(True)

    def mousePressEvent(self, event):
        if event.button() == Qt.LeftButton:
            self.begin_stroke(event.position())
            event.accept()

    def mouseMoveEvent(self, event):
        if event.buttons() & Qt.LeftButton:
            self.extend_stroke(event.position())

    def mouseReleaseEvent(self, event):
        if event.button() == Qt.LeftButton:
            self.end_stroke(event.position())

    def tabletEvent(self, event):
        kind = event.type()
        if kind == event.Type.TabletPress:
            self.begin_stroke(event.position())
        elif kind == event.Type.TabletMove:
            self.extend_stroke(event.position())
        elif kind == event.Type.TabletRelease:
            self.end_stroke(event.position())
        event.accept()  # no synthetic mouse events: they would draw the stroke twice

    # -- drag and drop -----------------------------------------------------------
    def dragEnterEvent(self, event):
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event):
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            self.imageDropped.emit(urls[0].toLocalFile())
            event.acceptProposedAction()
