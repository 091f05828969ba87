"""Gradient descent on x0^2 + x1^2 from (-3, 4), the book's 4.4.1, keeping the path."""
import numpy as np

from ..insight.gradcheck import numerical_gradient
from .gradient import function_2

BOOK_START = (-3.0, 4.0)
BOOK_STEPS = 100
BOOK_RATES = (0.1, 10.0, 1e-10)  # good, too large (blows up), too small (barely moves)


def gradient_descent(f=function_2, init_x=BOOK_START, lr=0.01, step_num=BOOK_STEPS):
    """``x -= lr * grad f(x)``, ``step_num`` times, with the numerical gradient.

    Parameters
    ----------
    f : callable, ndarray shape (n,) -> float
    init_x : sequence of n floats (not changed)
    lr : float
    step_num : int

    Returns
    -------
    x : ndarray, shape (n,), where it ends
    path : ndarray, shape (step_num + 1, n), the start and every step after it
    """
    if step_num < 0:
        raise ValueError(f"step_num must be 0 or more, not {step_num}")
    x = np.array(init_x, dtype=np.float64)
    path = [x.copy()]
    # A huge rate overflows to inf and then nan: that is the lesson, not an error.
    with np.errstate(over="ignore", invalid="ignore"):
        for _ in range(step_num):
            x -= lr * numerical_gradient(f, x)
            path.append(x.copy())
    return x, np.array(path)
