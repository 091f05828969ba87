"""The one way the app works in the background: plain threads that never touch Qt.

A job's thread only calls ``job.report(record)`` and returns a result; both
go into one queue that a timer drains in the GUI thread, in order, so a
job's progress always arrives before its end. Stop and pause are flags
the work checks between steps (a busy thread cannot take a queued call).
A QObject signalled from a foreign thread while the window is torn down can
crash the interpreter; a queue nobody reads cannot.
"""
import queue
import threading

from PySide6.QtCore import QObject, QTimer

POLL_MS = 30  # ~30 deliveries a second at most: smooth to the eye, cheap for the GUI thread


class Job:
    """Handed to the work function: report progress, and ask whether to stop."""

    def __init__(self, results, progress):
        self._results = results  # the thread keeps only the queue, never a QObject
        self._progress = progress
        self._stop = threading.Event()
        self._resume = threading.Event()
        self._resume.set()
        self.thread = None

    # -- from the work's thread --------------------------------------------------------
    def report(self, record):
        """Deliver ``record`` to the job's ``progress`` callback in the GUI thread."""
        if self._progress is not None:
            self._results.put((self._progress, record))

    def should_stop(self):
        """True once stop() was asked; while paused, waits here (a stop ends the wait)."""
        while not self._resume.wait(0.05):
            if self._stop.is_set():
                break
        return self._stop.is_set()

    # -- from the GUI thread --------------------------------------------------------------
    def stop(self):
        self._stop.set()
        self._resume.set()

    def set_paused(self, paused):
        if paused:
            self._resume.clear()
        else:
            self._resume.set()

    def is_paused(self):
        return not self._resume.is_set()

    def is_alive(self):
        return self.thread is not None and self.thread.is_alive()


class BackgroundJobs(QObject):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._results = queue.SimpleQueue()
        self._jobs = []
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._drain)

    def submit(self, work, done, progress=None):
        """Run ``work(job)`` in a thread; then ``done(result)`` in the GUI thread.

        ``result`` is what ``work`` returned, or the exception it raised.
        ``progress(record)`` receives, in the GUI thread, what ``work`` passed
        to ``job.report``. ``work`` must not touch Qt objects.
        """
        job = Job(self._results, progress)
        results = self._results

        def run():
            try:
                outcome = work(job)
            except Exception as exc:  # noqa: BLE001  (handed to done(), never lost)
                outcome = exc
            results.put((done, outcome))
            results.put((self._job_ended, job))

        job.thread = threading.Thread(target=run, daemon=True)
        self._jobs.append(job)
        self._timer.start()
        job.thread.start()
        return job

    def busy(self):
        return bool(self._jobs)

    def shutdown(self, timeout=10.0):
        """Stop every job and wait for its thread: closing never leaves one running."""
        for job in list(self._jobs):
            job.stop()
        for job in list(self._jobs):
            job.thread.join(timeout)
        self._drain()

    def _job_ended(self, job):
        if job in self._jobs:
            self._jobs.remove(job)

    def _drain(self):
        while True:
            try:
                callback, value = self._results.get_nowait()
            except queue.Empty:
                break
            callback(value)
        if not self._jobs:
            self._timer.stop()
