"""Re-draw MNIST *training* digits as pen strokes, for training the default model.

Two sets, both from training digits only (never test digits: those make the
evaluation sets), both after the canvas preprocessing, uint8 28x28 + labels:

- ``resources/strokes/train_strokes.npz``: 15,000 digits re-drawn with one
  uniform pen at random sizes, places and widths on a 280x280 canvas, as a
  mouse draws (seed 7 for the picks, 1000 + chunk start for the drawing).
- ``resources/strokes/train_styles.npz``: 15,000 digits in the styles MNIST
  lacks (``engine.data.styles``: flagged 1s with and without a base, crossed
  7s, open-top 4s, 9s with hooked or curved tails) drawn by random hands
  (slant, aspect, small to full size, hairline to filled-in pens, wobble,
  speed-dependent width, coarse scans); it records each digit's style
  (seed 8 for the picks, 2000 + chunk start for the drawing).

    .venv/bin/python tools/make_stroke_set.py [--set strokes|styles|all] [--count N]

The same command gives the same files, byte for byte in their arrays.
"""
import argparse
import sys
from multiprocessing import Pool
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from engine import STYLES, load_mnist, preprocess_canvas, stroke_canvas, style_canvas  # noqa: E402

OUT = {"strokes": ROOT / "resources" / "strokes" / "train_strokes.npz",
       "styles": ROOT / "resources" / "strokes" / "train_styles.npz"}
COUNT = {"strokes": 15000, "styles": 15000}
PICK_SEED = {"strokes": 7, "styles": 8}
DRAW_SEED = {"strokes": 1000, "styles": 2000}
CHUNK = 500


def render(args):
    kind, start, indices = args
    images, labels = load_mnist("train")
    rng = np.random.default_rng(DRAW_SEED[kind] + start)
    out = np.zeros((len(indices), 28, 28), np.uint8)
    styles = np.zeros(len(indices), np.uint8)
    for k, i in enumerate(indices):
        if kind == "strokes":
            canvas = stroke_canvas(images[i], rng)
        else:
            canvas, style = style_canvas(images[i], int(labels[i]), rng)
            styles[k] = STYLES.index(style)
        digit = preprocess_canvas(canvas)
        if digit is not None:
            out[k] = np.round(digit * 255).astype(np.uint8)
    return out, styles


def make(kind, count):
    _, labels = load_mnist("train")
    picks = np.sort(np.random.default_rng(PICK_SEED[kind]).choice(len(labels), count, replace=False))
    chunks = [(kind, s, picks[s:s + CHUNK]) for s in range(0, len(picks), CHUNK)]
    with Pool(2) as pool:
        parts = pool.map(render, chunks)
    images = np.concatenate([p[0] for p in parts])
    extra = {}
    if kind == "styles":
        # Each digit's style as its index in engine.STYLES (the training set loader takes
        # plain numbers only).
        extra = {"style": np.concatenate([p[1] for p in parts])}
    out = OUT[kind]
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, images=images, labels=labels[picks],
                        mnist_index=picks.astype(np.int32), **extra)
    print(f"{len(picks)} {kind} digits -> {out} ({out.stat().st_size / 1e6:.1f} MB)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=["strokes", "styles", "all"], default="all")
    parser.add_argument("--count", type=int, help="digits in the set (default: 15,000 strokes, "
                                                  "15,000 styles)")
    args = parser.parse_args()
    for kind in (["strokes", "styles"] if args.set == "all" else [args.set]):
        make(kind, args.count or COUNT[kind])


if __name__ == "__main__":
    main()
