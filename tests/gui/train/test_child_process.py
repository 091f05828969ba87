"""Runs in a child process: the same records and result as in a thread, Stop, Pause, crashes."""
import os
import queue
import time

import pytest

import engine
from gui.background import Abandoned, Job
from gui.child_process import ChildProcessDied, ChildTraceback, InChildProcess
from gui.train.worker import BatchChunk, EpochDone, RunResult, TrainRun


class WherePid:
    """A work function that says which process ran it (picklable: a module-level class)."""

    def __call__(self, job):
        job.report(os.getpid())
        return os.getpid()


class Fails:
    def __call__(self, job):
        raise ValueError("no digits in this file")


class Dies:
    def __call__(self, job):
        os._exit(3)


@pytest.fixture(scope="module")
def test_set():
    return tuple(a[:200] for a in engine.load_mnist("test"))


def make_job():
    results = queue.SimpleQueue()
    return Job(results, progress=lambda record: None), results


def reported(results):
    out = []
    while not results.empty():
        _, _, record = results.get()
        out.append(record)
    return out


def test_the_work_runs_in_another_process_and_its_records_arrive():
    job, results = make_job()
    pid = InChildProcess(WherePid())(job)
    assert pid != os.getpid()
    assert reported(results) == [pid]


def test_a_training_run_in_a_child_gives_what_a_thread_gives(test_set):
    config = engine.preset("default", epochs=2, subset=600, layers=(784, 16, 10))
    job, results = make_job()
    result = InChildProcess(TrainRun(config, engine.load_mnist("train"), test_set))(job)
    records = reported(results)
    assert isinstance(result, RunResult) and result.finished.reason == "done"
    assert result.network.meta["name"] == "trained in the app"
    assert [r.stats.epoch for r in records if isinstance(r, EpochDone)] == [0, 1, 2]
    assert any(isinstance(r, BatchChunk) for r in records)
    assert result.evaluation["confusion"].sum() == len(test_set[1])


def test_stop_ends_a_long_run_within_a_second(test_set):
    config = engine.preset("default", epochs=200, layers=(784, 64, 10))
    job, results = make_job()
    asked = []

    def stop_at_first_batches(record, put=job.report):
        put(record)
        if isinstance(record, BatchChunk) and not asked:
            asked.append(time.perf_counter())
            job.stop()

    job.report = stop_at_first_batches
    result = InChildProcess(TrainRun(config, engine.load_mnist("train"), test_set))(job)
    assert result.finished.reason == "stopped"
    # The run's last act, the evaluation on the test set, is included; a loaded CI machine
    # gets some slack over the second.
    assert time.perf_counter() - asked[0] < 2.0


def test_an_exception_in_the_child_arrives_with_where_it_happened():
    job, _ = make_job()
    with pytest.raises(ValueError, match="no digits in this file") as caught:
        InChildProcess(Fails())(job)
    assert isinstance(caught.value.__cause__, ChildTraceback)
    assert "Fails" in str(caught.value.__cause__) or "__call__" in str(caught.value.__cause__)


def test_a_child_that_dies_is_reported_not_waited_for():
    job, _ = make_job()
    with pytest.raises(ChildProcessDied, match="exit code 3"):
        InChildProcess(Dies())(job)


def test_closing_the_app_kills_the_child_at_once(test_set):
    config = engine.preset("default", epochs=200)
    job, _ = make_job()
    work = InChildProcess(TrainRun(config, engine.load_mnist("train"), test_set))
    job.report = lambda record: job.stop(closing=True)
    start = time.perf_counter()
    with pytest.raises(Abandoned):
        work(job)
    assert time.perf_counter() - start < 15
