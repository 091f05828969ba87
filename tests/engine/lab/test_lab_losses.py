"""Chapter 4.2's losses on the book's example, and the loss curves of the lab's slider."""
import numpy as np

from conftest import ROOT  # noqa: F401
from engine import lab


def test_the_books_sse_and_cross_entropy():
    t = lab.BOOK_T
    assert round(lab.sum_squared_error(lab.BOOK_Y_RIGHT, t), 10) == 0.0975
    assert round(lab.sum_squared_error(lab.BOOK_Y_WRONG, t), 10) == 0.5975
    assert f"{lab.cross_entropy_error(lab.BOOK_Y_RIGHT, t):.15g}" == "0.510825457099338"
    assert f"{lab.cross_entropy_error(lab.BOOK_Y_WRONG, t):.15g}" == "2.30258409299455"
    assert f"{lab.cross_entropy_error(lab.BOOK_Y_WRONG, t):.7f}" == "2.3025841"


def test_delta_keeps_the_log_of_zero_finite():
    assert np.isfinite(lab.cross_entropy_error(np.zeros(10), lab.BOOK_T))
    assert lab.cross_entropy_error(np.zeros(10), lab.BOOK_T) == -np.log(1e-7)


def test_the_slider_curves_pass_through_the_books_example():
    p = np.array([0.1, 0.6, 1.0])
    y = lab.book_y(p)
    np.testing.assert_allclose(y.sum(axis=1), 1.0)
    np.testing.assert_allclose(y[1], lab.BOOK_Y_RIGHT)
    sse, ce = lab.losses_against_p(p)
    assert round(sse[1], 10) == 0.0975 and abs(ce[1] - 0.510825457099338) < 1e-12
    assert sse[2] == 0.0 and abs(ce[2]) < 1e-6
    assert np.all(np.diff(sse) < 0) and np.all(np.diff(ce) < 0)  # a surer answer costs less
