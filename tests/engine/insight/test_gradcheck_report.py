"""engine.gradient_check_report: the GUI's gradient check, a small copy of the model's architecture."""
import numpy as np

import engine
from engine import Network
from engine.nn.layers import ReLU


def test_report_on_the_default_architecture_passes_per_parameter_tensor():
    net = Network([784, 64, 32, 10], "relu", "softmax", seed=1)
    report = engine.gradient_check_report(net)
    assert [shape for shape, _ in report.values()] == [(784, 16), (16,), (16, 10), (10,)]
    assert max(err for _, err in report.values()) < engine.GRADIENT_CHECK_TOLERANCE


def test_report_follows_rashids_architecture_and_leaves_the_network_alone():
    net = Network([784, 30, 10], "sigmoid", "sigmoid", init="rashid", bias=False,
                  input_scale=(0.01, 1.0), seed=2)
    before = [w.copy() for w in net.weights]
    report = engine.gradient_check_report(net, digits=2)
    assert [shape for shape, _ in report.values()] == [(784, 16), (16, 10)]  # no biases
    assert max(err for _, err in report.values()) < engine.GRADIENT_CHECK_TOLERANCE
    assert all(np.array_equal(a, b) for a, b in zip(before, net.weights))
    assert net.dtype == np.float32


def test_report_catches_a_wrong_backward(monkeypatch):
    monkeypatch.setattr(ReLU, "backward", lambda self, grad: grad)  # forgets the mask
    report = engine.gradient_check_report(Network([784, 32, 10], "relu", seed=3))
    assert max(err for _, err in report.values()) > engine.GRADIENT_CHECK_TOLERANCE
