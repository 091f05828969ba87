"""teach(): a few personal digits learnt on the training loop's own steps, MNIST kept."""
import numpy as np
import pytest

import engine


@pytest.fixture(scope="module")
def mnist():
    return engine.load_mnist("train"), engine.load_mnist("test")


@pytest.fixture(scope="module")
def misread(mnist):
    """Five test digits the bundled model reads wrong: handwriting it has not learnt."""
    net = engine.load_model()
    images, labels = mnist[1]
    wrong = np.flatnonzero(net.predict(engine.to_inputs(images)) != labels)[:5]
    return net, wrong


def label_probability(net, images, labels):
    return net.predict_proba(engine.to_inputs(images))[np.arange(len(labels)), labels]


def test_teaching_misread_digits_raises_their_probability_and_keeps_mnist(mnist, misread):
    net, wrong = misread
    (train_images, train_labels), (test_images, test_labels) = mnist
    images, labels = test_images[wrong], test_labels[wrong]
    others = np.setdiff1d(np.arange(2000), wrong)
    before = label_probability(net, images, labels)
    accuracy_before = engine.evaluate(net, test_images[others], test_labels[others])["accuracy"]
    taught = net.copy()
    for n in range(1, len(labels) + 1):  # as the app does: one more digit each time
        loss = engine.teach(taught, images[:n], labels[:n], mnist=(train_images, train_labels),
                            seed=n)
        assert np.isfinite(loss)
    after = label_probability(taught, images, labels)
    assert (after > before + 0.3).all(), (before, after)
    assert (taught.predict(engine.to_inputs(images)) == labels).all()
    accuracy_after = engine.evaluate(taught, test_images[others], test_labels[others])["accuracy"]
    assert accuracy_after >= accuracy_before - 0.01
    np.testing.assert_array_equal(net.weights[0], engine.load_model().weights[0])  # a copy was taught


def test_teaching_is_repeatable_with_the_same_seed(mnist, misread):
    net, wrong = misread
    images, labels = mnist[1][0][wrong[:2]], mnist[1][1][wrong[:2]]
    a, b = net.copy(), net.copy()
    engine.teach(a, images, labels, mnist=mnist[0], seed=7)
    engine.teach(b, images, labels, mnist=mnist[0], seed=7)
    for wa, wb in zip(a.weights, b.weights):
        np.testing.assert_array_equal(wa, wb)


def test_teaching_a_sigmoid_network_without_mnist(mnist):
    # Rashid's network: squared error on sigmoid outputs, inputs scaled to 0.01..1.
    net = engine.Network([784, 30, 10], "sigmoid", "sigmoid", init="rashid", bias=False,
                         input_scale=(0.01, 1.0), seed=2)
    images, labels = mnist[1][0][:3], mnist[1][1][:3]
    before = label_probability(net, images, labels)
    engine.teach(net, images, labels, steps=50, lr=0.5)
    assert (label_probability(net, images, labels) > before).all()


def test_a_diverging_teach_keeps_sound_weights(mnist, misread):
    net, wrong = misread
    taught = net.copy()
    with pytest.raises(engine.TeachError, match="left as it was"):  # refused, said so (issue 17)
        engine.teach(taught, mnist[1][0][wrong], mnist[1][1][wrong], mnist=mnist[0], lr=1e6)
    assert all(np.isfinite(w).all() for w in taught.weights)
    assert engine.evaluate(taught, *mnist[1])["accuracy"] > 0.95


def test_nothing_to_teach_is_refused():
    with pytest.raises(ValueError, match="nothing to learn"):
        engine.teach(engine.Network([784, 8, 10]), np.zeros((0, 28, 28)), np.zeros(0))
