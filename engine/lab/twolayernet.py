"""The book's TwoLayerNet (Deep Learning from Scratch, 4.5) and its gradient check (5.7.3).

784-50-10, sigmoid hidden layer, softmax output, cross-entropy with the
book's delta; weights ``0.01 * randn``, biases zero. Its gradient two ways:
numerically (two forward passes per parameter: seconds for 40,000 of them)
and by backpropagation (one forward and one backward pass: a millisecond).
The parameters keep the book's names W1 b1 W2 b2, the names the lab reports.
"""
import time

import numpy as np

from ..data.mnist import load_mnist
from ..insight.gradcheck import numerical_gradient
from .activations import sigmoid_stable, softmax_stable
from .losses import DELTA, cross_entropy_error

PARAMETERS = ("W1", "b1", "W2", "b2")


class StopRequested(Exception):
    """Raised from a ``progress`` callback to end a long numerical gradient early."""


class TwoLayerNet:
    """The book's network in float64.

    Parameters
    ----------
    input_size, hidden_size, output_size : int
    weight_init_std : float
    seed : int
    delta : float
        Added inside the loss's log (the book's 1e-7). Backprop differentiates
        ``-sum(t log y)`` without it, as the book's does: with the delta the two
        gradients differ by about delta / y (~1e-6) of the output layer's gradient,
        which is most of the difference the check finds in W2 and b2; with
        ``delta=0`` only rounding is left.
    """

    def __init__(self, input_size=784, hidden_size=50, output_size=10, weight_init_std=0.01,
                 seed=0, delta=DELTA):
        self.delta = delta
        rng = np.random.default_rng(seed)
        self.params = {
            "W1": weight_init_std * rng.standard_normal((input_size, hidden_size)),
            "b1": np.zeros(hidden_size),
            "W2": weight_init_std * rng.standard_normal((hidden_size, output_size)),
            "b2": np.zeros(output_size),
        }

    def predict(self, x):
        """Probabilities, shape (batch, output_size), for ``x`` of shape (batch, input_size)."""
        p = self.params
        z1 = sigmoid_stable(x @ p["W1"] + p["b1"])
        return softmax_stable(z1 @ p["W2"] + p["b2"])

    def loss(self, x, t):
        """Mean cross-entropy; ``t`` one-hot, shape (batch, output_size)."""
        return cross_entropy_error(self.predict(x), t, self.delta)

    def numerical_gradient(self, x, t, progress=None):
        """Central differences (h = 1e-4) for every parameter: {name: ndarray like it}.

        ``progress(fraction)`` is called every few hundred loss evaluations; it may
        raise (e.g. ``StopRequested``) to end the computation.
        """
        total = 2 * sum(v.size for v in self.params.values())
        count = [0]

        def loss(_):
            count[0] += 1
            if progress is not None and count[0] % 500 == 0:
                progress(count[0] / total)
            return self.loss(x, t)

        return {name: numerical_gradient(loss, self.params[name]) for name in PARAMETERS}

    def gradient(self, x, t):
        """Backpropagation, as the book's ``gradient``: {name: ndarray like it}.

        It differentiates ``-sum(t log y)`` exactly, without the delta the loss adds
        inside the log (see the class).
        """
        p = self.params
        a1 = x @ p["W1"] + p["b1"]
        z1 = sigmoid_stable(a1)
        y = softmax_stable(z1 @ p["W2"] + p["b2"])
        dy = (y - t) / len(x)
        da1 = (dy @ p["W2"].T) * z1 * (1.0 - z1)
        return {"W1": x.T @ da1, "b1": da1.sum(axis=0), "W2": z1.T @ dy, "b2": dy.sum(axis=0)}


def book_batch(size=3):
    """The first ``size`` MNIST training digits as the book's gradient_check.py takes them:
    ``x`` float64 (size, 784) in [0, 1] and one-hot ``t`` (size, 10)."""
    if not 1 <= size <= 100:
        raise ValueError(f"the batch must hold 1 to 100 digits, not {size}")
    images, labels = load_mnist("train")
    x = images[:size].reshape(size, -1).astype(np.float64) / 255.0
    return x, np.eye(10)[labels[:size]]


def gradient_comparison(batch=3, seed=0, delta=DELTA, progress=None):
    """Numerical gradient against backprop on the book's TwoLayerNet and batch.

    Returns a dict: ``difference`` ({W1, b1, W2, b2: largest absolute difference}),
    ``seconds_numerical`` and ``seconds_backprop`` (one whole gradient each way) and
    ``batch`` and ``delta``. ``delta`` goes into the loss (see ``TwoLayerNet``);
    ``progress`` as in ``TwoLayerNet.numerical_gradient``.
    """
    net = TwoLayerNet(seed=seed, delta=delta)
    x, t = book_batch(batch)
    t0 = time.perf_counter()
    numerical = net.numerical_gradient(x, t, progress)
    seconds_numerical = time.perf_counter() - t0
    # Backprop takes about a millisecond: the best of several runs is a fair figure.
    times = []
    for _ in range(20):
        t0 = time.perf_counter()
        backprop = net.gradient(x, t)
        times.append(time.perf_counter() - t0)
    return {"difference": {k: float(np.max(np.abs(numerical[k] - backprop[k])))
                           for k in PARAMETERS},
            "seconds_numerical": seconds_numerical, "seconds_backprop": min(times),
            "batch": batch, "delta": delta}
