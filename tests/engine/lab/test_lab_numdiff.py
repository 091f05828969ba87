"""Chapter 4.3: the numerical derivative, and where rounding takes over."""
import numpy as np
import pytest

from conftest import ROOT  # noqa: F401
from engine import lab


def test_the_books_central_differences_to_the_last_digit():
    assert lab.numerical_diff(lab.function_1, 5.0) == 0.1999999999990898
    assert lab.numerical_diff(lab.function_1, 10.0) == 0.2999999999986347
    assert lab.diff_in(np.float64, 5.0, 1e-4) == 0.1999999999990898


def test_float32_cannot_hold_1e_minus_50():
    assert np.float32(1e-50) == 0.0
    assert np.isnan(lab.diff_in(np.float32, 5.0, 1e-50))  # h itself vanished: no step at all
    assert lab.diff_in(np.float64, 5.0, 1e-50) == 0.0  # x + h == x: the difference is 0


def test_forward_difference_is_worse_than_central_at_the_books_step():
    exact = lab.function_1_derivative(5.0)
    forward = lab.numerical_diff(lab.function_1, 5.0, method="forward")
    central = lab.numerical_diff(lab.function_1, 5.0)
    assert abs(forward - exact) > 100 * abs(central - exact)
    with pytest.raises(ValueError, match="method"):
        lab.numerical_diff(lab.function_1, 5.0, method="backward")


def test_rounding_takes_over_sooner_in_float32():
    hs = 10.0 ** -np.arange(1, 21)
    errors = {(m, d): lab.error_against_h(hs, dtype=d, method=m)
              for m in ("central", "forward") for d in (np.float64, np.float32)}
    for e in errors.values():
        # Far too small a step: x + h rounds to x, the numerical derivative is 0.
        assert e[-1] == pytest.approx(0.2)
    # Forward: the formula's error (~0.01 h) falls with h until rounding takes over, and
    # in float32 that happens at a much larger step, with a much larger best error.
    f64, f32 = errors["forward", np.float64], errors["forward", np.float32]
    assert hs[np.argmin(f32)] > 100 * hs[np.argmin(f64)]
    assert f32.min() > 1000 * f64.min()
    # Central has no formula error on a quadratic: all of it is rounding, worse in float32.
    c64, c32 = errors["central", np.float64], errors["central", np.float32]
    assert np.all(c32[:6] > 100 * c64[:6])
    assert np.all(np.diff(np.log10(c64[:10])) > -0.5)  # roughly growing as h shrinks
