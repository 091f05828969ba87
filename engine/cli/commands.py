"""One function per command; each takes the parsed arguments and returns the exit code."""
import json
import sys
import time
from pathlib import Path

import numpy as np

from ..data.drawn_sets import DESCRIPTIONS, evaluate_drawn
from ..data.mnist import load_mnist
from ..data.photo import import_image
from ..errors import DataFormatError
from ..insight.backquery import backquery as backquery_image
from ..insight.backquery import backquery_all
from ..insight.gradcheck import check_all
from ..insight.pictures import save_digit_png, save_sheet_png
from ..nn.model_io import load_model, save_model
from ..training.config import loss_settings, preset
from ..training.loop import train as train_network
from ..training.metrics import evaluate as evaluate_network
from ..training.records import EpochStats, Finished, kept_record, stamp_model
from .console import ProgressBar, json_line

EXIT_BAD_INPUT = 2


def train(args):
    config = _config_from(args)
    net = config.make_network()
    bar = ProgressBar() if sys.stderr.isatty() else None
    log = sys.stderr if args.json else sys.stdout
    print(f"training {net.describe()} ({args.preset} preset), {config.optimizer} lr {config.lr:g}, "
          f"batch {config.batch_size}", file=log)
    finished, time_to_target = None, None
    for record in train_network(net, config, load_mnist("train"), load_mnist("test")):
        if bar is not None and not isinstance(record, Finished):
            bar.update(record)
        if isinstance(record, EpochStats):
            if bar is not None:
                bar.clear()
            if time_to_target is None and record.test_accuracy >= 0.985:
                time_to_target = record.train_seconds
            print(_epoch_line(record), file=log)
        elif isinstance(record, Finished):
            finished = record
    if bar is not None:
        bar.clear()
    kept = kept_record(finished, net.sizes[-1])
    # A failed run writes nothing unless some epoch clearly learned (the net holds that epoch's
    # weights then): a broken network never replaces a file, good or not.
    write = bool(args.out) and (not finished.diverged or kept is not None)
    stamp_model(net, config, finished, preset=args.preset,
                name=f"{args.preset} preset" if not args.out else Path(args.out).stem)
    if write:
        save_model(net, args.out)
    print(finished.message, file=log)
    if finished.diverged:
        print(f"hint: {finished.hint}", file=sys.stderr)
    if write:
        print(f"saved to {args.out}" + (f" (the weights after epoch {kept.epoch})"
                                        if finished.diverged else ""), file=log)
    elif args.out:
        print(f"not saved: no epoch was clearly better than chance; {args.out} left as it was",
              file=log)
    else:
        print("not saved (pass --out PATH to keep it)", file=log)
    last = finished.history[-1] if finished.history else None
    summary = {
        "preset": args.preset,
        "epochs": finished.epochs_done,
        "seconds": round(finished.train_seconds, 3),
        "seconds_per_epoch": round(finished.train_seconds / max(finished.epochs_done, 1e-9), 3),
        "samples_per_second": round(finished.samples_per_second, 1),
        "train_accuracy": last.train_accuracy if last else None,
        "test_accuracy": last.test_accuracy if last else None,
        "seconds_to_98_5": None if time_to_target is None else round(time_to_target, 3),
        "initial": None if finished.initial is None else _figures(finished.initial),
        "history": [dict(_figures(h), seconds=h.train_seconds, batch_accuracy=h.batch_accuracy)
                    for h in finished.history],
        "out": args.out if write else None,
    }
    if finished.diverged:
        summary.update(diverged=True, message=finished.message, hint=finished.hint)
    if args.json:
        print(json_line(summary))
    return 1 if finished.diverged else 0


def _figures(stats):
    return {"epoch": stats.epoch, "loss": stats.loss, "train_accuracy": stats.train_accuracy,
            "test_accuracy": stats.test_accuracy, "train_loss": stats.train_loss,
            "test_loss": stats.test_loss}


def _epoch_line(record):
    clean = (f"train {record.train_accuracy:.4f} (loss {record.train_loss:.4f}), "
             f"test {record.test_accuracy:.4f} (loss {record.test_loss:.4f})")
    if record.epoch == 0:
        return f"epoch 0 (untrained): {clean}"
    return (f"epoch {record.epoch}/{record.epochs}: {clean}; batches: loss {record.loss:.4f}, "
            f"accuracy {record.batch_accuracy:.4f}; {record.samples_per_second:,.0f} samples/s, "
            f"{record.elapsed:.1f} s")


def _config_from(args):
    overrides = {}
    if args.layers is not None:
        overrides["layers"] = args.layers
    if args.activation:
        overrides["hidden_activation"] = args.activation
    if args.loss:
        overrides.update(loss_settings(args.loss))
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


def evaluate(args):
    net = load_model(args.model)
    images, labels = load_mnist("test")
    t0 = time.perf_counter()
    result = evaluate_network(net, images, labels)
    seconds = time.perf_counter() - t0
    drawn = evaluate_drawn(net) if args.drawn else None
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
        print("drawn digits (through the canvas preprocessing):")
        for name, r in drawn.items():
            print(f"  {name:8s} {r['accuracy']:.4f} on {r['count']} digits: {DESCRIPTIONS[name]}")
    return 0


def predict(args):
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


def backquery(args):
    if args.all == (args.label is not None):
        raise ValueError("give a LABEL (0..9) or --all, not both")
    net = load_model(args.model)
    labels = list(range(10)) if args.all else [args.label]
    # All ten as one batch: the refined search is several times faster that way.
    images = (list(backquery_all(net, args.mode)) if args.all
              else [backquery_image(net, label, args.mode) for label in labels])
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


def gradcheck(args):
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
