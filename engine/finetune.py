"""Teach the network a few digits of your own without forgetting MNIST."""
import numpy as np

from .optim import SGD
from .training import target_table, to_inputs

OWN_PER_STEP = 32


def teach(net, images, labels, mnist=None, steps=25, lr=0.02, mnist_per_step=64, seed=0):
    """A few gradient steps on the user's digits mixed with MNIST samples.

    Parameters
    ----------
    net : Network, changed in place
    images : ndarray, (n, 28, 28), pixels in [0, 1] (float) or 0..255 (uint8);
        the last one is the newest and takes part in every step
    labels : ndarray, (n,) digits
    mnist : (images, labels), optional
        Samples mixed into every step, so that a handful of personal digits
        pulls the network toward them without overwriting what it knew.

    Returns the loss of the last step.
    """
    x_own = to_inputs(np.asarray(images).reshape(len(images), 28, 28))
    y_own = np.asarray(labels).astype(np.intp)
    if not len(y_own):
        raise ValueError("nothing to learn from: no digits given")
    rng = np.random.default_rng(seed)
    # Rashid's 0.01/0.99 targets for sigmoid outputs, one-hot for softmax.
    lo, hi = (0.01, 0.99) if net.output_activation == "sigmoid" else (0.0, 1.0)
    table = target_table(net.layers[-1], lo, hi)
    optimizer = SGD(net.parameters(), lr)
    loss = float("nan")
    for _ in range(steps):
        own = np.arange(len(y_own))
        if len(own) > OWN_PER_STEP:
            own = np.append(rng.choice(len(y_own) - 1, OWN_PER_STEP - 1, replace=False), len(y_own) - 1)
        # Repeat the user's digits until they are about half of the batch: a
        # duplicate counts like a weight in the mean gradient.
        repeats = max(1, mnist_per_step // len(own)) if mnist is not None else 1
        idx = np.tile(own, repeats)
        x, y = x_own[idx], y_own[idx]
        if mnist is not None and mnist_per_step:
            pick = rng.integers(0, len(mnist[1]), mnist_per_step)
            x = np.concatenate([x, to_inputs(mnist[0][pick])])
            y = np.concatenate([y, np.asarray(mnist[1][pick]).astype(np.intp)])
        loss, _ = net.loss_and_gradients(net.scale_inputs(x), table[y])
        optimizer.step()
    return loss
