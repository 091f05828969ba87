"""The main window: drawing on the left, the reading beside it, training and looking inside docked.

It lays out what gui/app.py built and gives it menus, a status bar and a
remembered geometry; the work is done by the session and the controllers.
"""
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QDockWidget, QFileDialog, QLabel, QMainWindow,
                               QMessageBox, QSplitter)

from .. import background, language, settings
from ..draw.personal_dialog import PersonalDigitsDialog
from ..language import Retranslatable
from .deferred import Deferred
from .menus import WindowMenus

FIRST_PAINT_WAIT_MS = 300  # the parts built after the first paint come by then at the latest
DOCK_SHARE = 0.45  # of the window's width, on first start: the plots need room, so does the canvas


class MainWindow(Retranslatable, QMainWindow):
    def __init__(self, parts):
        """``parts``: the object gui/app.py assembled (session, panels, controllers)."""
        super().__init__()
        self.setObjectName("mainWindow")
        for name in ("session", "questions", "personal", "files", "reader", "teacher",
                     "draw_area", "panel"):
            setattr(self, name, getattr(parts, name))
        # The plots and the docks' panels, which may come after the first paint (gui/app.py
        # adds them: see its build_window).
        self.deferred = Deferred(self)
        self._painted = False
        self.canvas = self.draw_area.canvas
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(self.draw_area)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.model_status = QLabel()
        self.model_status.setObjectName("modelStatus")
        self.statusBar().addPermanentWidget(self.model_status)
        self.train_dock = self._dock("trainDock")
        self.inside_dock = self._dock("insideDock")
        self.tabifyDockWidget(self.train_dock, self.inside_dock)
        self.lab_dock = self._dock("labDock")
        self.tabifyDockWidget(self.inside_dock, self.lab_dock)
        self.train_dock.raise_()
        for key in ("Delete", "Escape"):
            QShortcut(QKeySequence(key), self, activated=self.canvas.clear)
        self.menus = WindowMenus(self)
        self.menus.languageChosen.connect(self.choose_language)
        self.undo_action = self.menus.undo_action
        self.recent_menu, self.models_menu = self.menus.recent_menu, self.menus.models_menu
        self.show_recent(settings.recent_models())
        self.retranslate()
        self._restore_state()

    def retranslate(self):
        """Every text of the window's own, in the language now in use (the panels do theirs)."""
        # Docks first: a dock's new title renames its View menu action, which the menus then set.
        for dock, title in ((self.train_dock, self.tr("Train")),
                            (self.inside_dock, self.tr("Look inside")),
                            (self.lab_dock, self.tr("Lab"))):
            dock.setWindowTitle(title)
        self.menus.retranslate()
        self.menus.check_language(language.current())
        self.show_undo(self.teacher.last_digit())
        if self.session.net is not None:
            self.show_model_state()

    @property
    def model(self):
        return self.session.net

    @property
    def train_panel(self):
        return self.deferred.get("train")

    @property
    def inside_panel(self):
        return self.deferred.get("inside")

    @property
    def lab_panel(self):
        return self.deferred.get("lab")

    def _dock(self, name):
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetFloatable
                         | QDockWidget.DockWidgetClosable)
        self.addDockWidget(Qt.RightDockWidgetArea, dock)
        return dock

    def show_recent(self, paths):
        self.recent_menu.clear()
        for path in paths:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda checked=False, p=path: self.files.open_model(p))
        self.recent_menu.setEnabled(bool(paths))

    def import_image_dialog(self):
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import image"), settings.last_folder(),
            self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)"))
        if path:
            settings.remember_folder(path)
            QApplication.setOverrideCursor(Qt.BusyCursor)  # a big photo takes a second or so
            try:
                self.reader.import_image(path)
            finally:
                QApplication.restoreOverrideCursor()

    def show_sweeps(self):
        """The Train dock's Sweep tab, in front: where the Lab sends Rashid's experiments."""
        from ..train.tabs import TAB_SWEEP  # here: gui.train is imported after the first paint

        self.train_dock.show()
        self.train_dock.raise_()
        self.train_panel.tabs.setCurrentIndex(TAB_SWEEP)

    # -- undo: a stroke, or a Learn right after it -------------------------------------
    def undo(self):
        if self.teacher.can_undo_right_now():
            self.teacher.undo_learn()
        else:
            self.canvas.undo()

    def show_undo(self, digit):
        self.panel.set_undo_available(digit)
        self.undo_action.setText(self.tr("&Undo Learn ({digit})").format(digit=digit)
                                 if self.teacher.can_undo_right_now() else self.tr("&Undo stroke"))

    def show_personal_digits(self):
        dialog = PersonalDigitsDialog(self.personal, self)
        dialog.changed.connect(lambda: self.panel.set_personal_count(len(self.personal)))
        dialog.removed.connect(self.teacher.offer_reteach)
        dialog.open()
        return dialog

    def choose_language(self, key):
        """View > Language: the window speaks ``key`` at once, and next time too. Without a
        font for it, a box says why (once per choice) and the window stays as it is."""
        used, problem = language.set_language(key)
        self.menus.check_language(used)
        if problem:
            self.show_error(self.tr("Language"), problem)
        else:
            settings.remember_language(used)
        return used

    # -- status and messages -------------------------------------------------------------
    def show_model_state(self):
        net, session = self.session.net, self.session
        acc = net.meta.get("test_accuracy")
        acc_text = (self.tr("test accuracy {accuracy}").format(accuracy=f"{acc:.2%}")
                    if isinstance(acc, (int, float))
                    else self.tr("test accuracy being measured..."))
        name = (self.tr("{model} (changed, not saved)") if session.dirty else "{model}").format(
            model=session.name())
        # Three fields side by side: the model's name, its shape as the engine says it, accuracy.
        self.model_status.setText(f"{name}  |  {net.describe()}  |  {acc_text}")
        self.setWindowTitle(self.tr("{star}{model} - Digit Reader").format(
            star="*" if session.dirty else "", model=session.name()))

    def show_status(self, text, ms):
        self.statusBar().showMessage(text, ms)

    def show_info(self, title, text):
        """A notice, not a problem: an information box that does not block."""
        return self._message(QMessageBox.Information, "infoBox", title, text, title)

    def show_error(self, title, text):
        """A warning box that does not block (tests and the event loop carry on)."""
        return self._message(QMessageBox.Warning, "errorBox", title, text, text.splitlines()[0])

    def _message(self, icon, name, title, text, status):
        box = QMessageBox(icon, title, text, QMessageBox.Ok, self)
        box.setObjectName(name)
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.open()
        self.statusBar().showMessage(status, 8000)
        return box

    # -- state that survives a restart -----------------------------------------------------
    def _restore_state(self):
        s = settings.app_settings()  # every value checked: the file may hold anything
        geometry = settings.read("geometry", s)
        if geometry is None or not self.restoreGeometry(geometry):
            self._first_size()
        state = settings.read("windowState", s)
        self._split_pending = state is None or not self.restoreState(state)
        pen = settings.read("penWidth", s)
        if pen is not None:
            self.draw_area.pen_slider.setValue(pen)  # the slider keeps it in its range
        self.draw_area.invert_check.setChecked(settings.read("invert", s))

    def _first_size(self):
        """First start: most of the screen, never more than it."""
        screen = QApplication.primaryScreen()
        if screen is None:
            self.resize(1280, 720)
            return
        area = screen.availableGeometry()
        self.resize(min(1600, int(area.width() * 0.9)), min(940, int(area.height() * 0.9)))

    def _split_with_docks(self):
        self.resizeDocks([self.train_dock], [max(520, int(self.width() * DOCK_SHARE))], Qt.Horizontal)
        # Laid out now: while the docks hold only the places of their panels (deferred.py),
        # nothing else would lay the window out again until a panel comes.
        self.layout().activate()

    def paintEvent(self, event):
        super().paintEvent(event)
        self._build_the_rest()

    def _build_the_rest(self):
        if not self._painted:
            # The window is on screen: now the parts it came up without (a turn of the event
            # loop later, once this paint is on the screen).
            self._painted = True
            QTimer.singleShot(0, self.deferred, self.deferred.build_rest)

    def showEvent(self, event):
        super().showEvent(event)
        # Children cover the whole window, so a paint of its own may never come (seen
        # offscreen after other windows): a moment after showing, the rest comes anyway.
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self, self._build_the_rest)
        if self._split_pending:
            # Only now is the window's real size known.
            self._split_pending = False
            QTimer.singleShot(0, self._split_with_docks)

    def save_state(self):
        s = settings.app_settings()
        s.setValue("geometry", self.saveGeometry())
        s.setValue("windowState", self.saveState())
        s.setValue("penWidth", self.draw_area.pen_slider.value())
        s.setValue("invert", self.draw_area.invert_check.isChecked())

    def closeEvent(self, event):
        if not self.files.confirm_discard(self.tr("Quit")):
            event.ignore()
            return
        # Every job is told to stop at once, so the waits overlap: closed within 2 s even
        # mid-batch of a big network (a call that runs on is left to its daemon thread).
        with background.closing():
            for part in (*self.deferred.built("train", "inside", "lab"), self.teacher):
                part.shutdown()
            self.files.jobs.shutdown()
        self.save_state()
        super().closeEvent(event)
