"""Text that changes at every reading, cheaply.

A QLabel asks its parent's layout to recompute at every ``setText``, and the
request climbs to the main window: with the page's labels that was 15 ms of
layout and repainting per reading (measured), where the grid alone costs 3.
A label inside a box without a layout stops the request at the box, whose
own size only changes when the page is resized. And a selectable label keeps
a text document that costs 3-6 ms per new text: ``HoverSelectableLabel``
becomes selectable only while the mouse is over it, which is never while the
pen draws.
"""
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class HoverSelectableLabel(QLabel):
    """A label whose text can be selected and copied once the mouse is over it."""

    SELECTABLE = Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard

    def enterEvent(self, event):
        self.setTextInteractionFlags(self.SELECTABLE)
        super().enterEvent(event)

    def leaveEvent(self, event):
        if not self.hasSelectedText():  # a selection stays, to be copied with the keyboard
            self.setTextInteractionFlags(Qt.NoTextInteraction)
        super().leaveEvent(event)


class SteadyText(QWidget):
    """A label of ``lines`` lines, or as tall as ``sample`` wrapped at the box's width.

    ``sample`` is the longest text the box is meant to show (wrapped text
    only); the box keeps that height whatever it is given.
    """

    def __init__(self, lines=1, sample=None, parent=None):
        super().__init__(parent)
        self.label = HoverSelectableLabel(self)
        self.label.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        self.label.setWordWrap(sample is not None)
        self._lines, self._sample = lines, sample
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)  # never widens the dock
        self._fit()

    # The label's font and colours are the box's.
    def setFont(self, font):
        super().setFont(font)
        self.label.setFont(font)
        self._fit()

    def setObjectName(self, name):
        super().setObjectName(name)
        self.label.setObjectName(f"{name}Text")

    def setText(self, text):
        self.label.setText(text)

    def text(self):
        return self.label.text()

    def setToolTip(self, text):
        self.label.setToolTip(text)

    def set_sample(self, sample):
        """A new longest text (another language's): the box takes its height."""
        self._sample = sample
        self._fit()

    def sizeHint(self):
        return QSize(120, self.height() if self._sample is not None else self._height())

    def _height(self):
        if self._sample is None:
            return self.label.fontMetrics().lineSpacing() * self._lines + 2
        probe = QLabel(self._sample)
        probe.setFont(self.label.font())
        probe.setWordWrap(True)
        return probe.heightForWidth(max(self.width(), 60)) + 2

    def _fit(self):
        height = self._height()
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)
        # Set here too: a resize asked for inside resizeEvent may not come back as an event.
        self.label.setGeometry(0, 0, self.width(), height)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if self._sample is not None and event.oldSize().width() != event.size().width():
            self._fit()
        self.label.setGeometry(self.rect())
