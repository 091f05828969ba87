import math

import numpy as np
import pytest

import engine
from engine import BatchStats, EpochStats, Finished, preset


@pytest.fixture(scope="module")
def mnist():
    return engine.load_mnist("train"), engine.load_mnist("test")


def run(config, mnist, **kw):
    net = config.make_network()
    records = list(engine.train(net, config, mnist[0], mnist[1], **kw))
    return net, records


def test_records_come_in_order_and_end_with_finished(mnist):
    config = preset("default", subset=2000, epochs=2, layers=(784, 32, 10))
    _, records = run(config, mnist)
    assert isinstance(records[-1], Finished) and records[-1].reason == "done"
    epochs = [r for r in records if isinstance(r, EpochStats)]
    assert [e.epoch for e in epochs] == [0, 1, 2]
    batches = [r for r in records if isinstance(r, BatchStats)]
    assert len(batches) == 2 * (2000 // 128)
    assert all(math.isfinite(b.loss) for b in batches)
    assert epochs[-1].eta == 0 and epochs[1].eta > 0
    assert records[-1].history == epochs[1:] and records[-1].initial == epochs[0]


def test_rashid_preset_learns_in_one_short_epoch(mnist):
    config = preset("rashid", subset=3000, epochs=1)
    net, records = run(config, mnist)
    assert net.input_scale == (0.01, 1.0) and net.biases is None
    assert records[-2].test_accuracy > 0.8


def test_dlfs_preset_learns_in_the_books_first_epoch(mnist):
    # The book: 600 iterations (one epoch) of batch 100 lift accuracy from 0.1 to ~0.8.
    config = preset("dlfs", iterations=600)
    _, records = run(config, mnist)
    epochs = [r for r in records if isinstance(r, EpochStats)]
    assert len(epochs) == 2 and epochs[1].test_accuracy > 0.6


def test_default_preset_moves_the_right_way(mnist):
    config = preset("default", subset=6000, epochs=3, layers=(784, 128, 10))
    _, records = run(config, mnist)
    epochs = [r for r in records if isinstance(r, EpochStats)]
    assert epochs[-1].test_accuracy > 0.85
    assert epochs[-1].loss < epochs[1].loss


def test_same_seed_same_weights(mnist):
    config = preset("default", subset=600, epochs=1, layers=(784, 16, 10))
    a, _ = run(config, mnist)
    b, _ = run(config, mnist)
    np.testing.assert_array_equal(a.weights[0], b.weights[0])


def _train_until(config, mnist, batches):
    net = config.make_network()
    seen = []
    records = []
    for r in engine.train(net, config, *mnist, should_stop=lambda: len(seen) >= batches):
        records.append(r)
        if isinstance(r, BatchStats):
            seen.append(r)
    return net, records


def test_stop_keeps_the_weights_of_the_last_finished_batch(mnist):
    config = preset("default", subset=3000, epochs=5, layers=(784, 16, 10))
    net, records = _train_until(config, mnist, 3)
    assert records[-1].reason == "stopped" and records[-1].steps_done == 3
    # A run stopped after 4 batches took one more step: the stop lost nothing, added nothing.
    net4, _ = _train_until(config, mnist, 4)
    net3, _ = _train_until(config, mnist, 3)
    np.testing.assert_array_equal(net.weights[0], net3.weights[0])
    assert not np.array_equal(net.weights[0], net4.weights[0])


def test_a_diverging_run_stops_and_keeps_finite_weights(mnist):
    config = preset("default", subset=2000, epochs=3, layers=(784, 32, 10), lr=1e4,
                    schedule="constant", warmup_epochs=0)
    net, records = run(config, mnist)
    finished = records[-1]
    assert finished.diverged and "10000" in finished.message
    assert finished.hint == "learning rate 10000 is far too high; the default preset uses 0.05"
    assert all(np.isfinite(w).all() for w in net.weights)
    assert np.isfinite(net.predict_proba(engine.to_inputs(mnist[1][0][:10]))).all()


def test_a_loss_that_climbs_far_above_its_start_counts_as_divergence():
    from engine.training.divergence import DivergenceWatch

    watch = DivergenceWatch()
    assert all(watch.check(2.3) is None for _ in range(10))
    assert all(watch.check(1.0) is None for _ in range(40))  # learning: fine
    problems = [watch.check(14.0) for _ in range(40)]
    assert problems[-1] and "rose from 2.3" in problems[-1]
    assert watch.check(float("nan")) == "the loss became nan"
