"""Chapter 3's activations: the naive sigmoid and softmax overflow, the stable forms do not."""
import warnings

import numpy as np
import pytest

from conftest import ROOT  # noqa: F401  (puts the project on sys.path)
from engine import lab


def test_naive_sigmoid_overflows_with_a_runtime_warning():
    with np.errstate(over="warn"), pytest.warns(RuntimeWarning, match="overflow encountered in exp"):
        value = lab.sigmoid_naive(np.array([-1000.0]))
    assert value[0] == 0.0


def test_stable_sigmoid_gives_the_same_values_without_a_warning():
    x = np.array([-1000.0, -710.0, -30.0, -1.0, 0.0, 1.0, 30.0, 1000.0])
    with warnings.catch_warnings(), np.errstate(over="raise", invalid="raise", divide="raise"):
        warnings.simplefilter("error")
        stable = lab.sigmoid_stable(x)
    np.testing.assert_allclose(stable[2:-1], 1 / (1 + np.exp(-x[2:-1])), rtol=1e-15)
    assert stable[0] == 0.0 and stable[1] > 0 and stable[-1] == 1.0


def test_with_warnings_hands_back_the_message_instead_of_printing_it():
    value, messages = lab.with_warnings(lab.sigmoid_naive, np.array([-1000.0]))
    assert messages == ["overflow encountered in exp"] and value[0] == 0.0
    assert lab.with_warnings(lab.sigmoid_stable, np.array([-1000.0]))[1] == []


def test_naive_softmax_of_the_books_input_is_nan():
    with np.errstate(all="warn"), pytest.warns(RuntimeWarning):
        y = lab.softmax_naive(np.array([1010.0, 1000.0, 990.0]))
    assert np.isnan(y).all()


def test_stable_softmax_gives_the_books_values_to_its_printed_digits():
    y = lab.softmax_stable(np.array([1010.0, 1000.0, 990.0]))
    assert [f"{v:.8e}" for v in y] == ["9.99954600e-01", "4.53978686e-05", "2.06106005e-09"]
    batch = lab.softmax_stable(np.array([[1010.0, 1000.0, 990.0], [0.3, 2.9, 4.0]]))
    np.testing.assert_allclose(batch.sum(axis=1), 1.0)
    np.testing.assert_allclose(batch[0], y)


def test_step_relu_tanh():
    x = np.array([-2.0, 0.0, 0.5])
    assert lab.step(x).tolist() == [0, 0, 1]
    assert lab.relu(x).tolist() == [0.0, 0.0, 0.5]
    np.testing.assert_allclose(lab.tanh(x), np.tanh(x))
    assert set(lab.CURVES) == {"step", "sigmoid", "ReLU", "tanh"}
