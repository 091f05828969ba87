"""The numerical derivative (Deep Learning from Scratch, 4.3) and where rounding takes over.

The book's function is ``0.01 x^2 + 0.1 x``; its derivative ``0.02 x + 0.1`` is
0.2 at 5 and 0.3 at 10. A smaller ``h`` cuts the formula's own error (h for the
forward difference, h^2 for the central one) until ``x + h`` can no longer be
told from ``x``: then rounding wins, sooner in float32 than in float64.
"""
import numpy as np

METHODS = ("central", "forward")


def function_1(x):
    """The book's ``0.01 x^2 + 0.1 x``, in the dtype of ``x`` (float32 stays float32)."""
    x = np.asarray(x)
    c1, c2 = x.dtype.type(0.01), x.dtype.type(0.1)
    return c1 * x ** 2 + c2 * x


def function_1_derivative(x):
    """The exact derivative, ``0.02 x + 0.1``."""
    return 0.02 * x + 0.1


def numerical_diff(f, x, h=1e-4, method="central"):
    """``(f(x+h) - f(x-h)) / 2h`` (central) or ``(f(x+h) - f(x)) / h`` (forward).

    ``x`` and ``h`` are used as given: pass NumPy float32 scalars for float32.
    """
    if method == "central":
        return (f(x + h) - f(x - h)) / (2 * h)
    if method == "forward":
        return (f(x + h) - f(x)) / h
    raise ValueError(f"method must be one of {', '.join(METHODS)}, not {method!r}")


def diff_in(dtype, x, h, method="central", f=function_1):
    """``numerical_diff`` with ``x`` and ``h`` first rounded to ``dtype`` (float32 or float64).

    Returns a float; nan when ``h`` rounds to 0 in ``dtype`` (``np.float32(1e-50)`` is 0.0).
    """
    kind = np.dtype(dtype).type
    x, h = kind(x), kind(h)
    if h == 0:
        return float("nan")
    return float(numerical_diff(f, x, h, method))


def error_against_h(hs, x=5.0, dtype=np.float64, method="central"):
    """``|numerical - exact|`` of the derivative of ``function_1`` at ``x`` for each step.

    ``hs`` : ndarray, shape (n,), the steps. Returns ndarray, shape (n,), float64;
    nan where ``h`` itself rounds to 0 in ``dtype``.
    """
    exact = function_1_derivative(float(x))
    return np.array([abs(diff_in(dtype, x, h, method) - exact) for h in hs])
