"""Layers: each a small object with ``forward`` and ``backward``.

Hidden activations (``ACTIVATIONS``) and output layers (``OUTPUTS``) are
registries by name; the losses that go with the outputs are in ``losses``.

Activations work in place on the dense layer's output (nobody else needs it),
and with ``out=`` buffers the training path allocates nothing per batch for
the big arrays.
"""
import numpy as np


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

    @property
    def fan_in(self):
        return self.weight.value.shape[0]

    @property
    def fan_out(self):
        return self.weight.value.shape[1]

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
        # Imported here: scipy.special costs 0.4 s at start-up, and most networks are ReLU.
        from scipy.special import expit

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
    """Softmax output units: the ten outputs are shares of one certainty.

    With cross-entropy the loss gives the gradient w.r.t. the logits itself,
    ``(p - t) / batch`` (see ``losses.CrossEntropy``); ``backward`` is for
    the other losses.
    """

    name = "softmax"
    independent = False  # the outputs compete: raising one lowers the others

    def forward(self, z):
        z -= z.max(axis=1, keepdims=True)  # exp of a large logit overflows
        np.exp(z, out=z)
        z /= z.sum(axis=1, keepdims=True)
        self._y = z
        return z

    def backward(self, grad):
        """Softmax Jacobian-vector product, ``p * (g - <g, p>)``, written over ``grad``."""
        p = self._y
        grad -= np.sum(grad * p, axis=1, keepdims=True)
        grad *= p
        return grad


class SigmoidOutput(Sigmoid):
    """Sigmoid output units, each a yes/no for its digit (Rashid's network)."""

    name = "sigmoid"
    independent = True


OUTPUTS = {"softmax": SoftmaxOutput, "sigmoid": SigmoidOutput}
