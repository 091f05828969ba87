"""Questions the app asks the user, in one place, so tests and scripts can answer them."""
from PySide6.QtWidgets import QMessageBox

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


class Questions:
    """Modal questions; with ``answers`` set, they are answered without a dialog.

    ``answers`` maps a kind ("save_discard_cancel", "yes_no", "go_ahead")
    to the answer to give: tests and the smoke test set it, never the app.
    """

    def __init__(self, parent=None):
        self.parent = parent
        self.answers = None
        self.asked = []  # (kind, title, text) of every question, answered or not

    def _scripted(self, kind, title, text):
        self.asked.append((kind, title, text))
        if self.answers is not None:
            return True, self.answers[kind]
        return False, None

    def save_discard_cancel(self, title, text):
        """SAVE, DISCARD or CANCEL: what to do with unsaved work."""
        scripted, answer = self._scripted("save_discard_cancel", title, text)
        if scripted:
            return answer
        buttons = QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel
        choice = QMessageBox.question(self.parent, title, text, buttons, QMessageBox.Save)
        return {QMessageBox.Save: SAVE, QMessageBox.Discard: DISCARD}.get(choice, CANCEL)

    def yes_no(self, title, text):
        return self._confirm("yes_no", title, text, QMessageBox.Yes, QMessageBox.No)

    def go_ahead(self, title, text):
        """OK / Cancel before something long."""
        return self._confirm("go_ahead", title, text, QMessageBox.Ok, QMessageBox.Cancel)

    def _confirm(self, kind, title, text, yes, no):
        """True when the user picks ``yes`` (the default button)."""
        scripted, answer = self._scripted(kind, title, text)
        if scripted:
            return answer
        return QMessageBox.question(self.parent, title, text, yes | no, yes) == yes
