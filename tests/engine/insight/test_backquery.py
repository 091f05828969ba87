import numpy as np
import pytest
from scipy.special import logit

import engine
from engine import Network


@pytest.fixture(scope="module")
def default_refined():
    net = engine.load_model()
    return net, engine.backquery_all(net, "refined")


def rashid_backquery(wih, who, label):
    """The book's code, transcribed: wih (hidden, inputs), who (outputs, hidden)."""
    final_outputs = np.zeros(who.shape[0]) + 0.01
    final_outputs[label] = 0.99
    final_inputs = logit(final_outputs)
    hidden_outputs = np.dot(who.T, final_inputs)
    hidden_outputs -= np.min(hidden_outputs)
    hidden_outputs /= np.max(hidden_outputs)
    hidden_outputs *= 0.98
    hidden_outputs += 0.01
    hidden_inputs = logit(hidden_outputs)
    inputs = np.dot(wih.T, hidden_inputs)
    inputs -= np.min(inputs)
    inputs /= np.max(inputs)
    inputs *= 0.98
    inputs += 0.01
    return inputs


def test_classic_matches_the_books_formula():
    net = Network([784, 100, 10], "sigmoid", "sigmoid", init="rashid", bias=False, seed=4,
                  dtype=np.float64)
    for label in range(10):
        ours = engine.backquery(net, label, "classic")
        book = rashid_backquery(net.weights[0].T, net.weights[1].T, label)
        np.testing.assert_allclose(ours.ravel(), book, atol=1e-6)


@pytest.mark.parametrize("hidden, output, bias", [
    ("sigmoid", "sigmoid", False), ("sigmoid", "softmax", True), ("tanh", "softmax", True),
    ("relu", "softmax", True), ("relu", "sigmoid", True),
])
@pytest.mark.parametrize("depth", [1, 3])
def test_every_activation_and_depth_gives_28x28_in_unit_range(hidden, output, bias, depth):
    net = Network([784] + [40] * depth + [10], hidden, output, init="xavier", bias=bias, seed=1)
    if bias:
        for b in net.biases:
            b[...] = 0.1
    for label in (0, 9):
        image = engine.backquery(net, label)
        assert image.shape == (28, 28) and image.dtype == np.float32
        assert np.isfinite(image).all() and image.min() >= 0 and image.max() <= 1


def test_a_constant_vector_is_guarded():
    net = Network.from_arrays([np.zeros((784, 5)), np.zeros((5, 10))], None, "sigmoid", "sigmoid")
    image = engine.backquery(net, 3)
    assert np.isfinite(image).all() and np.allclose(image, 0.5)


def test_refined_images_are_read_back_as_their_label_by_the_default_model(default_refined):
    net, images = default_refined
    assert images.shape == (10, 28, 28) and images.dtype == np.float32
    assert images.min() >= 0 and images.max() <= 1
    probs = net.predict_proba(images.reshape(10, -1))
    for d in range(10):
        assert probs[d, d] >= 0.9, (d, probs[d])


def test_one_label_alone_gives_a_picture_the_network_reads_as_it(default_refined):
    net, _ = default_refined
    image = engine.backquery(net, 7, "refined")
    assert image.shape == (28, 28) and net.predict_proba(image[None])[0, 7] >= 0.9
    np.testing.assert_array_equal(net.backquery(7, "refined"), image)


def test_every_mode_has_a_one_sentence_explanation():
    assert set(engine.BACKQUERY_EXPLANATIONS) == set(engine.BACKQUERY_MODES)
    assert engine.BACKQUERY_MODES == ("classic", "refined", "unconstrained")
    for text in engine.BACKQUERY_EXPLANATIONS.values():
        assert text.endswith(".") and text.count(". ") == 0


def test_backquery_all_matches_label_by_label_for_the_other_modes():
    net = Network([784, 30, 10], "sigmoid", "sigmoid", init="rashid", bias=False, seed=2)
    images = engine.backquery_all(net, "classic")
    assert images.shape == (10, 28, 28)
    np.testing.assert_array_equal(images[4], engine.backquery(net, 4, "classic"))
    with pytest.raises(ValueError, match="mode"):
        engine.backquery_all(net, "dream")


def test_bad_labels_and_modes_are_refused():
    net = Network([784, 8, 10])
    with pytest.raises(ValueError, match="label"):
        engine.backquery(net, 10)
    with pytest.raises(ValueError, match="mode"):
        engine.backquery(net, 1, "dream")
    with pytest.raises(ValueError, match="784"):
        engine.backquery(Network([100, 8, 10]), 1, "refined")
