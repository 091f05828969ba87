"""The main window: canvas, live reading, model files, teaching."""
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QDockWidget, QFileDialog, QLabel, QMainWindow,
                               QMessageBox, QSplitter, QWidget)

import engine

from . import settings
from .canvas import DrawingCanvas
from .inside_panel import InsidePanel
from .personal_dialog import PersonalDigitsDialog
from .read_panel import ReadPanel
from .train_panel import TrainPanel

LIVE_INTERVAL_MS = 40  # while the pen moves: often enough to feel live, cheap enough to stay smooth
IMAGE_FILTER = "Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)"
MODEL_FILTER = "Models (*.npz);;All files (*)"


class SquareBox(QWidget):
    """Keeps its one child square and centred, whatever the window's shape."""

    def __init__(self, child, parent=None):
        super().__init__(parent)
        self.child = child
        child.setParent(self)

    def resizeEvent(self, event):
        side = min(self.width(), self.height())
        self.child.setGeometry((self.width() - side) // 2, (self.height() - side) // 2, side, side)


class MainWindow(QMainWindow):
    modelChanged = Signal(object)  # the new Network

    def __init__(self):
        super().__init__()
        self.setObjectName("mainWindow")
        self.model = None
        self.model_path = None  # None: the bundled default
        self.model_dirty = False
        self.last_latency_ms = None
        self._mnist = None

        self.canvas = DrawingCanvas()
        self.panel = ReadPanel()
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(SquareBox(self.canvas))
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

        self.model_status = QLabel()
        self.model_status.setObjectName("modelStatus")
        self.statusBar().addPermanentWidget(self.model_status)

        self._live_timer = QTimer(self)
        self._live_timer.setSingleShot(True)
        self._live_timer.setInterval(LIVE_INTERVAL_MS)
        self._live_timer.timeout.connect(self.recognize)

        self.canvas.changed.connect(self._canvas_changed)
        self.canvas.imageDropped.connect(self.import_image)
        self.panel.clear_button.clicked.connect(self.canvas.clear)
        self.panel.undo_button.clicked.connect(self.canvas.undo)
        self.panel.pen_slider.valueChanged.connect(self.canvas.set_pen_width)
        self.panel.invert_check.toggled.connect(self.canvas.set_inverted)
        self.panel.learnRequested.connect(self.learn)
        for key in ("Delete", "Escape"):
            QShortcut(QKeySequence(key), self, activated=self.canvas.clear)

        self.personal = engine.PersonalDigits(settings.data_dir() / "personal_digits.npz")
        self.train_panel = TrainPanel(self.personal)
        self.train_dock = QDockWidget("Train", self)
        self.train_dock.setObjectName("trainDock")
        self.train_dock.setWidget(self.train_panel)
        self.train_dock.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetFloatable
                                    | QDockWidget.DockWidgetClosable)
        self.addDockWidget(Qt.RightDockWidgetArea, self.train_dock)
        self.inside_panel = InsidePanel()
        self.inside_dock = QDockWidget("Look inside", self)
        self.inside_dock.setObjectName("insideDock")
        self.inside_dock.setWidget(self.inside_panel)
        self.addDockWidget(Qt.RightDockWidgetArea, self.inside_dock)
        self.tabifyDockWidget(self.train_dock, self.inside_dock)
        self.train_dock.raise_()
        self.modelChanged.connect(self.inside_panel.set_network)
        self.resizeDocks([self.train_dock], [760], Qt.Horizontal)
        self.train_panel.modelTrained.connect(self._model_from_training)
        self.train_panel.showDigit.connect(self.canvas.set_image)
        self.train_panel.message.connect(self.show_error)
        self.train_panel.confirm_start = lambda: self.confirm_discard("Train a new network")
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.train_panel.shutdown)
        self._build_menus()
        self._update_personal_label()
        self._restore_state()
        if self.personal.problem:
            QTimer.singleShot(0, lambda: self.show_error(
                "Personal digits", f"Your personal digits could not be read and were set "
                                   f"aside:\n{self.personal.problem}"))

    # -- menus -------------------------------------------------------------------
    def _build_menus(self):
        file_menu = self.menuBar().addMenu("&File")
        self._action(file_menu, "&Open model...", self._open_model_dialog, QKeySequence.Open,
                     "Load a model file (.npz)")
        self._action(file_menu, "&Save model as...", self._save_model_dialog, QKeySequence.SaveAs,
                     "Save the current model to a file")
        self._action(file_menu, "Revert to &default model", self.revert_to_default, None,
                     "Go back to the bundled pretrained model")
        self.recent_menu = file_menu.addMenu("Recent models")
        self.recent_menu.setObjectName("recentMenu")
        file_menu.addSeparator()
        self._action(file_menu, "&Import image...", self._import_image_dialog, "Ctrl+I",
                     "Read a photo or scan of a handwritten digit")
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence.Quit, "Close the app")

        edit = self.menuBar().addMenu("&Edit")
        self._action(edit, "&Undo stroke", self.canvas.undo, QKeySequence.Undo, "Remove the last stroke")
        self._action(edit, "&Clear canvas", self.canvas.clear, None, "Clear the canvas (Delete, Escape)")

        view = self.menuBar().addMenu("&View")
        toggle = self.train_dock.toggleViewAction()
        toggle.setText("&Training panel")
        toggle.setShortcut(QKeySequence("Ctrl+Shift+T"))
        view.addAction(toggle)
        inside = self.inside_dock.toggleViewAction()
        inside.setText("&Look inside")
        inside.setShortcut(QKeySequence("Ctrl+Shift+L"))
        view.addAction(inside)

        personal = self.menuBar().addMenu("&Personal digits")
        self._action(personal, "&Show...", self.show_personal_digits, None,
                     "See, remove or clear the digits you taught")
        self._rebuild_recent_menu()

    def _action(self, menu, text, slot, shortcut, tip):
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _rebuild_recent_menu(self):
        self.recent_menu.clear()
        recent = settings.recent_models()
        for path in recent:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda checked=False, p=path: self.open_model(p))
        self.recent_menu.setEnabled(bool(recent))

    # -- model management --------------------------------------------------------
    def set_model(self, net, path=None, dirty=False):
        self.model = net
        self.model_path = None if path is None else Path(path)
        self.model_dirty = dirty
        self._update_model_status()
        self.modelChanged.emit(net)
        self.recognize()

    def open_model(self, path):
        """Load a model file; on error the current model stays and a message says why."""
        try:
            net = engine.load_model(path)
        except engine.DataFormatError as exc:
            settings.forget_model(path)
            self._rebuild_recent_menu()
            self.show_error("Could not open the model", f"{exc}\n\nThe current model is kept.")
            return False
        self.set_model(net, path)
        settings.remember_model(path)
        self._rebuild_recent_menu()
        return True

    def save_model(self, path):
        try:
            self.model.save(path)
        except OSError as exc:
            self.show_error("Could not save the model", f"{path}: {exc.strerror or exc}")
            return False
        self.model_path = Path(path)
        self.model_dirty = False
        settings.remember_model(path)
        self._rebuild_recent_menu()
        self._update_model_status()
        return True

    def revert_to_default(self):
        if self.confirm_discard("Revert to the default model"):
            self.set_model(engine.load_model(), None)

    def _open_model_dialog(self):
        if not self.confirm_discard("Open a model"):
            return
        path, _ = QFileDialog.getOpenFileName(self, "Open model", self._last_folder(), MODEL_FILTER)
        if path:
            self._remember_folder(path)
            self.open_model(path)

    def _save_model_dialog(self):
        path, _ = QFileDialog.getSaveFileName(self, "Save model as", self._last_folder(), MODEL_FILTER)
        if path:
            if not path.endswith(".npz"):
                path += ".npz"
            self._remember_folder(path)
            self.save_model(path)

    def model_name(self):
        if self.model_path is None:
            return self.model.meta.get("name", "default model") if self.model_dirty else "default model"
        return self.model_path.name

    # -- training ------------------------------------------------------------------
    def _model_from_training(self, net, final):
        self.model = net
        self.model_path = None
        self.model_dirty = True
        self._update_model_status()
        self.modelChanged.emit(net)
        self.recognize()
        if final:
            self.statusBar().showMessage("Training finished: the canvas now reads with the new network.", 6000)

    def ask(self, title, text):
        """Save / Discard / Cancel; tests replace this to answer without a dialog."""
        buttons = QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel
        return QMessageBox.question(self, title, text, buttons, QMessageBox.Save)

    def confirm_discard(self, action):
        """True when it is fine to replace the current model (saved, discarded, or unchanged)."""
        if not self.model_dirty:
            return True
        answer = self.ask(action, "The current network has changes that are not saved. Save it first?")
        if answer == QMessageBox.Save:
            path, _ = QFileDialog.getSaveFileName(self, "Save model as", self._last_folder(), MODEL_FILTER)
            return bool(path) and self.save_model(path if path.endswith(".npz") else path + ".npz")
        return answer == QMessageBox.Discard

    def _update_model_status(self):
        acc = self.model.meta.get("test_accuracy") if self.model is not None else None
        acc_text = f"test accuracy {acc:.2%}" if isinstance(acc, (int, float)) else "test accuracy not measured"
        star = " (changed, not saved)" if self.model_dirty else ""
        self.model_status.setText(f"{self.model_name()}{star}  |  {self.model.describe()}  |  {acc_text}")
        self.setWindowTitle(f"{'*' if self.model_dirty else ''}{self.model_name()} - Digit Reader")

    # -- reading -----------------------------------------------------------------
    def _canvas_changed(self, final):
        if final:
            self._live_timer.stop()
            self.recognize()
        elif not self._live_timer.isActive():
            self._live_timer.start()

    def current_input(self):
        """The canvas as the network's 28x28 input, or None when blank."""
        if self.canvas.is_blank():
            return None
        return engine.preprocess_canvas(self.canvas.raster())

    def recognize(self):
        start = time.perf_counter()
        seen = self.current_input() if self.model is not None else None
        probs = None if seen is None else self.model.predict_proba(seen.reshape(1, -1))[0]
        self.panel.show_reading(probs, seen)
        self.last_latency_ms = (time.perf_counter() - start) * 1000
        return probs

    # -- your own handwriting ----------------------------------------------------
    def import_image(self, path):
        try:
            digit = engine.import_image(path)
        except engine.DataFormatError as exc:
            self.show_error("Could not read the image", str(exc))
            return False
        if digit is None:
            self.show_error("No digit found", f"{path}: the image looks blank.")
            return False
        self.canvas.set_image(digit)
        self.statusBar().showMessage(f"Imported {Path(path).name}", 4000)
        return True

    def _import_image_dialog(self):
        path, _ = QFileDialog.getOpenFileName(self, "Import image", self._last_folder(), IMAGE_FILTER)
        if path:
            self._remember_folder(path)
            self.import_image(path)

    def mnist_train(self):
        if self._mnist is None:
            self._mnist = engine.load_mnist("train")
        return self._mnist

    def learn(self, digit):
        """Keep the drawing as a personal digit labelled ``digit`` and teach it to the network."""
        seen = self.current_input()
        if seen is None:
            self.statusBar().showMessage("Draw a digit first, then say what it is.", 4000)
            return None
        before = self.model.predict_proba(seen.reshape(1, -1))[0][digit]
        self.personal.add(seen, digit)
        engine.teach(self.model, self.personal.images, self.personal.labels, mnist=self.mnist_train(),
                     seed=len(self.personal))
        self.model_dirty = True
        self._update_model_status()
        self._update_personal_label()
        self.modelChanged.emit(self.model)
        after = self.recognize()[digit]
        self.statusBar().showMessage(
            f"Learned a {digit}: its probability went from {before:.1%} to {after:.1%}.", 6000)
        return before, after

    def _update_personal_label(self):
        self.panel.personal_label.setText(f"{len(self.personal)} personal digits")

    def show_personal_digits(self):
        dialog = PersonalDigitsDialog(self.personal, self)
        dialog.changed.connect(self._update_personal_label)
        dialog.open()
        return dialog

    # -- messages and state --------------------------------------------------------
    def show_error(self, title, text):
        """A message box that does not block (tests and the event loop carry on)."""
        box = QMessageBox(QMessageBox.Warning, title, text, QMessageBox.Ok, self)
        box.setObjectName("errorBox")
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.open()
        self.statusBar().showMessage(text.splitlines()[0], 8000)
        return box

    def _last_folder(self):
        return settings.app_settings().value("lastFolder", str(Path.home()))

    def _remember_folder(self, path):
        settings.app_settings().setValue("lastFolder", str(Path(path).parent))

    def _restore_state(self):
        s = settings.app_settings()
        geometry = s.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1500, 860)
        state = s.value("windowState")
        if state is not None:
            self.restoreState(state)
        pen = s.value("penWidth")
        if pen is not None:
            self.panel.pen_slider.setValue(int(pen))
        self.panel.invert_check.setChecked(s.value("invert", False) in (True, "true"))

    def save_state(self):
        s = settings.app_settings()
        s.setValue("geometry", self.saveGeometry())
        s.setValue("windowState", self.saveState())
        s.setValue("penWidth", self.panel.pen_slider.value())
        s.setValue("invert", self.panel.invert_check.isChecked())

    def closeEvent(self, event):
        if not self.confirm_discard("Quit"):
            event.ignore()
            return
        self.train_panel.shutdown()
        self.save_state()
        super().closeEvent(event)
