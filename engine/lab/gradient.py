"""The gradient of x0^2 + x1^2, numerically (Deep Learning from Scratch, 4.4).

``numerical_gradient`` is the engine's one (``engine.insight.gradcheck``):
central differences with h = 1e-4, element by element.
"""
import numpy as np

from ..insight.gradcheck import numerical_gradient

BOOK_POINTS = ((3.0, 4.0), (0.0, 2.0), (3.0, 0.0))  # the book prints [6, 8], [0, 4], [6, 0]


def function_2(x):
    """The book's ``x0^2 + x1^2``; ``x`` : ndarray, shape (2,), or (2, n) for n points."""
    return x[0] ** 2 + x[1] ** 2


def gradient_at(point):
    """The numerical gradient of ``function_2`` at ``point`` (two numbers), shape (2,)."""
    return numerical_gradient(function_2, np.array(point, dtype=np.float64))


def gradient_field(x0, x1):
    """The numerical gradient at every point of the grid ``x0`` x ``x1``, as the book's figure.

    ``x0`` : ndarray, shape (n,) ; ``x1`` : ndarray, shape (m,).
    Returns ``(X0, X1, G0, G1)``, each ndarray of shape (m * n,): the points and the
    gradient's two components there (the figure draws ``-G``, pointing downhill).
    """
    grid0, grid1 = np.meshgrid(np.asarray(x0, float), np.asarray(x1, float))
    points = np.stack([grid0.ravel(), grid1.ravel()], axis=1)
    grads = np.array([numerical_gradient(function_2, p.copy()) for p in points])
    return points[:, 0], points[:, 1], grads[:, 0], grads[:, 1]
