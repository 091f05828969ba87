"""Numerical gradients (Deep Learning from Scratch, ch. 4) checked against backprop."""
import numpy as np

from ..data.mnist import load_mnist
from ..data.preprocess import to_inputs
from ..nn.layers import ACTIVATIONS, OUTPUTS
from ..nn.losses import LOSSES
from ..nn.network import Network


def numerical_gradient(f, x, h=1e-4):
    """Central difference ``(f(x+h) - f(x-h)) / 2h`` for every element of ``x``.

    ``x`` is changed in place during the call and restored afterwards.
    """
    grad = np.zeros_like(x, dtype=np.float64)
    it = np.nditer(x, flags=["multi_index"], op_flags=[["readwrite"]])
    for _ in it:
        i = it.multi_index
        saved = x[i]
        x[i] = saved + h
        up = f(x)
        x[i] = saved - h
        down = f(x)
        x[i] = saved
        grad[i] = (up - down) / (2 * h)
    return grad


def relative_error(a, b):
    """``|a - b| / (|a| + |b|)`` over the whole tensor (norms, so tiny entries don't blow up)."""
    denom = np.linalg.norm(a) + np.linalg.norm(b)
    return float(np.linalg.norm(a - b) / denom) if denom > 0 else 0.0


def gradient_check(net, x, targets):
    """Compare backprop with numerical gradients for every parameter of ``net``.

    Use a float64 network: in float32 the central difference itself is only
    good to about 1e-3. Returns ``{param name: relative error}``.
    """
    x = np.asarray(x, dtype=net.dtype)
    net.loss_and_gradients(x.copy(), targets)
    analytic = {p.name: p.grad.copy() for p in net.parameters()}

    def loss(_):
        return net.loss_value(x, targets)

    return {p.name: relative_error(numerical_gradient(loss, p.value), analytic[p.name])
            for p in net.parameters()}


# Backprop "agrees" with the numerical gradient below this relative error; float64 gives ~2e-9.
TOLERANCE = 1e-6


def gradient_check_report(net, digits=3, hidden=16, seed=0):
    """Gradient-check a small float64 copy of ``net``'s architecture on MNIST test digits.

    The copy is ``784-hidden-10`` with ``net``'s activations, loss, biases (or
    none) and input scaling, initialised afresh (xavier, ``seed``): checking
    12,000 parameters takes a second or two, checking ``net`` itself would take
    hours. ``net`` is only read. Returns ``{param name: (shape, relative error)}``,
    input side first; a check passes when every error is below ``TOLERANCE``.
    """
    small = Network([net.sizes[0], hidden, net.sizes[-1]], net.hidden_activation,
                    net.output_activation, init="xavier", seed=seed, loss=net.loss,
                    bias=net.biases is not None, input_scale=net.input_scale, dtype=np.float64)
    images, labels = load_mnist("test")
    x = small.scale_inputs(to_inputs(images[:digits]))
    lo, hi = small.loss.target_range
    targets = lo + (hi - lo) * np.eye(net.sizes[-1])[labels[:digits]]
    errors = gradient_check(small, x, targets)
    return {p.name: (p.value.shape, errors[p.name]) for p in small.parameters()}


# Every hidden activation with every output and every loss, on tiny float64 nets.
CHECK_CASES = [(h, o, l) for h in ACTIVATIONS for o in OUTPUTS for l in LOSSES]


def check_all(seed=0, sizes=(12, 9, 7, 10), batch=5):
    """Gradient-check every layer type; returns a list of per-case results."""
    rng = np.random.default_rng(seed)
    results = []
    for hidden, output, loss in CHECK_CASES:
        net = Network(sizes, hidden, output, init="xavier", seed=seed, loss=loss, dtype=np.float64)
        for b in net.biases:
            b[...] = rng.normal(0, 0.1, b.shape)
        x = rng.random((batch, sizes[0]))
        targets = np.eye(sizes[-1])[rng.integers(0, sizes[-1], batch)]
        errors = gradient_check(net, x, targets)
        results.append({"hidden": hidden, "output": output, "loss": loss,
                        "errors": errors, "max_relative_error": max(errors.values())})
    return results
