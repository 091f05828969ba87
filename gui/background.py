"""Short jobs in plain Python threads whose results come back to the GUI thread.

The thread touches no Qt object at all: it only puts its result in a queue,
which a timer of the owner drains in the GUI thread. A QObject signalled
from a foreign thread while the window is being torn down (or garbage
collected) can crash the interpreter; a queue nobody reads cannot.
"""
import queue
import threading

from PySide6.QtCore import QObject, QTimer

POLL_MS = 30


class BackgroundJobs(QObject):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._results = queue.SimpleQueue()
        self._pending = 0
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._drain)

    def submit(self, work, done):
        """Run ``work()`` in a thread; later call ``done(result)`` in the GUI thread.

        ``result`` is what ``work`` returned, or the exception it raised.
        ``work`` must not touch Qt objects.
        """
        results = self._results  # the thread keeps only the queue, never self

        def run():
            try:
                outcome = work()
            except Exception as exc:  # noqa: BLE001  (handed to done(), never lost)
                outcome = exc
            results.put((done, outcome))

        self._pending += 1
        self._timer.start()
        threading.Thread(target=run, daemon=True).start()

    def busy(self):
        return self._pending > 0

    def _drain(self):
        while True:
            try:
                done, outcome = self._results.get_nowait()
            except queue.Empty:
                break
            self._pending -= 1
            done(outcome)
        if not self._pending:
            self._timer.stop()
