"""The work of a training run or a sweep, for a background job: plain Python, no Qt.

``TrainRun`` and ``SweepRun`` are work functions for ``BackgroundJobs``
(the window runs them in a child process, see ``child_process``): called
with the job, they run ``engine.train`` or
``engine.sweep``, hand their progress to ``job.report`` as plain records
(``BatchChunk``, ``EpochDone``, ``engine.SweepPoint``) and return the run's
result. Stop and pause are ``job.should_stop()``, checked between batches.

The loss reaches the GUI already aggregated: one point is the mean loss of
a fixed number of batches, chosen at the start so that a whole run never
has more than ``POINT_BUDGET`` points. With Rashid's batch size of 1 an
epoch is 60,000 batches; plotting each of them made the GUI thread's work
grow with the run (and, holding the GIL, slowed the worker tenfold).
"""
import math
import time
from dataclasses import dataclass

import engine
from engine import BatchStats, EpochStats, Finished

REPORT_INTERVAL = 0.2  # seconds between batch-progress reports: a few plot updates a second
POINT_BUDGET = 2000  # loss points per run at most, however many batches it has
EARLY_SNAPSHOTS = (0.1, 0.25, 0.5)  # fractions of epoch 1 at which a Snapshot is reported
MIN_SAMPLES = 32  # ...and each the mean of at least this many digits: with batch size 1 one
# digit's error jumps between 0 and 1, and a point per digit painted a solid band


@dataclass
class BatchChunk:
    """Loss points and progress since the last report.

    Point ``i`` is at ``x[i]`` epochs into the run and is the mean loss of
    ``count[i]`` batches (NaN when none of them had a finite loss).
    """

    x: list
    loss: list
    count: list
    last: BatchStats  # the newest batch, for the progress bar (None in a run's last chunk)
    samples_per_second: float
    run: int = 0  # which run of a sweep (0 for a plain training run)


@dataclass
class EpochDone:
    """An epoch ended: its figures, and a copy of the network taken between two batches.

    Epoch 0 is the untrained network, measured before the first batch: no copy then.
    """

    stats: EpochStats
    network: object  # engine.Network, stamped "in training (epoch n)"; None for epoch 0


@dataclass
class Snapshot:
    """A copy of the network inside the first epoch, ``label`` epochs into it ("0.25"):
    to watch the back-query form, not to replace the model in use."""

    network: object  # engine.Network
    label: str


@dataclass
class RunResult:
    """What a training run returns: its end, the network, and its test-set evaluation."""

    finished: Finished  # None if the run never started
    network: object  # engine.Network, stamped with how it was trained
    evaluation: dict  # engine.evaluate on the test set: "confusion", ...; None if the app closed


def relay(records, job, batch_size, on_record=None):
    """Pass ``records`` (of ``engine.train`` or ``engine.sweep``) on to ``job.report``.

    Batches go as ``BatchChunk`` points, at most every ``REPORT_INTERVAL``
    seconds; a run's ``Finished`` sends its last, partial point. Every other
    record goes to ``on_record(record)``. Returns the last ``Finished``.
    """
    run = 0  # runs finished so far: the index of the current one
    xs, means, counts = [], [], []
    bucket = 0  # batches per loss point, fixed at a run's first batch (its total is known then)
    per_epoch = 1
    total, finite, pending = 0.0, 0, 0
    since_report = 0
    last_report = time.perf_counter()
    finished = None
    for record in records:
        if type(record) is BatchStats:  # the hot path: keep it to a few additions
            loss = record.loss
            if math.isfinite(loss):
                total += loss
                finite += 1
            pending += 1
            since_report += 1
            if not bucket:
                bucket = max(1, math.ceil(record.steps / POINT_BUDGET),
                             math.ceil(MIN_SAMPLES / max(batch_size, 1)))
                per_epoch = record.batches
            if pending == bucket:
                xs.append(record.step / per_epoch)
                means.append(total / finite if finite else math.nan)
                counts.append(pending)
                total, finite, pending = 0.0, 0, 0
            now = time.perf_counter()
            if now - last_report >= REPORT_INTERVAL:
                rate = since_report * batch_size / max(now - last_report, 1e-9)
                job.report(BatchChunk(xs, means, counts, record, rate, run))
                xs, means, counts = [], [], []
                since_report, last_report = 0, now
            continue
        if isinstance(record, Finished):
            finished = record
            if pending:  # the last, partial bucket (a stop, or a run shorter than a bucket)
                xs.append(record.steps_done / per_epoch)
                means.append(total / finite if finite else math.nan)
                counts.append(pending)
            if xs:
                job.report(BatchChunk(xs, means, counts, None, 0.0, run))
            xs, means, counts = [], [], []
            bucket, total, finite, pending = 0, 0.0, 0, 0
            run += 1
        if on_record is not None:
            on_record(record)
    return finished


def early_snapshots(records, job, net, fractions=EARLY_SNAPSHOTS):
    """Pass ``records`` on; inside epoch 1, also report a ``Snapshot`` of ``net`` once it
    has trained each of ``fractions`` of the epoch."""
    marks = sorted(fractions)
    for record in records:
        yield record  # while relay handles it, training waits: the copy below is whole
        if marks and type(record) is BatchStats:
            if record.epoch > 1:
                marks = []
            elif record.batch >= marks[0] * record.batches:
                while marks and record.batch >= marks[0] * record.batches:
                    label = f"{marks.pop(0):g}"
                job.report(Snapshot(net.copy(), label))


class TrainRun:
    """Train ``net`` with ``config``; report batches and epochs; return a ``RunResult``."""

    def __init__(self, config, train_set, test_set, net=None, preset=None):
        self.config = config
        self.train_set, self.test_set = train_set, test_set
        self.net = config.make_network() if net is None else net
        self.preset = preset  # the preset the recipe came from, for the model's metadata
        self.history = []

    def __call__(self, job):
        net, config = self.net, self.config

        def on_record(record):
            if isinstance(record, EpochStats) and record.epoch == 0:
                job.report(EpochDone(record, None))
            elif isinstance(record, EpochStats):
                self.history.append(record)
                # A copy taken between batches: the canvas never sees half-updated weights.
                snapshot = net.copy()
                engine.stamp_model(snapshot, config, self._so_far(record),
                                   f"in training (epoch {record.epoch})", self.preset)
                job.report(EpochDone(record, snapshot))

        records = engine.train(net, config, self.train_set, self.test_set,
                               should_stop=job.should_stop)
        finished = relay(early_snapshots(records, job, net), job, config.batch_size, on_record)
        if finished is not None:
            engine.stamp_model(net, config, finished, "trained in the app", self.preset)
        if getattr(job, "closing", False):  # no one will see the evaluation: end now
            return RunResult(finished, net, None)
        # The confusion matrix and mistakes are worked out here, not in the GUI thread:
        # ten thousand test digits would stall the window for a fifth of a second.
        images, labels = self.test_set
        return RunResult(finished, net, engine.evaluate(net, images, labels))

    def _so_far(self, stats):
        """The run up to the end of epoch ``stats``, as the record a stop there would give."""
        return Finished("stopped", f"in training, after epoch {stats.epoch}", stats.epoch, 0,
                        stats.elapsed, stats.train_seconds, stats.samples_per_second,
                        list(self.history))


class SweepRun:
    """One new network per value of ``field``; report batches and ``SweepPoint`` records.

    Returns the last run's ``Finished`` (None when no run started).
    """

    def __init__(self, config, field, values, train_set, test_set, quick=False):
        self.config, self.field, self.values = config, field, list(values)
        self.train_set, self.test_set = train_set, test_set
        self.quick = quick

    def __call__(self, job):
        def on_record(record):
            if isinstance(record, engine.SweepPoint):
                job.report(record)

        records = engine.sweep(self.config, self.field, self.values, self.train_set,
                               self.test_set, quick=self.quick, should_stop=job.should_stop)
        return relay(records, job, self.config.batch_size, on_record)
