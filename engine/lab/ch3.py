"""The book's chapter-3 network (``dlfs-ch3``): its test accuracy and batch inference.

Deep Learning from Scratch, 3.6: the pretrained 784-50-100-10 sigmoid network
scores 0.9352 on the 10,000 MNIST test digits, read one at a time
(``neuralnet_mnist.py``) or in batches of 100 (``neuralnet_mnist_batch.py``);
the batches give the same answers, many times faster.
"""
import time

import numpy as np

from ..data.mnist import load_mnist
from ..nn.model_io import load_model

MODEL = "dlfs-ch3"
BOOK_BATCH = 100
BATCH_SIZES = (1, 10, 100, 1000)  # the sizes the lab times; 1 is "one at a time"


def mnist_test_inputs():
    """The MNIST test set as the book normalises it: ``x`` float32 (10000, 784) in [0, 1]
    (pixel / 255) and the labels, shape (10000,)."""
    images, labels = load_mnist("test")
    return images.reshape(len(images), -1).astype(np.float32) / np.float32(255), labels


def read_in_batches(net, x, batch, should_stop=None):
    """The predicted labels of ``x`` (N, 784), ``batch`` digits per forward pass.

    ``batch`` = 1 is the book's loop over single digits. ``should_stop()``, if given,
    is asked every 100 passes; when it says True the reading ends early (returns None).
    """
    if batch < 1:
        raise ValueError(f"batch must be 1 or more, not {batch}")
    out = np.empty(len(x), dtype=np.int64)
    for n, i in enumerate(range(0, len(x), batch)):
        if should_stop is not None and n % 100 == 0 and should_stop():
            return None
        out[i:i + batch] = np.argmax(net.forward(x[i:i + batch]), axis=-1)
    return out


def ch3_run(batch_sizes=BATCH_SIZES, repeats=3, progress=None, should_stop=None):
    """Load ``dlfs-ch3``, read the whole test set with each batch size, and time it.

    Each reading is timed ``repeats`` times and the fastest kept: on a shared machine
    a single run can be slowed by anything else that runs. ``progress(fraction)`` is
    called after each reading. Returns a dict: ``accuracy`` (float, from the
    one-at-a-time reading, as the book counts it), ``seconds`` ({batch size: seconds
    for all 10,000 digits}) and ``same_answers`` (True when every batch size gave
    the same labels); None when stopped.
    """
    net = load_model(MODEL)
    x, labels = mnist_test_inputs()
    seconds, answers = {}, []
    total, done = len(batch_sizes) * repeats, 0
    for batch in batch_sizes:
        for _ in range(repeats):
            t0 = time.perf_counter()
            predicted = read_in_batches(net, x, batch, should_stop)
            if predicted is None:
                return None
            seconds[batch] = min(seconds.get(batch, np.inf), time.perf_counter() - t0)
            done += 1
            if progress is not None:
                progress(done / total)
        answers.append(predicted)
    return {"accuracy": float(np.mean(answers[0] == labels)), "seconds": seconds,
            "same_answers": all(np.array_equal(a, answers[0]) for a in answers)}


def speedup(seconds, batch=BOOK_BATCH):
    """Seconds one at a time / seconds in batches of ``batch`` (from ``ch3_run``'s ``seconds``)."""
    return seconds[1] / seconds[batch]
