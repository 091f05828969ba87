"""Layers: each a small object with ``forward`` and ``backward``.

Activations work in place on the dense layer's output (nobody else needs it),
and with ``out=`` buffers the training path allocates nothing per batch for
the big arrays.
"""
import numpy as np
from scipy.special import expit


class Param:
    """A parameter tensor and its gradient, side by side."""

    def __init__(self, value, name):
        self.value = value
        self.grad = np.zeros_like(value)
        self.name = name

    def __repr__(self):
        return f"Param({self.name}, shape={self.value.shape})"


class Dense:
    """``y = x @ W + b`` with ``W`` of shape (fan_in, fan_out)."""

    def __init__(self, weight, bias=None, index=0):
        self.weight = Param(weight, f"W{index}")
        self.bias = None if bias is None else Param(bias, f"b{index}")
        self._x = None

    def parameters(self):
        return [self.weight] if self.bias is None else [self.weight, self.bias]

    def forward(self, x, out=None):
        """x : ndarray, shape (batch, fan_in) -> (batch, fan_out)."""
        self._x = x
        out = np.matmul(x, self.weight.value, out=out)
        if self.bias is not None:
            out += self.bias.value
        return out

    def backward(self, grad, out=None, need_input_grad=True):
        """grad : ndarray, shape (batch, fan_out) -> gradient w.r.t. x, or None."""
        if len(grad) == 1:
            # One sample (Rashid's batch 1): an outer product. As a GEMM with
            # an inner size of 1 it costs ten times more.
            np.multiply(self._x.reshape(-1, 1), grad, out=self.weight.grad)
        else:
            np.matmul(self._x.T, grad, out=self.weight.grad)
        if self.bias is not None:
            np.sum(grad, axis=0, out=self.bias.grad)
        if not need_input_grad:
            # The first layer's input is the image: nobody needs its gradient,
            # and skipping it saves a third of that layer's backward cost.
            return None
        return np.matmul(grad, self.weight.value.T, out=out)


class ReLU:
    def forward(self, z):
        self._y = np.maximum(z, 0, out=z)
        return self._y

    def backward(self, grad):
        # No inverse and no curvature: the gradient passes where the unit fired.
        return np.multiply(grad, self._y > 0, out=grad)


class Sigmoid:
    def forward(self, z):
        self._y = expit(z, out=z)
        return self._y

    def backward(self, grad):
        y = self._y
        grad *= y
        grad *= 1 - y
        return grad


class Tanh:
    def forward(self, z):
        self._y = np.tanh(z, out=z)
        return self._y

    def backward(self, grad):
        y = self._y
        grad *= 1 - y * y
        return grad


ACTIVATIONS = {"relu": ReLU, "sigmoid": Sigmoid, "tanh": Tanh}


class SoftmaxOutput:
    """Softmax output; with cross-entropy its backward is ``(p - t) / batch``."""

    name = "softmax"

    def forward(self, z):
        z -= z.max(axis=1, keepdims=True)  # exp of a large logit overflows
        np.exp(z, out=z)
        z /= z.sum(axis=1, keepdims=True)
        return z

    def loss(self, p, t, kind):
        if kind == "ce":
            # clip at 1e-7: log(0) is -inf for a confidently wrong answer
            return float(-np.sum(t * np.log(np.maximum(p, 1e-7))) / len(p))
        return float(0.5 * np.sum((p - t) ** 2) / len(p))

    def backward(self, p, t, kind):
        """Gradient of the mean loss w.r.t. the logits, written over ``p``."""
        n = len(p)
        if kind == "ce":
            p -= t
            p *= 1.0 / n
            return p
        g = (p - t) / n
        # Softmax Jacobian-vector product: p * (g - <g, p>).
        g -= np.sum(g * p, axis=1, keepdims=True)
        np.multiply(g, p, out=p)
        return p


class SigmoidOutput:
    """Sigmoid output units, each a yes/no for its digit (Rashid's network)."""

    name = "sigmoid"

    def forward(self, z):
        return expit(z, out=z)

    def loss(self, y, t, kind):
        if kind == "ce":
            y = np.clip(y, 1e-7, 1 - 1e-7)
            return float(-np.sum(t * np.log(y) + (1 - t) * np.log(1 - y)) / len(y))
        return float(0.5 * np.sum((y - t) ** 2) / len(y))

    def backward(self, y, t, kind):
        n = len(y)
        if kind == "ce":
            # Binary cross-entropy through the sigmoid: the y(1-y) cancels.
            y -= t
            y *= 1.0 / n
            return y
        g = (y - t) * (1.0 / n)
        g *= y
        g *= 1 - y
        y[...] = g
        return y


OUTPUTS = {"softmax": SoftmaxOutput, "sigmoid": SigmoidOutput}
