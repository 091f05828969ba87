"""Evaluation sets of digits that did not come from MNIST's scanner.

Ours, generated with fixed seeds from MNIST *test* digits (the training
sets come from training digits only):

- ``strokes``: re-drawn as pen strokes of one width, at random sizes and
  places on a 280x280 canvas (what a mouse drawing is);
- ``styles``: drawn by random hands in the styles MNIST lacks
  (``styles.py``): our own generator, so a check that it is learnt, not
  evidence that people are read;
- ``photos``: stroke digits printed dark on paper under uneven light, with
  noise, blur and JPEG compression, read back through ``import_image``.

Made by others than our renderer, never used for training:

- ``fonts`` and ``more-fonts``: digits in 25 and 16 other handwriting fonts
  (bundled; ``tools/make_font_set.py``);
- ``grey-photos``: more-fonts digits on noisy, low-contrast grey paper,
  read back through ``import_image``;
- ``pyclustering``: 250 digits handwritten on a computer (32x32 bitmaps,
  pyclustering's samples, BSD-3-Clause);
- ``sklearn``: scikit-learn's digits, the test half of UCI optdigits
  (13 writers, 8x8 counts of 32x32 scans). MEASURE-ONLY: optdigits is held
  apart, so nothing is trained or tuned on it.

Each goes through the same preprocessing as the app's canvas.
"""
import tempfile
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..resources import ROOT
from .mnist import load_mnist
from .photo import import_image
from .preprocess import preprocess_canvas
from .strokes import digit_strokes, place_strokes, render_strokes
from .styles import style_canvas

EVALSETS = ROOT / "evalsets"
FONT_SET = EVALSETS / "font_digits.npz"
MORE_FONT_SET = EVALSETS / "more_font_digits.npz"
REAL_SETS = {"sklearn": EVALSETS / "sklearn_digits.npz",
             "pyclustering": EVALSETS / "pyclustering_digits.npz"}
SETS = ("strokes", "styles", "photos", "fonts", "more-fonts", "grey-photos", "pyclustering",
        "sklearn")
MEASURE_ONLY = ("sklearn",)
DESCRIPTIONS = {
    "strokes": "MNIST test digits re-drawn with a uniform pen at random size and place on a 280x280 canvas",
    "styles": "MNIST test digits in the styles MNIST lacks, by random hands (our own generator)",
    "photos": "stroke digits photographed on paper under uneven light, read with import_image",
    "fonts": "digits in 25 handwriting-style fonts (never used in training)",
    "more-fonts": "digits in 16 other handwriting fonts, small to large, slanted, some thickened",
    "grey-photos": "more-fonts digits on noisy low-contrast grey paper, read with import_image",
    "pyclustering": "250 digits drawn by hand on a computer (pyclustering's samples, 32x32)",
    "sklearn": "scikit-learn's digits: UCI optdigits test half, 13 writers, 8x8 (measure only)",
}


def stroke_canvas(image, rng, size=280):
    """One MNIST-style digit (28x28) re-drawn with a uniform pen on a random spot of a canvas."""
    lines = digit_strokes(image)
    placed, height = place_strokes(lines, rng, size=size)
    width = rng.uniform(0.05, 0.16) * height
    return render_strokes(placed, size=size, width=max(width, 2.0))


@lru_cache(maxsize=4)
def stroke_digits(count=2000, seed=0):
    """(inputs (N, 28, 28) float32, labels (N,)) for the first ``count`` MNIST test digits."""
    images, labels = load_mnist("test")
    rng = np.random.default_rng(seed)
    out = np.stack([preprocess_canvas(stroke_canvas(images[i], rng)) for i in range(count)])
    return out, labels[:count].copy()


@lru_cache(maxsize=2)
def style_digits(count=2000, seed=5):
    """MNIST test digits 2000.. in the styles of their labels: (inputs, labels)."""
    images, labels = load_mnist("test")
    rng = np.random.default_rng(seed)
    picks = np.arange(2000, 2000 + count)
    out = [preprocess_canvas(style_canvas(images[i], int(labels[i]), rng)[0]) for i in picks]
    return _stacked(out), labels[picks].copy()


@lru_cache(maxsize=1)
def font_digits():
    return _font_set(FONT_SET)


@lru_cache(maxsize=1)
def more_font_digits():
    return _font_set(MORE_FONT_SET)


def _font_set(path):
    with np.load(path, allow_pickle=False) as data:
        images, labels = data["images"], data["labels"]
    return np.stack([preprocess_canvas(im) for im in images]), labels


@lru_cache(maxsize=2)
def photo_digits(count=300, seed=1):
    """Stroke digits (from the end of the MNIST test set) photographed on paper."""
    images, labels = load_mnist("test")
    rng = np.random.default_rng(seed)
    picks = np.arange(len(images) - count, len(images))
    inks = (stroke_canvas(images[i], rng) for i in picks)
    return _through_files(inks, paper_photo, rng), labels[picks].copy()


@lru_cache(maxsize=2)
def grey_photo_digits(count=400, seed=3):
    """More-fonts digits on noisy low-contrast grey paper, read back with ``import_image``."""
    with np.load(MORE_FONT_SET, allow_pickle=False) as data:
        images, labels = data["images"], data["labels"]
    rng = np.random.default_rng(seed)
    picks = np.sort(rng.choice(len(labels), min(count, len(labels)), replace=False))
    inks = (images[i].astype(np.float32) / 255.0 for i in picks)
    return _through_files(inks, grey_paper_photo, rng), labels[picks].copy()


def _through_files(inks, photograph, rng):
    """Each ink image photographed, saved as a JPEG and read back as the app reads a file."""
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for k, ink in enumerate(inks):
            path = Path(tmp) / f"{k}.jpg"
            photograph(ink, rng).save(path, quality=int(rng.integers(55, 90)))
            out.append(import_image(path))
    return _stacked(out)


def paper_photo(ink, rng):
    """Ink (bright on black, [0,1]) -> a PIL RGB 'photo' of it written on paper."""
    from PIL import Image, ImageFilter

    h, w = ink.shape
    side = int(rng.integers(240, 640))
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32) / max(h, w)
    # Light falls off across the sheet and into one corner: a desk lamp, a phone's shadow.
    gy, gx = rng.uniform(-0.35, 0.35, 2)
    cy, cx = rng.uniform(0, 1, 2)
    light = 0.9 + gy * (yy - 0.5) + gx * (xx - 0.5) - 0.35 * rng.uniform(0, 1) * ((yy - cy) ** 2 + (xx - cx) ** 2)
    paper = np.clip(light, 0.3, 1.0)
    pen = rng.uniform(0.05, 0.35, 3).astype(np.float32)  # black, blue or dark ink
    rgb = paper[..., None] * (1 - ink[..., None] * (1 - pen[None, None, :]))
    rgb += rng.normal(0, 0.025, rgb.shape).astype(np.float32)  # sensor noise and paper grain
    img = Image.fromarray((np.clip(rgb, 0, 1) * 255).astype(np.uint8), "RGB")
    img = img.resize((side, side), Image.BILINEAR)
    return img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 1.2)))


def grey_paper_photo(ink, rng):
    """Ink (bright on black, [0,1]) -> a PIL grey 'photo' of pencil on grey paper in poor light.

    Framed around the digit as a person would; the paper mid-grey (0.4-0.8)
    and mottled, the pencil only 20-50% darker than it, the sensor noise
    strong (1-4%): a dim phone picture, or Rashid's noisy scan. Made
    28-400 pixels wide and slightly blurred.
    """
    from PIL import Image, ImageFilter

    rows, cols = np.flatnonzero(ink.max(axis=1) > 0.1), np.flatnonzero(ink.max(axis=0) > 0.1)
    middle = np.array([rows[0] + rows[-1], cols[0] + cols[-1]]) / 2
    half = max(rows[-1] - rows[0], cols[-1] - cols[0]) / 2 * rng.uniform(1.3, 2.0)
    top, left = (middle - half + rng.uniform(-0.15, 0.15, 2) * half).astype(int)
    span = int(2 * half)
    framed = np.zeros((span, span), np.float32)
    ys, xs = slice(max(top, 0), top + span), slice(max(left, 0), left + span)
    part = ink[ys, xs]
    framed[ys.start - top:ys.start - top + part.shape[0],
           xs.start - left:xs.start - left + part.shape[1]] = part
    yy, xx = np.mgrid[0:span, 0:span].astype(np.float32) / span
    gy, gx = rng.uniform(-0.12, 0.12, 2)
    paper = rng.uniform(0.4, 0.8) + gy * (yy - 0.5) + gx * (xx - 0.5)
    blotches = Image.fromarray(rng.normal(0, 1, (6, 6)).astype(np.float32), "F").resize(
        (span, span), Image.BICUBIC)
    paper = paper + rng.uniform(0.0, 0.03) * np.asarray(blotches)
    grey = paper * (1 - rng.uniform(0.2, 0.5) * framed)
    side = int(rng.choice([28, 56, 120, 200, 400]))
    small = Image.fromarray(np.clip(grey, 0, 1).astype(np.float32), "F").resize(
        (side, side), Image.BOX if side < span else Image.BILINEAR)
    grey = np.asarray(small) + rng.normal(0, rng.uniform(0.01, 0.04), (side, side))
    img = Image.fromarray((np.clip(grey, 0, 1) * 255).astype(np.uint8), "L")
    return img.filter(ImageFilter.GaussianBlur(rng.uniform(0.0, 0.8))) if side > 28 else img


@lru_cache(maxsize=1)
def sklearn_digits():
    """scikit-learn's 1797 digits (8x8 counts 0..16), enlarged bilinearly to 65% of the canvas."""
    with np.load(REAL_SETS["sklearn"], allow_pickle=False) as data:
        counts, labels = data["counts"], data["labels"]
    return _stacked([preprocess_canvas(_enlarged(c / 16.0, 0.65 * 280)) for c in counts]), labels


@lru_cache(maxsize=1)
def pyclustering_digits():
    """pyclustering's 250 digits (32x32, ink bright), enlarged so the ink is 65% of the canvas."""
    with np.load(REAL_SETS["pyclustering"], allow_pickle=False) as data:
        images, labels = data["images"], data["labels"]
    out = []
    for image in images.astype(np.float32) / 255.0:
        rows = np.flatnonzero(image.max(axis=1) > 0.1)
        ink_height = rows[-1] - rows[0] + 1 if len(rows) else len(image)
        out.append(preprocess_canvas(_enlarged(image, 0.65 * 280 * len(image) / ink_height)))
    return _stacked(out), labels


def _enlarged(image, side, size=280):
    """A small square image enlarged (bilinear) to ``side`` pixels, centred on a black canvas."""
    from PIL import Image

    n = min(int(round(side)), size)
    big = np.asarray(Image.fromarray(image.astype(np.float32), "F").resize((n, n), Image.BILINEAR))
    canvas = np.zeros((size, size), np.float32)
    o = (size - n) // 2
    canvas[o:o + n, o:o + n] = np.clip(big, 0.0, 1.0)
    return canvas


def _stacked(digits):
    blank = np.zeros((28, 28), np.float32)  # a digit the clean-up lost counts as a miss
    return np.stack([blank if d is None else d for d in digits])


MAKERS = {"strokes": stroke_digits, "styles": style_digits, "photos": photo_digits,
          "fonts": font_digits, "more-fonts": more_font_digits,
          "grey-photos": grey_photo_digits, "pyclustering": pyclustering_digits,
          "sklearn": sklearn_digits}


def available_sets():
    """The sets whose files are bundled (all of them in a full checkout)."""
    files = {"fonts": FONT_SET, "more-fonts": MORE_FONT_SET, "grey-photos": MORE_FONT_SET,
             **REAL_SETS}
    return tuple(name for name in SETS if name not in files or files[name].exists())


def evaluate_drawn(net, sets=None):
    """Accuracy of ``net`` on each drawn-digit set, overall and per digit.

    Returns ``{name: {"accuracy", "count", "per_digit", "weakest", "measure_only"}}``:
    ``per_digit`` is the accuracy on each digit 0..9 (None when a set has
    none of it), ``weakest`` the digit read worst.
    """
    results = {}
    for name in available_sets() if sets is None else sets:
        x, y = MAKERS[name]()
        y = np.asarray(y).astype(np.intp)
        predicted = net.predict(x.reshape(len(x), -1))
        right = predicted == y
        per_digit = [float(right[y == d].mean()) if np.any(y == d) else None for d in range(10)]
        scored = [(a, d) for d, a in enumerate(per_digit) if a is not None]
        results[name] = {"accuracy": float(right.mean()), "count": int(len(y)),
                         "per_digit": per_digit, "weakest": min(scored)[1],
                         "measure_only": name in MEASURE_ONLY}
    return results
