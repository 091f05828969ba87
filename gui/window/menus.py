"""The window's menus: File, Edit, View (with the language), Personal digits.

Built once; every title, text and tip is set in ``retranslate``, which the
window calls again when the language changes (actions get no LanguageChange).
"""
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

import engine

from .. import language

# What each bundled model is, in the window's words: engine.BUNDLED_MODELS says the same in
# English (a test keeps the two equal); a model missing here shows the engine's text.
BUNDLED_TIPS = {
    "default": QT_TRANSLATE_NOOP(
        "WindowMenus", "Ours: 784-512-512-10 ReLU trained with augmentation and pen strokes "
                       "(the preset 'default'), 99.3% on the MNIST test set"),
    "rashid": QT_TRANSLATE_NOOP(
        "WindowMenus", "Make Your Own Neural Network (Tariq Rashid): 784-200-10 sigmoid, no "
                       "biases, our 'rashid' preset trained on all of MNIST (the book reports "
                       "97.47%)"),
    "dlfs-ch3": QT_TRANSLATE_NOOP(
        "WindowMenus", "Deep Learning from Scratch (Saito Goki), chapter 3: the book's "
                       "pretrained 784-50-100-10 sigmoid network, 93.52% on MNIST test (MIT "
                       "licence, Koki Saitoh)"),
}


class WindowMenus(QObject):
    """The menu bar of ``window`` (a MainWindow): its actions, and the language choice."""

    languageChosen = Signal(str)  # a key of gui.language.LANGUAGES

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        bar, files = window.menuBar(), window.files
        self.file_menu = bar.addMenu("")
        self.open_action = self._action(self.file_menu, files.open_dialog, QKeySequence.Open)
        self.save_action = self._action(self.file_menu, files.save_dialog, QKeySequence.SaveAs)
        self.revert_action = self._action(self.file_menu, files.revert_to_default)
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.setObjectName("recentMenu")
        self.models_menu = self.file_menu.addMenu("")
        self.models_menu.setObjectName("modelsMenu")
        self.models_menu.setToolTipsVisible(True)
        self.model_actions = {}
        for name in engine.BUNDLED_MODELS:
            action = self._action(self.models_menu,
                                  lambda checked=False, n=name: files.open_bundled(n))
            action.setText(name)  # a name: the same in every language
            self.model_actions[name] = action
        self.file_menu.addSeparator()
        self.import_action = self._action(self.file_menu, window.import_image_dialog, "Ctrl+I")
        self.file_menu.addSeparator()
        self.quit_action = self._action(self.file_menu, window.close, QKeySequence.Quit)

        self.edit_menu = bar.addMenu("")
        self.undo_action = self._action(self.edit_menu, window.undo, QKeySequence.Undo)
        self.clear_action = self._action(self.edit_menu, window.canvas.clear)

        self.view_menu = bar.addMenu("")
        self.dock_toggles = []
        for dock, key in ((window.train_dock, "Ctrl+Shift+T"), (window.inside_dock, "Ctrl+Shift+L"),
                          (window.lab_dock, "Ctrl+Shift+B")):
            toggle = dock.toggleViewAction()
            toggle.setShortcut(QKeySequence(key))
            # Tabified: showing a dock brings it to the front.
            toggle.triggered.connect(lambda shown, d=dock: shown and d.raise_())
            self.view_menu.addAction(toggle)
            self.dock_toggles.append(toggle)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.setObjectName("languageMenu")
        self.language_actions = {}
        group = QActionGroup(self)
        for key, own_name in language.LANGUAGES.items():
            action = QAction(own_name, self)  # each named in its own language: never translated
            action.setCheckable(True)
            action.setObjectName(f"language_{key}")
            action.triggered.connect(lambda checked=False, k=key: self.languageChosen.emit(k))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[key] = action
        self.check_language(language.current())

        self.personal_menu = bar.addMenu("")
        self.show_personal_action = self._action(self.personal_menu, window.show_personal_digits)

    def _action(self, menu, slot, shortcut=None):
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def check_language(self, key):
        """Tick the language in use (after a switch that did not happen, too)."""
        self.language_actions[key].setChecked(True)

    def retranslate(self):
        self.file_menu.setTitle(self.tr("&File"))
        for action, text, tip in (
                (self.open_action, self.tr("&Open model..."), self.tr("Load a model file (.npz)")),
                (self.save_action, self.tr("&Save model as..."),
                 self.tr("Save the current model to a file")),
                (self.revert_action, self.tr("Revert to &default model"),
                 self.tr("Go back to the bundled pretrained model")),
                (self.import_action, self.tr("&Import image..."),
                 self.tr("Read a photo or scan of a handwritten digit")),
                (self.quit_action, self.tr("&Quit"), self.tr("Close the app")),
                (self.clear_action, self.tr("&Clear canvas"),
                 self.tr("Clear the canvas (Delete, Escape)")),
                (self.show_personal_action, self.tr("&Show..."),
                 self.tr("See, remove or clear the digits you taught"))):
            action.setText(text)
            _tip(action, tip)
        _tip(self.undo_action, self.tr("Remove the last stroke, or undo a Learn right after it"))
        self.recent_menu.setTitle(self.tr("Recent models"))
        self.models_menu.setTitle(self.tr("&Bundled models"))
        for name, action in self.model_actions.items():
            where = BUNDLED_TIPS.get(name)
            _tip(action, engine.BUNDLED_MODELS[name] if where is None
                 else QCoreApplication.translate("WindowMenus", where))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        for toggle, text in zip(self.dock_toggles, (
                self.tr("&Training panel"), self.tr("&Look inside"),
                self.tr("La&b: the book's chapters 3-4"))):
            toggle.setText(text)
        self.language_menu.setTitle(self.tr("Lan&guage"))
        self.personal_menu.setTitle(self.tr("&Personal digits"))


def _tip(action, tip):
    action.setStatusTip(tip)
    action.setToolTip(tip)
