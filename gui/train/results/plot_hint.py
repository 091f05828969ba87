"""A one-line hint over an empty plot or list, in place of axes that mean nothing yet."""
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel

from ...language import Retranslatable

MARGIN = 12


class PlotHint(Retranslatable, QLabel):
    """Says what will appear in ``target`` and how; shown while it has nothing to show.

    Over a ``pg.PlotWidget`` it also hides the axes (an empty plot's 0.2-0.8
    ticks suggest data that is not there) and the legend, and brings them
    back with the data. Its text is a function giving the words, asked again
    when the language changes (plain words are shown as they are).
    """

    def __init__(self, target, text, name=None):
        super().__init__(target)
        self._text = text
        if name:
            self.setObjectName(name)
        self.target = target
        self.setAlignment(Qt.AlignCenter)
        self.setWordWrap(True)
        self.setAttribute(Qt.WA_TransparentForMouseEvents)  # clicks still reach the view
        self.setStyleSheet("color: #5a5a5a; background: transparent;")
        target.installEventFilter(self)
        self._place()
        self.retranslate()

    def retranslate(self):
        self.setText(self._text() if callable(self._text) else self._text)

    def eventFilter(self, obj, event):
        if obj is self.target and event.type() == QEvent.Resize:
            self._place()
        return False

    def _place(self):
        self.setGeometry(self.target.rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN))

    def show_hint(self, text=None):
        if text is not None:
            self._text = text
            self.retranslate()
        self._decorations(False)
        self._place()
        self.show()
        self.raise_()

    def hide_hint(self):
        self._decorations(True)
        self.hide()

    def _decorations(self, shown):
        if not isinstance(self.target, pg.PlotWidget):
            return
        item = self.target.getPlotItem()
        for side in ("left", "bottom"):
            item.showAxis(side, shown)
        if item.legend is not None:
            item.legend.setVisible(shown)
