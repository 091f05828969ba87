"""Do the back-query pictures look like digits to a reader that is not the network?

The reader: the 5 nearest neighbours (Euclidean, on pixels) among 20,000
real MNIST training digits, majority vote. It knows nothing of the network,
so it reads what is drawn, not what the network was fooled by.
"""
from dataclasses import replace

import numpy as np
import pytest

import engine
from engine import Network
from engine.insight.handwriting import search

LABELS = np.arange(10)


@pytest.fixture(scope="module")
def reader():
    images, labels = engine.load_mnist("train")
    pick = np.random.default_rng(1).choice(len(images), 20_000, replace=False)
    known = images[pick].reshape(len(pick), -1).astype(np.float64) / 255.0
    known_labels = labels[pick]
    norms = (known * known).sum(axis=1)

    def read(pictures, k=5):
        q = np.asarray(pictures, np.float64).reshape(len(pictures), -1)
        distances = norms[None, :] - 2.0 * q @ known.T  # |q|^2 is the same for every neighbour
        nearest = np.argsort(distances, axis=1)[:, :k]
        return np.array([np.bincount(known_labels[row], minlength=10).argmax() for row in nearest])

    return read


def test_the_reader_reads_real_test_digits(reader):
    images, labels = engine.load_mnist("test")
    assert (reader(images[:200] / 255.0) == labels[:200]).mean() >= 0.9


@pytest.fixture(scope="module")
def default_model():
    return engine.load_model()


def test_refined_pictures_of_the_default_model_read_as_their_labels(reader, default_model):
    pictures = engine.backquery_all(default_model, "refined")
    # 10 of 10 with the MNIST-only model; the model rebuilt with the synthetic styles (issue 16)
    # gives 6: its 4, 6, 8 and 9 come out blurrier (an open question, left open there).
    assert (reader(pictures) == LABELS).sum() >= 6


def test_unconstrained_pictures_mostly_do_not(reader, default_model):
    net = default_model
    pictures = [engine.backquery(net, d, "unconstrained") for d in LABELS]
    assert (reader(pictures) == LABELS).sum() <= 4


def test_refined_pictures_of_an_untrained_network_are_not_digits(reader):
    # Same shape as the default model; it reads nothing, so the search finds blobs.
    # 200 steps, not 600, for speed: more only makes the blobs bolder.
    net = Network([784, 512, 512, 10], "relu", "softmax", init="he", seed=3)
    pictures = search(net, LABELS, steps=200)[0]
    assert (reader(pictures) == LABELS).sum() <= 3


def test_refined_pictures_of_a_rashid_network_read_as_their_labels(reader):
    # One short run of Rashid's recipe (batch 1, sigmoid, squared error): ~3 s.
    config = replace(engine.preset("rashid", epochs=1), subset=10_000)
    net = config.make_network()
    for _ in engine.train(net, config, engine.load_mnist("train")):
        pass
    pictures = engine.backquery_all(net, "refined")
    assert (reader(pictures) == LABELS).sum() >= 8
    probs = net.predict_proba(pictures.reshape(10, -1))[LABELS, LABELS]
    assert probs.min() >= 0.85, probs


def test_the_bundled_handwriting_space_is_float32_without_pickles():
    with np.load(engine.resource_path("backquery", "pca.npz"), allow_pickle=False) as data:
        mean, basis = data["mean"], data["basis"]
    assert mean.shape == (784,) and basis.shape == (30, 784)
    assert mean.dtype == basis.dtype == np.float32
    assert 0 <= mean.min() and mean.max() <= 1
    sd = np.linalg.norm(basis, axis=1)  # rows are unit components times their sd
    assert (np.diff(sd) <= 1e-6).all() and sd[0] > sd[-1] > 0


@pytest.mark.parametrize("name", ["rashid", "dlfs-ch3"])
def test_refined_pictures_of_the_bundled_book_networks(reader, name):
    # The books' own networks, as bundled: each label read back by the network with p >= 0.9,
    # and most of them (8/10 measured: the 2 and the 3 stay hard) by the reader of real digits.
    net = engine.load_model(name)
    pictures = engine.backquery_all(net, "refined")
    probs = net.predict_proba(pictures.reshape(10, -1))[LABELS, LABELS]
    assert probs.min() >= 0.9, probs
    assert (reader(pictures) == LABELS).sum() >= 8
