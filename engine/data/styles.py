"""Handwriting styles MNIST lacks, synthesised as pen strokes.

MNIST was written by American clerks and students: its 1s are bare strokes,
its 7s uncrossed, its 4s mostly closed. Europeans flag their 1s (a long
up-stroke, often a base line), cross their 7s, leave 4s open at the top and
hook the tails of 9s; and a mouse, a marker or a small note gives strokes
from hairline to filled-in at any slant, aspect and size. Each style here is
made from an MNIST digit's own strokes where it can be (a flag added to its
1, a bar across its 7) and drawn from a randomised template where the shape
itself differs (the open 4, the tailed 9); then one random hand draws it:
slant, aspect, size, pen width, wobble, speed-dependent width, and sometimes
the coarse grid of a low-resolution scan.

Lines are (n, 2) arrays of (y, x) points, y down, as in ``strokes``.
"""
import numpy as np
from PIL import Image

from .strokes import (digit_strokes, jitter_strokes, place_strokes, render_pen, resample,
                      speed_widths)

STYLES = ("plain", "flag1", "base1", "cross7", "open4", "hook9", "curve9", "slash0")
DESCRIPTIONS = {
    "plain": "the digit's own strokes, drawn by a random hand",
    "flag1": "a 1 with a long up-stroke (flag) from the top of its stem",
    "base1": "a flagged 1 standing on a base line",
    "cross7": "a 7 with a bar across its stem",
    "open4": "a 4 whose two strokes do not meet at the top",
    "hook9": "a 9 whose tail ends in a hook to the left",
    "curve9": "a 9 whose tail curves like an S",
    "slash0": "a 0 struck through, as engineers write it (never in a training set: "
              "the style the teaching test teaches)",
}
# The styles the training set draws each label in; slash0 is kept out on purpose.
LABEL_STYLES = {1: ("flag1", "base1"), 4: ("open4",), 7: ("cross7",), 9: ("hook9", "curve9")}
_LABEL = {"flag1": 1, "base1": 1, "cross7": 7, "open4": 4, "hook9": 9, "curve9": 9, "slash0": 0}


def style_strokes(image, label, style, rng):
    """An MNIST digit (28x28) as strokes in ``style``, in 28x28 pixel coordinates.

    ``style`` is one of ``STYLES``; any but ``"plain"`` must suit ``label``
    (``LABEL_STYLES``). Returns a list of (n, 2) (y, x) arrays.
    """
    if style not in STYLES:
        raise ValueError(f"style must be one of {', '.join(STYLES)}, not {style!r}")
    if style != "plain" and _LABEL[style] != label:
        raise ValueError(f"the {style} style is for {_LABEL[style]}s, not {label}s")
    if style == "open4":
        return open_four(rng)
    if style in ("hook9", "curve9"):
        return tailed_nine(rng, hooked=style == "hook9")
    lines = digit_strokes(image)
    if not lines:
        return lines
    if style in ("flag1", "base1"):
        return flag_one(lines, rng, base=style == "base1")
    if style == "cross7":
        return cross_seven(lines, rng)
    if style == "slash0":
        return slash_zero(lines, rng)
    return lines


def flag_one(lines, rng, base=False):
    """A 1 drawn European-style: a flag rising to the top of the stem, maybe a base line.

    The flag joins the stem in one stroke (the pen comes up the flag and
    goes straight down), as it is written.
    """
    stem = max(lines, key=_length)
    if stem[0, 0] > stem[-1, 0]:
        stem = stem[::-1]  # top first
    top, bottom = stem[0], stem[-1]
    height = max(float(bottom[0] - top[0]), 4.0)
    # The flag leaves the stem's top 25-55 degrees to its left, whatever the stem's lean:
    # along the stem it would only lengthen it.
    down = (bottom - top) / max(float(np.hypot(*(bottom - top))), 1e-9)
    turn = np.deg2rad(rng.uniform(25, 55))
    c, s = np.cos(turn), np.sin(turn)
    way = np.array([down[0] * c + down[1] * s, down[1] * c - down[0] * s])
    reach = rng.uniform(0.2, 0.42) * height
    end = top + reach * way
    bow = rng.uniform(-0.12, 0.12) * reach * np.array([-way[1], way[0]])
    flag = _quadratic(end, (end + top) / 2 + bow, top, 12)
    out = [np.concatenate([flag[:-1], stem])] + [line for line in lines if line is not stem]
    if base:
        half = rng.uniform(0.18, 0.35, 2) * height
        tilt = rng.uniform(-0.04, 0.04) * height
        out.append(np.array([[bottom[0] + tilt, bottom[1] - half[0]],
                             [bottom[0] - tilt, bottom[1] + half[1]]]))
    return out


def cross_seven(lines, rng):
    """A 7 with a short bar across its stem, a little below the middle."""
    pts = np.concatenate(lines)
    top, low = float(pts[:, 0].min()), float(pts[:, 0].max())
    height = max(low - top, 4.0)
    y = top + rng.uniform(0.45, 0.65) * height
    near = pts[np.abs(pts[:, 0] - y) < max(0.06 * height, 0.8)]
    x = float(np.median(near[:, 1])) if len(near) else float(np.median(pts[:, 1]))
    half = rng.uniform(0.15, 0.3, 2) * height
    tilt = rng.uniform(-0.05, 0.05) * height
    return list(lines) + [np.array([[y + tilt, x - half[0]], [y - tilt, x + half[1]]])]


def slash_zero(lines, rng):
    """A 0 with a stroke through it from lower left to upper right, a little past the loop."""
    pts = np.concatenate(lines)
    (top, left), (low, right) = pts.min(axis=0), pts.max(axis=0)
    over = rng.uniform(0.0, 0.2, 2) * np.array([low - top, right - left])
    start = np.array([low + over[0], left - over[1]]) + rng.uniform(-1.0, 1.0, 2)
    end = np.array([top - over[0], right + over[1]]) + rng.uniform(-1.0, 1.0, 2)
    return list(lines) + [_line(start, end, 12)]


def open_four(rng):
    """An open-top 4 from a randomised template: an arm down and across, a separate stem."""
    xa, ya = rng.uniform(0.05, 0.35), rng.uniform(0.0, 0.15)  # top of the arm
    yc = rng.uniform(0.5, 0.7)  # the crossbar's height
    xl = xa - rng.uniform(-0.05, 0.2)  # the arm's corner, often further left
    xr = rng.uniform(0.85, 1.1)  # the crossbar's right end, past the stem
    xs, ys = rng.uniform(0.55, 0.8), rng.uniform(0.0, 0.25)  # the stem's top
    bend = rng.uniform(-0.08, 0.08)
    arm = np.concatenate([_quadratic((ya, xa), ((ya + yc) / 2, (xa + xl) / 2 + bend), (yc, xl), 10),
                          _line((yc, xl), (yc + rng.uniform(-0.05, 0.05), xr), 8)[1:]])
    stem = _line((ys, xs + rng.uniform(0.0, 0.08)), (1.0, xs - rng.uniform(0.0, 0.1)), 12)
    return [_to_digit_box(line) for line in (arm, stem)]


def tailed_nine(rng, hooked):
    """A 9 from a randomised template: a loop, then a tail that hooks left or curves like an S.

    Written as people write it: from the loop's upper right, round it
    anticlockwise, then down the tail in the same stroke; or, left open,
    from its left over the top and straight on into the tail.
    """
    cy, cx = rng.uniform(0.22, 0.3), rng.uniform(0.45, 0.55)
    ry, rx = rng.uniform(0.18, 0.27), rng.uniform(0.22, 0.35)
    if rng.random() < 0.3:
        # Open at the lower left: begun on the left, over the top and down into the tail.
        a = np.linspace(rng.uniform(3.9, 4.6), rng.uniform(-0.3, 0.1), 30)
    else:
        start = rng.uniform(-0.2, 0.6)
        a = np.linspace(start, start + 2 * np.pi - rng.uniform(-0.3, 0.5), 40)  # about closed
    loop = np.column_stack([cy - ry * np.sin(a), cx + rx * np.cos(a)])
    joint = np.array([cy + rng.uniform(-0.05, 0.1), cx + rx * rng.uniform(0.85, 1.05)])
    lean = rng.uniform(0.0, 0.15)
    if hooked:
        knee = np.array([rng.uniform(0.8, 0.9), joint[1] - lean])
        hook = _quadratic(knee, (1.02, knee[1] - 0.02), (rng.uniform(0.85, 0.97),
                                                         knee[1] - rng.uniform(0.2, 0.4)), 10)
        tail = np.concatenate([_line(joint, knee, 10)[:-1], hook])
    else:
        end = np.array([1.0, joint[1] - lean - rng.uniform(0.2, 0.4)])
        swing = np.array([0.7, joint[1] + rng.uniform(0.05, 0.2)])
        tail = _quadratic(joint, swing, end, 16)
    return [_to_digit_box(np.concatenate([loop, _line(loop[-1], joint, 4)[1:-1], tail]))]


def hand_canvas(lines, rng, size=280, height=None, width=None, slant=None, aspect=None,
                wobble=None, speed=None, coarse=None):
    """Draw strokes (28x28 coordinates) the way one random hand would, on a black canvas.

    Random unless given: ``height`` (fraction of the canvas: small notes
    to full), ``width`` (pen width as a fraction of the digit's height, from
    hairline to filled-in), ``slant`` (shear, positive leans right),
    ``aspect`` (width over height), ``wobble`` (how far the hand drifts, in
    28x28 pixels), ``speed`` (how much a running pen thins, 0..1) and
    ``coarse`` (the rows of a low-resolution scan; 0 for none). Returns
    float32 (size, size) in [0, 1].
    """
    if height is None:
        height = rng.uniform(0.1, 0.4) if rng.random() < 0.4 else rng.uniform(0.4, 0.9)
    if width is None:
        width = float(np.exp(rng.uniform(np.log(0.03), np.log(0.3))))
    if slant is None:
        slant = rng.uniform(-0.25, 0.45)
    if aspect is None:
        aspect = float(np.exp(rng.uniform(np.log(0.65), np.log(1.5))))
    if wobble is None:
        wobble = rng.uniform(0.0, 0.5) if rng.random() < 0.7 else 0.0
    if speed is None:
        speed = rng.uniform(0.2, 0.6) if rng.random() < 0.6 else 0.0
    if coarse is None:
        coarse = int(rng.integers(8, 21)) if rng.random() < 0.15 else 0
    pts = np.concatenate(lines)
    middle = (pts[:, 0].min() + pts[:, 0].max()) / 2
    sheared = [line + np.column_stack([np.zeros(len(line)), -slant * (line[:, 0] - middle)])
               for line in lines]
    steady = jitter_strokes(sheared, rng, wobble) if wobble else [resample(l, 0.5) for l in sheared]
    placed, drawn_height = place_strokes(steady, rng, size=size, height=(height, height),
                                         aspect=(aspect, aspect))
    pen = max(width * drawn_height, 1.5)
    canvas = render_pen(placed, [speed_widths(line, pen, speed) for line in placed], size=size)
    return coarse_scan(canvas, coarse) if coarse else canvas


def coarse_scan(canvas, rows):
    """The drawing as a scanner of low resolution sees it: its box averaged down to about
    ``rows`` pixels high, then enlarged back smoothly (blurry, blocky, thick)."""
    ink = np.flatnonzero(canvas.max(axis=1) > 0.1)
    cols = np.flatnonzero(canvas.max(axis=0) > 0.1)
    if not len(ink):
        return canvas
    top, bottom, left, right = ink[0], ink[-1] + 1, cols[0], cols[-1] + 1
    box = canvas[top:bottom, left:right]
    f = max((bottom - top) / rows, 1.0)
    small = (max(int(round((right - left) / f)), 1), max(int(round((bottom - top) / f)), 1))
    img = Image.fromarray(box, mode="F").resize(small, Image.BOX)
    out = canvas.copy()
    out[top:bottom, left:right] = np.asarray(img.resize(box.shape[::-1], Image.BILINEAR))
    return np.clip(out, 0.0, 1.0)


def style_canvas(image, label, rng, style=None, size=280):
    """An MNIST digit drawn by a random hand in one of the styles its label has.

    ``style`` None picks one: the label's own styles half of the time when
    it has any (``LABEL_STYLES``), else ``"plain"``. Returns (canvas float32
    (size, size) in [0, 1], the style's name).
    """
    if style is None:
        choices = LABEL_STYLES.get(int(label), ())
        style = choices[rng.integers(len(choices))] if choices and rng.random() < 0.5 else "plain"
    lines = style_strokes(image, int(label), style, rng)
    if not lines:
        return np.zeros((size, size), np.float32), style
    return hand_canvas(lines, rng, size=size), style


def _length(line):
    return float(np.hypot(*np.diff(line, axis=0).T).sum()) if len(line) > 1 else 0.0


def _line(a, b, n):
    return np.linspace(np.asarray(a, float), np.asarray(b, float), n)


def _quadratic(a, control, b, n):
    t = np.linspace(0.0, 1.0, n)[:, None]
    a, control, b = (np.asarray(p, float) for p in (a, control, b))
    return (1 - t) ** 2 * a + 2 * (1 - t) * t * control + t ** 2 * b


def _to_digit_box(line):
    """Template coordinates (0..1 down, 0..1 across) -> 28x28 pixels: MNIST's 20-pixel box."""
    return np.asarray(line) * np.array([20.0, 16.0]) + np.array([4.0, 6.0])
