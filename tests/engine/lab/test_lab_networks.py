"""The book's chapter-3 network (accuracy, batch inference) and TwoLayerNet's gradient check."""
import os

import numpy as np
import pytest

from conftest import ROOT  # noqa: F401
from engine import lab


def test_chapter_3_network_scores_the_books_accuracy_and_batches_are_faster():
    run = lab.ch3_run(batch_sizes=(1, 100))  # the fastest of 3: a busy machine blurs one
    assert run["accuracy"] == 0.9352
    assert run["same_answers"]
    speedup = lab.speedup(run["seconds"])
    if speedup <= 2 and os.getloadavg()[0] > os.cpu_count():
        # NumPy's BLAS splits a batch's product over the cores and waits for each: with
        # the cores taken by other programs, batches can even come out slower.
        pytest.skip(f"machine busy (load {os.getloadavg()[0]:.1f}): speed-up {speedup:.1f}")
    assert speedup > 2  # ~12x on the project's idle 2-core machine


def test_chapter_3_run_stops_when_asked():
    assert lab.ch3_run(should_stop=lambda: True) is None


@pytest.fixture(scope="module")
def comparison():
    return lab.gradient_comparison()  # the book's 784-50-10 on 3 digits: several seconds


def test_twolayernet_backprop_matches_the_numerical_gradient(comparison):
    assert set(comparison["difference"]) == {"W1", "b1", "W2", "b2"}
    for name, diff in comparison["difference"].items():
        assert 0 < diff < 1e-6, name
    assert comparison["seconds_numerical"] > 100 * comparison["seconds_backprop"]


def test_without_the_delta_only_rounding_is_left():
    rng = np.random.default_rng(1)
    net = lab.TwoLayerNet(input_size=20, hidden_size=6, output_size=10, delta=0.0)
    x, t = rng.random((3, 20)), np.eye(10)[[2, 7, 0]]
    numerical, backprop = net.numerical_gradient(x, t), net.gradient(x, t)
    for name in lab.PARAMETERS:
        assert np.max(np.abs(numerical[name] - backprop[name])) < 1e-9, name


def test_a_wrong_backprop_is_caught():
    net = lab.TwoLayerNet(input_size=20, hidden_size=6, output_size=10)
    rng = np.random.default_rng(2)
    x, t = rng.random((3, 20)), np.eye(10)[[2, 7, 0]]
    wrong = net.gradient(x, t * 0.5)  # as if the targets were halved
    numerical = net.numerical_gradient(x, t)
    assert np.max(np.abs(numerical["b2"] - wrong["b2"])) > 1e-3


def test_numerical_gradient_reports_progress_and_can_be_stopped():
    net = lab.TwoLayerNet(input_size=200, hidden_size=10)
    x, t = np.random.default_rng(3).random((2, 200)), np.eye(10)[[1, 2]]
    seen = []
    net.numerical_gradient(x, t, seen.append)
    assert seen and 0 < seen[0] < seen[-1] <= 1

    def stop(fraction):
        raise lab.StopRequested

    with pytest.raises(lab.StopRequested):
        net.numerical_gradient(x, t, stop)
