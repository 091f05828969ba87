"""A training run or a sweep in a process of its own, so that the window never waits for it.

In a thread of the window's process, the run holds the interpreter's lock
(the GIL) between its NumPy calls, and the window waited for it: 30-100 ms
stalls while a learner drew during training. In a child process the run
has its own interpreter; the window's process only passes records on.

``InChildProcess(work)`` is a work function for ``BackgroundJobs`` like the
``work`` it wraps (``TrainRun``, ``SweepRun``): its thread starts the child,
hands every record the child reports to ``job.report``, mirrors Stop and
Pause into the child, and returns what ``work`` returned there. Closing the
app kills the child at once. This module never imports Qt: the child
imports it too. (What crosses is pickled by ``multiprocessing``, between
this app's own two processes; files are never read that way.)
"""
import multiprocessing
import os
import queue
import traceback
from multiprocessing.reduction import ForkingPickler

# spawn, not fork: a forked child would inherit Qt's threads and locks in whatever state
# they were in; a spawned one starts clean and imports only this module and the work's.
_CONTEXT = multiprocessing.get_context("spawn")
CHILD_NICENESS = 10  # the run's priority below the window's (Unix nice; 19 is the lowest)
POLL_SECONDS = 0.05  # how often the relay thread looks at Stop, Pause and the child's health


class ChildProcessDied(RuntimeError):
    """The child ended without a result: killed from outside, or out of memory."""


class InChildProcess:
    """Run ``work(job)`` in a child process; the same records and result, the same Stop."""

    def __init__(self, work):
        self.work = work  # pickled to the child: plain data and engine objects only

    def __call__(self, job):
        records = _CONTEXT.Queue()
        stop, resume = _CONTEXT.Event(), _CONTEXT.Event()
        resume.set()
        child = _CONTEXT.Process(target=_child_main, args=(self.work, records, stop, resume),
                                 name="digit-reader-training", daemon=True)
        child.start()
        try:
            while True:
                # Pause first: should_stop() waits in here while paused, and so must the child.
                (resume.clear if job.is_paused() else resume.set)()
                if job.should_stop():  # raises Abandoned when the app closes: the finally kills
                    stop.set()
                    resume.set()
                try:
                    kind, value = records.get(timeout=POLL_SECONDS)
                except queue.Empty:
                    if not child.is_alive():
                        raise ChildProcessDied(
                            f"the training process ended unexpectedly (exit code {child.exitcode})")
                    continue
                if kind == "record":
                    job.report(value)
                elif kind == "result":
                    return value
                else:
                    raise value
        finally:
            if child.is_alive():
                stop.set()
                resume.set()
                child.join(0.2 if getattr(job, "closing", False) else 2.0)
            if child.is_alive():
                child.kill()
                child.join(1.0)
            records.close()
            records.cancel_join_thread()  # a killed child's half-written record: never wait on it


class _ChildJob:
    """The job as the work sees it in the child: the same two calls as ``background.Job``."""

    closing = False  # closing the app kills the child: the work never sees it

    def __init__(self, records, stop, resume):
        self._records, self._stop, self._resume = records, stop, resume

    def report(self, record):
        self._records.put(("record", record))

    def should_stop(self):
        while not self._resume.wait(POLL_SECONDS):
            if self._stop.is_set():
                break
        return self._stop.is_set()


class ChildTraceback(Exception):
    """Where an exception of the child happened: its traceback, as text (the cause shown
    above the exception when the window reports it; a traceback object cannot cross)."""

    def __str__(self):
        return self.args[0]


def _child_main(work, records, stop, resume):
    # The run keeps both cores busy (BLAS and the batch feed); at a lower priority it gives
    # the window the core at once whenever the window has something to do.
    if hasattr(os, "nice"):
        os.nice(CHILD_NICENESS)
    try:
        records.put(("result", work(_ChildJob(records, stop, resume))))
    except BaseException as exc:  # noqa: BLE001  (handed to the window, never lost)
        records.put(("error", _Crossing(exc)))


class _Crossing:
    """An exception on its way to the window's process, with its traceback as text."""

    def __init__(self, exc):
        self.where = "".join(traceback.format_exception(exc))
        try:  # the queue's own serializer: only this app's two processes ever read it
            ForkingPickler.loads(ForkingPickler.dumps(exc))
            self.exc = exc
        except Exception:  # noqa: BLE001  (one that cannot be pickled goes as its text)
            self.exc = RuntimeError(f"{type(exc).__name__}: {exc}")

    def __reduce__(self):
        return _arrived, (self.exc, self.where)


def _arrived(exc, where):
    exc.__cause__ = ChildTraceback(where)
    return exc
