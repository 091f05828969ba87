"""The confusion matrix of a run: true digit against what the network read."""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor

from ... import plot_style  # noqa: F401  (row-major images, light plots)
from ...language import Retranslatable
from .plot_hint import PlotHint


class ConfusionView(Retranslatable, pg.PlotWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("confusionPlot")
        self.invertY(True)
        self.setAspectLocked(True)
        self.setMenuEnabled(False)
        ticks = [[(d + 0.5, str(d)) for d in range(10)]]
        for side in ("bottom", "left"):
            self.getAxis(side).setTicks(ticks)
        self.image = pg.ImageItem(np.zeros((10, 10)))
        self.image.setColorMap(pg.colormap.get("viridis"))
        self.addItem(self.image)
        self.counts = _Counts()
        self.addItem(self.counts)
        self.confusion = None
        self.hint = PlotHint(self, self._waiting, "confusionHint")
        self.clear_results()
        self.retranslate()

    def retranslate(self):
        # A short title: the axis labels say which way round it is, and a long title
        # was clipped at the width the dock gets beside the canvas.
        self.setTitle(self.tr("Confusion matrix"))
        self.setToolTip(self.tr("Rows: the true digit; columns: what the network read. "
                                "Colours on a log scale, so that the few mistakes show beside "
                                "the thousand right answers."))
        # The axis's own setLabel: the plot's would show the axes the hint hides.
        self.getAxis("bottom").setLabel(self.tr("read as"))
        self.getAxis("left").setLabel(self.tr("true digit"))

    def _waiting(self):
        return self.tr("After a run: which digits the network mixes up")

    def show_confusion(self, confusion):
        self.confusion = confusion
        # Log scale: the diagonal (~1000) would otherwise drown every mistake (~1-10).
        shade = np.log1p(confusion.astype(float))
        self.image.setImage(shade, rect=(0, 0, 10, 10))
        self.image.show()
        self.counts.set_counts(confusion, shade / max(shade.max(), 1e-9))
        self.hint.hide_hint()

    def clear_results(self, hint=None):
        self.confusion = None
        self.counts.set_counts(None, None)
        self.image.hide()
        self.hint.show_hint(hint or self._waiting)


class _Counts(pg.GraphicsObject):
    """The hundred counts, drawn by one item at a fixed text size.

    A pg.TextItem per cell cost 1.5 ms each to create: 130 ms of frozen window at the end
    of every run. One item drawing a hundred strings costs nothing to create.
    """

    def __init__(self):
        super().__init__()
        self.counts = None
        self.bright = None

    def set_counts(self, counts, bright):
        self.counts, self.bright = counts, bright
        self.update()

    def boundingRect(self):
        return QRectF(0, 0, 10, 10)

    def paint(self, painter, *args):
        if self.counts is None:
            return
        to_screen = painter.transform()
        painter.save()
        painter.resetTransform()  # text at its own size, whatever the zoom
        dark, light = QColor("black"), QColor("white")
        for r in range(10):
            for c in range(10):
                n = int(self.counts[r, c])
                if not n:
                    continue
                centre = to_screen.map(QPointF(c + 0.5, r + 0.5))
                # Black on the bright (yellow) end of viridis, white on the dark end.
                painter.setPen(dark if self.bright[r, c] > 0.6 else light)
                painter.drawText(QRectF(centre.x() - 40, centre.y() - 12, 80, 24),
                                 Qt.AlignCenter, str(n))
        painter.restore()
