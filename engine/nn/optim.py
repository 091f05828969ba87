"""Optimizers: one ``step()`` over a flat parameter list, state created lazily."""
import numpy as np


class Optimizer:
    def __init__(self, params, lr, weight_decay=0.0):
        self.params = list(params)
        self.lr = lr
        self.weight_decay = weight_decay

    def step(self):
        for i, p in enumerate(self.params):
            grad = p.grad
            # L2 on weights only: shrinking biases buys nothing but underfitting.
            if self.weight_decay and p.value.ndim > 1:
                grad += self.weight_decay * p.value
            self._update(i, p.value, grad)

    def _update(self, i, value, grad):
        raise NotImplementedError


class SGD(Optimizer):
    def _update(self, i, value, grad):
        grad *= self.lr  # in place: the gradient buffer is rewritten by the next backward
        value -= grad


class Momentum(Optimizer):
    def __init__(self, params, lr, momentum=0.9, weight_decay=0.0):
        super().__init__(params, lr, weight_decay)
        self.momentum = momentum
        self._velocity = {}

    def _update(self, i, value, grad):
        v = self._velocity.get(i)
        if v is None:
            v = self._velocity[i] = np.zeros_like(value)
        v *= self.momentum
        v -= self.lr * grad
        value += v


class Adam(Optimizer):
    def __init__(self, params, lr, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.0):
        super().__init__(params, lr, weight_decay)
        self.beta1, self.beta2, self.eps = beta1, beta2, eps
        self._m, self._v = {}, {}
        self._t = 0

    def step(self):
        self._t += 1
        super().step()

    def _update(self, i, value, grad):
        m, v = self._m.get(i), self._v.get(i)
        if m is None:
            m = self._m[i] = np.zeros_like(value)
            v = self._v[i] = np.zeros_like(value)
        b1, b2 = self.beta1, self.beta2
        m *= b1
        m += (1 - b1) * grad
        v *= b2
        v += (1 - b2) * grad * grad
        # Bias correction folded into the step size (Kingma & Ba, section 2).
        step = self.lr * np.sqrt(1 - b2 ** self._t) / (1 - b1 ** self._t)
        value -= step * m / (np.sqrt(v) + self.eps)


OPTIMIZERS = {"sgd": SGD, "momentum": Momentum, "adam": Adam}


def make_optimizer(name, params, lr, weight_decay=0.0):
    if name not in OPTIMIZERS:
        raise ValueError(f"optimizer must be one of {', '.join(OPTIMIZERS)}, not {name!r}")
    return OPTIMIZERS[name](params, lr, weight_decay=weight_decay)
