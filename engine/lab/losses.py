"""Sum of squared errors and cross-entropy exactly as Deep Learning from Scratch, 4.2, writes them.

The book's example: ten probabilities ``y`` for the digit 2 (one-hot ``t``),
once with the correct class at 0.6 and once with class 7 at 0.6 and the
correct one at 0.1.
"""
import numpy as np

DELTA = 1e-7  # the book's: keeps log(0) = -inf out of the cross-entropy

BOOK_T = np.eye(10)[2]
BOOK_Y_RIGHT = np.array([0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0])
BOOK_Y_WRONG = np.array([0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0])


def sum_squared_error(y, t):
    """``0.5 * sum((y - t)**2)``; ``y``, ``t`` : ndarray, shape (10,)."""
    return 0.5 * float(np.sum((np.asarray(y) - np.asarray(t)) ** 2))


def cross_entropy_error(y, t, delta=DELTA):
    """``-sum(t * log(y + delta))``, averaged over the rows when ``y`` is a batch.

    ``y``, ``t`` : ndarray, shape (10,) or (batch, 10), ``t`` one-hot.
    """
    y, t = np.asarray(y, dtype=np.float64), np.asarray(t, dtype=np.float64)
    batch = 1 if y.ndim == 1 else len(y)
    return float(-np.sum(t * np.log(y + delta)) / batch)


def book_y(p):
    """The book's right example with the correct class at ``p``: the other nine keep the
    book's proportions and share ``1 - p`` (at p = 0.6 it is the book's ``y`` exactly).

    ``p`` : float or ndarray, shape (n,) ; returns shape (10,) or (n, 10).
    """
    p = np.asarray(p, dtype=np.float64)
    rest = BOOK_Y_RIGHT * (1 - BOOK_T)
    y = rest * ((1 - p[..., None]) / rest.sum()) + BOOK_T * p[..., None]
    return y


def losses_against_p(p):
    """Both losses for the correct class at each ``p`` (see ``book_y``).

    ``p`` : ndarray, shape (n,), in [0, 1].
    Returns ``(sse, ce)``, each ndarray of shape (n,).
    """
    y = book_y(p)
    sse = 0.5 * np.sum((y - BOOK_T) ** 2, axis=1)
    ce = -np.log(np.asarray(p, dtype=np.float64) + DELTA)
    return sse, ce
