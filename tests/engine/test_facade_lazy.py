"""The facade imports light: SciPy's ndimage and special, Pillow, training and the lab come
when first used, and every name of the facade is still there, the same object as before."""
import subprocess
import sys

import pytest

import engine
from conftest import ROOT

HEAVY = ("scipy.ndimage", "scipy.special", "PIL", "engine.training", "engine.lab",
         "engine.insight.explain", "engine.data.drawn_sets")


def test_importing_the_engine_loads_no_ndimage_special_pillow_or_training():
    code = f"import sys, engine; print(sorted(m for m in sys.modules if m.startswith({HEAVY!r})))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "[]"


def test_a_late_name_is_the_object_its_module_gives():
    from engine.insight import gradcheck
    from engine.training import loop, sweep

    assert engine.train is loop.train and engine.SWEEP_FIELDS is sweep.SWEEP_FIELDS
    assert engine.GRADIENT_CHECK_TOLERANCE == gradcheck.TOLERANCE
    assert engine.lab.sigmoid_naive is sys.modules["engine.lab"].sigmoid_naive
    from engine import STYLES, style_canvas  # noqa: F401  (the from-import way works too)

    assert STYLES is sys.modules["engine.data.styles"].STYLES


def test_every_name_of_all_is_listed_and_an_unknown_one_is_an_attribute_error():
    assert set(engine.__all__) <= set(dir(engine))
    with pytest.raises(AttributeError, match="no attribute 'trian'"):
        engine.trian  # noqa: B018


def test_the_scipy_functions_still_work_once_asked_for():
    import numpy as np

    net = engine.Network([784, 16, 10], hidden_activation="sigmoid", output_activation="sigmoid",
                         seed=0)
    picture = engine.backquery(net, 3, mode="unconstrained")  # logit and ndimage inside
    assert picture.shape == (28, 28) and np.isfinite(picture).all()
    image = np.zeros((28, 28), np.float32)
    image[6:22, 13:15] = 1.0  # a "1"
    assert engine.digit_strokes(image)  # ndimage.zoom inside
