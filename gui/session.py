"""The current model: one object owns it, every view follows its ``changed`` signal."""
from pathlib import Path

from PySide6.QtCore import QObject, Signal

ORIGINS = ("bundled", "file", "training", "teaching")
TAUGHT_SUFFIX = " + your digits"  # what a Learn adds to the model's name (gui/window/teaching.py)


class Session(QObject):
    """The network in use, the file it came from, and whether it has unsaved changes.

    ``origin`` says where the network came from: "bundled" (the default
    model), "file" (opened), "training" (the training panel's run) or
    "teaching" (a Learn, its undo or a re-teach). Views that describe one
    model (results, back-query) use it to decide what to keep.
    """

    changed = Signal(object, str)  # the new network, its origin
    stateChanged = Signal()  # name, path or dirty flag changed (e.g. saved), same network

    def __init__(self, parent=None):
        super().__init__(parent)
        self.net = None
        self.path = None  # None: not from a file of the user's
        self.dirty = False
        self.origin = "bundled"

    def set_model(self, net, path=None, dirty=False, origin="file"):
        if origin not in ORIGINS:
            raise ValueError(f"origin must be one of {ORIGINS}, not {origin!r}")
        self.net = net
        # A taught network keeps the file it was taught from; anything else is a new model.
        if path is not None or origin != "teaching":
            self.path = None if path is None else Path(path)
        self.dirty = dirty
        self.origin = origin
        self.changed.emit(net, origin)
        self.stateChanged.emit()

    def mark_saved(self, path):
        self.path = Path(path)
        self.dirty = False
        self.stateChanged.emit()

    def name(self):
        """What the title bar and the status bar call the model (a file's name as it is)."""
        if self.path is not None:
            return self.path.name
        if self.dirty and self.net is not None:
            name = self.net.meta.get("name")
            if name is None:
                return self.tr("default model")
            # The suffix a Learn adds to the model's own name: the app's words, shown in ours.
            if name.endswith(TAUGHT_SUFFIX):
                return self.tr("{name} + your digits").format(name=name[:-len(TAUGHT_SUFFIX)])
            return name
        bundled = None if self.net is None else self.net.meta.get("bundled")
        if self.origin == "bundled" and bundled not in (None, "default"):
            return self.tr("{name} (bundled)").format(name=bundled)
        return self.tr("default model")
