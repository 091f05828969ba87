"""The worker side of a run: plain Python in its thread, reporting plain records."""
import threading

import numpy as np
import pytest

import engine
from gui.train.worker import (POINT_BUDGET, BatchChunk, EpochDone, RunResult, Snapshot, SweepRun,
                              TrainRun)


class FakeJob:
    """What BackgroundJobs hands the work: here the records are simply kept."""

    def __init__(self, stop_after=None):
        self.records = []
        self.stop_after = stop_after  # stop once this many batch chunks were reported

    def report(self, record):
        self.records.append(record)

    def should_stop(self):
        chunks = sum(isinstance(r, BatchChunk) for r in self.records)
        return self.stop_after is not None and chunks >= self.stop_after

    def of(self, kind):
        return [r for r in self.records if isinstance(r, kind)]


@pytest.fixture(scope="module")
def test_set():
    return tuple(a[:200] for a in engine.load_mnist("test"))


def test_worker_points_are_means_of_the_batches_they_stand_for(test_set):
    config = engine.preset("rashid", epochs=1, subset=2 * POINT_BUDGET + 500)
    job = FakeJob()
    result = TrainRun(config, engine.load_mnist("train"), test_set)(job)
    chunks, (initial, epoch) = job.of(BatchChunk), job.of(EpochDone)
    assert initial.stats.epoch == 0 and initial.network is None  # untrained: no snapshot
    counts = np.concatenate([c.count for c in chunks])
    losses = np.concatenate([c.loss for c in chunks])
    assert len(counts) <= POINT_BUDGET and counts.sum() == config.subset
    # Means, not a sample of the batches: weighted by their batch counts they give back
    # the epoch's mean loss.
    assert np.sum(losses * counts) / counts.sum() == pytest.approx(epoch.stats.loss, rel=1e-6)
    assert isinstance(result, RunResult) and result.finished.reason == "done"
    assert result.evaluation["confusion"].sum() == 200


def test_a_run_reports_only_plain_records(test_set):
    config = engine.preset("default", epochs=2, subset=600, layers=(784, 16, 10))
    job = FakeJob()
    seen = []
    work = TrainRun(config, engine.load_mnist("train"), test_set)
    thread = threading.Thread(target=lambda: seen.append(work(job)))
    thread.start()
    thread.join(60)
    assert {type(r) for r in job.records} == {BatchChunk, EpochDone, Snapshot}
    # Epoch 0 (the untrained network, measured before any batch), then a snapshot per epoch.
    assert [e.stats.epoch for e in job.of(EpochDone)] == [0, 1, 2]
    assert [e.network is None for e in job.of(EpochDone)] == [True, False, False]
    assert isinstance(seen[-1], RunResult)


def test_a_stopped_run_still_returns_its_network_and_evaluation(test_set):
    config = engine.preset("rashid", epochs=1)
    job = FakeJob(stop_after=1)
    result = TrainRun(config, engine.load_mnist("train"), test_set)(job)
    assert result.finished.reason == "stopped" and result.finished.steps_done < 60000
    assert result.network.meta["name"] == "trained in the app"
    assert job.of(BatchChunk)[-1].last is None  # the last, partial point closes the run


def test_a_sweep_reports_each_runs_points_and_then_its_accuracy(test_set):
    config = engine.preset("default", subset=500, layers=(784, 8, 10))
    job = FakeJob()
    finished = SweepRun(config, "lr", [0.01, 0.1], engine.load_mnist("train"), test_set)(job)
    points = job.of(engine.SweepPoint)
    assert [(p.value, p.index, p.count) for p in points] == [(0.01, 0, 2), (0.1, 1, 2)]
    assert all(0 < p.test_accuracy <= 1 for p in points)
    assert finished is points[-1].finished
    # Batch chunks say which run they belong to, and each run's come before its point.
    for point in points:
        at = job.records.index(point)
        before = {c.run for c in job.records[:at] if isinstance(c, BatchChunk)}
        assert before <= set(range(point.index + 1))
        assert all(c.run > point.index for c in job.records[at:] if isinstance(c, BatchChunk))
    assert not job.of(EpochDone)  # a sweep's networks never reach the canvas
