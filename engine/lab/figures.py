"""Every figure of the lab in one dict: what ``python -m engine lab`` prints.

The keys are a contract (issue 15); the values come from the same functions
the lab panel calls. NaN stays a float here; the CLI writes it as "nan".
"""
import numpy as np

from .activations import softmax_naive, softmax_stable, with_warnings
from .ch3 import BOOK_BATCH, ch3_run, speedup
from .descent import BOOK_RATES, gradient_descent
from .gradient import BOOK_POINTS, gradient_at
from .losses import BOOK_T, BOOK_Y_RIGHT, BOOK_Y_WRONG, cross_entropy_error, sum_squared_error
from .numdiff import function_1, numerical_diff
from .twolayernet import gradient_comparison

BOOK_SOFTMAX_INPUT = (1010.0, 1000.0, 990.0)

KEYS = ("numerical_diff_at_5", "numerical_diff_at_10", "gradient_at_3_4", "gradient_at_0_2",
        "gradient_at_3_0", "descent_lr_0.1", "descent_lr_10", "descent_lr_1e-10", "sse_right",
        "sse_wrong", "ce_right", "ce_wrong", "softmax_naive", "softmax_stable", "float32_1e-50",
        "ch3_accuracy", "ch3_batch_speedup", "twolayernet_gradient_difference")


def quick_figures():
    """The figures that take no time: everything but the chapter-3 network and TwoLayerNet."""
    out = {"numerical_diff_at_5": float(numerical_diff(function_1, 5.0)),
           "numerical_diff_at_10": float(numerical_diff(function_1, 10.0))}
    for point in BOOK_POINTS:
        key = "gradient_at_" + "_".join(f"{v:g}" for v in point)
        out[key] = gradient_at(point).tolist()
    for lr in BOOK_RATES:
        out[f"descent_lr_{lr:g}"] = gradient_descent(lr=lr)[0].tolist()
    out.update(sse_right=sum_squared_error(BOOK_Y_RIGHT, BOOK_T),
               sse_wrong=sum_squared_error(BOOK_Y_WRONG, BOOK_T),
               ce_right=cross_entropy_error(BOOK_Y_RIGHT, BOOK_T),
               ce_wrong=cross_entropy_error(BOOK_Y_WRONG, BOOK_T))
    # The overflow warnings are the point of the naive form; here only its result counts.
    out["softmax_naive"] = with_warnings(softmax_naive, np.array(BOOK_SOFTMAX_INPUT))[0].tolist()
    out["softmax_stable"] = softmax_stable(np.array(BOOK_SOFTMAX_INPUT)).tolist()
    out["float32_1e-50"] = float(np.float32(1e-50))
    return out


def lab_figures(details=None):
    """All of ``KEYS``, computed now (about 5-10 s: the TwoLayerNet's numerical gradient).

    ``details``, a dict if given, receives what the figures came from: ``ch3`` (the
    dict of ``ch3_run``) and ``twolayernet`` (the dict of ``gradient_comparison``).
    """
    out = quick_figures()
    ch3 = ch3_run(batch_sizes=(1, BOOK_BATCH))
    out["ch3_accuracy"] = ch3["accuracy"]
    out["ch3_batch_speedup"] = speedup(ch3["seconds"])
    comparison = gradient_comparison()
    out["twolayernet_gradient_difference"] = comparison["difference"]
    if details is not None:
        details.update(ch3=ch3, twolayernet=comparison)
    return {key: out[key] for key in KEYS}
