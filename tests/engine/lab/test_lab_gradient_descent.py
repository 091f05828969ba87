"""Chapter 4.4: the gradient of x0^2 + x1^2 and gradient descent with the book's three rates."""
import numpy as np
import pytest

from conftest import ROOT  # noqa: F401
from engine import lab


@pytest.mark.parametrize("point, expected", [((3, 4), [6, 8]), ((0, 2), [0, 4]), ((3, 0), [6, 0])])
def test_numerical_gradient_at_the_books_points(point, expected):
    np.testing.assert_allclose(lab.gradient_at(point), expected, atol=1e-10)


def test_gradient_field_points_away_from_the_minimum():
    x0, x1, g0, g1 = lab.gradient_field(np.arange(-2, 2.5, 0.25), np.arange(-2, 2.5, 0.25))
    assert x0.shape == g0.shape == (18 * 18,)
    np.testing.assert_allclose(g0, 2 * x0, atol=1e-8)
    np.testing.assert_allclose(g1, 2 * x1, atol=1e-8)


def test_descent_with_a_good_rate_reaches_the_books_point():
    x, path = lab.gradient_descent(lr=0.1)
    assert [f"{v:.8e}" for v in x] == ["-6.11110793e-10", "8.14814391e-10"]
    assert path.shape == (101, 2) and path[0].tolist() == [-3.0, 4.0]
    np.testing.assert_array_equal(path[-1], x)


def test_descent_with_a_huge_rate_blows_up_as_in_the_book():
    x, _ = lab.gradient_descent(lr=10.0)
    assert [f"{v:.8e}" for v in x] == ["-2.58983747e+13", "-1.29524862e+12"]


def test_descent_with_a_tiny_rate_barely_moves():
    x, _ = lab.gradient_descent(lr=1e-10)
    assert [f"{v:.8f}" for v in x] == ["-2.99999994", "3.99999992"]


def test_descent_does_not_change_its_start_and_refuses_negative_steps():
    start = np.array([-3.0, 4.0])
    lab.gradient_descent(init_x=start, lr=0.1, step_num=5)
    assert start.tolist() == [-3.0, 4.0]
    with pytest.raises(ValueError):
        lab.gradient_descent(step_num=-1)
