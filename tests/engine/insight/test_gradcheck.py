import numpy as np
import pytest

import engine
from engine import Network
from engine.insight.gradcheck import check_all, gradient_check, relative_error
from engine.nn.layers import ReLU


def test_numerical_gradient_of_a_known_function():
    # The book's example: f(x0, x1) = x0^2 + x1^2 has gradient (2 x0, 2 x1).
    x = np.array([3.0, 4.0])
    grad = engine.numerical_gradient(lambda v: np.sum(v ** 2), x)
    np.testing.assert_allclose(grad, [6.0, 8.0], rtol=1e-8)
    np.testing.assert_array_equal(x, [3.0, 4.0])  # restored


def test_every_layer_passes_the_gradient_check():
    results = check_all()
    assert {r["hidden"] for r in results} == {"relu", "sigmoid", "tanh"}
    assert {(r["output"], r["loss"]) for r in results} >= {("softmax", "ce"), ("sigmoid", "sse")}
    for r in results:
        assert r["max_relative_error"] < 1e-6, r


def _small_case():
    rng = np.random.default_rng(0)
    net = Network([6, 5, 4], "tanh", init="xavier", dtype=np.float64)
    x = rng.random((3, 6))
    return net, x, np.eye(4)[[0, 2, 3]]


def test_the_check_fails_for_a_bad_epsilon(monkeypatch):
    net, x, t = _small_case()
    import engine.insight.gradcheck as gc

    original = gc.numerical_gradient
    monkeypatch.setattr(gc, "numerical_gradient", lambda f, v: original(f, v, h=1e-13))
    assert max(gradient_check(net, x, t).values()) > 1e-6


def test_the_check_catches_a_wrong_backward(monkeypatch):
    net, x, t = _small_case()
    net = Network([6, 5, 4], "relu", init="xavier", dtype=np.float64)
    monkeypatch.setattr(ReLU, "backward", lambda self, grad: grad)  # forgets the mask
    net.weights[0][...] -= 0.3  # make sure some units are off
    assert max(gradient_check(net, x, t).values()) > 1e-3


def test_relative_error_is_zero_for_equal_tensors():
    a = np.arange(5.0)
    assert relative_error(a, a) == 0
    assert relative_error(a, -a) == pytest.approx(1.0)
