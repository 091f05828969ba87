"""The training worker: engine.train in a QThread, talking to the GUI only through signals.

Records crossing threads are plain Python objects (lists, dataclasses, a
copied Network); the worker never touches a widget. Stop and pause are
flags the loop checks between batches, because a busy worker cannot
receive a queued call.

The loss reaches the GUI already aggregated: one point is the mean loss of
a fixed number of batches, chosen at the start so that a whole run never
has more than ``POINT_BUDGET`` points. With Rashid's batch size of 1 an
epoch is 60,000 batches; plotting each of them made the GUI thread's work
grow with the run (and, holding the GIL, slowed the worker tenfold).
"""
import math
import sys
import threading
import time
import traceback
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QObject, QThread, Signal, Slot

import engine
from engine import BatchStats, EpochStats, Finished

EMIT_INTERVAL = 0.2  # seconds between batch-progress signals: a few plot updates a second
# While a worker runs, the GUI thread asks for the GIL again after each Qt call that let it
# go (a paint makes dozens) and waits up to the interpreter's switch interval (5 ms) for a
# worker that rarely gives it up on its own (batch size 1: tiny NumPy calls). A shorter
# interval while training keeps those waits from adding up to visible stalls.
SWITCH_INTERVAL = 0.001
POINT_BUDGET = 2000  # loss points per run at most, however many batches it has
QUICK_SUBSET = 10_000  # a quick sweep point trains on this many random digits...
QUICK_EPOCHS = 1  # ...for this many epochs (when the epochs are not what is swept)


@dataclass
class BatchChunk:
    """Loss points and progress since the last signal.

    Point ``i`` is at ``x[i]`` epochs into the run and is the mean loss of
    ``count[i]`` batches (NaN when none of them had a finite loss).
    """

    x: list
    loss: list
    count: list
    last: BatchStats  # the newest batch, for the progress bar
    samples_per_second: float
    run: int = 0  # which run of a sweep (0 for a plain training run)


@dataclass
class TrainJob:
    """What to train: a recipe, the data, and for a sweep the values to try."""

    config: object  # engine.TrainConfig
    train_set: tuple
    test_set: tuple
    sweep_field: str = ""  # e.g. "lr" or "hidden"
    sweep_values: list = field(default_factory=list)
    quick: int = 0  # a sweep's points: 0 = the full recipe, else at most this many digits


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
        # Called between every two batches (60,000 times an epoch at batch size 1), so the
        # common case is two attribute reads; only a pause waits, and a stop ends the wait
        # even when a pause came after it.
        if self._resume.is_set():
            return self._stop.is_set()
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

    def _train(self, net, config, report_epochs=True, run=0):
        xs, means, counts = [], [], []
        bucket = 0  # batches per loss point, fixed at the first batch (then its total is known)
        per_epoch = 1
        total, finite, pending = 0.0, 0, 0
        since_emit = 0
        last_emit = time.perf_counter()
        finished = None
        batch_size = config.batch_size
        for record in engine.train(net, config, self.job.train_set, self.job.test_set,
                                   should_stop=self._should_stop):
            if type(record) is BatchStats:  # the hot path: keep it to a few additions
                loss = record.loss
                if math.isfinite(loss):
                    total += loss
                    finite += 1
                pending += 1
                since_emit += 1
                if not bucket:
                    bucket = max(1, math.ceil(record.steps / POINT_BUDGET))
                    per_epoch = record.batches
                if pending == bucket:
                    xs.append(record.step / per_epoch)
                    means.append(total / finite if finite else math.nan)
                    counts.append(pending)
                    total, finite, pending = 0.0, 0, 0
                now = time.perf_counter()
                if now - last_emit >= EMIT_INTERVAL:
                    rate = since_emit * batch_size / max(now - last_emit, 1e-9)
                    self.batches.emit(BatchChunk(xs, means, counts, record, rate, run))
                    xs, means, counts = [], [], []
                    since_emit, last_emit = 0, now
            elif isinstance(record, EpochStats):
                if report_epochs:
                    # A copy taken between batches: the canvas never sees half-updated weights.
                    self.epoch.emit(record, net.copy())
            elif isinstance(record, Finished):
                finished = record
        if pending:  # the last, partial bucket (a stop, or a run shorter than a bucket)
            xs.append((finished.steps_done if finished else 0) / per_epoch)
            means.append(total / finite if finite else math.nan)
            counts.append(pending)
        if xs:
            self.batches.emit(BatchChunk(xs, means, counts, None, 0.0, run))
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
            config = sweep_config(job.config, job.sweep_field, value, job.quick)
            net = config.make_network()
            last = self._train(net, config, report_epochs=False, run=i)
            accuracy = last.history[-1].test_accuracy if last.history else float("nan")
            self.sweepPoint.emit(SweepPoint(job.sweep_field, value, accuracy, i, count))
            if last.reason == "stopped":
                break
        self.finished.emit(last, None)


def sweep_config(config, field_name, value, quick=0):
    """The recipe one sweep point trains: one field changed ('lr', 'hidden' size or 'epochs').

    With ``quick`` (a number of digits), a point is a short run: ``QUICK_EPOCHS`` on at most
    ``quick`` random digits (fewer if the data box already asks for fewer); when the
    epochs are what is swept, only the data is cut.
    """
    if field_name == "lr":
        config = replace(config, lr=float(value))
    elif field_name == "hidden":
        layers = list(config.layers)
        config = replace(config, layers=tuple([layers[0]] + [int(value)] * (len(layers) - 2)
                                              + [layers[-1]]))
    elif field_name == "epochs":
        config = replace(config, epochs=int(value), iterations=0)
    else:
        raise ValueError(f"cannot sweep {field_name!r}")
    if quick:
        config = replace(config, subset=min(config.subset, quick) if config.subset else quick)
        if field_name != "epochs":
            config = replace(config, epochs=QUICK_EPOCHS, iterations=0)
    return config.validate()


class TrainRunner(QObject):
    """Owns one worker and its thread, with the whole lifecycle wired in one place."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.thread = None
        self.worker = None
        self._switch_interval = sys.getswitchinterval()

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
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(self._switch_interval, SWITCH_INTERVAL))
        thread.start()

    def _thread_done(self):
        thread, self.thread, self.worker = self.thread, None, None
        sys.setswitchinterval(self._switch_interval)
        if thread is not None:
            thread.deleteLater()

    def stop(self, wait_ms=0):
        """Ask the worker to stop; with ``wait_ms``, block until its thread has ended."""
        if self.worker is not None:
            self.worker.request_stop()
        if wait_ms and self.thread is not None:
            self.thread.quit()
            self.thread.wait(wait_ms)
