"""A dialog listing the digits the user taught, with remove and clear."""
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QLabel, QListWidget,
                               QListWidgetItem, QMessageBox, QPushButton, QVBoxLayout)

from ..language import Retranslatable
from .pictures import digit_pixmap


class PersonalDigitsDialog(Retranslatable, QDialog):
    changed = Signal()
    removed = Signal()  # some digits were deleted: the window may offer to re-teach

    def __init__(self, personal, parent=None):
        super().__init__(parent)
        self.setObjectName("personalDialog")
        self.personal = personal
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.list = QListWidget()
        self.list.setViewMode(QListWidget.IconMode)
        self.list.setIconSize(QSize(56, 56))
        self.list.setResizeMode(QListWidget.Adjust)
        self.list.setSelectionMode(QAbstractItemView.ExtendedSelection)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.remove_button = QPushButton()
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("clearPersonalButton")
        buttons.addButton(self.remove_button, QDialogButtonBox.ActionRole)
        buttons.addButton(self.clear_button, QDialogButtonBox.ActionRole)
        buttons.rejected.connect(self.reject)
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button.clicked.connect(self._confirm_clear)
        layout.addWidget(buttons)
        self.resize(520, 420)
        self.refresh()
        self.retranslate()

    def retranslate(self):
        self.setWindowTitle(self.tr("Personal digits"))
        self.list.setToolTip(self.tr("The digits you taught on the canvas, with their labels"))
        self.remove_button.setText(self.tr("Remove selected"))
        self.remove_button.setToolTip(self.tr("Delete the selected digits from your collection"))
        self.clear_button.setText(self.tr("Clear all"))
        self.clear_button.setToolTip(self.tr("Delete every personal digit"))
        self._summarize()

    def refresh(self):
        self.list.clear()
        for i, (image, label) in enumerate(zip(self.personal.images, self.personal.labels)):
            item = QListWidgetItem(QIcon(digit_pixmap(image)), str(int(label)))
            item.setData(Qt.UserRole, i)
            self.list.addItem(item)
        self._summarize()
        self.clear_button.setEnabled(len(self.personal) > 0)

    def _summarize(self):
        counts = self.personal.counts()
        per_digit = ", ".join(f"{d}: {c}" for d, c in enumerate(counts) if c)
        n = len(self.personal)
        if not per_digit:
            text = self.tr("{count} digits. Draw one, pick its label, press Learn.")
        else:
            text = self.tr("%n digit(s) ({per_digit})", "", n)
        self.summary.setText(text.format(count=n, per_digit=per_digit))

    def remove_selected(self):
        rows = sorted((item.data(Qt.UserRole) for item in self.list.selectedItems()), reverse=True)
        for row in rows:
            self.personal.remove(row)
        if rows:
            self.refresh()
            self.changed.emit()
            self.removed.emit()

    def _confirm_clear(self):
        answer = QMessageBox.question(
            self, self.tr("Clear personal digits"),
            self.tr("Delete all {count} personal digits?").format(count=len(self.personal)))
        if answer == QMessageBox.Yes:
            self.clear_all()

    def clear_all(self):
        had_digits = len(self.personal) > 0
        self.personal.clear()
        self.refresh()
        self.changed.emit()
        if had_digits:
            self.removed.emit()
