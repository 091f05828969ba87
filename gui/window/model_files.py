"""Model files: open, save as, the bundled models, recent files, unsaved work."""
import os
import stat
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog

import engine

from .. import settings
from ..background import BackgroundJobs
from ..questions import DISCARD, SAVE

READ_HERE_BYTES = 16 << 20  # a model this small loads in well under 0.2 s; bigger: in a thread


class ModelFiles(QObject):
    """Reads and writes the session's model; a bad file leaves the current model in place.

    A file the engine refuses, a save that fails: the model in use stays, in
    memory, and a message says why. Big model files are read in a thread
    (``opened`` says when), so the window never freezes while they load.
    """

    recentChanged = Signal(list)  # paths, newest first
    problem = Signal(str, str)  # title, text
    status = Signal(str, int)  # a line for the status bar, milliseconds
    opened = Signal(bool)  # an open_model ended: True when the file became the model

    def __init__(self, session, questions, dialog_parent=None, parent=None):
        super().__init__(parent)
        self.session = session
        self.questions = questions
        self.dialog_parent = dialog_parent
        self.jobs = BackgroundJobs(self)
        self._reading = None  # the path being read in the background, if any

    def open_model(self, path):
        """Load a model file; on error the current model stays and a message says why.

        Returns True or False once done, or None when a big file is still being
        read in the background (``opened`` tells the end)."""
        try:
            info = os.stat(path)
        except OSError:
            info = None  # the engine says what is wrong, in its words
        if info is None or not stat.S_ISREG(info.st_mode) or info.st_size <= READ_HERE_BYTES:
            return self._adopt(path, self._load(path))
        self._reading = path
        mb = info.st_size / (1 << 20)
        self.status.emit(self.tr("Opening {name} ({size} MB)...").format(
            name=Path(path).name, size=f"{mb:,.0f}"), 0)
        self.jobs.submit_busy(lambda job: self._load(path), lambda result: self._read(path, result))
        return None

    def _read(self, path, result):
        self.status.emit("", 1)
        if path == self._reading:  # else another file was chosen since: that one counts
            self._reading = None
            self._adopt(path, result)

    @staticmethod
    def _load(path):
        """The network in ``path``, or the exception that says why not."""
        try:
            return engine.load_model(path)
        except (engine.DataFormatError, MemoryError, RecursionError) as exc:
            return exc

    def _adopt(self, path, net):
        if isinstance(net, Exception):
            settings.forget_model(path)
            self.recentChanged.emit(settings.recent_models())
            why = net if isinstance(net, engine.DataFormatError) else self.tr(
                "{path}: too large or too deeply nested to read ({error})").format(
                path=path, error=type(net).__name__)
            self.problem.emit(self.tr("Could not open the model"),
                              self.tr("{error}\n\nThe current model is kept.").format(error=why))
            self.opened.emit(False)
            return False
        self.session.set_model(net, path, origin="file")
        settings.remember_model(path)
        self.recentChanged.emit(settings.recent_models())
        self.opened.emit(True)
        return True

    def open_bundled(self, name):
        """Load a model of ``engine.BUNDLED_MODELS`` by name, once unsaved work is dealt with."""
        if not self.confirm_discard(self.tr("Open the bundled model {name}").format(
                name=repr(name))):
            return False
        try:
            net = engine.load_model(name)
        except engine.DataFormatError as exc:
            self.problem.emit(self.tr("Could not open the model"),
                              self.tr("{error}\n\nThe current model is kept.").format(error=exc))
            return False
        self.session.set_model(net, None, origin="bundled")
        return True

    def save_model(self, path):
        """Write the model to ``path``. When that fails (no permission, a full disk) the
        model stays in memory, unsaved, and the user may pick another place; a network
        whose weights broke (NaN) is never written. True once it is saved."""
        while path:
            try:
                engine.save_model(self.session.net, path)
            except OSError as exc:
                why = str(exc) if exc.strerror is None else f"{path}: {exc.strerror}"  # the OS's
                path = self._elsewhere(why)
                continue
            self.session.mark_saved(path)
            settings.remember_model(path)
            self.recentChanged.emit(settings.recent_models())
            return True
        return False

    def _elsewhere(self, why):
        """After a failed save: another path to try, or None (the user was told why)."""
        net = self.session.net
        if not all(np.isfinite(a).all() for a in list(net.weights) + list(net.biases or [])):
            self.problem.emit(self.tr("Could not save the model"),
                              self.tr("{error}\n\nNothing was written.").format(error=why))
            return None
        if not self.questions.yes_no(
                self.tr("Could not save the model"),
                self.tr("{error}\n\nThe model is still here, not saved. Save it somewhere "
                        "else?").format(error=why)):
            return None
        return self._ask_save_path()

    def revert_to_default(self):
        if self.confirm_discard(self.tr("Revert to the default model")):
            self.session.set_model(engine.load_model(), None, origin="bundled")
            return True
        return False

    def confirm_discard(self, action):
        """True when it is fine to replace the current model (saved, discarded, or unchanged)."""
        if not self.session.dirty:
            return True
        answer = self.questions.save_discard_cancel(
            action, self.tr("The current network has changes that are not saved. Save it first?"))
        if answer == SAVE:
            path = self._ask_save_path()
            return bool(path) and self.save_model(path)
        return answer == DISCARD

    # -- dialogs -----------------------------------------------------------------------
    def open_dialog(self):
        if not self.confirm_discard(self.tr("Open a model")):
            return
        path, _ = QFileDialog.getOpenFileName(self.dialog_parent, self.tr("Open model"),
                                              settings.last_folder(), self._filter())
        if path:
            settings.remember_folder(path)
            self.open_model(path)

    def save_dialog(self):
        path = self._ask_save_path()
        if path:
            self.save_model(path)

    def _ask_save_path(self):
        path, _ = QFileDialog.getSaveFileName(self.dialog_parent, self.tr("Save model as"),
                                              settings.last_folder(), self._filter())
        if not path:
            return None
        settings.remember_folder(path)
        return path if path.endswith(".npz") else path + ".npz"

    def _filter(self):
        return self.tr("Models (*.npz);;All files (*)")
