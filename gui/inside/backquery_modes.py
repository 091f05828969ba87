"""The back-query modes, their one-sentence explanations and colour maps, shared by the
gallery, the enlarged image and the formation strip."""
import numpy as np
import pyqtgraph as pg

import engine

# Until the engine names them all, the views fall back to what it has.
MODES = tuple(getattr(engine, "BACKQUERY_MODES", ("classic", "refined")))
_FALLBACK = {
    "classic": "Rashid's recipe: the label's target run backwards through the transposed weights.",
    "refined": "The classic image nudged, within the pixel range, until the network reads it back.",
    "unconstrained": "Whatever input makes the network sure of the label, with no limit to make "
                     "it look like a digit.",
}
EXPLANATIONS = dict(_FALLBACK, **getattr(engine, "BACKQUERY_EXPLANATIONS", {}))
FOOLING = "unconstrained"  # the mode whose images fool the network, not a person

# Rashid shows his back-query with matplotlib's "Greys": white for low, black for high.
GREY = pg.ColorMap([0.0, 1.0], [(255, 255, 255), (0, 0, 0)], name="Greys")
COLOUR = "inferno"


def colormap(colour):
    return pg.colormap.get(COLOUR) if colour else GREY


def backquery_all(net, mode):
    """The ten images, shape (10, 28, 28), of ``net`` in ``mode``."""
    whole = getattr(engine, "backquery_all", None)
    if whole is not None:
        return np.asarray(whole(net, mode))
    return np.stack([engine.backquery(net, d, mode=mode) for d in range(10)])


def compute(net, mode):
    """The ten images and the network's confidence in each one's own label (in a thread)."""
    images = backquery_all(net, mode)
    probs = net.predict_proba(images.reshape(10, -1))
    return list(images), [float(probs[d, d]) for d in range(10)]


def shared_levels(images):
    """One (low, high) range for all ``images``: the colour bar then tells the truth."""
    lo = float(min(np.min(im) for im in images))
    hi = float(max(np.max(im) for im in images))
    return lo, hi if hi > lo else lo + 1.0
