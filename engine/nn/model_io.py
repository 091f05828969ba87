"""Model files: ``.npz`` arrays plus a versioned JSON header; inert data, never pickle."""
import json
from pathlib import Path

import numpy as np

from ..atomic import atomic_write
from ..errors import DataFormatError, SaveError, reading
from ..files import load_npz
from ..resources import DEFAULT_MODEL, MODELS_DIR
from .layers import ACTIVATIONS, OUTPUTS
from .losses import LOSSES
from .network import Network

FORMAT = "digit-reader-model"
VERSION = 1
MAX_LAYERS = 16
MAX_UNITS = 65536
MAX_MODEL_BYTES = 1 << 30

# The models in resources/models/, by the name load_model takes: where each comes from.
BUNDLED_MODELS = {
    "default": "Ours: 784-512-512-10 ReLU trained with augmentation and pen strokes (the preset "
               "'default'), 99.3% on the MNIST test set",
    "rashid": "Make Your Own Neural Network (Tariq Rashid): 784-200-10 sigmoid, no biases, our "
              "'rashid' preset trained on all of MNIST (the book reports 97.47%)",
    "dlfs-ch3": "Deep Learning from Scratch (Saito Goki), chapter 3: the book's pretrained "
                "784-50-100-10 sigmoid network, 93.52% on MNIST test (MIT licence, Koki Saitoh)",
}


def save_model(net, path):
    """Write ``net`` to ``path`` atomically (temp file + fsync + ``os.replace``).

    Raises ``SaveError`` and leaves ``path`` as it was when a weight is NaN or
    infinite (``load_model`` would refuse such a file), when ``path`` is not a
    regular file, when the disk has too little room, or when writing fails.
    """
    for name, array in _named_arrays(net):
        if not np.isfinite(array).all():
            raise SaveError(path, f"not saved: the network's {name} holds NaN or infinite "
                                  "values (a broken network); the file there before is untouched")
    header = {
        "format": FORMAT,
        "version": VERSION,
        "layers": net.sizes,
        "hidden_activation": net.hidden_activation,
        "output_activation": net.output_activation,
        "loss": net.loss.name,
        "bias": net.biases is not None,
        "input_scale": list(net.input_scale),
        "dtype": net.dtype.name,
        "meta": net.meta,
    }
    arrays = {"header": np.frombuffer(json.dumps(header).encode("utf-8"), dtype=np.uint8)}
    for i, w in enumerate(net.weights):
        arrays[f"W{i}"] = w
    for i, b in enumerate(net.biases or []):
        arrays[f"b{i}"] = b
    atomic_write(path, lambda f: np.savez(f, **arrays))


def load_model(path_or_name=None, *, path=None):
    """Read a model file; ``None`` reads the bundled default model.

    ``path_or_name`` is a path, or the bare name of a bundled model
    (``"default"`` is ``resources/models/default.npz``); ``path=`` is the
    keyword the first version of this function had. Everything is
    checked before a network is built: the header's version and
    architecture, then every array's shape, dtype and finiteness. Raises
    ``DataFormatError`` naming the file and the problem.
    """
    name = path if path_or_name is None else path_or_name
    path = model_path(name)
    # A folder, a device, a FIFO, a zip bomb, an array header declaring more
    # than the file holds: all refused before anything big is read.
    arrays = load_npz(path, "a model file", MAX_MODEL_BYTES, MAX_MODEL_BYTES)
    header = _read_header(arrays, path)
    weights, biases = _read_arrays(arrays, header, path)
    with reading(path, "a model file"):  # building a GiB network can still exhaust memory
        net = Network.from_arrays(weights, biases, header["hidden_activation"],
                                  header["output_activation"], header["loss"],
                                  header["input_scale"], np.float32)
    net.meta = header.get("meta") or {}
    net.meta["path"] = str(path)
    bundled = _bundled_name(name, path)
    if bundled is None:
        net.meta.pop("bundled", None)
    else:
        net.meta["bundled"] = bundled
    return net


def model_path(path_or_name=None):
    """The file ``load_model`` reads for ``path_or_name`` (see there).

    A bare name (no folder, no suffix) that is neither an existing file nor
    a bundled model raises ``DataFormatError`` listing the bundled names.
    """
    if path_or_name is None:
        return DEFAULT_MODEL
    path = Path(path_or_name)
    if not path.exists() and _bare(path_or_name, path):
        bundled = MODELS_DIR / f"{path.name}.npz"
        if bundled.exists():
            return bundled
        raise DataFormatError(path, "no such file, and no bundled model has this name "
                                    f"(the bundled models: {', '.join(BUNDLED_MODELS)})")
    return path


def _bare(path_or_name, path):
    return not path.suffix and str(path_or_name) == path.name


def _bundled_name(name, path):
    """The bundled model's name when ``name`` chose one, else None."""
    if name is None:
        return "default"
    if _bare(name, Path(name)) and path == MODELS_DIR / f"{Path(name).name}.npz":
        return Path(name).name
    return None


def _named_arrays(net):
    yield from ((f"W{i}", w) for i, w in enumerate(net.weights))
    yield from ((f"b{i}", b) for i, b in enumerate(net.biases or []))


def _read_header(arrays, path):
    raw = arrays.get("header")
    if raw is None or raw.dtype != np.uint8 or raw.ndim != 1:
        raise DataFormatError(path, "no model header: not a model saved by this app")
    try:
        header = json.loads(raw.tobytes().decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataFormatError(path, f"unreadable model header ({exc})") from None
    except RecursionError:
        raise DataFormatError(path, "unreadable model header (nested without end)") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise DataFormatError(path, "not a model saved by this app (wrong format tag)")
    if header.get("version") != VERSION:
        raise DataFormatError(path, f"model format version {header.get('version')!r}; "
                                    f"this app reads version {VERSION}")
    layers = header.get("layers")
    if (not isinstance(layers, list) or not 2 <= len(layers) <= MAX_LAYERS
            or not all(isinstance(n, int) and 1 <= n <= MAX_UNITS for n in layers)):
        raise DataFormatError(path, f"bad layer sizes {layers!r}")
    if layers[0] != 784 or layers[-1] != 10:
        raise DataFormatError(path, f"a digit model maps 784 pixels to 10 digits, not {layers}")
    checks = (("hidden_activation", ACTIVATIONS), ("output_activation", OUTPUTS), ("loss", LOSSES))
    for key, allowed in checks:
        if header.get(key) not in allowed:
            raise DataFormatError(path, f"unknown {key} {header.get(key)!r}")
    scale = header.get("input_scale")
    if (not isinstance(scale, list) or len(scale) != 2
            or not all(isinstance(v, (int, float)) and np.isfinite(v) for v in scale)):
        raise DataFormatError(path, f"bad input_scale {scale!r}")
    if not isinstance(header.get("bias"), bool):
        raise DataFormatError(path, "header must say whether the model has biases")
    if header.get("meta") is not None and not isinstance(header["meta"], dict):
        raise DataFormatError(path, "bad meta section in the header")
    return header


def _read_arrays(arrays, header, path):
    layers = header["layers"]
    expected = {"header"} | {f"W{i}" for i in range(len(layers) - 1)}
    if header["bias"]:
        expected |= {f"b{i}" for i in range(len(layers) - 1)}
    stray = sorted(set(arrays) - expected)
    if stray:
        # e.g. biases in a file whose header says it has none: they would be dropped unseen.
        raise DataFormatError(path, f"the header does not account for array {stray[0]!r} "
                                    f"(it says {len(layers) - 1} weight matrices, "
                                    f"{'with' if header['bias'] else 'no'} biases)")
    weights, biases = [], []
    for i, (fan_in, fan_out) in enumerate(zip(layers[:-1], layers[1:])):
        weights.append(_checked(arrays, f"W{i}", (fan_in, fan_out), path))
        if header["bias"]:
            biases.append(_checked(arrays, f"b{i}", (fan_out,), path))
    return weights, (biases if header["bias"] else None)


def _checked(arrays, name, shape, path):
    a = arrays.get(name)
    if a is None:
        raise DataFormatError(path, f"array {name} is missing")
    if a.dtype not in (np.float32, np.float64):
        raise DataFormatError(path, f"array {name} has dtype {a.dtype}, expected float32")
    if a.shape != shape:
        raise DataFormatError(path, f"array {name} has shape {a.shape}, expected {shape}")
    if not np.isfinite(a).all():
        raise DataFormatError(path, f"array {name} holds NaN or infinite values")
    return a
