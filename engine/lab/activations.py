"""Activation functions as Deep Learning from Scratch, chapter 3, writes them, and their overflow.

The naive sigmoid ``1 / (1 + exp(-x))`` and the naive softmax ``exp(a) / sum(exp(a))``
are kept on purpose: ``exp`` of a large argument overflows, which the lab shows next
to the stable forms.
"""
import warnings

import numpy as np


def step(x):
    """The step function: 1 where ``x > 0``, else 0 (ints, like the book's ``astype(int)``)."""
    return (np.asarray(x) > 0).astype(int)


def sigmoid_naive(x):
    """``1 / (1 + exp(-x))``, as in the book: for x below about -709, ``exp(-x)``
    overflows (RuntimeWarning) even though the answer, 0, is perfectly representable."""
    return 1.0 / (1.0 + np.exp(-np.asarray(x, dtype=np.float64)))


def sigmoid_stable(x):
    """The same function without overflow: ``exp`` only ever sees ``-|x|`` (<= 0).

    For x >= 0 it is ``1 / (1 + e)``, for x < 0 the equal ``e / (1 + e)``,
    with ``e = exp(-|x|)`` in (0, 1].
    """
    x = np.asarray(x, dtype=np.float64)
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def relu(x):
    return np.maximum(0, x)


def tanh(x):
    return np.tanh(x)


def softmax_naive(a):
    """``exp(a) / sum(exp(a))``, as the book first writes it: nan once ``exp`` overflows.

    ``a`` : ndarray, shape (n,) ; returns shape (n,).
    """
    e = np.exp(np.asarray(a, dtype=np.float64))
    return e / np.sum(e)


def softmax_stable(a):
    """Softmax after subtracting the largest input: the same result, no overflow.

    ``a`` : ndarray, shape (n,) or (batch, n): each row is one softmax.
    """
    a = np.asarray(a, dtype=np.float64)
    e = np.exp(a - np.max(a, axis=-1, keepdims=True))
    return e / np.sum(e, axis=-1, keepdims=True)


# name -> function, for the plot of chapter 3's curves
CURVES = {"step": step, "sigmoid": sigmoid_stable, "ReLU": relu, "tanh": tanh}


def with_warnings(function, *args):
    """Call ``function(*args)`` and return ``(result, messages)``: the text of every
    RuntimeWarning NumPy raised, e.g. ``["overflow encountered in exp"]``, instead of
    printing it (the lab shows it on screen)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", RuntimeWarning)
        # Underflow to 0 is the right answer, not a problem worth showing.
        with np.errstate(over="warn", invalid="warn", divide="warn", under="ignore"):
            result = function(*args)
    return result, list(dict.fromkeys(str(w.message) for w in caught
                                      if issubclass(w.category, RuntimeWarning)))
