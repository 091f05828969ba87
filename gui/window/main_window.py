"""The main window: drawing on the left, the reading beside it, training and looking inside docked.

It lays out what gui/app.py built and gives it menus, a status bar and a
remembered geometry; the work is done by the session and the controllers.
"""
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QDockWidget, QFileDialog, QLabel, QMainWindow,
                               QMessageBox, QSplitter)

import engine

from .. import settings
from ..draw.personal_dialog import PersonalDigitsDialog

IMAGE_FILTER = "Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)"
DOCK_SHARE = 0.45  # of the window's width, on first start: the plots need room, so does the canvas


class MainWindow(QMainWindow):
    def __init__(self, parts):
        """``parts``: the object gui/app.py assembled (session, panels, controllers)."""
        super().__init__()
        self.setObjectName("mainWindow")
        for name in ("session", "questions", "personal", "files", "reader", "teacher",
                     "draw_area", "panel", "train_panel", "inside_panel"):
            setattr(self, name, getattr(parts, name))
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
        self.train_dock = self._dock("Train", "trainDock", self.train_panel)
        self.inside_dock = self._dock("Look inside", "insideDock", self.inside_panel)
        self.tabifyDockWidget(self.train_dock, self.inside_dock)
        self.train_dock.raise_()
        for key in ("Delete", "Escape"):
            QShortcut(QKeySequence(key), self, activated=self.canvas.clear)
        self._build_menus()
        self._restore_state()

    @property
    def model(self):
        return self.session.net

    def _dock(self, title, name, widget):
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetFloatable
                         | QDockWidget.DockWidgetClosable)
        self.addDockWidget(Qt.RightDockWidgetArea, dock)
        return dock

    # -- menus -------------------------------------------------------------------------
    def _build_menus(self):
        files = self.files
        file_menu = self.menuBar().addMenu("&File")
        self._action(file_menu, "&Open model...", files.open_dialog, QKeySequence.Open,
                     "Load a model file (.npz)")
        self._action(file_menu, "&Save model as...", files.save_dialog, QKeySequence.SaveAs,
                     "Save the current model to a file")
        self._action(file_menu, "Revert to &default model", files.revert_to_default, None,
                     "Go back to the bundled pretrained model")
        self.recent_menu = file_menu.addMenu("Recent models")
        self.recent_menu.setObjectName("recentMenu")
        self.models_menu = file_menu.addMenu("&Bundled models")
        self.models_menu.setObjectName("modelsMenu")
        self.models_menu.setToolTipsVisible(True)
        for name, where in engine.BUNDLED_MODELS.items():
            self._action(self.models_menu, name,
                         lambda checked=False, n=name: files.open_bundled(n), None, where)
        file_menu.addSeparator()
        self._action(file_menu, "&Import image...", self._import_image_dialog, "Ctrl+I",
                     "Read a photo or scan of a handwritten digit")
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence.Quit, "Close the app")

        edit = self.menuBar().addMenu("&Edit")
        self.undo_action = self._action(edit, "&Undo stroke", self.undo, QKeySequence.Undo,
                                        "Remove the last stroke, or undo a Learn right after it")
        self._action(edit, "&Clear canvas", self.canvas.clear, None, "Clear the canvas (Delete, Escape)")

        view = self.menuBar().addMenu("&View")
        for dock, text, key in ((self.train_dock, "&Training panel", "Ctrl+Shift+T"),
                                (self.inside_dock, "&Look inside", "Ctrl+Shift+L")):
            toggle = dock.toggleViewAction()
            toggle.setText(text)
            toggle.setShortcut(QKeySequence(key))
            view.addAction(toggle)

        personal = self.menuBar().addMenu("&Personal digits")
        self._action(personal, "&Show...", self.show_personal_digits, None,
                     "See, remove or clear the digits you taught")
        self.show_recent(settings.recent_models())

    def _action(self, menu, text, slot, shortcut, tip):
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def show_recent(self, paths):
        self.recent_menu.clear()
        for path in paths:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda checked=False, p=path: self.files.open_model(p))
        self.recent_menu.setEnabled(bool(paths))

    def _import_image_dialog(self):
        path, _ = QFileDialog.getOpenFileName(self, "Import image", settings.last_folder(), IMAGE_FILTER)
        if path:
            settings.remember_folder(path)
            self.reader.import_image(path)

    # -- undo: a stroke, or a Learn right after it -------------------------------------
    def undo(self):
        if self.teacher.can_undo_right_now():
            self.teacher.undo_learn()
        else:
            self.canvas.undo()

    def show_undo(self, digit):
        self.panel.set_undo_available(None if digit is None else f"Undo Learn ({digit})")
        self.undo_action.setText(f"&Undo Learn ({digit})" if self.teacher.can_undo_right_now()
                                 else "&Undo stroke")

    def show_personal_digits(self):
        dialog = PersonalDigitsDialog(self.personal, self)
        dialog.changed.connect(lambda: self.panel.set_personal_count(len(self.personal)))
        dialog.removed.connect(self.teacher.offer_reteach)
        dialog.open()
        return dialog

    # -- status and messages -------------------------------------------------------------
    def show_model_state(self):
        net, session = self.session.net, self.session
        acc = net.meta.get("test_accuracy")
        acc_text = (f"test accuracy {acc:.2%}" if isinstance(acc, (int, float))
                    else "test accuracy being measured...")
        star = " (changed, not saved)" if session.dirty else ""
        self.model_status.setText(f"{session.name()}{star}  |  {net.describe()}  |  {acc_text}")
        self.setWindowTitle(f"{'*' if session.dirty else ''}{session.name()} - Digit Reader")

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
        s = settings.app_settings()
        geometry = s.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self._first_size()
        state = s.value("windowState")
        if state is not None:
            self.restoreState(state)
        self._split_pending = state is None
        pen = s.value("penWidth")
        if pen is not None:
            self.draw_area.pen_slider.setValue(int(pen))
        self.draw_area.invert_check.setChecked(s.value("invert", False) in (True, "true"))

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

    def showEvent(self, event):
        super().showEvent(event)
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
        if not self.files.confirm_discard("Quit"):
            event.ignore()
            return
        self.train_panel.shutdown()
        self.inside_panel.shutdown()
        self.save_state()
        super().closeEvent(event)
