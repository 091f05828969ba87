"""Make the books' networks bundled in ``resources/models/`` (issue 13).

``rashid``: our ``rashid`` preset (Make Your Own Neural Network, Tariq Rashid:
784-200-10 sigmoid, no biases, inputs scaled to 0.01..0.99, squared error, plain
SGD one digit at a time) trained on the full MNIST training set, as
``python -m engine train --preset rashid --out resources/models/rashid.npz``
does (a minute or two).

``dlfs-ch3``: the pretrained chapter-3 network of Deep Learning from Scratch
(Saito Goki; 784-50-100-10 sigmoid + softmax), converted from
``../shared/datasets/dlfs-ch3/sample_weight.npz`` (the book's
``sample_weight.pkl`` without pickle) without changing a value. It must score
0.9352 on the MNIST test set, as the book prints.

    .venv/bin/python tools/make_book_models.py [rashid] [dlfs-ch3]
"""
import hashlib
import shutil
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import engine  # noqa: E402

MODELS = ROOT / "resources" / "models"
DLFS_DIR = ROOT.parent / "shared" / "datasets" / "dlfs-ch3"
DLFS_ACCURACY = 0.9352  # the book's "Accuracy:0.9352"
RASHID_BOOK_ACCURACY = 0.9747
DLFS_SOURCE = ("Deep Learning from Scratch (Saito Goki), chapter 3: the book's pretrained "
               "ch03/sample_weight.pkl from github.com/oreilly-japan/deep-learning-from-scratch, "
               "MIT licence, Copyright (c) 2016 Koki Saitoh")


def make_rashid():
    config = engine.preset("rashid")
    net = config.make_network()
    finished = None
    for record in engine.train(net, config, engine.load_mnist("train"), engine.load_mnist("test")):
        if isinstance(record, engine.EpochStats):
            print(f"rashid: epoch {record.epoch}: test {record.test_accuracy:.4f}", flush=True)
        elif isinstance(record, engine.Finished):
            finished = record
    if finished.diverged:
        raise SystemExit(f"rashid: the run failed: {finished.message}")
    engine.stamp_model(net, config, finished, name="rashid", preset="rashid")
    accuracy = engine.evaluate(net, *engine.load_mnist("test"))["accuracy"]
    net.meta.update(
        test_accuracy=accuracy,
        source=("Make Your Own Neural Network (Tariq Rashid): our rashid preset "
                f"(784-200-10 sigmoid, no biases, inputs 0.01..0.99) trained on all of MNIST; "
                f"test accuracy {accuracy:.4f} (the book: {RASHID_BOOK_ACCURACY})"),
        licence="trained by this project on MNIST; no third-party weights",
        made_by="tools/make_book_models.py")
    engine.save_model(net, MODELS / "rashid.npz")
    print(f"rashid: test accuracy {accuracy:.4f} (the book says {RASHID_BOOK_ACCURACY}); "
          f"wrote {MODELS / 'rashid.npz'}")
    return accuracy


def make_dlfs():
    src = DLFS_DIR / "sample_weight.npz"
    with np.load(src, allow_pickle=False) as npz:
        arrays = {name: npz[name] for name in npz.files}
    weights = [arrays[f"W{i}"] for i in (1, 2, 3)]
    biases = [arrays[f"b{i}"] for i in (1, 2, 3)]
    for a in weights + biases:
        if a.dtype != np.float32:  # the model file keeps float32: nothing may be rounded
            raise SystemExit(f"{src}: expected float32 arrays, found {a.dtype}")
    # The book feeds x / 255 (normalize=True): our inputs are pixels in [0, 1] already,
    # so the input scale is the identity (0, 1).
    net = engine.Network.from_arrays(weights, biases, "sigmoid", "softmax", "ce",
                                     input_scale=(0.0, 1.0), dtype=np.float32)
    for ours, theirs in zip(net.weights + net.biases, weights + biases):
        assert np.array_equal(ours, theirs)
    accuracy = engine.evaluate(net, *engine.load_mnist("test"))["accuracy"]
    print(f"dlfs-ch3: test accuracy {accuracy:.4f} (the book prints {DLFS_ACCURACY})")
    if round(accuracy, 4) != DLFS_ACCURACY:
        raise SystemExit(f"dlfs-ch3: scores {accuracy:.4f}, not the book's {DLFS_ACCURACY}")
    net.meta.update(
        name="dlfs-ch3", test_accuracy=accuracy,
        source=f"{DLFS_SOURCE}; test accuracy {accuracy:.4f} as the book prints",
        licence="MIT; Copyright (c) 2016 Koki Saitoh (see resources/models/LICENSE-dlfs-ch3.md)",
        converted_from=f"sample_weight.npz sha256 {hashlib.sha256(src.read_bytes()).hexdigest()}",
        recipe={"layers": [784, 50, 100, 10], "hidden_activation": "sigmoid",
                "output_activation": "softmax", "loss": "ce", "bias": True,
                "input_scale": [0.0, 1.0]},
        made_by="tools/make_book_models.py")
    engine.save_model(net, MODELS / "dlfs-ch3.npz")
    # The MIT licence asks for its notice to go with every copy of the weights.
    shutil.copyfile(DLFS_DIR / "LICENSE.md", MODELS / "LICENSE-dlfs-ch3.md")
    print(f"dlfs-ch3: wrote {MODELS / 'dlfs-ch3.npz'}")
    return accuracy


def main(argv):
    which = argv or ["dlfs-ch3", "rashid"]
    for name in which:
        {"rashid": make_rashid, "dlfs-ch3": make_dlfs}[name]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
