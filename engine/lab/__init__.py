"""The books' chapters as a lab: Deep Learning from Scratch, chapters 3 and 4, computed live.

One small module per idea: ``activations`` (step, sigmoid naive and stable,
ReLU, tanh, softmax naive and stable), ``losses`` (SSE and cross-entropy as
the book writes them), ``numdiff`` (the numerical derivative and its
rounding error), ``gradient`` (the gradient of x0^2 + x1^2), ``descent``
(gradient descent with its path), ``ch3`` (the book's pretrained network:
accuracy and batch inference), ``twolayernet`` (the book's TwoLayerNet:
numerical gradient against backprop) and ``figures`` (every figure the
book prints, as the CLI reports them). The GUI reaches all of it as ``engine.lab``.
"""
from .activations import (CURVES, relu, sigmoid_naive, sigmoid_stable, softmax_naive,
                          softmax_stable, step, tanh, with_warnings)
from .ch3 import BATCH_SIZES, BOOK_BATCH, ch3_run, speedup
from .descent import BOOK_RATES, BOOK_START, BOOK_STEPS, gradient_descent
from .figures import BOOK_SOFTMAX_INPUT, KEYS, lab_figures, quick_figures
from .gradient import BOOK_POINTS, function_2, gradient_at, gradient_field
from .losses import (BOOK_T, BOOK_Y_RIGHT, BOOK_Y_WRONG, DELTA, book_y, cross_entropy_error,
                     losses_against_p, sum_squared_error)
from .numdiff import (diff_in, error_against_h, function_1, function_1_derivative,
                      numerical_diff)
from .twolayernet import PARAMETERS, StopRequested, TwoLayerNet, gradient_comparison

__all__ = [
    "BATCH_SIZES", "BOOK_BATCH", "BOOK_POINTS", "BOOK_RATES", "BOOK_SOFTMAX_INPUT", "BOOK_START",
    "BOOK_STEPS", "BOOK_T", "BOOK_Y_RIGHT", "BOOK_Y_WRONG", "CURVES", "DELTA", "KEYS",
    "PARAMETERS", "StopRequested", "TwoLayerNet", "book_y", "ch3_run", "cross_entropy_error",
    "diff_in", "error_against_h", "function_1", "function_1_derivative", "function_2",
    "gradient_at", "gradient_comparison", "gradient_descent", "gradient_field", "lab_figures",
    "losses_against_p", "numerical_diff", "quick_figures", "relu", "sigmoid_naive",
    "sigmoid_stable", "softmax_naive", "softmax_stable", "speedup", "step", "sum_squared_error",
    "tanh", "with_warnings",
]
