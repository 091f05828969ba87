"""The batch feed: the loop's own batches, made ahead in a thread, and a thread that ends."""
import numpy as np
import pytest

from engine.training.batches import BatchFeed, epoch_batches


def _prepare(x, rng):
    x += rng.random(x.shape, dtype=np.float32)  # stands for the augmentation: draws per batch
    return x


def test_the_batches_are_those_of_the_plain_loop_in_order():
    x_all = np.arange(50 * 3, dtype=np.float32).reshape(50, 3)
    y_all = np.arange(50)
    per_epoch, steps, batch = 5, 12, 10  # two whole epochs and two batches of a third
    feed = BatchFeed(x_all, y_all, batch, per_epoch, steps, _prepare, np.random.default_rng(4))
    got = [b for e in (1, 2, 3) for b in feed.epoch(epoch_batches(e, per_epoch, steps))]
    feed.close()
    rng = np.random.default_rng(4)  # the loop as it was: shuffle, then each batch's draws
    want = []
    for e in (1, 2, 3):
        order = rng.permutation(50)
        for b in range(epoch_batches(e, per_epoch, steps)):
            idx = order[b * batch:(b + 1) * batch]
            want.append((_prepare(x_all[idx], rng), y_all[idx]))
    assert [epoch_batches(e, per_epoch, steps) for e in (1, 2, 3, 4)] == [5, 5, 2, 0]
    assert len(got) == len(want) == 12
    for (gx, gy), (wx, wy) in zip(got, want):
        np.testing.assert_array_equal(gx, wx)
        np.testing.assert_array_equal(gy, wy)
    assert x_all[0, 0] == 0  # the training set itself is never changed


def test_close_ends_a_thread_that_waits_on_a_full_queue():
    x_all = np.zeros((1000, 4), np.float32)
    feed = BatchFeed(x_all, np.zeros(1000), 10, 100, 10 ** 9, _prepare, np.random.default_rng(0))
    next(feed.epoch(1))
    feed.close()
    assert not feed._thread.is_alive()


def test_an_error_while_preparing_reaches_the_loop():
    def broken(x, rng):
        raise MemoryError("no room for the batch")

    feed = BatchFeed(np.zeros((20, 4), np.float32), np.zeros(20), 5, 4, 8, broken,
                     np.random.default_rng(0))
    with pytest.raises(MemoryError, match="no room"):
        list(feed.epoch(4))
    feed.close()
