"""Teach the network a few digits of your own without forgetting MNIST."""
import numpy as np

from ..data.preprocess import to_inputs
from ..errors import TeachError
from .config import TrainConfig
from .divergence import weights_finite
from .loop import Stepper

OWN_PER_STEP = 32


def teach(net, images, labels, mnist=None, steps=25, lr=0.02, mnist_per_step=64, seed=0):
    """A few gradient steps on the user's digits mixed with MNIST samples.

    The steps are the training loop's own (``loop.Stepper``): plain SGD on
    the targets the network's loss calls for, with the same guard against
    a diverging loss.

    Parameters
    ----------
    net : Network, changed in place
    images : ndarray, (n, 28, 28), pixels in [0, 1] (float) or 0..255 (uint8);
        the last one is the newest and takes part in every step
    labels : ndarray, (n,) digits
    mnist : (images, labels), optional
        Samples mixed into every step, so that a handful of personal digits
        pulls the network toward them without overwriting what it knew.

    Returns the loss of the last step. Raises ``TeachError`` when a step
    blows the network up (its loss or weights become NaN or infinite, or
    the loss climbs far above its start): the weights are then put back
    exactly as they were.
    """
    y_own = np.asarray(labels).astype(np.intp)
    if not len(y_own):
        raise ValueError("nothing to learn from: no digits given")
    x_own = to_inputs(np.asarray(images).reshape(len(images), 28, 28))
    rng = np.random.default_rng(seed)
    # The network as it is, plain SGD; targets as its loss wants them (Rashid's 0.01/0.99
    # for squared error on sigmoid outputs), smoothed as it was trained, no augmentation,
    # a constant rate.
    recipe = TrainConfig(
        layers=tuple(net.sizes), hidden_activation=net.hidden_activation,
        output_activation=net.output_activation, loss=net.loss.name,
        target_range=net.loss.target_range, input_scale=net.input_scale, optimizer="sgd",
        lr=lr, seed=seed, label_smoothing=_own_smoothing(net)).validate()
    before = [p.value.copy() for p in net.parameters()]
    stepper = Stepper(net, recipe, steps)
    loss, problem = float("nan"), None
    for _ in range(steps):
        x, y = _mixed_batch(x_own, y_own, mnist, mnist_per_step, rng)
        result = stepper.step(x, y, rng)
        if result is None:
            problem = stepper.problem
            break
        loss = result[0]
    if problem is None and not weights_finite(net):
        problem = "the weights became NaN or infinite"  # the last step is checked by no later loss
    if problem is not None:
        for p, saved in zip(net.parameters(), before):
            p.value[...] = saved
        raise TeachError(f"could not teach this network: {problem} (its weights are too large "
                         "or too wild to learn from); it was left as it was")
    return loss


def _own_smoothing(net):
    """The label smoothing the network was trained with (its model file's recipe), else 0.

    Hard 0/1 targets on a network trained toward 0.9 push every output it is
    sure of further out: the bundled model lost 0.3 points of MNIST over five
    Learns that way, 0.1 with its own targets.
    """
    value = (net.meta.get("recipe") or {}).get("label_smoothing", 0.0)
    ok = isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value < 1
    return float(value) if ok else 0.0


def _mixed_batch(x_own, y_own, mnist, mnist_per_step, rng):
    """The user's digits (at most OWN_PER_STEP, always the newest) and random MNIST samples."""
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
    return x, y
