"""The back-query modes, their one-sentence explanations and colour maps, shared by the
gallery, the enlarged image and the formation strip."""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

import engine

MODES = engine.BACKQUERY_MODES
EXPLANATIONS = engine.BACKQUERY_EXPLANATIONS
FOOLING = "unconstrained"  # the mode whose images fool the network, not a person
# The engine's sentences (its English stays for the CLI), here again for lupdate to find:
# a test checks that they still match the engine's word for word.
EXPLANATION_TEXTS = {
    "classic": QT_TRANSLATE_NOOP(
        "BackqueryModes", "Rashid's recipe: the label run backwards through the inverted layers, "
                          "pixel by pixel; mostly grey static on a deep network."),
    "refined": QT_TRANSLATE_NOOP(
        "BackqueryModes", "The picture searched for among real handwriting (the mean MNIST digit "
                          "and its main ways of varying) until the network reads it as the label."),
    "unconstrained": QT_TRANSLATE_NOOP(
        "BackqueryModes", "The picture searched for on free pixels until the network reads it "
                          "as the label: what fools the network, mostly speckle no person reads."),
}
MODE_NAMES = {
    "classic": QT_TRANSLATE_NOOP("BackqueryModes", "classic (Rashid)"),
    "refined": QT_TRANSLATE_NOOP("BackqueryModes", "refined"),
    "unconstrained": QT_TRANSLATE_NOOP("BackqueryModes", "unconstrained (fooling images)"),
}
SHORT_NAMES = {
    "classic": QT_TRANSLATE_NOOP("BackqueryModes", "classic"),
    "refined": QT_TRANSLATE_NOOP("BackqueryModes", "refined"),
    "unconstrained": QT_TRANSLATE_NOOP("BackqueryModes", "unconstrained"),
}

# Rashid shows his back-query with matplotlib's "Greys": white for low, black for high.
GREY = pg.ColorMap([0.0, 1.0], [(255, 255, 255), (0, 0, 0)], name="Greys")
COLOUR = "inferno"


def explanation(mode):
    """``mode``'s sentence in the window's language (the engine's own for a mode we lack)."""
    if mode in EXPLANATION_TEXTS:
        return QCoreApplication.translate("BackqueryModes", EXPLANATION_TEXTS[mode])
    return EXPLANATIONS.get(mode, "")


def mode_name(mode, short=False):
    """``mode`` as the switch names it (``short``: the bare name), in the window's language."""
    names = SHORT_NAMES if short else MODE_NAMES
    if mode in names:
        return QCoreApplication.translate("BackqueryModes", names[mode])
    return mode


def colormap(colour):
    return pg.colormap.get(COLOUR) if colour else GREY


def compute(net, mode):
    """The ten images and the network's confidence in each one's own label (in a thread)."""
    images = np.asarray(engine.backquery_all(net, mode))  # one batch: the fast path
    probs = net.predict_proba(images.reshape(10, -1))
    return list(images), [float(probs[d, d]) for d in range(10)]


def shared_levels(images):
    """One (low, high) range for all ``images``: the colour bar then tells the truth."""
    lo = float(min(np.min(im) for im in images))
    hi = float(max(np.max(im) for im in images))
    return lo, hi if hi > lo else lo + 1.0
