"""The main window: canvas, live reading, model files, teaching."""
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QDockWidget, QFileDialog, QLabel, QMainWindow,
                               QMessageBox, QSplitter)

import engine

from . import settings
from .background import BackgroundJobs
from .draw_area import DrawArea
from .inside_panel import InsidePanel
from .personal_dialog import PersonalDigitsDialog
from .read_panel import ReadPanel
from .train_panel import TrainPanel

LIVE_INTERVAL_MS = 40  # while the pen moves: often enough to feel live, cheap enough to stay smooth
IMAGE_FILTER = "Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)"
MODEL_FILTER = "Models (*.npz);;All files (*)"


class MainWindow(QMainWindow):
    modelChanged = Signal(object)  # the new Network

    def __init__(self):
        super().__init__()
        self.setObjectName("mainWindow")
        self.model = None
        self.model_path = None  # None: the bundled default
        self.model_dirty = False
        self.model_origin = "bundled"  # where the current model came from: see set_model
        self.last_latency_ms = None
        self._mnist = None
        self._undo_learn = None  # (model before the last Learn, its dirty flag, the digit)
        self._before_teaching = None  # the model before the first Learn on it, for re-teaching
        self._learned_last = False  # Ctrl+Z undoes a Learn only right after it
        self._accuracy_jobs = BackgroundJobs(self)
        self._accuracy_token = 0

        self.draw_area = DrawArea()
        self.canvas = self.draw_area.canvas
        self.panel = ReadPanel()
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

        self._live_timer = QTimer(self)
        self._live_timer.setSingleShot(True)
        self._live_timer.setInterval(LIVE_INTERVAL_MS)
        self._live_timer.timeout.connect(self.recognize)

        self.canvas.changed.connect(self._canvas_changed)
        self.canvas.imageDropped.connect(self.import_image)
        self.draw_area.undo_button.clicked.connect(self.canvas.undo)
        self.panel.learnRequested.connect(self.learn)
        self.panel.undoLearnRequested.connect(self.undo_learn)
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
        self.modelChanged.connect(lambda net: self.train_panel.model_replaced(net, self.model_origin))
        self.train_panel.modelTrained.connect(self._model_from_training)
        self.train_panel.showDigit.connect(self.show_test_digit)
        self.train_panel.message.connect(self.show_error)
        self.train_panel.info.connect(self.show_info)
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
        self.undo_action = self._action(edit, "&Undo stroke", self.undo, QKeySequence.Undo,
                                        "Remove the last stroke, or undo a Learn right after it")
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
    def set_model(self, net, path=None, dirty=False, origin="file"):
        """Make ``net`` the current model; every view follows through ``modelChanged``.

        ``origin``: "file" (opened or reverted), "training" (this window's
        training panel) or "teaching" (a Learn or its undo).
        """
        self.model = net
        self.model_origin = origin
        if path is not None or origin != "teaching":
            self.model_path = None if path is None else Path(path)
        self.model_dirty = dirty
        if origin != "teaching":
            self._undo_learn = self._before_teaching = None
            self._update_undo()
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
        self.set_model(net, None, dirty=True, origin="training")
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
        acc_text = f"test accuracy {acc:.2%}" if isinstance(acc, (int, float)) else "test accuracy being measured..."
        star = " (changed, not saved)" if self.model_dirty else ""
        self.model_status.setText(f"{self.model_name()}{star}  |  {self.model.describe()}  |  {acc_text}")
        self.setWindowTitle(f"{'*' if self.model_dirty else ''}{self.model_name()} - Digit Reader")

    # -- reading -----------------------------------------------------------------
    def _canvas_changed(self, final):
        self._learned_last = False
        self._update_undo()
        if self.canvas.is_blank():
            self.panel.forget_digit()  # a new drawing gets its own label
        if final:
            self._live_timer.stop()
            self.recognize()
        elif not self._live_timer.isActive():
            self._live_timer.start()

    def current_input(self):
        """The canvas as the network's 28x28 input, or None when blank."""
        if self.canvas.is_blank():
            return None
        exact = self.canvas.exact_input()
        if exact is not None:
            return exact
        return engine.preprocess_canvas(self.canvas.raster())

    def show_test_digit(self, image):
        """A test digit from the gallery, read exactly as the gallery read it."""
        self.canvas.set_image(image, exact=True)
        self.panel.forget_digit()

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
        self.panel.forget_digit()
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
        """Keep the drawing as a personal digit labelled ``digit`` and teach it to the network.

        The label is used once: the next drawing must be given its own. The
        model before this Learn is kept, so Undo Learn (or Ctrl+Z right after)
        takes it back.
        """
        seen = self.current_input()
        if seen is None:
            self.statusBar().showMessage("Draw a digit first, then say what it is.", 4000)
            return None
        before = self.model.predict_proba(seen.reshape(1, -1))[0][digit]
        previous, was_dirty = self.model.copy(), self.model_dirty
        if self._before_teaching is None:
            self._before_teaching = previous
        self.personal.add(seen, digit)
        taught = self.model.copy()
        engine.teach(taught, self.personal.images, self.personal.labels, mnist=self.mnist_train(),
                     seed=len(self.personal))
        self._adopt_taught(taught)
        self._undo_learn = (previous, was_dirty, digit)
        self._learned_last = True
        self._update_undo()
        self.panel.forget_digit()
        after = self.recognize()[digit]
        self.statusBar().showMessage(
            f"Learned a {digit}: its probability went from {before:.1%} to {after:.1%}. "
            f"Ctrl+Z or Undo Learn takes it back.", 8000)
        return before, after

    def undo_learn(self):
        """The model as it was before the last Learn, and that personal digit forgotten."""
        if self._undo_learn is None:
            return False
        previous, was_dirty, digit = self._undo_learn
        self._undo_learn = None
        self._learned_last = False
        if len(self.personal):
            self.personal.remove(len(self.personal) - 1)
        if not len(self.personal):
            self._before_teaching = None
        self.set_model(previous, None, dirty=was_dirty, origin="teaching")
        self._update_undo()
        self._update_personal_label()
        self.statusBar().showMessage(f"Undid learning the {digit}: the network is back as before.", 6000)
        return True

    def undo(self):
        """Ctrl+Z: a Learn right after it, otherwise the last stroke."""
        if self._learned_last and self._undo_learn is not None:
            self.undo_learn()
        else:
            self.canvas.undo()

    def _update_undo(self):
        digit = None if self._undo_learn is None else self._undo_learn[2]
        self.panel.set_undo_available(None if digit is None else f"Undo Learn ({digit})")
        if hasattr(self, "undo_action"):
            self.undo_action.setText(f"&Undo Learn ({digit})" if self._learned_last and digit is not None
                                     else "&Undo stroke")

    def _adopt_taught(self, net):
        """A taught network becomes the model; its test accuracy is measured anew."""
        net.meta.pop("test_accuracy", None)  # the old figure no longer describes it
        net.meta["name"] = self.model.meta.get("name", "default model") + " + your digits"
        self.set_model(net, None, dirty=True, origin="teaching")
        self._update_personal_label()
        self._measure_accuracy(net)

    def _measure_accuracy(self, net):
        """Test accuracy of ``net`` in a thread (10,000 digits), then in the status bar."""
        self._accuracy_token += 1
        token, copy = self._accuracy_token, net.copy()

        def work():
            images, labels = engine.load_mnist("test")
            return engine.evaluate(copy, images, labels)["accuracy"]

        def done(result):
            if token != self._accuracy_token or isinstance(result, Exception):
                return
            net.meta["test_accuracy"] = float(result)
            if net is self.model:
                self._update_model_status()

        self._accuracy_jobs.submit(work, done)

    def _update_personal_label(self):
        self.panel.set_personal_count(len(self.personal))

    def show_personal_digits(self):
        dialog = PersonalDigitsDialog(self.personal, self)
        dialog.changed.connect(self._update_personal_label)
        dialog.removed.connect(self.offer_reteach)
        dialog.open()
        return dialog

    def offer_reteach(self):
        """After personal digits are removed: the network still knows them; offer to undo that."""
        if self._before_teaching is None:
            self.statusBar().showMessage(
                "Removed. The network keeps what it learned from those digits until you "
                "re-train it or open another model.", 8000)
            return False
        remaining = len(self.personal)
        text = ("The network still knows the digits you removed. Go back to the model before "
                "your teaching" + (f" and teach it the remaining {remaining} digit"
                                   f"{'' if remaining == 1 else 's'} again?" if remaining else "?"))
        if self.ask_yes_no("Re-teach", text) != QMessageBox.Yes:
            return False
        return self.reteach()

    def reteach(self):
        """The model before teaching, taught the personal digits that remain."""
        base = self._before_teaching.copy()
        if len(self.personal):
            engine.teach(base, self.personal.images, self.personal.labels, mnist=self.mnist_train(),
                         seed=len(self.personal))
            self._adopt_taught(base)
        else:
            self.set_model(base, None, dirty=True, origin="teaching")
            self._before_teaching = None
        self._undo_learn = None
        self._learned_last = False
        self._update_undo()
        return True

    def ask_yes_no(self, title, text):
        """Yes / No; tests replace this to answer without a dialog."""
        return QMessageBox.question(self, title, text, QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes)

    # -- messages and state --------------------------------------------------------
    def show_info(self, title, text):
        """A notice, not a problem: an information box that does not block."""
        box = QMessageBox(QMessageBox.Information, title, text, QMessageBox.Ok, self)
        box.setObjectName("infoBox")
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.open()
        self.statusBar().showMessage(title, 6000)
        return box

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
        # Drawing on the left, training / looking inside on the right, about half each:
        # the plots need room, and so does the canvas.
        self.resizeDocks([self.train_dock], [max(520, int(self.width() * 0.45))], Qt.Horizontal)

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
        if not self.confirm_discard("Quit"):
            event.ignore()
            return
        self.train_panel.shutdown()
        self.save_state()
        super().closeEvent(event)
