"""The bundled digit sets: MNIST itself and the extra training sets made from it."""
from functools import lru_cache

from ..errors import DataFormatError
from ..files import load_npz
from ..resources import MNIST_DIR, ROOT
from .formats import MAX_DATA_BYTES, check_pair, load_idx

EXTRA_SETS = {"strokes": ROOT / "strokes" / "train_strokes.npz",
              "styles": ROOT / "strokes" / "train_styles.npz"}
_MNIST_FILES = {
    "train": ("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz"),
    "test": ("t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"),
}


def load_mnist(split="train"):
    """The bundled MNIST set: ``split`` is ``"train"`` (60,000) or ``"test"`` (10,000).

    Returns
    -------
    images : ndarray, uint8, shape (N, 28, 28), read-only
    labels : ndarray, uint8, shape (N,), read-only
    """
    if split not in _MNIST_FILES:
        raise ValueError(f"split must be 'train' or 'test', not {split!r}")
    return _load_mnist_cached(split)


@lru_cache(maxsize=2)
def _load_mnist_cached(split):
    images_name, labels_name = _MNIST_FILES[split]
    images, labels = load_idx(MNIST_DIR / images_name, labels=MNIST_DIR / labels_name)
    # Cached and shared: nobody may scribble on them.
    images.flags.writeable = False
    labels.flags.writeable = False
    return images, labels


def load_extra(name):
    """A bundled extra training set, made from MNIST training digits by
    tools/make_stroke_set.py: ``"strokes"`` = re-drawn as uniform pen strokes;
    ``"styles"`` = drawn in the styles MNIST lacks (flagged 1s, crossed 7s,
    open 4s, tailed 9s) by random hands (``engine.data.styles``). Same return
    as load_mnist."""
    if name not in EXTRA_SETS:
        raise ValueError(f"extra data must be one of {', '.join(EXTRA_SETS)}, not {name!r}")
    return _load_extra_cached(name)


@lru_cache(maxsize=2)
def _load_extra_cached(name):
    path = EXTRA_SETS[name]
    data = load_npz(path, "a training set", MAX_DATA_BYTES, MAX_DATA_BYTES)
    if "images" not in data or "labels" not in data:
        raise DataFormatError(path, "unreadable extra training set (no images or labels)")
    images, labels = check_pair(data["images"], data["labels"], path, path)
    images.flags.writeable = False
    labels.flags.writeable = False
    return images, labels
