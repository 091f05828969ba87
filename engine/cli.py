"""Command line: ``python -m engine train|evaluate|predict|gradcheck ...``.

With ``--json`` the last line on stdout is one JSON object; human-readable
progress goes to stderr so that it never mixes with it.
"""
import argparse
import json
import math
import sys
import time
from pathlib import Path

import numpy as np

from .data import load_mnist
from .errors import DataFormatError
from .gradcheck import check_all
from .metrics import evaluate
from .model_io import load_model
from .training import PRESETS, EpochStats, Finished, preset, train

EXIT_BAD_INPUT = 2


def main(argv=None):
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except DataFormatError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def _parser():
    parser = argparse.ArgumentParser(prog="python -m engine",
                                     description="Train, evaluate and query the digit network.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("train", help="train a network on the bundled MNIST")
    p.add_argument("--preset", choices=sorted(PRESETS), default="default",
                   help="recipe to start from; the flags below override its fields")
    p.add_argument("--layers", type=_int_list, help="sizes, e.g. 784,256,10")
    p.add_argument("--activation", choices=["sigmoid", "tanh", "relu"], help="hidden activation")
    p.add_argument("--loss", choices=["ce", "sse"],
                   help="ce: softmax + cross-entropy; sse: sigmoid outputs + squared error")
    p.add_argument("--optimizer", choices=["sgd", "momentum", "adam"])
    p.add_argument("--lr", type=float, help="learning rate")
    p.add_argument("--batch", type=int, help="mini-batch size")
    p.add_argument("--epochs", type=int, help="passes over the training set")
    p.add_argument("--augment", choices=["none", "rotate", "affine", "elastic"])
    p.add_argument("--seed", type=int)
    p.add_argument("--subset", type=int, help="train on this many random samples (quick runs)")
    p.add_argument("--out", help="save the trained model here (.npz)")
    p.add_argument("--json", action="store_true", help="print a JSON summary as the last line")
    p.set_defaults(run=_train)

    p = sub.add_parser("evaluate", help="accuracy and confusion matrix on the MNIST test set")
    p.add_argument("--model", help="model file (.npz); default: the bundled model")
    p.add_argument("--drawn", action="store_true",
                   help="also score the drawn-digit sets: pen strokes, handwriting fonts, paper photos")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_evaluate)

    p = sub.add_parser("predict", help="read digits from image files")
    p.add_argument("images", nargs="+", metavar="IMAGE")
    p.add_argument("--model", help="model file (.npz); default: the bundled model")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_predict)

    p = sub.add_parser("backquery", help="the picture the network imagines for a label, as PNG")
    p.add_argument("label", nargs="?", type=int, help="digit 0..9 (leave out with --all)")
    p.add_argument("--all", action="store_true", help="a sheet of all ten labels")
    p.add_argument("--mode", choices=["classic", "refined"], default="classic",
                   help="classic: Rashid's logit back-query; refined: improved until the network "
                        "reads it back as its label")
    p.add_argument("--model", help="model file (.npz); default: the bundled model")
    p.add_argument("--out", required=True, help="PNG file to write")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_backquery)

    p = sub.add_parser("gradcheck", help="backprop against numerical gradients, every layer type")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_gradcheck)
    return parser


def _int_list(text):
    try:
        return tuple(int(v) for v in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected sizes like 784,256,10, not {text!r}") from None


def _config_from(args):
    overrides = {}
    if args.layers:
        overrides["layers"] = args.layers
    if args.activation:
        overrides["hidden_activation"] = args.activation
    if args.loss == "ce":
        overrides.update(loss="ce", output_activation="softmax", target_range=(0.0, 1.0))
    elif args.loss == "sse":
        overrides.update(loss="sse", output_activation="sigmoid", target_range=(0.01, 0.99))
    for flag, name in (("optimizer", "optimizer"), ("lr", "lr"), ("batch", "batch_size"),
                       ("augment", "augment"), ("seed", "seed"), ("subset", "subset")):
        if getattr(args, flag) is not None:
            overrides[name] = getattr(args, flag)
    if args.epochs is not None:
        overrides.update(epochs=args.epochs, iterations=0)
    config = preset(args.preset, **overrides)
    if config.layers[0] != 784 or config.layers[-1] != 10:
        raise ValueError(f"layers must start at 784 and end at 10, not {list(config.layers)}")
    return config


def _train(args):
    config = _config_from(args)
    net = config.make_network()
    bar = _ProgressBar() if sys.stderr.isatty() else None
    log = sys.stderr if args.json else sys.stdout
    print(f"training {net.describe()} ({args.preset} preset), {config.optimizer} lr {config.lr:g}, "
          f"batch {config.batch_size}", file=log)
    finished, time_to_target = None, None
    for record in train(net, config, load_mnist("train"), load_mnist("test")):
        if bar is not None and not isinstance(record, Finished):
            bar.update(record)
        if isinstance(record, EpochStats):
            if bar is not None:
                bar.clear()
            if time_to_target is None and record.test_accuracy >= 0.985:
                time_to_target = record.train_seconds
            print(f"epoch {record.epoch}/{record.epochs}: loss {record.loss:.4f}, "
                  f"train {record.train_accuracy:.4f}, test {record.test_accuracy:.4f}, "
                  f"{record.samples_per_second:,.0f} samples/s, {record.elapsed:.1f} s", file=log)
        elif isinstance(record, Finished):
            finished = record
    if bar is not None:
        bar.clear()
    last = finished.history[-1] if finished.history else None
    net.meta.update(
        name=f"{args.preset} preset" if not args.out else Path(args.out).stem,
        recipe=config.to_dict(), preset=args.preset,
        test_accuracy=last.test_accuracy if last else None,
        train_accuracy=last.train_accuracy if last else None,
        training_seconds=round(finished.train_seconds, 2),
        samples_per_second=round(finished.samples_per_second),
        epochs=finished.epochs_done, trained_at=time.strftime("%Y-%m-%d %H:%M:%S"))
    if args.out:
        net.save(args.out)
    print(finished.message, file=log)
    print(f"saved to {args.out}" if args.out else "not saved (pass --out PATH to keep it)", file=log)
    summary = {
        "preset": args.preset,
        "epochs": finished.epochs_done,
        "seconds": round(finished.train_seconds, 3),
        "seconds_per_epoch": round(finished.train_seconds / max(finished.epochs_done, 1e-9), 3),
        "samples_per_second": round(finished.samples_per_second, 1),
        "train_accuracy": last.train_accuracy if last else None,
        "test_accuracy": last.test_accuracy if last else None,
        "seconds_to_98_5": None if time_to_target is None else round(time_to_target, 3),
        "history": [{"epoch": h.epoch, "loss": h.loss, "train_accuracy": h.train_accuracy,
                     "test_accuracy": h.test_accuracy, "seconds": h.train_seconds}
                    for h in finished.history],
        "out": args.out,
    }
    if finished.diverged:
        summary["diverged"] = True
        summary["message"] = finished.message
    if args.json:
        print(json.dumps(_clean(summary)))
    return 1 if finished.diverged else 0


def _evaluate(args):
    net = load_model(args.model)
    images, labels = load_mnist("test")
    t0 = time.perf_counter()
    result = evaluate(net, images, labels)
    seconds = time.perf_counter() - t0
    drawn = None
    if args.drawn:
        from .drawn import evaluate_drawn

        drawn = evaluate_drawn(net)
    if args.json:
        out = {"model": net.meta.get("path"), "accuracy": result["accuracy"],
               "confusion": result["confusion"].tolist(), "seconds": round(seconds, 3)}
        if drawn is not None:
            out["drawn"] = drawn
        print(json.dumps(out))
        return 0
    print(f"{net.meta.get('path')}: {net.describe()}")
    print(f"test accuracy {result['accuracy']:.4f} on {len(labels)} digits ({seconds:.2f} s)")
    print("confusion matrix (rows: true digit, columns: predicted):")
    print("      " + " ".join(f"{d:5d}" for d in range(10)))
    for d, row in enumerate(result["confusion"]):
        print(f"{d:5d} " + " ".join(f"{v:5d}" for v in row))
    if drawn is not None:
        from .drawn import DESCRIPTIONS

        print("drawn digits (through the canvas preprocessing):")
        for name, r in drawn.items():
            print(f"  {name:8s} {r['accuracy']:.4f} on {r['count']} digits: {DESCRIPTIONS[name]}")
    return 0


def _predict(args):
    from .imageio import import_image

    net = load_model(args.model)
    results = []
    for path in args.images:
        try:
            image = import_image(path)
        except DataFormatError as exc:
            results.append({"image": path, "error": exc.problem})
            continue
        if image is None:
            results.append({"image": path, "error": "no digit found (blank image)"})
            continue
        probs = net.predict_proba(image.reshape(1, -1))[0]
        results.append({"image": path, "digit": int(np.argmax(probs)),
                        "confidence": float(np.max(probs)), "probabilities": probs.tolist()})
    if args.json:
        print(json.dumps({"predictions": results}))
    else:
        for r in results:
            if "error" in r:
                print(f"{r['image']}: {r['error']}")
            else:
                print(f"{r['image']}: {r['digit']}  ({r['confidence']:.1%})")
    return EXIT_BAD_INPUT if any("error" in r for r in results) else 0


def _backquery(args):
    from .sheets import save_digit_png, save_sheet_png

    if args.all == (args.label is not None):
        raise ValueError("give a LABEL (0..9) or --all, not both")
    net = load_model(args.model)
    labels = list(range(10)) if args.all else [args.label]
    images = [net.backquery(label, args.mode) for label in labels]
    probs = net.predict_proba(np.stack(images).reshape(len(images), -1))
    readback = [float(probs[i, label]) for i, label in enumerate(labels)]
    if args.all:
        save_sheet_png(images, [f"{d}: {p:.0%}" for d, p in zip(labels, readback)], args.out)
    else:
        save_digit_png(images[0], args.out)
    if args.json:
        print(json.dumps({"out": args.out, "mode": args.mode, "labels": labels,
                          "readback_probability": readback}))
    else:
        print(f"wrote {args.out} ({args.mode}); the network reads it back as its label with "
              + ", ".join(f"{d}: {p:.1%}" for d, p in zip(labels, readback)))
    return 0


def _gradcheck(args):
    results = check_all()
    worst = max(r["max_relative_error"] for r in results)
    if args.json:
        print(json.dumps({"max_relative_error": worst, "cases": results}))
    else:
        for r in results:
            print(f"{r['hidden']:>8} hidden, {r['output']:>7} output, {r['loss']}: "
                  f"max relative error {r['max_relative_error']:.2e}")
        print(f"max relative error over all parameters: {worst:.2e} "
              f"({'OK' if worst < 1e-6 else 'FAILED'}: threshold 1e-6)")
    return 0 if worst < 1e-6 else 1


class _ProgressBar:
    """A one-line progress bar on a terminal's stderr, redrawn a few times a second."""

    def __init__(self, width=30):
        self.width = width
        self._last = 0.0

    def update(self, record):
        now = time.monotonic()
        if now - self._last < 0.1:
            return
        self._last = now
        done = getattr(record, "step", None)
        total = getattr(record, "steps", None)
        if not done or not total:
            return
        filled = int(self.width * done / total)
        eta = record.elapsed / done * (total - done)
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (self.width - filled)}] epoch {record.epoch} "
                         f"loss {record.loss:.3f} ETA {eta:4.0f} s ")
        sys.stderr.flush()

    def clear(self):
        sys.stderr.write("\r" + " " * (self.width + 40) + "\r")
        sys.stderr.flush()


def _clean(obj):
    """JSON has no NaN: turn it into null."""
    if isinstance(obj, float) and not math.isfinite(obj):
        return None
    if isinstance(obj, dict):
        return {k: _clean(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_clean(v) for v in obj]
    return obj
