"""The engine: a from-scratch NumPy network for handwritten digits.

This module is the facade: the GUI, the benchmarks, the tools and outside
scripts import from here only. Pure NumPy + SciPy + Pillow; never imports
Qt. Inside, the packages are ``nn`` (layers, losses, network, optimizers,
model files), ``data`` (formats, MNIST, preprocessing, augmentation, strokes,
photos, personal digits), ``training`` (recipes, the loop, sweeps and
their time estimates, teaching, metrics), ``insight`` (back-query, gradient
check, pictures, explain), ``lab`` (the books' chapters 3-4, reached as ``engine.lab``)
and ``cli``.

The registries (``ACTIVATIONS``, ``LOSSES``, ...) are tuples of the names a
recipe field or a CLI flag accepts.

Importing the facade stays light, as the app's window must come up fast: SciPy's
ndimage and special are imported by the functions that use them, and what the
window needs only later (training, the lab, explanations, gradient checks; the
drawn sets and styles, which bring Pillow) is loaded when first asked for
(``_LAZY``). ``engine.train``, ``from engine import train`` and ``__all__`` work
as ever.
"""
import importlib

from . import network_methods  # noqa: F401  (net.save and net.backquery, for outside scripts)
from .atomic import remove_stale_temp_files
from .data.augment import AUGMENTATIONS
from .data.formats import idx_pairs, load_csv, load_idx
from .data.mnist import load_mnist
from .data.personal import PersonalDigits
from .data.photo import import_image
from .data.preprocess import preprocess_canvas, preprocess_canvas_with_frame, to_inputs
from .data.strokes import digit_strokes, render_strokes
from .errors import DataFormatError, FileAccessError, SaveError, TeachError
from .insight.backquery import EXPLANATIONS as _BACKQUERY_EXPLANATIONS
from .insight.backquery import MODES as _BACKQUERY_MODES
from .insight.backquery import backquery, backquery_all
from .insight.pictures import save_digit_png, save_sheet_png
from .nn.layers import ACTIVATIONS as _ACTIVATIONS
from .nn.layers import OUTPUTS as _OUTPUTS
from .nn.losses import LOSSES as _LOSSES
from .nn.model_io import BUNDLED_MODELS, load_model, save_model
from .nn.network import INITS as _INITS
from .nn.network import Network
from .nn.optim import OPTIMIZERS as _OPTIMIZERS
from .resources import resource_path

ACTIVATIONS = tuple(_ACTIVATIONS)  # hidden layers
OUTPUT_ACTIVATIONS = tuple(_OUTPUTS)
LOSSES = tuple(_LOSSES)  # each with its output activation and targets: see loss_settings
OPTIMIZERS = tuple(_OPTIMIZERS)
INITS = tuple(_INITS)
BACKQUERY_MODES = tuple(_BACKQUERY_MODES)
BACKQUERY_EXPLANATIONS = dict(_BACKQUERY_EXPLANATIONS)  # mode -> one sentence, for the GUI
# AUGMENTATIONS, SCHEDULES and SWEEP_FIELDS are tuples already.

# Loaded on first use (PEP 562): module -> the names the facade gives from it.
_LAZY_MODULES = {
    ".data.drawn_sets": ("evaluate_drawn", "stroke_canvas"),
    ".data.styles": ("STYLES", "style_canvas"),
    ".insight.explain": ("Explanation", "explain"),
    ".insight.gradcheck": ("check_all", "gradient_check", "gradient_check_report",
                           "numerical_gradient"),
    ".training.config": ("PRESETS", "SCHEDULES", "TrainConfig", "loss_settings", "preset"),
    ".training.estimate": ("sweep_seconds",),
    ".training.finetune": ("teach",),
    ".training.loop": ("train",),
    ".training.metrics": ("evaluate",),
    ".training.records": ("BatchStats", "EpochStats", "Finished", "stamp_model"),
    ".training.sweep": ("QUICK_EPOCHS", "QUICK_SUBSET", "SWEEP_FIELDS", "SweepPoint", "sweep",
                        "sweep_config", "sweep_value"),
}
# name -> (module, its name there; None: the module itself)
_LAZY = {name: (module, name) for module, names in _LAZY_MODULES.items() for name in names}
_LAZY["GRADIENT_CHECK_TOLERANCE"] = (".insight.gradcheck", "TOLERANCE")
_LAZY["lab"] = (".lab", None)  # the books' chapters 3-4 as a lab: engine.lab.sigmoid_naive, ...


def __getattr__(name):
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module_name, attribute = _LAZY[name]
    module = importlib.import_module(module_name, __name__)
    value = module if attribute is None else getattr(module, attribute)
    globals()[name] = value  # once found, a plain attribute
    return value


def __dir__():
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "ACTIVATIONS", "AUGMENTATIONS", "BACKQUERY_EXPLANATIONS", "BACKQUERY_MODES", "BUNDLED_MODELS",
    "BatchStats", "DataFormatError", "EpochStats", "FileAccessError", "SaveError", "TeachError",
    "idx_pairs", "remove_stale_temp_files", "Explanation", "Finished",
    "GRADIENT_CHECK_TOLERANCE", "INITS", "LOSSES", "Network",
    "OPTIMIZERS", "OUTPUT_ACTIVATIONS", "PRESETS", "PersonalDigits", "QUICK_EPOCHS", "STYLES",
    "QUICK_SUBSET", "SCHEDULES", "SWEEP_FIELDS", "SweepPoint", "TrainConfig", "backquery",
    "backquery_all", "check_all", "digit_strokes", "evaluate", "evaluate_drawn", "explain",
    "gradient_check", "gradient_check_report", "import_image", "lab", "load_csv", "load_idx",
    "load_mnist", "load_model",
    "loss_settings", "numerical_gradient", "preprocess_canvas",
    "preprocess_canvas_with_frame", "preset", "render_strokes", "style_canvas",
    "resource_path", "save_digit_png", "save_model", "save_sheet_png", "stamp_model",
    "stroke_canvas", "sweep", "sweep_config", "sweep_seconds", "sweep_value", "teach", "to_inputs",
    "train",
]
