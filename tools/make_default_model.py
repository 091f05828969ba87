"""Retrain the bundled default model, ``resources/models/default.npz`` (issue 16).

The ``default`` preset (seed 0) on the 60,000 MNIST training digits and the
extra sets the preset names: the stroke set (``resources/strokes/
train_strokes.npz``) and the style set (``train_styles.npz``), both made from
MNIST *training* digits by ``tools/make_stroke_set.py``. No evaluation set
(fonts, photos, pyclustering, sklearn/optdigits) is trained or tuned on. The
model's meta records the recipe, what it was trained on, and its accuracy on
the MNIST test set and on each drawn-digit set (``evaluate --drawn``).

    .venv/bin/python tools/make_default_model.py [--out PATH] [--no-drawn]

Training takes about 3 minutes on an idle 2-core machine; the drawn sets a
few more. The same seed gives the same data and batches; the weights match
to float rounding (BLAS may sum in another order on another machine).
"""
import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import engine  # noqa: E402

OUT = ROOT / "resources" / "models" / "default.npz"
TRAINED_ON = {
    "mnist": "the 60,000 MNIST training digits",
    "strokes": "15,000 MNIST training digits re-drawn with a uniform pen (train_strokes.npz)",
    "styles": "15,000 MNIST training digits drawn in the styles MNIST lacks: flagged 1s with "
              "and without a base, crossed 7s, open-top 4s, 9s with hooked or curved tails, by "
              "random hands: slant, aspect, small to full size, hairline to filled-in pens, "
              "wobble, speed-dependent width, coarse scans (train_styles.npz)",
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=str(OUT))
    parser.add_argument("--no-drawn", action="store_true", help="skip scoring the drawn sets")
    args = parser.parse_args()
    config = engine.preset("default")
    net = config.make_network()
    finished, start = None, time.perf_counter()
    for record in engine.train(net, config, engine.load_mnist("train"), engine.load_mnist("test")):
        if isinstance(record, engine.EpochStats):
            print(f"epoch {record.epoch}: test {record.test_accuracy:.4f} "
                  f"({time.perf_counter() - start:.0f} s)", flush=True)
        elif isinstance(record, engine.Finished):
            finished = record
    if finished.diverged:
        raise SystemExit(f"the run failed: {finished.message}")
    engine.stamp_model(net, config, finished, name="default", preset="default")
    counts = {name: config.extra_data.count(name) for name in dict.fromkeys(config.extra_data)}
    net.meta.update(
        trained_on=[TRAINED_ON["mnist"]] + [f"{TRAINED_ON[name]}, counted {n}x"
                                            for name, n in counts.items()],
        made_by="tools/make_default_model.py")
    if not args.no_drawn:
        drawn = engine.evaluate_drawn(net)
        net.meta["drawn_accuracy"] = {name: round(r["accuracy"], 4) for name, r in drawn.items()}
        for name, r in drawn.items():
            print(f"{name:13s} {r['accuracy']:.4f} (weakest digit {r['weakest']})")
    engine.save_model(net, args.out)
    print(f"test accuracy {net.meta['test_accuracy']:.4f}, {finished.train_seconds:.0f} s of "
          f"training; wrote {args.out}")


if __name__ == "__main__":
    main()
