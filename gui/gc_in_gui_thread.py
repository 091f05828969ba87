"""Python's garbage collection, done in the GUI thread only.

A collection runs in whichever thread happens to allocate when the counts
pass their thresholds. When that was a background job's thread (a
back-query), it destroyed cycles of pyqtgraph items there: Qt's destructor
took a Qt lock and waited for the interpreter lock, the GUI thread held that
one and waited for the Qt lock, and the window hung (seen once in a CI run).
So automatic collection is off, and a timer in the GUI thread collects by
the same thresholds. pyqtgraph ships the same idea (``util.GarbageCollector``),
but importing pyqtgraph for it would cost the start-up half a second.
"""
import gc

from PySide6.QtCore import QTimer

INTERVAL_MS = 500


class GuiThreadCollector:
    """Turns automatic collection off; collects in the GUI thread every ``INTERVAL_MS``."""

    def __init__(self, parent=None):
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(parent)
        self.timer.timeout.connect(self.check)
        self.timer.start(INTERVAL_MS)

    def check(self):
        """Collect the generations whose counts passed their thresholds, as gc itself would."""
        counts = gc.get_count()
        generation = -1
        for g in range(3):
            if counts[g] <= self.thresholds[g]:
                break
            generation = g
        if generation >= 0:
            gc.collect(generation)


def install(app):
    """Once per application: the collector lives as long as ``app``."""
    if getattr(app, "_gui_thread_collector", None) is None:
        app._gui_thread_collector = GuiThreadCollector(app)
    return app._gui_thread_collector
