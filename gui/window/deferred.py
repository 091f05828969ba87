"""What the window builds after its first paint: the plots beside the canvas, the docks' panels.

pyqtgraph (the longest import of all), the plots and the docks' pages take longer
than everything else the window shows. So the window comes up without them, their
places held, and right after its first paint each part is built on a turn of the
event loop of its own, those in sight first. Whatever asks for a part before that
gets it built on the spot, so code that uses one never sees the difference.
"""
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget


class Deferred(QObject):
    """The parts not built yet, by name, in the order they were added; ``window`` is the one
    they belong to (closed, it builds no more of them unless asked)."""

    def __init__(self, window):
        super().__init__(window)
        self._waiting = {}  # name -> (build, in_sight)
        self._built = {}  # name -> what build() returned

    def add(self, name, build, in_sight=lambda: True):
        """``build()`` makes the part (and returns it); ``in_sight()``: whether it would be
        seen at once (those are built first)."""
        self._waiting[name] = (build, in_sight)

    def add_dock(self, name, dock, make, wire):
        """A dock's panel: ``make()`` builds it, ``wire(panel)`` connects it and brings it up to
        date with what happened before it existed; then it takes the dock's place."""
        dock.setWidget(QWidget())  # holds the place (and the saved size) meanwhile

        def build():
            panel = make()
            wire(panel)  # before it is shown: a panel that works only when in sight knows
            placeholder = dock.widget()
            dock.setWidget(panel)
            placeholder.deleteLater()
            return panel
        self.add(name, build, lambda: not dock.visibleRegion().isEmpty())

    def get(self, name):
        """The part ``name``, built now if it was not yet."""
        if name not in self._built:
            build, _ = self._waiting.pop(name)
            self._built[name] = build()
        return self._built[name]

    def build_all(self):
        """Everything now, in the order added: a window that must be whole at once."""
        for name in list(self._waiting):
            self.get(name)

    def built(self, *names):
        """The parts among ``names`` that are built."""
        return [self._built[name] for name in names if name in self._built]

    def build_rest(self):
        """The next part (one in sight first), and the others on later turns of the event loop,
        so that a click in between is not kept waiting for all of them."""
        if not self._waiting or not self.parent().isVisible():
            return
        in_sight = [name for name, (_, seen) in self._waiting.items() if seen()]
        self.get((in_sight or list(self._waiting))[0])
        QTimer.singleShot(0, self, self.build_rest)
