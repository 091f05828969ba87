"""Model files: open, save as, the bundled models, recent files, unsaved work."""
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog

import engine

from .. import settings
from ..questions import DISCARD, SAVE

MODEL_FILTER = "Models (*.npz);;All files (*)"


class ModelFiles(QObject):
    """Reads and writes the session's model; a bad file leaves the current model in place."""

    recentChanged = Signal(list)  # paths, newest first
    problem = Signal(str, str)  # title, text

    def __init__(self, session, questions, dialog_parent=None, parent=None):
        super().__init__(parent)
        self.session = session
        self.questions = questions
        self.dialog_parent = dialog_parent

    def open_model(self, path):
        """Load a model file; on error the current model stays and a message says why."""
        try:
            net = engine.load_model(path)
        except engine.DataFormatError as exc:
            settings.forget_model(path)
            self.recentChanged.emit(settings.recent_models())
            self.problem.emit("Could not open the model", f"{exc}\n\nThe current model is kept.")
            return False
        self.session.set_model(net, path, origin="file")
        settings.remember_model(path)
        self.recentChanged.emit(settings.recent_models())
        return True

    def open_bundled(self, name):
        """Load a model of ``engine.BUNDLED_MODELS`` by name, once unsaved work is dealt with."""
        if not self.confirm_discard(f"Open the bundled model {name!r}"):
            return False
        try:
            net = engine.load_model(name)
        except engine.DataFormatError as exc:
            self.problem.emit("Could not open the model", f"{exc}\n\nThe current model is kept.")
            return False
        self.session.set_model(net, None, origin="bundled")
        return True

    def save_model(self, path):
        try:
            engine.save_model(self.session.net, path)
        except OSError as exc:
            self.problem.emit("Could not save the model", f"{path}: {exc.strerror or exc}")
            return False
        self.session.mark_saved(path)
        settings.remember_model(path)
        self.recentChanged.emit(settings.recent_models())
        return True

    def revert_to_default(self):
        if self.confirm_discard("Revert to the default model"):
            self.session.set_model(engine.load_model(), None, origin="bundled")
            return True
        return False

    def confirm_discard(self, action):
        """True when it is fine to replace the current model (saved, discarded, or unchanged)."""
        if not self.session.dirty:
            return True
        answer = self.questions.save_discard_cancel(
            action, "The current network has changes that are not saved. Save it first?")
        if answer == SAVE:
            path = self._ask_save_path()
            return bool(path) and self.save_model(path)
        return answer == DISCARD

    # -- dialogs -----------------------------------------------------------------------
    def open_dialog(self):
        if not self.confirm_discard("Open a model"):
            return
        path, _ = QFileDialog.getOpenFileName(self.dialog_parent, "Open model", settings.last_folder(),
                                              MODEL_FILTER)
        if path:
            settings.remember_folder(path)
            self.open_model(path)

    def save_dialog(self):
        path = self._ask_save_path()
        if path:
            self.save_model(path)

    def _ask_save_path(self):
        path, _ = QFileDialog.getSaveFileName(self.dialog_parent, "Save model as",
                                              settings.last_folder(), MODEL_FILTER)
        if not path:
            return None
        settings.remember_folder(path)
        return path if path.endswith(".npz") else path + ".npz"
