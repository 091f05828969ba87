"""engine.sweep_seconds: a sweep's duration, from a fraction of a second of real training."""
import math
import time

import pytest

import engine
from engine import preset
from engine.training.estimate import Speed, run_seconds


@pytest.fixture(scope="module")
def data():
    return engine.load_mnist("train"), engine.load_mnist("test")


def test_run_seconds_counts_batches_and_one_evaluation_per_epoch_and_the_untrained():
    speed = Speed(samples_per_second=1000.0, eval_seconds=0.5)
    config = preset("default", epochs=2, batch_size=100)
    assert run_seconds(config, 1000, speed) == pytest.approx(2 * 1000 / 1000 + 3 * 0.5)
    # The subset cuts the data; the book's iterations replace the epochs.
    assert run_seconds(preset("default", epochs=1, batch_size=100, subset=500), 1000, speed) \
        == pytest.approx(0.5 + 2 * 0.5)
    book = preset("dlfs")  # batch 100, 10,000 iterations = 17 epochs of 60,000
    assert run_seconds(book, 60000, speed) == pytest.approx(10000 * 100 / 1000 + 18 * 0.5)


def test_the_estimate_takes_a_fraction_of_a_second_and_is_close(data):
    config = preset("default", subset=3000, layers=(784, 32, 10))
    t0 = time.monotonic()
    seconds = engine.sweep_seconds(config, "lr", [0.05, 0.1], *data)
    assert time.monotonic() - t0 < 3
    t0 = time.monotonic()
    for _ in engine.sweep(config, "lr", [0.05, 0.1], *data):
        pass
    took = time.monotonic() - t0
    # Generous: this machine is shared.
    assert took / 3 < seconds < took * 3


def test_bigger_hidden_layers_are_estimated_slower(data):
    config = preset("default", subset=2000)
    small = engine.sweep_seconds(config, "hidden", [16], *data, quick=True)
    both = engine.sweep_seconds(config, "hidden", [16, 1024], *data, quick=True)
    assert math.isfinite(small) and both > 2 * small


def test_a_quick_sweep_is_estimated_on_its_short_runs(data):
    config = preset("default", epochs=10, layers=(784, 32, 10))
    quick = engine.sweep_seconds(config, "lr", [0.1], *data, quick=True)
    full = engine.sweep_seconds(config, "lr", [0.1], *data)
    assert full > 10 * quick
