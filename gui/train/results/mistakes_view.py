"""The gallery of test digits a run got wrong; a click puts one on the canvas."""
import numpy as np
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from ...draw.pictures import digit_pixmap
from ...language import Retranslatable
from .plot_hint import PlotHint

MAX_MISTAKES = 80


class MistakesView(Retranslatable, QListWidget):
    digitClicked = Signal(object)  # the 28x28 test digit clicked, float32 in [0, 1]
    countChanged = Signal(object)  # how many test digits were wrong, None when cleared

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("mistakesList")
        self.setViewMode(QListWidget.IconMode)
        self.setIconSize(QSize(56, 56))
        self.setResizeMode(QListWidget.Adjust)
        self.itemClicked.connect(self._clicked)
        self.images = None
        self.wrong = None
        self.hint = PlotHint(self, self._waiting, "mistakesHint")
        self.retranslate()

    def retranslate(self):
        self.setToolTip(self.tr("Test digits the network got wrong (true -> read as). "
                                "Click one to put it on the canvas."))

    def _waiting(self):
        return self.tr("After a run: the test digits the network got wrong")

    def show_mistakes(self, images, labels, predicted):
        """The first ``MAX_MISTAKES`` of the digits whose ``predicted`` differs from ``labels``."""
        self.clear()
        self.images = images
        self.wrong = np.flatnonzero(predicted != labels)
        for i in self.wrong[:MAX_MISTAKES]:
            item = QListWidgetItem(QIcon(digit_pixmap(images[i])), f"{labels[i]} -> {predicted[i]}")
            item.setData(Qt.UserRole, int(i))
            self.addItem(item)
        if len(self.wrong):
            self.hint.hide_hint()
        else:
            self.hint.show_hint(lambda: self.tr("No mistakes at all on the 10,000 test digits"))
        self.countChanged.emit(len(self.wrong))

    def clear_results(self, hint=None):
        self.clear()
        self.images = self.wrong = None
        self.hint.show_hint(hint or self._waiting)
        self.countChanged.emit(None)

    def _clicked(self, item):
        # Exactly the gallery's digit, as the canvas takes images: floats in [0, 1].
        self.digitClicked.emit(self.images[item.data(Qt.UserRole)].astype(np.float32) / 255)
