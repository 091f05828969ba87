"""engine.explain: one input's forward pass layer by layer, and the pixels that decided."""
import numpy as np
import pytest
from scipy.special import expit

import engine
from engine import Network

DIGITS = (0, 1, 2, 3, 4, 7)  # test-set indices: a 7, 2, 1, 0, 4 and a 9


@pytest.fixture(scope="module")
def mnist_test():
    images, labels = engine.load_mnist("test")
    return images[list(DIGITS)].reshape(len(DIGITS), -1) / 255.0, labels[list(DIGITS)]


def reference(net, pixels, label=None):
    """The forward and backward pass written out in float64, from the weights alone."""
    name = net.hidden_activation
    h = {"relu": lambda a: np.maximum(a, 0), "sigmoid": expit, "tanh": np.tanh}[name]
    dh = {"relu": lambda a, z: (a > 0) * 1.0, "sigmoid": lambda a, z: z * (1 - z),
          "tanh": lambda a, z: 1 - z * z}[name]
    weights = [w.astype(np.float64) for w in net.weights]
    biases = [np.zeros(w.shape[1]) for w in weights] if net.biases is None else \
        [b.astype(np.float64) for b in net.biases]
    lo, hi = net.input_scale
    x = lo + (hi - lo) * np.asarray(pixels, np.float64)
    pre, post, z = [], [], x
    for w, b in zip(weights[:-1], biases[:-1]):
        a = z @ w + b
        z = h(a)
        pre.append(a)
        post.append(z)
    scores = z @ weights[-1] + biases[-1]
    if net.output_activation == "softmax":
        e = np.exp(scores - scores.max())
        probs = e / e.sum()
    else:
        probs = expit(scores) / expit(scores).sum()
    label = int(np.argmax(probs)) if label is None else label
    grad = weights[-1][:, label]
    for w, a, z in zip(weights[-2::-1], pre[::-1], post[::-1]):
        grad = w @ (grad * dh(a, z))
    grad = grad * (hi - lo)
    return pre, post, scores, probs, label, (pixels * grad).reshape(28, 28)


def close(ours, theirs, rtol):
    """Equal within ``rtol`` of the larger magnitude (float32 arithmetic against float64)."""
    theirs = np.asarray(theirs, np.float64)
    atol = rtol * max(np.abs(theirs).max(), 1e-12)
    np.testing.assert_allclose(ours, theirs, rtol=rtol, atol=atol)


NETWORKS = {
    "default": lambda: engine.load_model(),
    # Sigmoid throughout, no biases, Rashid's input scaling 0.01..1.0.
    "rashid": lambda: engine.load_model("rashid"),
    "dlfs-ch3": lambda: engine.load_model("dlfs-ch3"),
    # Sigmoid hidden layers with biases *and* input scaling, softmax output.
    "sigmoid-scaled": lambda: Network([784, 40, 20, 10], "sigmoid", init="xavier", seed=3,
                                      input_scale=(0.01, 1.0)),
    "tanh": lambda: Network([784, 32, 10], "tanh", "sigmoid", init="xavier", seed=5,
                            input_scale=(-0.5, 0.5)),
}


@pytest.mark.parametrize("name", NETWORKS)
def test_explain_matches_an_independent_float64_pass(name, mnist_test):
    net = NETWORKS[name]()
    rng = np.random.default_rng(0)
    for b in net.biases or []:
        b += rng.normal(0, 0.1, b.shape).astype(b.dtype)  # untrained nets: make the biases count
    pixels, _ = mnist_test
    for x in pixels:
        e = engine.explain(net, x)
        pre, post, scores, probs, label, saliency = reference(net, x)
        assert e.label == e.predicted == label
        assert len(e.activations) == len(e.pre_activations) == len(net.sizes) - 2
        for ours, theirs in zip(e.pre_activations, pre):
            close(ours, theirs, 1e-4)
        for ours, theirs in zip(e.activations, post):
            close(ours, theirs, 1e-4)
        close(e.scores, scores, 1e-4)
        close(e.probabilities, probs, 1e-4)
        assert e.saliency.shape == (28, 28)
        close(e.saliency, saliency, 1e-3)
        # The shown probabilities are the canvas reading's, to the last bit.
        np.testing.assert_array_equal(e.probabilities, net.predict_proba(x.reshape(1, -1))[0])


def test_the_bundled_default_model_reads_these_digits_right(mnist_test):
    pixels, labels = mnist_test
    net = engine.load_model()
    assert [engine.explain(net, x).predicted for x in pixels] == list(labels)


def test_saliency_is_the_pixel_times_a_numerical_derivative(mnist_test):
    net = engine.load_model("rashid")
    net64 = Network.from_arrays(net.weights, net.biases, net.hidden_activation,
                                net.output_activation, input_scale=net.input_scale,
                                dtype=np.float64)
    x = mnist_test[0][0]
    e = engine.explain(net64, x)

    def score(p):
        return engine.explain(net64, p).scores[e.label]

    eps = 1e-5
    for i in np.flatnonzero(x > 0.3)[::15]:
        up, down = x.copy(), x.copy()
        up[i] += eps
        down[i] -= eps
        derivative = (score(np.clip(up, 0, 1 + 1e-7)) - score(down)) / (2 * eps)
        assert e.gradient[i] == pytest.approx(derivative, rel=1e-5, abs=1e-9)
        assert e.saliency.ravel()[i] == pytest.approx(x[i] * derivative, rel=1e-5, abs=1e-9)
    # A blank pixel counts for nothing, even though Rashid's scaling feeds the network 0.01.
    assert np.all(e.saliency.ravel()[x == 0] == 0)
    assert e.inputs.min() == pytest.approx(0.01)


def test_target_explains_another_class(mnist_test):
    net = engine.load_model()
    x = mnist_test[0][0]  # a 7
    shown = engine.explain(net, x)
    why_not = engine.explain(net, x, target=1)
    assert shown.label == shown.predicted == 7
    assert why_not.label == 1 and why_not.predicted == 7
    np.testing.assert_array_equal(why_not.scores, shown.scores)
    assert not np.allclose(why_not.saliency, shown.saliency)
    close(why_not.saliency, reference(net, x, label=1)[5], 1e-3)
    assert engine.explain(net, x, target=np.int64(7)).label == 7


def test_contributions_and_bias_add_up_to_the_score(mnist_test):
    for name in ("default", "rashid"):
        net = NETWORKS[name]()
        e = engine.explain(net, mnist_test[0][2])
        assert e.contributions.shape == (net.sizes[-2],)
        assert e.contributions.sum() + e.bias == pytest.approx(float(e.scores[e.label]), rel=1e-4)
        assert (e.bias == 0.0) == (net.biases is None)


def test_a_network_without_hidden_layers(mnist_test):
    net = Network([784, 10], seed=1)
    e = engine.explain(net, mnist_test[0][0])
    assert e.activations == [] and e.pre_activations == []
    assert e.contributions.shape == (784,)
    close(e.saliency, reference(net, mnist_test[0][0])[5], 1e-4)


def test_explain_leaves_the_network_untouched(mnist_test):
    net = engine.load_model()
    before = [p.grad.copy() for p in net.parameters()]
    weights = [w.copy() for w in net.weights]
    engine.explain(net, mnist_test[0][0])
    for p, grad in zip(net.parameters(), before):
        np.testing.assert_array_equal(p.grad, grad)
    for w, old in zip(net.weights, weights):
        np.testing.assert_array_equal(w, old)


def test_the_shapes_the_canvas_gives_are_all_taken(mnist_test):
    net = engine.load_model("dlfs-ch3")
    x = mnist_test[0][3]
    flat = engine.explain(net, x).saliency
    np.testing.assert_array_equal(engine.explain(net, x.reshape(1, 784)).saliency, flat)
    np.testing.assert_array_equal(engine.explain(net, x.reshape(28, 28)).saliency, flat)
    as_bytes = np.round(x * 255).astype(np.uint8)
    assert engine.explain(net, as_bytes).predicted == engine.explain(net, x).predicted


@pytest.mark.parametrize("bad, words", [
    (np.zeros(783), "784 pixels"),
    (np.zeros((2, 784)), "784 pixels"),
    (np.zeros((28, 29)), "784 pixels"),
    (np.full(784, np.nan), "NaN"),
    (np.full(784, 2.0), "[0, 1]"),
    (np.array(["a"] * 784), "numbers"),
])
def test_bad_inputs_get_a_clear_value_error(bad, words):
    with pytest.raises(ValueError, match=words.replace("[", r"\[").replace("]", r"\]")):
        engine.explain(Network([784, 8, 10]), bad)


@pytest.mark.parametrize("target", [10, -1, 2.5, "7", True])
def test_a_target_that_is_no_class_is_refused(target):
    with pytest.raises(ValueError, match="class 0..9"):
        engine.explain(Network([784, 8, 10]), np.zeros(784), target=target)


def test_a_network_of_another_input_size_is_refused():
    with pytest.raises(ValueError, match="784 inputs"):
        engine.explain(Network([20, 8, 10]), np.zeros(20))


# The saliency is painted back over the canvas through the preprocessing's frame.
def test_the_frame_maps_the_28x28_field_back_onto_the_drawing():
    raster = np.zeros((280, 280), np.float32)
    raster[60:200, 120:150] = 1.0  # a thick "1", off-centre
    raster[60:80, 100:150] = 1.0
    digit, frame = engine.preprocess_canvas_with_frame(raster)
    np.testing.assert_array_equal(digit, engine.preprocess_canvas(raster))
    top, left, size = frame
    centres = (np.arange(28) + 0.5) * size / 28
    rows = np.clip((top + centres).astype(int), 0, 279)
    cols = np.clip((left + centres).astype(int), 0, 279)
    sampled = raster[np.ix_(rows, cols)]
    # Every clearly inked output pixel lies on ink, every clearly blank one off it.
    assert np.all(sampled[digit > 0.9] == 1.0)
    assert np.all(sampled[digit == 0] == 0.0)
    assert engine.preprocess_canvas_with_frame(np.zeros((280, 280))) == (None, None)
