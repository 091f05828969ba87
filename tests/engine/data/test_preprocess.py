import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

import engine
from engine import preprocess_canvas


def centre_of_mass(img):
    ys, xs = np.mgrid[0:28, 0:28]
    m = img.sum()
    return (ys * img).sum() / m, (xs * img).sum() / m


def bbox(img, threshold=0.05):
    rows = np.flatnonzero((img > threshold).any(axis=1))
    cols = np.flatnonzero((img > threshold).any(axis=0))
    return rows[-1] - rows[0] + 1, cols[-1] - cols[0] + 1


def test_blank_canvas_gives_none():
    assert preprocess_canvas(np.zeros((280, 280))) is None
    assert preprocess_canvas(np.zeros((280, 280), np.uint8)) is None
    assert preprocess_canvas(np.full((50, 50), 0.01)) is None


def test_output_is_28x28_float32_in_unit_range():
    canvas = np.zeros((280, 280), np.float32)
    canvas[50:200, 100:140] = 1
    out = preprocess_canvas(canvas)
    assert out.shape == (28, 28) and out.dtype == np.float32
    assert out.min() >= 0 and out.max() == pytest.approx(1.0)


def test_an_off_centre_blob_is_centred_by_mass():
    canvas = np.zeros((280, 280), np.float32)
    canvas[10:60, 200:260] = 1  # top right corner
    cy, cx = centre_of_mass(preprocess_canvas(canvas))
    assert cy == pytest.approx(14.0, abs=0.55) and cx == pytest.approx(14.0, abs=0.55)


def test_a_tall_line_is_20_pixels_high_and_keeps_its_aspect_ratio():
    canvas = np.zeros((280, 280), np.float32)
    canvas[40:240, 130:150] = 1  # 200 tall, 20 wide: ratio 10
    h, w = bbox(preprocess_canvas(canvas))
    assert h == 20
    assert w in (2, 3)


def test_a_wide_shape_is_20_pixels_wide():
    canvas = np.zeros((280, 280), np.float32)
    canvas[100:160, 20:260] = 1  # 60 x 240
    h, w = bbox(preprocess_canvas(canvas))
    assert w == 20 and h in (5, 6)


def test_a_single_dot_is_enlarged_to_the_box():
    canvas = np.zeros((280, 280), np.float32)
    canvas[100:104, 30:34] = 1
    out = preprocess_canvas(canvas)
    assert bbox(out) == (20, 20)
    cy, cx = centre_of_mass(out)
    assert cy == pytest.approx(14.0, abs=0.55) and cx == pytest.approx(14.0, abs=0.55)


def test_a_huge_stroke_filling_the_canvas_still_fits():
    canvas = np.ones((280, 280), np.float32)
    out = preprocess_canvas(canvas)
    assert bbox(out) == (20, 20)


def test_downscaling_is_anti_aliased():
    canvas = np.zeros((280, 280), np.float32)
    canvas[40:240, 40:240] = 0
    canvas[40:240, 133:147] = 1  # 14 px wide: 1.4 output pixels at scale 0.1
    out = preprocess_canvas(canvas)
    row = out[14]
    assert ((row > 0.05) & (row < 0.95)).any()  # a grey edge, not a hard step


def test_uint8_and_float_input_agree():
    canvas = np.zeros((140, 140), np.float32)
    canvas[20:120, 60:80] = 1
    a = preprocess_canvas(canvas)
    b = preprocess_canvas((canvas * 255).astype(np.uint8))
    np.testing.assert_allclose(a, b, atol=1e-6)


def test_mnist_digits_come_back_nearly_unchanged():
    images, labels = engine.load_mnist("test")
    net = engine.load_model()
    x = np.stack([preprocess_canvas(im) for im in images[:300]])
    raw = net.predict(engine.to_inputs(images[:300]))
    again = net.predict(x.reshape(300, -1))
    assert np.mean(again == labels[:300]) >= np.mean(raw == labels[:300]) - 0.01


@pytest.mark.parametrize("bad", [np.zeros((0, 0)), np.zeros((2, 2, 2, 2)), np.zeros(5),
                                 np.array([["a"]], dtype=object)])
def test_impossible_arrays_raise_value_error(bad):
    with pytest.raises(ValueError):
        preprocess_canvas(bad)


@settings(max_examples=300, deadline=None)
@given(arrays(dtype=st.sampled_from([np.float32, np.float64, np.uint8, np.int16, np.bool_]),
              shape=st.tuples(st.integers(1, 60), st.integers(1, 60)),
              elements=None))
def test_fuzz_preprocess_never_fails_on_any_2d_array(image):
    out = preprocess_canvas(image)
    assert out is None or (out.shape == (28, 28) and np.isfinite(out).all()
                           and out.min() >= 0 and out.max() <= 1)
