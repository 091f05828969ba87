"""A run that cannot learn is called failed, whatever blew it up first; teaching never breaks a network."""
import math

import numpy as np
import pytest

import engine
from engine.training.divergence import DivergenceWatch, chance_loss
from engine.training.metrics import target_table


@pytest.fixture(scope="module")
def mnist():
    return engine.load_mnist("train"), engine.load_mnist("test")


def _run(config, mnist, should_stop=None):
    net = config.make_network()
    initial = [w.copy() for w in net.weights]
    records = list(engine.train(net, config, *mnist, should_stop=should_stop))
    return net, initial, records[-1]


def test_the_reference_loss_is_that_of_a_network_that_says_nothing():
    softmax = engine.Network([784, 8, 10])
    assert chance_loss(softmax, target_table(10)) == pytest.approx(math.log(10), rel=1e-6)
    sigmoid = engine.Network([784, 8, 10], "sigmoid", "sigmoid")
    # Half the squared distance of 0.5 from 0.99 and from nine 0.01s.
    assert chance_loss(sigmoid, target_table(10, 0.01, 0.99)) == pytest.approx(
        0.5 * (0.49 ** 2) * 10, rel=1e-5)


def test_a_run_blown_up_from_its_first_batch_is_caught_against_chance():
    # No baseline given: the first batch's loss, before its step, is the reference; the
    # batches after it are blown up at once (the mean of the first ten would be 45).
    watch = DivergenceWatch(floor=math.log(10))
    assert watch.check(2.2) is None
    problems = [watch.check(50.0) for _ in range(20)]
    assert problems[-1] and "rose from 2.3 to 50" in problems[-1]
    # A trained network's loss of 0.05 wobbling to 0.3 is no blow-up: the floor is ln 10.
    trained = DivergenceWatch(baseline=0.05, floor=math.log(10))
    assert all(trained.check(0.3) is None for _ in range(40))


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam"])
def test_a_huge_learning_rate_fails_and_the_network_is_put_back(mnist, optimizer):
    config = engine.preset("default", layers=(784, 32, 10), subset=2000, epochs=1, lr=1e4,
                           optimizer=optimizer, augment="none")
    net, initial, finished = _run(config, mnist)
    assert finished.failed and finished.diverged and finished.problem
    assert "\n" not in finished.problem and "initial weights" in finished.message
    for w, w0 in zip(net.weights, initial):
        np.testing.assert_array_equal(w, w0)


def test_a_run_that_ends_at_chance_fails(mnist):
    config = engine.preset("default", layers=(784, 32, 10), subset=2000, epochs=1, lr=1e-7,
                           augment="none")
    _, _, finished = _run(config, mnist)
    assert finished.failed and "no better than chance" in finished.problem


def test_a_run_stopped_at_chance_has_failed_and_one_stopped_after_learning_has_not(mnist):
    config = engine.preset("default", layers=(784, 32, 10), subset=3000, epochs=3,
                           augment="none")
    _, _, at_once = _run(config, mnist, should_stop=lambda: True)
    assert at_once.reason == "stopped" and at_once.failed and not at_once.diverged
    assert "no better than chance" in at_once.problem
    steps = []
    _, _, later = _run(config, mnist, should_stop=lambda: steps.append(1) or len(steps) > 30)
    assert later.reason == "stopped" and not later.failed and later.problem == ""
    assert later.history[-1].test_accuracy > 0.5


@pytest.mark.parametrize("scale", [1e18, 1e30])
def test_teaching_a_network_with_huge_weights_is_refused_and_changes_nothing(mnist, scale):
    net = engine.load_model("default")
    for w in net.weights:
        w *= np.float32(scale)
    before = [p.value.copy() for p in net.parameters()]
    images, labels = mnist[1][0][:2], mnist[1][1][:2]
    with pytest.raises(engine.TeachError, match="left as it was"):
        engine.teach(net, images, labels, mnist=mnist[0])
    for p, saved in zip(net.parameters(), before):
        np.testing.assert_array_equal(p.value, saved)


def test_nan_after_the_last_teaching_step_is_caught(mnist, monkeypatch):
    from engine.training import loop

    net = engine.load_model("default")
    before = [p.value.copy() for p in net.parameters()]
    real_step = loop.Stepper.step

    def last_step_breaks(self, x, labels, rng):
        result = real_step(self, x, labels, rng)
        if self.steps_done == 5:  # after the last step: no later loss would notice
            self.net.weights[0][0, 0] = np.nan
        return result

    monkeypatch.setattr(loop.Stepper, "step", last_step_breaks)
    with pytest.raises(engine.TeachError, match="NaN or infinite"):
        engine.teach(net, mnist[1][0][:2], mnist[1][1][:2], mnist=mnist[0], steps=5)
    for p, saved in zip(net.parameters(), before):
        np.testing.assert_array_equal(p.value, saved)
