"""A run's batches, shuffled, gathered and augmented a few ahead in a thread of their own.

The augmentation of the default recipe (warp, elastic field, stroke width)
took a third of each step when it ran between the network's steps. NumPy
lets go of the interpreter lock inside its loops and BLAS calls, so a
thread preparing batch k+1 overlaps with the network's step on batch k.

The thread draws from the run's one generator in the order the loop did:
each epoch's shuffle, then each batch's augmentation, batch after batch.
A seed therefore gives the same run, digit for digit, with or without it.
"""
import queue
import threading

AHEAD = 3  # batches prepared ahead: enough to ride out a slow one, little memory (3 x 400 KB)


def epoch_batches(epoch, per_epoch, steps):
    """How many batches epoch ``epoch`` (1-based) of a run of ``steps`` batches has."""
    return max(min(per_epoch, steps - (epoch - 1) * per_epoch), 0)


class BatchFeed:
    """A run's batches, ``per_epoch`` an epoch and ``steps`` in all, prepared by ``prepare``.

    x_all : float32 (N, 784), pixels in [0, 1]; y_all : (N,) labels
    prepare : ``prepare(x, rng)`` -> the batch the network trains on (may change ``x``)
    Iterate ``epoch()`` once per epoch; ``close()`` ends the thread early.
    """

    def __init__(self, x_all, y_all, batch, per_epoch, steps, prepare, rng):
        self._queue = queue.Queue(maxsize=AHEAD)
        self._closed = threading.Event()
        self._thread = threading.Thread(
            target=self._produce, args=(x_all, y_all, batch, per_epoch, steps, prepare, rng),
            name="batch-feed", daemon=True)
        self._thread.start()

    def epoch(self, batches):
        """The next epoch's ``batches`` batches: ``(x, labels)``, in the planned order."""
        for _ in range(batches):
            item = self._queue.get()
            if isinstance(item, BaseException):
                raise item
            yield item

    def close(self):
        """Stop preparing (a stop, a divergence, the consumer gone) and let the thread end."""
        self._closed.set()
        while self._thread.is_alive():
            try:  # make room, so that a thread blocked on a full queue sees the flag
                self._queue.get(timeout=0.05)
            except queue.Empty:
                pass

    def _produce(self, x_all, y_all, batch, per_epoch, steps, prepare, rng):
        try:
            epoch = 1
            while epoch_batches(epoch, per_epoch, steps):
                order = rng.permutation(len(x_all))
                for b in range(epoch_batches(epoch, per_epoch, steps)):
                    idx = order[b * batch:(b + 1) * batch]
                    if not self._put((prepare(x_all[idx], rng), y_all[idx])):
                        return
                epoch += 1
        except BaseException as exc:  # noqa: BLE001  (raised again in the training loop)
            self._put(exc)

    def _put(self, item):
        while not self._closed.is_set():
            try:
                self._queue.put(item, timeout=0.05)
                return True
            except queue.Full:
                pass
        return False
