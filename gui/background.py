"""The one way the app works in the background: plain threads that never touch Qt.

A job's thread only calls ``job.report(record)`` and returns a result; both
go into one queue that a timer drains in the GUI thread, in order, so a
job's progress always arrives before its end. Stop and pause are flags
the work checks between steps (a busy thread cannot take a queued call).
A QObject signalled from a foreign thread while the window is torn down can
crash the interpreter; a queue nobody reads cannot.

Closing the window must take at most a moment even when a thread is deep in
one long NumPy call (a big network's evaluation): ``closing()`` stops every
job at once, waits ``CLOSE_SECONDS`` in all, and leaves what still runs to
its daemon thread; its result is dropped (``left_running`` lists them).
"""
import queue
import sys
import threading
import time
import weakref
from contextlib import contextmanager

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

POLL_MS = 30  # ~30 deliveries a second at most: smooth to the eye, cheap for the GUI thread
CLOSE_SECONDS = 1.0  # closing waits this long at most for all jobs together, then leaves them
# While a job's thread runs (a back-query, an evaluation), the GUI thread asks for the GIL
# again after each Qt call that let it go (a paint makes dozens) and waits up to the
# interpreter's switch interval (5 ms) each time: a shorter one keeps those waits from
# adding up to visible stalls. Training runs in a child process and needs none of this.
SWITCH_INTERVAL = 0.001
_usual_switch = sys.getswitchinterval()
_groups = weakref.WeakSet()  # every BackgroundJobs alive, so closing can stop them all at once
_close_by = None  # once closing began: the time.monotonic() by which every wait must end
_left = []  # threads closing could not wait for


class Abandoned(Exception):
    """Raised by ``Job.should_stop`` once the app is closing: the work ends at once, skipping
    whatever it would do after a plain stop (a last evaluation), and its result is dropped."""


class Job:
    """Handed to the work function: report progress, and ask whether to stop."""

    def __init__(self, results, progress):
        self._results = results  # the thread keeps only the queue, never a QObject
        self._progress = progress
        self._stop = threading.Event()
        self._resume = threading.Event()
        self._resume.set()
        self.closing = False  # set from the GUI thread when the app closes
        self.abandoned = False  # closing could not wait for it: what it returns is dropped
        self.thread = None

    # -- from the work's thread --------------------------------------------------------
    def report(self, record):
        """Deliver ``record`` to the job's ``progress`` callback in the GUI thread."""
        if self._progress is not None:
            self._results.put((self, self._progress, record))

    def should_stop(self):
        """True once stop() was asked; while paused, waits here (a stop ends the wait).

        Raises ``Abandoned`` when the app is closing."""
        while not self._resume.wait(0.05):
            if self._stop.is_set():
                break
        if self.closing:
            raise Abandoned("the app is closing")
        return self._stop.is_set()

    # -- from the GUI thread --------------------------------------------------------------
    def stop(self, closing=False):
        self.closing = self.closing or closing
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
        _groups.add(self)

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
            results.put((job, done, outcome))
            results.put((None, self._job_ended, job))

        job.thread = threading.Thread(target=run, daemon=True)
        self._jobs.append(job)
        _set_switch_interval()
        self._timer.start()
        job.thread.start()
        return job

    def submit_busy(self, work, done):
        """``submit`` for a read the user waits on: the busy cursor shows until ``done``."""
        QGuiApplication.setOverrideCursor(Qt.BusyCursor)

        def finish(result):
            QGuiApplication.restoreOverrideCursor()
            done(result)
        return self.submit(work, finish)

    def busy(self):
        return bool(self._jobs)

    def shutdown(self, timeout=CLOSE_SECONDS):
        """Stop every job and wait for its thread, ``timeout`` seconds at most in all.

        A thread still inside one long NumPy call by then is left to end on its
        own (it is a daemon: it cannot keep the process alive), and what it
        returns is never delivered. Inside ``closing()``, its deadline holds.
        """
        deadline = time.monotonic() + timeout
        if _close_by is not None:
            deadline = min(deadline, _close_by)
        for job in list(self._jobs):
            job.stop(closing=True)
        for job in list(self._jobs):
            job.thread.join(max(0.0, deadline - time.monotonic()))
        self._drain()
        for job in list(self._jobs):  # still inside one long call: nobody waits for it again
            job.abandoned = True
            self._jobs.remove(job)
            _left.append(job.thread)
        self._timer.stop()
        _set_switch_interval()

    def _job_ended(self, job):
        if job in self._jobs:
            self._jobs.remove(job)
            _set_switch_interval()

    def _drain(self):
        while True:
            try:
                job, callback, value = self._results.get_nowait()
            except queue.Empty:
                break
            if job is None or not job.abandoned:
                callback(value)
        if not self._jobs:
            self._timer.stop()


def _set_switch_interval():
    """Short while any group has a job whose end was not yet delivered, the usual one after."""
    busy = any(group._jobs for group in list(_groups))
    sys.setswitchinterval(min(_usual_switch, SWITCH_INTERVAL) if busy else _usual_switch)


@contextmanager
def closing(seconds=CLOSE_SECONDS):
    """The app closes: every job of every group is told to stop now, so that the groups'
    ``shutdown`` calls inside this block overlap their waits and all end within ``seconds``.
    Groups nobody shut down inside the block (a view's own) are shut down at its end."""
    global _close_by
    _close_by = time.monotonic() + seconds
    try:
        for group in list(_groups):
            for job in list(group._jobs):
                job.stop(closing=True)
        yield
        for group in list(_groups):
            try:
                if group.busy():
                    group.shutdown()
            except RuntimeError:  # its Qt half is gone (a window closed earlier): nothing to wait on
                pass
    finally:
        _close_by = None


def left_running():
    """The threads ``shutdown`` had to leave that still run (each inside one long NumPy call)."""
    _left[:] = [thread for thread in _left if thread.is_alive()]
    return list(_left)
