"""Teaching that sticks: five examples of a style the model misreads, taught as the app
teaches them, and new drawings of that style are read; MNIST stays where it was.

The style is the struck-through 0 (``slash0``), which no training set holds. One
person draws every example with the same hand (pen, slant, size), as a user would.
The steps are the app's (``gui/window/teaching.py``): each Learn keeps the drawing
among the personal digits and teaches a copy of the current network all of them,
with MNIST's training digits mixed in and the number of digits as the seed.
"""
import numpy as np
import pytest

import engine
from engine.data.styles import hand_canvas, style_strokes

HAND = dict(height=0.6, width=0.07, slant=0.15, aspect=0.9, wobble=0.2, speed=0.3, coarse=0)


def drawn_by_the_user(image, rng):
    """An MNIST 0 drawn struck through by the one user, as the canvas gives it to the network."""
    return engine.preprocess_canvas(hand_canvas(style_strokes(image, 0, "slash0", rng), rng,
                                                **HAND))


@pytest.fixture(scope="module")
def setting():
    net = engine.load_model()
    test_images, test_labels = engine.load_mnist("test")
    rng = np.random.default_rng(0)
    zeros = np.flatnonzero(test_labels == 0)
    drawings = np.stack([drawn_by_the_user(test_images[i], rng) for i in zeros[:100]])
    return net, drawings


def read_as_zero(net, drawings):
    return float(np.mean(net.predict(drawings.reshape(len(drawings), -1)) == 0))


def test_five_taught_struck_through_zeros_make_new_ones_read_and_keep_mnist(setting, tmp_path):
    net, drawings = setting
    pool, held_out = drawings[:40], drawings[40:]  # taught from the first; new drawings after
    misread = np.flatnonzero(net.predict(pool.reshape(len(pool), -1)) != 0)
    assert len(misread) >= 5, "the model already reads this style: nothing to teach"
    before = read_as_zero(net, held_out)
    assert before < 0.85, before

    personal = engine.PersonalDigits(tmp_path / "personal.npz")
    mnist_train = engine.load_mnist("train")
    taught = net
    for i in misread[:5]:  # the user presses Learn on each drawing the app got wrong
        personal.add(pool[i], 0)
        taught = taught.copy()
        engine.teach(taught, personal.images, personal.labels, mnist=mnist_train,
                     seed=len(personal))
    after = read_as_zero(taught, held_out)
    assert after >= 0.9 and after >= before + 0.15, (before, after)

    test = engine.load_mnist("test")
    change = engine.evaluate(taught, *test)["accuracy"] - engine.evaluate(net, *test)["accuracy"]
    assert abs(change) <= 0.002, change
