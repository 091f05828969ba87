"""The styles MNIST lacks: each generator draws its style, and the bundled model reads it."""
import numpy as np
import pytest
from scipy import ndimage

import engine
from engine.data import styles
from engine.data.strokes import jitter_strokes, speed_widths

# One steady hand, so that a test sees the style and not the hand's randomness.
STEADY = dict(height=0.7, width=0.06, slant=0.0, aspect=1.0, wobble=0.0, speed=0.0, coarse=0)


@pytest.fixture(scope="module")
def mnist_test():
    return engine.load_mnist("test")


def first_of(mnist_test, label):
    images, labels = mnist_test
    return images[np.flatnonzero(labels == label)[0]]


def steady_canvas(lines, seed=0):
    return styles.hand_canvas(lines, np.random.default_rng(seed), **STEADY)


def ink_box(canvas):
    rows = np.flatnonzero(canvas.max(axis=1) > 0.3)
    cols = np.flatnonzero(canvas.max(axis=0) > 0.3)
    return rows[0], rows[-1], cols[0], cols[-1]


def vertical_one():
    image = np.zeros((28, 28), np.uint8)
    image[4:24, 13:15] = 255
    return image


def stem_column(canvas):
    """The x where the stem of a 1 or a 7 is: the most inked column of the lower half."""
    top, bottom, _, _ = ink_box(canvas)
    lower = canvas[(top + bottom) // 2 + 5:bottom - 5]
    return int(np.argmax(lower.sum(axis=0)))


def test_a_flagged_one_has_ink_left_of_the_stem_in_its_upper_part():
    rng = np.random.default_rng(1)
    plain = steady_canvas(styles.style_strokes(vertical_one(), 1, "plain", rng))
    flagged = steady_canvas(styles.style_strokes(vertical_one(), 1, "flag1", rng))
    for canvas, flag_expected in ((plain, False), (flagged, True)):
        top, bottom, _, _ = ink_box(canvas)
        stem = stem_column(canvas)
        upper_left = canvas[top:top + (bottom - top) // 2, :stem - 12]
        assert (upper_left.sum() > 50) == flag_expected
    # The flag hangs from the top: the ink left of the stem starts at the digit's top.
    top, bottom, _, _ = ink_box(flagged)
    rows = np.flatnonzero(flagged[:, :stem_column(flagged) - 12].max(axis=1) > 0.3)
    assert rows[0] - top < 0.1 * (bottom - top)


def test_a_based_one_stands_on_a_line_wider_than_its_stem():
    rng = np.random.default_rng(2)
    canvas = steady_canvas(styles.style_strokes(vertical_one(), 1, "base1", rng))
    top, bottom, left, right = ink_box(canvas)
    stem = stem_column(canvas)
    height = bottom - top
    foot = canvas[bottom - int(0.1 * height):bottom + 1].max(axis=0) > 0.3
    assert foot[:stem - int(0.12 * height)].any() and foot[stem + int(0.12 * height):].any()


def test_a_crossed_seven_has_a_bar_through_its_stem(mnist_test):
    seven = first_of(mnist_test, 7)
    rng = np.random.default_rng(3)
    lines = styles.style_strokes(seven, 7, "plain", rng)
    crossed = styles.cross_seven(lines, rng)
    assert len(crossed) == len(lines) + 1
    bar = crossed[-1]
    assert abs(bar[0, 0] - bar[1, 0]) < 0.3 * abs(bar[0, 1] - bar[1, 1])  # about horizontal
    pts = np.concatenate(lines)
    top, low = pts[:, 0].min(), pts[:, 0].max()
    assert top + 0.35 * (low - top) < bar[:, 0].mean() < top + 0.75 * (low - top)
    # The bar crosses the seven's own stroke: ink on both of its ends' sides.
    near = pts[np.abs(pts[:, 0] - bar[:, 0].mean()) < 1.0]
    assert bar[:, 1].min() < near[:, 1].min() and bar[:, 1].max() > near[:, 1].max()


def test_an_open_four_has_two_strokes_that_do_not_meet_at_the_top_and_no_loop():
    for seed in range(10):
        rng = np.random.default_rng(seed)
        lines = styles.style_strokes(None, 4, "open4", rng)
        assert len(lines) == 2
        canvas = steady_canvas(lines, seed)
        top, bottom, left, right = ink_box(canvas)
        band = canvas[top:top + int(0.2 * (bottom - top))] > 0.3
        assert ndimage.label(band.any(axis=0))[1] == 2  # two separate tops
        paper, regions = ndimage.label(canvas < 0.3)
        assert regions == 1  # no paper enclosed: the top is open


@pytest.mark.parametrize("style", ["hook9", "curve9"])
def test_a_tailed_nine_ends_left_of_where_its_tail_leaves_the_loop(style):
    for seed in range(10):
        rng = np.random.default_rng(seed)
        (line,) = styles.style_strokes(None, 9, style, rng)
        loop_right = line[line[:, 0] < line[:, 0].min() + 0.5 * np.ptp(line[:, 0]), 1].max()
        width = np.ptp(line[:, 1])
        assert line[-1, 1] < loop_right - 0.15 * width
        assert line[-1, 0] > line[:, 0].min() + 0.8 * np.ptp(line[:, 0])  # at the bottom


def test_pen_widths_run_from_hairline_to_filled_in(mnist_test):
    zero = first_of(mnist_test, 0)
    lines = styles.style_strokes(zero, 0, "plain", np.random.default_rng(0))
    hairline = styles.hand_canvas(lines, np.random.default_rng(0), **dict(STEADY, width=0.03))
    filled = styles.hand_canvas(lines, np.random.default_rng(0), **dict(STEADY, width=0.3))
    assert (filled > 0.5).sum() > 4 * (hairline > 0.5).sum()
    hole = [enclosed_paper(c) for c in (hairline, filled)]
    assert hole[1] < 0.5 * hole[0]  # the thick pen fills much of the 0's hole


def enclosed_paper(canvas):
    """Pixels of paper the ink encloses (not connected to the canvas's border)."""
    regions, _ = ndimage.label(canvas < 0.3)
    outside = np.unique(np.concatenate([regions[0], regions[-1], regions[:, 0], regions[:, -1]]))
    return int(np.count_nonzero((regions > 0) & ~np.isin(regions, outside)))


def test_slant_leans_the_top_right_and_small_digits_are_small():
    line = [np.array([[4.0, 14.0], [24.0, 14.0]])]
    rng = np.random.default_rng(0)
    leaning = styles.hand_canvas(line, rng, **dict(STEADY, height=0.6, width=0.05, slant=0.4))
    top, bottom, _, _ = ink_box(leaning)
    assert np.argmax(leaning[top + 3]) > np.argmax(leaning[bottom - 3]) + 30
    small = styles.hand_canvas(line, rng, **dict(STEADY, height=0.12, width=0.1))
    top, bottom, _, _ = ink_box(small)
    assert bottom - top < 0.16 * 280


def test_a_fast_pen_is_thinner_on_the_straight_and_the_hand_wobbles():
    corner = np.concatenate([np.linspace([0, 0], [0, 20], 41), np.linspace([0, 20], [20, 20], 41)[1:]])
    widths = speed_widths(corner, 10.0, 0.5)
    assert widths[40] > 1.3 * widths[20] and widths[40] > 1.3 * widths[60]
    assert np.all(speed_widths(corner, 10.0, 0.0) == 10.0)
    (wobbly,) = jitter_strokes([corner], np.random.default_rng(0), amount=0.8)
    drift = np.abs(wobbly - corner).max()
    assert 0.3 < drift <= 0.8 + 1e-9


def test_the_same_seed_draws_the_same_digit(mnist_test):
    one = first_of(mnist_test, 1)
    a = engine.style_canvas(one, 1, np.random.default_rng(7))
    b = engine.style_canvas(one, 1, np.random.default_rng(7))
    assert a[1] == b[1]
    np.testing.assert_array_equal(a[0], b[0])


def test_a_style_for_another_digit_or_an_unknown_one_is_refused(mnist_test):
    with pytest.raises(ValueError, match="for 1s, not 7s"):
        styles.style_strokes(first_of(mnist_test, 7), 7, "flag1", np.random.default_rng(0))
    with pytest.raises(ValueError, match="style must be one of"):
        styles.style_strokes(first_of(mnist_test, 7), 7, "gothic", np.random.default_rng(0))


@pytest.mark.parametrize("style", ["flag1", "base1", "cross7", "open4", "hook9", "curve9"])
def test_the_bundled_model_reads_each_style(mnist_test, style):
    """Drawn from MNIST *test* digits (the training styles come from training digits)."""
    net = engine.load_model()
    images, labels = mnist_test
    label = styles._LABEL[style]
    rng = np.random.default_rng(100)
    picks = np.flatnonzero(labels == label)[-40:]
    x = np.stack([engine.preprocess_canvas(engine.style_canvas(images[i], label, rng, style)[0])
                  for i in picks])
    accuracy = float(np.mean(net.predict(x.reshape(len(x), -1)) == label))
    assert accuracy >= MIN_READ[style], accuracy


MIN_READ = {"flag1": 0.9, "base1": 0.9, "cross7": 0.9, "open4": 0.9, "hook9": 0.9, "curve9": 0.9}


def test_evaluate_drawn_reports_each_set_per_digit_with_the_weakest_starred():
    from engine.cli.commands import drawn_table

    net = engine.load_model()
    drawn = engine.evaluate_drawn(net, sets=("pyclustering",))
    r = drawn["pyclustering"]
    assert r["count"] == 250 and len(r["per_digit"]) == 10 and not r["measure_only"]
    assert r["per_digit"][r["weakest"]] == min(r["per_digit"])
    assert abs(np.mean(r["per_digit"]) - r["accuracy"]) < 1e-9  # 25 of each digit
    lines = drawn_table(drawn)
    row = next(line for line in lines if line.strip().startswith("pyclustering "))
    assert row.count("*") == 1 and len(row.split()) == 1 + 1 + 10 + 1
