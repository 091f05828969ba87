"""A dialog listing the digits the user taught, with remove and clear."""
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QLabel, QListWidget,
                               QListWidgetItem, QMessageBox, QPushButton, QVBoxLayout)

from .pictures import digit_pixmap


class PersonalDigitsDialog(QDialog):
    changed = Signal()
    removed = Signal()  # some digits were deleted: the window may offer to re-teach

    def __init__(self, personal, parent=None):
        super().__init__(parent)
        self.setObjectName("personalDialog")
        self.setWindowTitle("Personal digits")
        self.personal = personal
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.list = QListWidget()
        self.list.setViewMode(QListWidget.IconMode)
        self.list.setIconSize(QSize(56, 56))
        self.list.setResizeMode(QListWidget.Adjust)
        self.list.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.list.setToolTip("The digits you taught on the canvas, with their labels")
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.remove_button = QPushButton("Remove selected")
        self.remove_button.setToolTip("Delete the selected digits from your collection")
        self.clear_button = QPushButton("Clear all")
        self.clear_button.setObjectName("clearPersonalButton")
        self.clear_button.setToolTip("Delete every personal digit")
        buttons.addButton(self.remove_button, QDialogButtonBox.ActionRole)
        buttons.addButton(self.clear_button, QDialogButtonBox.ActionRole)
        buttons.rejected.connect(self.reject)
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button.clicked.connect(self._confirm_clear)
        layout.addWidget(buttons)
        self.resize(520, 420)
        self.refresh()

    def refresh(self):
        self.list.clear()
        for i, (image, label) in enumerate(zip(self.personal.images, self.personal.labels)):
            item = QListWidgetItem(QIcon(digit_pixmap(image)), str(int(label)))
            item.setData(Qt.UserRole, i)
            self.list.addItem(item)
        counts = self.personal.counts()
        per_digit = ", ".join(f"{d}: {c}" for d, c in enumerate(counts) if c)
        n = len(self.personal)
        self.summary.setText(f"{n} digit{'' if n == 1 else 's'}" + (f" ({per_digit})" if per_digit else
                                                               ". Draw one, pick its label, press Learn."))
        self.clear_button.setEnabled(len(self.personal) > 0)

    def remove_selected(self):
        rows = sorted((item.data(Qt.UserRole) for item in self.list.selectedItems()), reverse=True)
        for row in rows:
            self.personal.remove(row)
        if rows:
            self.refresh()
            self.changed.emit()
            self.removed.emit()

    def _confirm_clear(self):
        answer = QMessageBox.question(self, "Clear personal digits",
                                      f"Delete all {len(self.personal)} personal digits?")
        if answer == QMessageBox.Yes:
            self.clear_all()

    def clear_all(self):
        had_digits = len(self.personal) > 0
        self.personal.clear()
        self.refresh()
        self.changed.emit()
        if had_digits:
            self.removed.emit()
