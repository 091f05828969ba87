"""One function per command; each takes the parsed arguments and returns the exit code."""
import json
import sys
import time
from pathlib import Path

import numpy as np

from ..data.drawn_sets import DESCRIPTIONS, evaluate_drawn
from ..data.mnist import load_mnist
from ..data.photo import import_image
from ..errors import DataFormatError, SaveError
from ..insight.backquery import backquery as backquery_image
from ..insight.backquery import backquery_all
from ..insight.gradcheck import check_all
from ..insight.pictures import save_digit_png, save_sheet_png
from ..nn.model_io import load_model, save_model
from ..training.config import loss_settings, preset
from ..training.loop import train as train_network
from ..training.metrics import evaluate as evaluate_network
from ..training.records import EpochStats, Finished, headline_accuracy, kept_record, stamp_model
from .console import ProgressBar, json_line
from .out_file import check_out, save_elsewhere

EXIT_BAD_INPUT = 2


def train(args):
    config = _config_from(args)
    if args.out:
        check_out(args.out)  # before a run of minutes, not after it
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
    stamp_model(net, config, finished, preset=args.preset,
                name=f"{args.preset} preset" if not args.out else Path(args.out).stem)
    print(finished.message, file=log)
    if finished.failed and finished.hint:
        print(f"hint: {finished.hint}", file=sys.stderr)
    written, elsewhere, save_error = _keep(net, args.out, finished, kept, log)
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
        "out": written,
    }
    if elsewhere is not None:
        summary["saved_elsewhere"] = elsewhere
    if finished.diverged:
        summary.update(diverged=True, message=finished.message, hint=finished.hint)
    if finished.failed:
        summary.update(failed=True, problem=finished.problem or finished.message)
    if save_error:
        summary["error"] = save_error
    if args.json:
        print(json_line(summary))
    if save_error:
        return EXIT_BAD_INPUT
    return 1 if finished.failed else 0


def _keep(net, out, finished, kept, log):
    """Save the trained network as the run deserves; returns ``(out or None, fallback or None,
    error or None)``.

    A failed run never replaces anything: ``out`` is left as it was, and
    only an epoch that clearly learned is kept, in a fallback file. When
    writing ``out`` fails (a full disk), the model goes to a fallback file
    rather than being lost.
    """
    if finished.failed:
        left = f"; {out} left as it was" if out else ""
        if kept is None or not out:
            print(f"not saved: the run failed{left}", file=log)
            return None, None, None
        elsewhere = save_elsewhere(net, out)
        where = f"saved to {elsewhere} instead" if elsewhere else "could not be saved anywhere"
        print(f"not saved: the run failed{left}; its weights after epoch {kept.epoch} "
              f"({headline_accuracy(kept):.1%}) were {where}", file=log)
        return None, None if elsewhere is None else str(elsewhere), None
    if not out:
        print("not saved (pass --out PATH to keep it)", file=log)
        return None, None, None
    try:
        save_model(net, out)
    except SaveError as exc:
        elsewhere = save_elsewhere(net, out)
        where = (f"the trained model was saved to {elsewhere} instead" if elsewhere
                 else "the trained model could not be saved anywhere")
        error = f"{exc}; {where}"
        print(f"error: {error}", file=sys.stderr)
        return None, None if elsewhere is None else str(elsewhere), error
    print(f"saved to {out}", file=log)
    return out, None, None


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
        print("\n".join(drawn_table(drawn)))
    return 0


def drawn_table(drawn):
    """Lines of the drawn-set report: a row per set, a column per digit, the weakest starred."""
    lines = ["drawn digits, read through the canvas preprocessing: accuracy % per digit "
             "(* the weakest digit of each set)",
             f"  {'set':13s} {'all':>6s}  " + " ".join(f"{d:>5d} " for d in range(10)) + "  digits"]
    for name, r in drawn.items():
        cells = " ".join("    - " if a is None else f"{100 * a:5.1f}" + ("*" if d == r["weakest"]
                                                                      else " ")
                         for d, a in enumerate(r["per_digit"]))
        lines.append(f"  {name:13s} {100 * r['accuracy']:6.2f}  {cells}  {r['count']:6d}")
    lines.append("the sets:")
    lines += [f"  {name:13s} {DESCRIPTIONS[name]}" for name in drawn]
    return lines


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
