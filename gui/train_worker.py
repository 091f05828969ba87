"""The training worker: engine.train in a QThread, talking to the GUI only through signals.

Records crossing threads are plain Python objects (lists, dataclasses, a
copied Network); the worker never touches a widget. Stop and pause are
flags the loop checks between batches, because a busy worker cannot
receive a queued call.
"""
import threading
import time
import traceback
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QThread, Signal, Slot

import engine
from engine import BatchStats, EpochStats, Finished

EMIT_INTERVAL = 0.2  # seconds between batch-progress signals: a few plot updates a second


@dataclass
class BatchChunk:
    """Batches finished since the last signal."""

    steps: list
    losses: list
    last: BatchStats
    samples_per_second: float


@dataclass
class TrainJob:
    """What to train: a recipe, the data, and for a sweep the values to try."""

    config: object  # engine.TrainConfig
    train_set: tuple
    test_set: tuple
    sweep_field: str = ""  # e.g. "lr" or "hidden"
    sweep_values: list = field(default_factory=list)


@dataclass
class SweepPoint:
    field: str
    value: float
    test_accuracy: float
    index: int
    count: int


class TrainWorker(QObject):
    batches = Signal(object)  # BatchChunk
    epoch = Signal(object, object)  # EpochStats, Network snapshot
    sweepPoint = Signal(object)  # SweepPoint
    finished = Signal(object, object)  # Finished, {"network", "evaluation"} (None for a sweep)
    failed = Signal(str)

    def __init__(self, job, net):
        super().__init__()  # no parent: it moves to its own thread
        self.job = job
        self.net = net
        self._stop = threading.Event()
        self._resume = threading.Event()
        self._resume.set()

    # Called from the GUI thread: plain flags, safe across threads.
    def request_stop(self):
        self._stop.set()
        self._resume.set()

    def set_paused(self, paused):
        if paused:
            self._resume.clear()
        else:
            self._resume.set()

    def is_paused(self):
        return not self._resume.is_set()

    def _should_stop(self):
        # Paused: the loop waits here, between batches; a stop ends the wait
        # even when a pause came after it.
        while not self._resume.wait(0.05):
            if self._stop.is_set():
                break
        return self._stop.is_set()

    @Slot()
    def run(self):
        try:
            if self.job.sweep_values:
                self._sweep()
            else:
                self._train(self.net, self.job.config)
        except Exception as exc:  # noqa: BLE001  (any failure must reach the user, not stderr)
            self.failed.emit(f"{type(exc).__name__}: {exc}\n\n{traceback.format_exc(limit=3)}")

    def _train(self, net, config, report_epochs=True):
        steps, losses = [], []
        last_emit = time.monotonic()
        finished = None
        for record in engine.train(net, config, self.job.train_set, self.job.test_set,
                                   should_stop=self._should_stop):
            if isinstance(record, BatchStats):
                steps.append(record.step)
                losses.append(record.loss)
                now = time.monotonic()
                if now - last_emit >= EMIT_INTERVAL:
                    rate = len(steps) * config.batch_size / max(now - last_emit, 1e-9)
                    self.batches.emit(BatchChunk(steps, losses, record, rate))
                    steps, losses, last_emit = [], [], now
            elif isinstance(record, EpochStats):
                if report_epochs:
                    # A copy taken between batches: the canvas never sees half-updated weights.
                    self.epoch.emit(record, net.copy())
            elif isinstance(record, Finished):
                finished = record
        if steps and report_epochs:
            self.batches.emit(BatchChunk(steps, losses, None, 0.0))
        if report_epochs:
            # The confusion matrix and mistakes are worked out here, not in the GUI thread:
            # ten thousand test digits would stall the window for a fifth of a second.
            images, labels = self.job.test_set
            evaluation = engine.evaluate(net, images, labels)
            self.finished.emit(finished, {"network": net.copy(), "evaluation": evaluation})
        return finished

    def _sweep(self):
        job = self.job
        count = len(job.sweep_values)
        last = None
        for i, value in enumerate(job.sweep_values):
            if self._stop.is_set():
                break
            config = sweep_config(job.config, job.sweep_field, value)
            net = config.make_network()
            last = self._train(net, config, report_epochs=False)
            accuracy = last.history[-1].test_accuracy if last.history else float("nan")
            self.sweepPoint.emit(SweepPoint(job.sweep_field, value, accuracy, i, count))
            if last.reason == "stopped":
                break
        self.finished.emit(last, None)


def sweep_config(config, field_name, value):
    """The recipe with one swept field changed ('lr', 'hidden' size or 'epochs')."""
    from dataclasses import replace

    if field_name == "lr":
        return replace(config, lr=float(value))
    if field_name == "hidden":
        layers = list(config.layers)
        return replace(config, layers=tuple([layers[0]] + [int(value)] * (len(layers) - 2) + [layers[-1]]))
    if field_name == "epochs":
        return replace(config, epochs=int(value), iterations=0)
    raise ValueError(f"cannot sweep {field_name!r}")


class TrainRunner(QObject):
    """Owns one worker and its thread, with the whole lifecycle wired in one place."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.thread = None
        self.worker = None

    def is_running(self):
        return self.thread is not None

    def start(self, job, net, connect):
        """Start ``job`` on ``net``; ``connect(worker)`` wires the worker's signals first."""
        thread = QThread()
        worker = TrainWorker(job, net)
        worker.moveToThread(thread)
        connect(worker)
        thread.started.connect(worker.run)
        worker.finished.connect(thread.quit)
        worker.failed.connect(thread.quit)
        thread.finished.connect(worker.deleteLater)
        thread.finished.connect(self._thread_done)
        self.thread, self.worker = thread, worker
        thread.start()

    def _thread_done(self):
        thread, self.thread, self.worker = self.thread, None, None
        if thread is not None:
            thread.deleteLater()

    def stop(self, wait_ms=0):
        """Ask the worker to stop; with ``wait_ms``, block until its thread has ended."""
        if self.worker is not None:
            self.worker.request_stop()
        if wait_ms and self.thread is not None:
            self.thread.quit()
            self.thread.wait(wait_ms)
