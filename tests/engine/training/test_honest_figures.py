"""What a run reports is what its network does: clean train figures, plain losses, epoch 0."""
import math

import numpy as np
import pytest

import engine
from engine import BatchStats, EpochStats, Finished, preset
from engine.training.loop import train_digits
from engine.training.metrics import TRAIN_SAMPLE, clean_train_sample


@pytest.fixture(scope="module")
def mnist():
    return engine.load_mnist("train"), engine.load_mnist("test")


def run(config, mnist):
    net = config.make_network()
    return net, list(engine.train(net, config, *mnist))


@pytest.fixture(scope="module")
def default_run(mnist):
    # The default recipe (augmentation, label smoothing 0.1), small and quick.
    return run(DEFAULT_SMALL, mnist)


DEFAULT_SMALL = preset("default", subset=3000, epochs=2, layers=(784, 32, 10), extra_data=())


def test_the_clean_sample_is_10000_training_digits_fixed_by_the_seed(mnist):
    a = clean_train_sample(mnist[0], seed=0)
    b = clean_train_sample(mnist[0], seed=0)
    c = clean_train_sample(mnist[0], seed=1)
    assert len(a[1]) == TRAIN_SAMPLE == 10_000
    np.testing.assert_array_equal(a[0], b[0])
    assert not np.array_equal(a[1], c[1])
    small = (mnist[0][0][:500], mnist[0][1][:500])
    assert len(clean_train_sample(small, seed=0)[1]) == 500  # fewer than 10,000: all of them


def test_train_accuracy_is_the_trained_models_accuracy_on_clean_training_digits(default_run, mnist):
    net, records = default_run
    last = records[-1].history[-1]
    images, labels = train_digits(DEFAULT_SMALL, mnist[0])
    assert len(labels) == 3000  # the subset the run trained on, not digits it never saw
    clean = engine.evaluate(net, images, labels)["accuracy"]
    assert abs(last.train_accuracy - clean) <= 0.01
    assert last.test_accuracy == pytest.approx(engine.evaluate(net, *mnist[1])["accuracy"])
    # The old figure lives on as batch_accuracy: augmented batches, weights on the move.
    assert 0 < last.batch_accuracy < 1 and last.batch_accuracy != last.train_accuracy


def test_epoch_zero_is_the_untrained_network_before_the_first_batch(default_run, mnist):
    _, records = default_run
    zero = records[0]
    assert isinstance(zero, EpochStats) and zero.epoch == 0
    assert isinstance(records[1], BatchStats)
    fresh = preset("default", subset=3000, epochs=2, layers=(784, 32, 10)).make_network()
    assert zero.test_accuracy == pytest.approx(engine.evaluate(fresh, *mnist[1])["accuracy"])
    images, labels = train_digits(DEFAULT_SMALL, mnist[0])
    assert zero.train_accuracy == pytest.approx(engine.evaluate(fresh, images, labels)["accuracy"])
    assert zero.train_seconds == 0 and zero.seconds == 0 and zero.samples_per_second == 0
    assert math.isnan(zero.batch_accuracy) and zero.loss == zero.train_loss
    assert zero.elapsed > 0 and zero.epochs == 2
    finished = records[-1]
    assert isinstance(finished, Finished) and finished.initial is zero
    assert [h.epoch for h in finished.history] == [1, 2]


def _cross_entropy(net, images, labels):
    p = net.forward(engine.to_inputs(images))
    return float(-np.mean(np.log(np.maximum(p[np.arange(len(labels)), labels], 1e-7))))


def test_train_and_test_loss_are_plain_cross_entropy_without_smoothing(default_run, mnist):
    net, records = default_run
    last = records[-1].history[-1]
    test_images, test_labels = mnist[1]
    plain = _cross_entropy(net, test_images, test_labels.astype(np.intp))
    assert last.test_loss == pytest.approx(plain, rel=1e-4)
    images, labels = train_digits(DEFAULT_SMALL, mnist[0])
    assert last.train_loss == pytest.approx(_cross_entropy(net, images, labels.astype(np.intp)),
                                            rel=1e-4)
    # The smoothed loss (what the batches minimise) is a different number.
    p = net.forward(engine.to_inputs(test_images))
    smoothed = float(-np.mean(np.sum((0.9 * np.eye(10)[test_labels] + 0.01) * np.log(p), axis=1)))
    assert abs(smoothed - plain) > 0.01


def test_squared_error_losses_use_rashids_targets(mnist):
    net, records = run(preset("rashid", subset=1000, epochs=1), mnist)
    last = records[-1].history[-1]
    y = net.forward(engine.to_inputs(mnist[1][0]))
    t = np.full((len(y), 10), 0.01)
    t[np.arange(len(y)), mnist[1][1]] = 0.99
    assert last.test_loss == pytest.approx(0.5 * np.sum((y - t) ** 2) / len(y), rel=1e-4)


def test_a_run_stuck_at_chance_is_called_diverged_and_keeps_its_initial_weights(mnist):
    config = preset("dlfs", subset=1000, iterations=10, lr=1e-7)
    net, records = run(config, mnist)
    finished = records[-1]
    assert finished.diverged and "no better than chance" in finished.message
    assert "initial weights" in finished.message
    assert finished.hint == "learning rate 1e-07 is too low to get anywhere in this run; " \
                            "the dlfs preset uses 0.1"
    np.testing.assert_array_equal(net.weights[0], config.make_network().weights[0])


def test_a_slow_start_whose_loss_falls_gets_its_next_epoch(mnist):
    # The book's network barely moves in its first 20 batches, then learns.
    config = preset("dlfs", subset=2000, iterations=400)
    _, records = run(config, mnist)
    finished = records[-1]
    assert finished.reason == "done", finished.message
    assert finished.history[-1].test_accuracy > 0.5


def test_a_blown_up_run_is_caught_from_the_untrained_loss_not_its_first_batches(mnist):
    from engine.training.divergence import DivergenceWatch

    watch = DivergenceWatch(baseline=2.3)
    problems = [watch.check(50.0) for _ in range(20)]  # blown up from the first batch on
    assert problems[-1] and "rose from 2.3 to 50" in problems[-1]
    unanchored = DivergenceWatch()
    assert all(unanchored.check(50.0) is None for _ in range(40))  # the old blind spot


def test_without_a_subset_the_train_figures_are_on_10000_mnist_training_digits(mnist):
    config = preset("dlfs", epochs=1)
    images, labels = train_digits(config, mnist[0])
    expected = clean_train_sample(mnist[0], config.seed)
    np.testing.assert_array_equal(labels, expected[1])
    assert len(labels) == TRAIN_SAMPLE
