"""What the command line looks like; the choices come from the engine's registries."""
import argparse

from ..data.augment import AUGMENTATIONS
from ..insight.backquery import MODES
from ..nn.layers import ACTIVATIONS
from ..nn.losses import LOSSES
from ..nn.optim import OPTIMIZERS
from ..training.config import PRESETS


def build_parser():
    parser = argparse.ArgumentParser(prog="python -m engine",
                                     description="Train, evaluate and query the digit network.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("train", help="train a network on the bundled MNIST")
    p.add_argument("--preset", choices=sorted(PRESETS), default="default",
                   help="recipe to start from; the flags below override its fields")
    p.add_argument("--layers", type=_int_list, help="sizes, e.g. 784,256,10")
    p.add_argument("--activation", choices=list(ACTIVATIONS), help="hidden activation")
    p.add_argument("--loss", choices=list(LOSSES),
                   help="ce: softmax + cross-entropy; sse: sigmoid outputs + squared error")
    p.add_argument("--optimizer", choices=list(OPTIMIZERS))
    p.add_argument("--lr", type=float, help="learning rate")
    p.add_argument("--batch", type=int, help="mini-batch size")
    p.add_argument("--epochs", type=int, help="passes over the training set")
    p.add_argument("--augment", choices=list(AUGMENTATIONS))
    p.add_argument("--seed", type=int)
    p.add_argument("--subset", type=int, help="train on this many random samples (quick runs)")
    p.add_argument("--out", help="save the trained model here (.npz)")
    p.add_argument("--json", action="store_true", help="print a JSON summary as the last line")

    p = sub.add_parser("evaluate", help="accuracy and confusion matrix on the MNIST test set")
    _model_flag(p)
    p.add_argument("--drawn", action="store_true",
                   help="also score the drawn-digit sets per digit: pen strokes, styles, paper "
                        "photos, handwriting fonts, grey photos, real handwriting")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("predict", help="read digits from image files")
    p.add_argument("images", nargs="+", metavar="IMAGE")
    _model_flag(p)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("backquery", help="the picture the network imagines for a label, as PNG")
    p.add_argument("label", nargs="?", type=int, help="digit 0..9 (leave out with --all)")
    p.add_argument("--all", action="store_true", help="a sheet of all ten labels")
    p.add_argument("--mode", choices=list(MODES), default="classic",
                   help="classic: Rashid's logit back-query; refined: improved until the network "
                        "reads it back as its label")
    _model_flag(p)
    p.add_argument("--out", required=True, help="PNG file to write")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("gradcheck", help="backprop against numerical gradients, every layer type")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("lab", help="the figures of Deep Learning from Scratch ch. 3-4, computed now")
    p.add_argument("--json", action="store_true", help="print them as one JSON object")
    return parser


def _model_flag(p):
    p.add_argument("--model", help="model file (.npz) or bundled model name; default: the bundled model")


def _int_list(text):
    if not text.strip():
        return ()  # refused by the recipe's own check, with the field's name
    try:
        return tuple(int(v) for v in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected sizes like 784,256,10, not {text!r}") from None
