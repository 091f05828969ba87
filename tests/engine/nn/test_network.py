import numpy as np
import pytest

import engine
from engine import Network
from engine.nn.optim import Adam


def test_forward_shapes_and_probabilities():
    net = Network([784, 32, 10], seed=1)
    x = np.random.default_rng(0).random((5, 784), dtype=np.float32)
    p = net.predict_proba(x)
    assert p.shape == (5, 10) and p.dtype == np.float32
    np.testing.assert_allclose(p.sum(axis=1), 1, rtol=1e-5)
    assert net.predict(x).shape == (5,)
    # 28x28 images are accepted as they are.
    np.testing.assert_allclose(net.predict_proba(x.reshape(5, 28, 28)), p)


def test_sigmoid_outputs_are_normalised_to_shares():
    net = Network([784, 16, 10], "sigmoid", "sigmoid", init="rashid", bias=False)
    p = net.predict_proba(np.zeros((2, 784), np.float32))
    np.testing.assert_allclose(p.sum(axis=1), 1, rtol=1e-5)


def test_from_arrays_builds_the_same_network():
    net = Network([784, 20, 10], "tanh", seed=3)
    twin = Network.from_arrays(net.weights, net.biases, "tanh", "softmax")
    x = np.random.default_rng(1).random((3, 784), dtype=np.float32)
    np.testing.assert_allclose(twin.predict_proba(x), net.predict_proba(x))
    assert twin.sizes == [784, 20, 10]


def test_from_arrays_checks_shapes():
    with pytest.raises(ValueError, match="inputs"):
        Network.from_arrays([np.zeros((784, 5)), np.zeros((6, 10))], None)


def test_input_scaling_is_stored_and_applied_inside():
    w = [np.eye(784, 10, dtype=np.float32)]
    plain = Network.from_arrays(w, None, output_activation="sigmoid")
    scaled = Network.from_arrays(w, None, output_activation="sigmoid", input_scale=(0.01, 1.0))
    x = np.zeros((1, 784), np.float32)
    # All-black input: 0 for the plain network, 0.01 for Rashid's scaling.
    assert plain.forward(x)[0, 0] == pytest.approx(0.5)
    assert scaled.forward(x)[0, 0] == pytest.approx(1 / (1 + np.exp(-0.01)), rel=1e-6)


@pytest.mark.parametrize("hidden, output, loss", [
    ("relu", "softmax", "ce"), ("sigmoid", "sigmoid", "sse"), ("tanh", "softmax", "ce"),
])
def test_network_overfits_a_tiny_batch(hidden, output, loss):
    images, labels = engine.load_mnist("train")
    x = engine.to_inputs(images[:20])
    targets = np.eye(10, dtype=np.float32)[labels[:20]]
    net = Network([784, 64, 10], hidden, output, init="xavier", seed=0, loss=loss)
    opt = Adam(net.parameters(), lr=0.01)
    first = None
    for _ in range(300):
        loss_value, _ = net.loss_and_gradients(x.copy(), targets)
        first = first if first is not None else loss_value
        opt.step()
    assert loss_value < first / 20
    assert (net.predict(x) == labels[:20]).all()


def test_copy_is_independent():
    net = Network([784, 8, 10])
    twin = net.copy()
    twin.weights[0][...] = 0
    assert np.abs(net.weights[0]).sum() > 0


def test_unknown_names_are_rejected():
    with pytest.raises(ValueError, match="hidden_activation"):
        Network([784, 8, 10], hidden_activation="swish")
    with pytest.raises(ValueError, match="init"):
        Network([784, 8, 10], init="zeros")


def test_input_gradient_matches_numerical_gradients():
    # The back-query climbs this gradient; it comes from the same backward pass as training.
    rng = np.random.default_rng(2)
    net = Network([12, 7, 10], "tanh", init="xavier", seed=1, dtype=np.float64,
                  input_scale=(0.01, 1.0))
    x = rng.random((2, 12))
    targets = np.eye(10)[[3, 8]]
    analytic = net.input_gradient(x, targets)

    def loss(v):
        return net.loss_value(net.scale_inputs(v), targets)

    np.testing.assert_allclose(analytic, engine.numerical_gradient(loss, x.copy()), rtol=1e-6,
                               atol=1e-9)


def test_sizes_describe_the_layers():
    net = Network([784, 30, 20, 10], "sigmoid", "sigmoid")
    assert net.sizes == [784, 30, 20, 10]
    assert [d.fan_out for d in net.dense] == [30, 20, 10]
    assert net.describe() == "784-30-20-10 sigmoid/sigmoid, SSE"
