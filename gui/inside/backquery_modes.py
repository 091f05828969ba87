"""The back-query modes, their one-sentence explanations and colour maps, shared by the
gallery, the enlarged image and the formation strip."""
import numpy as np
import pyqtgraph as pg

import engine

MODES = engine.BACKQUERY_MODES
EXPLANATIONS = engine.BACKQUERY_EXPLANATIONS
FOOLING = "unconstrained"  # the mode whose images fool the network, not a person

# Rashid shows his back-query with matplotlib's "Greys": white for low, black for high.
GREY = pg.ColorMap([0.0, 1.0], [(255, 255, 255), (0, 0, 0)], name="Greys")
COLOUR = "inferno"


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
