"""Re-draw MNIST *training* digits as uniform pen strokes, for training the default model.

Mouse drawings have one pen width and clean round ends; MNIST's scans do
not. This renders training digits (never test digits: those make the
evaluation set) with the same stroke renderer, at random sizes, places and
pen widths on a 280x280 canvas, and keeps them after the canvas preprocessing
as ``resources/strokes/train_strokes.npz`` (uint8 28x28 + labels).

    .venv/bin/python tools/make_stroke_set.py [--count 15000]
"""
import argparse
import sys
from multiprocessing import Pool
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from engine import load_mnist, preprocess_canvas, stroke_canvas  # noqa: E402

OUT = ROOT / "resources" / "strokes" / "train_strokes.npz"


def render(args):
    start, indices = args
    images, _ = load_mnist("train")
    rng = np.random.default_rng(1000 + start)
    out = np.zeros((len(indices), 28, 28), np.uint8)
    for k, i in enumerate(indices):
        digit = preprocess_canvas(stroke_canvas(images[i], rng))
        if digit is not None:
            out[k] = np.round(digit * 255).astype(np.uint8)
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=15000)
    args = parser.parse_args()
    _, labels = load_mnist("train")
    picks = np.sort(np.random.default_rng(7).choice(len(labels), args.count, replace=False))
    chunks = [(s, picks[s:s + 500]) for s in range(0, len(picks), 500)]
    with Pool(2) as pool:
        images = np.concatenate(pool.map(render, chunks))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(OUT, images=images, labels=labels[picks], mnist_index=picks.astype(np.int32))
    print(f"{len(picks)} stroke digits -> {OUT} ({OUT.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
