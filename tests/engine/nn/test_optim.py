"""The optimizers' in-place updates against the textbook formulas, step by step."""
import numpy as np
import pytest

from engine.nn.layers import Param
from engine.nn.optim import make_optimizer


def _reference(name, lr, wd, grads, w0):
    """The update rules written plainly, in float64, one step per gradient."""
    w, v, m, s = w0.astype(np.float64), 0.0, 0.0, 0.0
    for t, g in enumerate(grads, start=1):
        g = g + (wd * w if w.ndim > 1 else 0.0)
        if name == "sgd":
            w = w - lr * g
        elif name == "momentum":
            v = 0.9 * v - lr * g
            w = w + v
        else:
            m = 0.9 * m + 0.1 * g
            s = 0.999 * s + 0.001 * g * g
            m_hat, s_hat = m / (1 - 0.9 ** t), s / (1 - 0.999 ** t)
            w = w - lr * m_hat / (np.sqrt(s_hat) + 1e-8)
    return w


@pytest.mark.parametrize("name", ["sgd", "momentum", "adam"])
@pytest.mark.parametrize("wd", [0.0, 0.01])
def test_updates_follow_the_formulas(name, wd):
    rng = np.random.default_rng(1)
    params = [Param(rng.standard_normal((5, 3)).astype(np.float32), "W"),
              Param(rng.standard_normal(3).astype(np.float32), "b")]
    start = [p.value.copy() for p in params]
    grads = [[rng.standard_normal(p.value.shape).astype(np.float32) for _ in range(4)]
             for p in params]
    opt = make_optimizer(name, params, lr=0.05, weight_decay=wd)
    for step in range(4):
        for p, g in zip(params, grads):
            p.grad[...] = g[step]  # as a backward pass writes it
        opt.step()
    for p, w0, g in zip(params, start, grads):
        np.testing.assert_allclose(p.value, _reference(name, 0.05, wd, g, w0), rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("name", ["sgd", "momentum", "adam"])
def test_a_step_allocates_no_weight_sized_temporaries(name):
    import tracemalloc

    w = Param(np.ones((512, 512), np.float32), "W")  # 1 MB
    w.grad[...] = 0.01
    opt = make_optimizer(name, [w], lr=0.05, weight_decay=1e-4)
    opt.step()  # the first step makes the optimizer's state and scratch arrays
    tracemalloc.start()
    try:
        for _ in range(3):
            w.grad[...] = 0.01
            opt.step()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < w.value.nbytes // 4, f"{peak:,} bytes allocated in a step"
