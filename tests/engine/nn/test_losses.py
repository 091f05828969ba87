"""Loss objects: each knows its output and targets; gradients w.r.t. the logits."""
import numpy as np
import pytest

from engine import Network, numerical_gradient
from engine.nn.layers import SigmoidOutput, SoftmaxOutput
from engine.nn.losses import LOSSES, CrossEntropy, SquaredError, make_loss


def test_each_loss_names_its_output_and_targets():
    assert (CrossEntropy.name, CrossEntropy.output_activation, CrossEntropy.target_range) == (
        "ce", "softmax", (0.0, 1.0))
    assert (SquaredError.name, SquaredError.output_activation, SquaredError.target_range) == (
        "sse", "sigmoid", (0.01, 0.99))
    assert list(LOSSES) == ["ce", "sse"]


def test_the_default_loss_is_the_one_the_output_is_meant_for():
    assert isinstance(make_loss(None, SoftmaxOutput()), CrossEntropy)
    assert isinstance(make_loss(None, SigmoidOutput()), SquaredError)
    assert Network([784, 4, 10], output_activation="sigmoid").loss.name == "sse"


def test_a_loss_object_or_its_name_both_work():
    other = Network([784, 4, 10], output_activation="sigmoid", loss="ce")
    net = Network([784, 4, 10], output_activation="sigmoid", loss=other.loss)
    assert net.loss.name == "ce" and net.loss is not other.loss
    with pytest.raises(ValueError, match="loss must be one of"):
        Network([784, 4, 10], loss="hinge")


def test_softmax_cross_entropy_gradient_is_p_minus_t_over_batch():
    rng = np.random.default_rng(0)
    output = SoftmaxOutput()
    p = output.forward(rng.normal(size=(4, 10)))
    t = np.eye(10)[[1, 2, 3, 4]]
    expected = (p - t) / 4
    np.testing.assert_allclose(CrossEntropy(output).grad(p.copy(), t), expected)


@pytest.mark.parametrize("output_cls", [SoftmaxOutput, SigmoidOutput])
@pytest.mark.parametrize("loss_cls", [CrossEntropy, SquaredError])
def test_grad_is_the_derivative_of_loss_through_the_output(output_cls, loss_cls):
    rng = np.random.default_rng(1)
    z = rng.normal(size=(3, 10))
    t = np.eye(10)[[0, 5, 9]]
    output = output_cls()
    loss = loss_cls(output)

    def value(logits):
        return loss_cls(output_cls()).loss(output_cls().forward(logits.copy()), t)

    numeric = numerical_gradient(value, z.copy())
    analytic = loss.grad(output.forward(z.copy()), t)
    np.testing.assert_allclose(analytic, numeric, rtol=1e-5, atol=1e-8)
