"""Where the bundled files live: found relative to this package, never the cwd."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "resources"
MNIST_DIR = ROOT / "mnist"
MODELS_DIR = ROOT / "models"
DEFAULT_MODEL = MODELS_DIR / "default.npz"


def resource_path(*parts):
    """Path of a bundled resource, e.g. ``resource_path("icons", "app.png")``."""
    return ROOT.joinpath(*parts)
