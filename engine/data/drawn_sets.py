"""Evaluation sets of digits that did not come from MNIST's scanner.

- ``strokes``: MNIST test digits re-drawn as pen strokes of one width, at
  random sizes and places on a 280x280 canvas (what a mouse drawing is).
- ``fonts``: digits in 25 handwriting-style fonts (bundled; made by
  ``tools/make_font_set.py``). Never used for training.
- ``photos``: stroke digits printed dark on paper under uneven light, with
  noise, blur and JPEG compression, read back through ``import_image``.

Each goes through the same preprocessing as the app's canvas. Everything is
generated with fixed seeds, so the figures are comparable between runs.
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

FONT_SET = ROOT / "evalsets" / "font_digits.npz"
SETS = ("strokes", "fonts", "photos")
DESCRIPTIONS = {
    "strokes": "MNIST test digits re-drawn with a uniform pen at random size and place on a 280x280 canvas",
    "fonts": "digits in 25 handwriting-style fonts (never used in training)",
    "photos": "stroke digits photographed on paper under uneven light, read with import_image",
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


@lru_cache(maxsize=1)
def font_digits():
    with np.load(FONT_SET, allow_pickle=False) as data:
        images, labels = data["images"], data["labels"]
    return np.stack([preprocess_canvas(im) for im in images]), labels


@lru_cache(maxsize=2)
def photo_digits(count=300, seed=1):
    """Stroke digits (from the end of the MNIST test set) photographed on paper."""
    images, labels = load_mnist("test")
    rng = np.random.default_rng(seed)
    picks = np.arange(len(images) - count, len(images))
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in picks:
            path = Path(tmp) / f"{i}.jpg"
            paper_photo(stroke_canvas(images[i], rng), rng).save(path, quality=int(rng.integers(55, 90)))
            out.append(import_image(path))
    blank = np.zeros((28, 28), np.float32)
    return np.stack([blank if o is None else o for o in out]), labels[picks].copy()


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


def evaluate_drawn(net, sets=SETS):
    """Accuracy of ``net`` on each drawn-digit set: {name: {"accuracy", "count"}}."""
    makers = {"strokes": stroke_digits, "fonts": font_digits, "photos": photo_digits}
    results = {}
    for name in sets:
        x, y = makers[name]()
        predicted = net.predict(x.reshape(len(x), -1))
        results[name] = {"accuracy": float(np.mean(predicted == y)), "count": int(len(y))}
    return results
