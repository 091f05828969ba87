"""Optimizers: one ``step()`` over a flat parameter list, state created lazily.

Every update works in place, on the gradient buffer (the next backward pass
rewrites it anyway) and on one scratch array per parameter: a temporary as
large as a weight matrix costs fresh memory pages on every step, which took
a tenth of the training step of the default network.
"""
import numpy as np


class Optimizer:
    def __init__(self, params, lr, weight_decay=0.0):
        self.params = list(params)
        self.lr = lr
        self.weight_decay = weight_decay
        self._scratch = {}

    def step(self):
        for i, p in enumerate(self.params):
            grad = p.grad
            # L2 on weights only: shrinking biases buys nothing but underfitting.
            if self.weight_decay and p.value.ndim > 1:
                grad += np.multiply(p.value, self.weight_decay, out=self._scratch_for(i, p.value))
            self._update(i, p.value, grad)

    def _update(self, i, value, grad):
        raise NotImplementedError

    def _scratch_for(self, i, value):
        buf = self._scratch.get(i)
        if buf is None:
            buf = self._scratch[i] = np.empty_like(value)
        return buf


class SGD(Optimizer):
    def _update(self, i, value, grad):
        grad *= self.lr
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
        grad *= -self.lr
        v += grad
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
        scratch = self._scratch_for(i, value)
        m *= b1
        m += np.multiply(grad, 1 - b1, out=scratch)
        v *= b2
        grad *= grad
        grad *= 1 - b2
        v += grad
        # Bias correction folded into the step size (Kingma & Ba, section 2).
        step = self.lr * np.sqrt(1 - b2 ** self._t) / (1 - b1 ** self._t)
        np.sqrt(v, out=scratch)
        scratch += self.eps
        np.divide(m, scratch, out=scratch)
        scratch *= step
        value -= scratch


OPTIMIZERS = {"sgd": SGD, "momentum": Momentum, "adam": Adam}


def make_optimizer(name, params, lr, weight_decay=0.0):
    if name not in OPTIMIZERS:
        raise ValueError(f"optimizer must be one of {', '.join(OPTIMIZERS)}, not {name!r}")
    return OPTIMIZERS[name](params, lr, weight_decay=weight_decay)
