"""The engine: a from-scratch NumPy network for handwritten digits.

Pure NumPy + SciPy; never imports Qt, so the CLI, the GUI and outside
scripts share it.
"""
from .data import load_csv, load_idx, load_mnist
from .errors import DataFormatError
from .imageio import import_image
from .finetune import teach
from .gradcheck import check_all, gradient_check, numerical_gradient
from .metrics import evaluate
from .model_io import load_model, save_model
from .network import Network
from .personal import PersonalDigits
from .preprocess import preprocess_canvas
from .resources import resource_path
from .sheets import save_digit_png, save_sheet_png
from .strokes import digit_strokes
from .training import (PRESETS, BatchStats, EpochStats, Finished, TrainConfig, preset, to_inputs,
                       train)

__all__ = [
    "BatchStats", "DataFormatError", "EpochStats", "Finished", "Network", "PRESETS", "PersonalDigits",
    "TrainConfig", "check_all", "evaluate", "gradient_check", "import_image", "load_csv",
    "load_idx", "load_mnist", "load_model", "numerical_gradient", "preprocess_canvas", "preset",
    "resource_path", "save_digit_png", "save_sheet_png", "digit_strokes",
    "save_model", "teach", "to_inputs", "train",
]
