"""Why the network reads one input as it does: every layer's values and the pixels that decided.

One forward and one backward pass of a single sample, written from the
network's weights rather than through its ``Dense`` layers: those cache their
input and write their parameters' ``grad`` buffers, and a network being
trained or read elsewhere must not see either change. The activation and
output functions are the network's own (fresh instances, so nothing shared
is touched). Arithmetic is in the network's dtype, the same as the canvas
reading, so the probabilities here are the ones the window shows.
"""
from dataclasses import dataclass

import numpy as np

from ..nn.layers import ACTIVATIONS, OUTPUTS

PIXELS = 784
_RANGE_SLACK = 1e-6  # float noise from resampling may leave a pixel at 1.0000001


@dataclass(frozen=True, eq=False)
class Explanation:
    """One input's forward pass, layer by layer, and each pixel's share in one class's score.

    Attributes
    ----------
    pixels : ndarray, shape (784,)
        The input as given, in [0, 1].
    inputs : ndarray, shape (784,)
        What the first layer receives: ``pixels`` after the network's input
        scaling (Rashid's 0.01..1.0), the book's ``x``.
    pre_activations : list of ndarray, each shape (units,)
        One per hidden layer: ``a = x W + b`` (``b`` absent without biases).
    activations : list of ndarray, same shapes
        ``z = h(a)`` with the network's hidden activation ``h``.
    scores : ndarray, shape (10,)
        The output units' inputs, before softmax or sigmoid.
    outputs : ndarray, shape (10,)
        The output layer's values: softmax, or ten independent sigmoids.
    probabilities : ndarray, shape (10,)
        As the window shows them: ``outputs``, a sigmoid network's
        normalised to shares that sum to 1 (as ``Network.predict_proba``).
    predicted : int
        The class with the largest probability.
    label : int
        The class explained: ``predicted``, or the ``target`` asked for.
    gradient : ndarray, shape (784,)
        d scores[label] / d pixel, through the input scaling.
    saliency : ndarray, shape (28, 28)
        ``pixels * gradient``, signed: positive pixels push toward ``label``.
    contributions : ndarray, shape (units,)
        The terms ``z[j] * W[j, label]`` of the last layer (the scaled
        pixels' terms for a network without hidden layers): with ``bias``
        they sum to ``scores[label]``.
    bias : float
        The output bias of ``label`` (0.0 without biases).
    """

    pixels: np.ndarray
    inputs: np.ndarray
    pre_activations: list
    activations: list
    scores: np.ndarray
    outputs: np.ndarray
    probabilities: np.ndarray
    predicted: int
    label: int
    gradient: np.ndarray
    saliency: np.ndarray
    contributions: np.ndarray
    bias: float


def explain(net, x, target=None):
    """The forward pass of ``net`` on one input, and the saliency of the shown class.

    Parameters
    ----------
    net : Network
        Any network of the app (784 inputs; sigmoid, tanh or ReLU; with or
        without biases; any input scaling).
    x : array-like, shape (784,), (1, 784) or (28, 28)
        Pixels in [0, 1] as the canvas gives them (uint8 0..255 is divided
        by 255).
    target : int, optional
        The class to explain ("why not a 7?"); the predicted one if None.

    Returns
    -------
    Explanation

    Raises
    ------
    ValueError
        For a network without 784 inputs, an input of another shape,
        non-finite or out-of-range pixels, or a target that is no class.
    """
    if net.sizes[0] != PIXELS:
        raise ValueError(f"explain needs a network with 784 inputs (28x28 pixels), "
                         f"not {net.sizes[0]}")
    pixels = _one_input(x, net.dtype)
    classes = net.sizes[-1]
    inputs = net.scale_inputs(pixels)

    pre, post, hidden = [], [], []
    z = inputs
    for dense in net.dense[:-1]:
        a = _affine(z, dense)
        act = ACTIVATIONS[net.hidden_activation]()  # caches its output for the backward pass
        z = act.forward(a.copy())
        pre.append(a)
        post.append(z)
        hidden.append(act)
    last = net.dense[-1]
    scores = _affine(z, last)
    outputs = OUTPUTS[net.output_activation]().forward(scores.copy().reshape(1, -1))[0]
    probabilities = outputs.copy()
    if OUTPUTS[net.output_activation].independent:
        probabilities /= max(float(probabilities.sum()), 1e-12)
    predicted = int(np.argmax(probabilities))
    label = predicted if target is None else _class(target, classes)

    # d scores[label] / d z of the last hidden layer is that unit's column of weights.
    weights = last.weight.value[:, label]
    grad = weights.copy()
    for dense, act in zip(net.dense[-2::-1], hidden[::-1]):
        grad = dense.weight.value @ act.backward(grad)
    lo, hi = net.input_scale
    grad = grad * net.dtype.type(hi - lo)  # chain rule through the input scaling
    return Explanation(
        pixels=pixels, inputs=inputs, pre_activations=pre, activations=post, scores=scores,
        outputs=outputs, probabilities=probabilities, predicted=predicted, label=label,
        gradient=grad, saliency=(pixels * grad).reshape(28, 28),
        contributions=z * weights,
        bias=0.0 if last.bias is None else float(last.bias.value[label]))


def _affine(x, dense):
    """x : ndarray, shape (fan_in,) -> x W + b, shape (fan_out,), a new array."""
    a = x @ dense.weight.value
    if dense.bias is not None:
        a += dense.bias.value
    return a


def _one_input(x, dtype):
    """``x`` as a flat (784,) array of ``dtype`` in [0, 1], or a ValueError saying why not."""
    a = np.asarray(x)
    if a.dtype == object or not (np.issubdtype(a.dtype, np.number) or a.dtype == np.bool_) \
            or np.iscomplexobj(a):
        raise ValueError(f"explain takes pixel values (numbers), not dtype {a.dtype}")
    if a.shape not in ((PIXELS,), (1, PIXELS), (28, 28)):
        raise ValueError(f"explain takes one input of 784 pixels, shape (784,), (1, 784) or "
                         f"(28, 28), not shape {a.shape}")
    flat = a.reshape(PIXELS).astype(dtype)
    if a.dtype == np.uint8:
        flat /= dtype.type(255)
    if not np.isfinite(flat).all():
        raise ValueError("the input holds NaN or infinite pixel values")
    if flat.min() < -_RANGE_SLACK or flat.max() > 1 + _RANGE_SLACK:
        raise ValueError(f"pixels must be in [0, 1] as the canvas gives them, not "
                         f"{float(flat.min()):.3g}..{float(flat.max()):.3g}")
    return np.clip(flat, 0, 1, out=flat)


def _class(target, classes):
    if isinstance(target, (bool, np.bool_)) or not isinstance(target, (int, np.integer)) \
            or not 0 <= int(target) < classes:
        raise ValueError(f"target must be a class 0..{classes - 1}, not {target!r}")
    return int(target)
