"""Your own handwriting: read an image file and turn it into an MNIST-style digit.

Pillow decodes (PNG, JPEG, BMP, GIF; grey, RGB, RGBA, palette, 16-bit);
the rest is NumPy/SciPy: transparency becomes paper, dark-on-light is
detected and inverted, uneven light and paper noise are removed, and the
digit goes through the same ``preprocess_canvas`` as a drawing.
"""
import warnings
from pathlib import Path

import numpy as np

from ..errors import DataFormatError
from ..files import open_regular
from .preprocess import preprocess_canvas

MAX_PIXELS = 40_000_000  # a 6000x6000 photo is plenty; beyond is a decompression bomb
# A digit is about as wide as it is tall: a long strip (1,000,000 x 1) is no photo of one, and
# the clean-up's cost grows with the square of its length. Small images may have any shape.
MAX_ASPECT, THIN_SIDE = 20, 1000
MAX_IMAGE_BYTES = 256 << 20
_WORK_SIDE = 320  # clean-up runs at this size: plenty for a 28x28 result, and fast


def import_image(path):
    """Read a digit from an image file.

    Returns
    -------
    ndarray, float32, shape (28, 28), ink bright in [0, 1]; or None if the
    image holds no ink at all. Raises ``DataFormatError`` for a file that is
    missing or is not a readable image.
    """
    # Imported here: the clean-up needs scipy.ndimage, ~0.4 s the app's start need not pay.
    from .photo_clean import clean_photo

    path = Path(path)
    grey = read_grey(path)
    return preprocess_canvas(clean_photo(_shrink(grey)))


def read_grey(path):
    """Decode ``path`` to a float32 (H, W) grey image in [0, 1]; transparent = paper."""
    from PIL import Image, UnidentifiedImageError

    with open_regular(path, "an image", MAX_IMAGE_BYTES) as f:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error", Image.DecompressionBombWarning)
                with Image.open(f) as img:  # reads the header only: the size is known, no pixels
                    _check_size(path, *img.size)
                    img.seek(0)  # first frame of an animation
                    img.load()
                    return _to_grey(img)
        except DataFormatError:
            raise
        except UnidentifiedImageError:
            raise DataFormatError(path, "not an image Pillow can read (PNG, JPEG, BMP, GIF)") from None
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise DataFormatError(path, "image is too large (possible decompression bomb)") from None
        except MemoryError:
            raise DataFormatError(path, "image is too large to decode") from None
        except Exception as exc:  # Pillow's decoders raise many types for corrupt data
            raise DataFormatError(
                path, f"corrupt or unsupported image ({type(exc).__name__}: {exc})") from None


def _check_size(path, w, h):
    if w < 1 or h < 1 or w * h > MAX_PIXELS:
        raise DataFormatError(path, f"image size {w}x{h} is out of range (at most "
                                    f"{MAX_PIXELS:,} pixels)")
    if max(w, h) > THIN_SIDE and max(w, h) > MAX_ASPECT * min(w, h):
        raise DataFormatError(path, f"image size {w}x{h}: too long and thin for a photo of a "
                                    f"digit (at most {MAX_ASPECT}:1)")


def _to_grey(img):
    mode = img.mode
    alpha = None
    if mode in ("RGBA", "LA", "PA") or (mode == "P" and "transparency" in img.info):
        rgba = np.asarray(img.convert("RGBA"), dtype=np.float32) / 255.0
        grey = rgba[..., :3] @ np.array([0.299, 0.587, 0.114], np.float32)
        alpha = rgba[..., 3]
    elif mode in ("I", "I;16", "I;16B", "I;16L", "F"):
        grey = np.asarray(img, dtype=np.float32)
        grey = np.nan_to_num(grey, nan=0.0, posinf=0.0, neginf=0.0)
        lo, hi = float(grey.min()), float(grey.max())
        grey = (grey - lo) / (hi - lo) if hi > lo else np.zeros_like(grey)
    else:
        grey = np.asarray(img.convert("L"), dtype=np.float32) / 255.0
    if alpha is not None and (alpha < 0.5).mean() > 0.01:
        # Transparent is paper: pick the paper shade that contrasts with the ink.
        opaque = alpha >= 0.5
        ink_shade = float(grey[opaque].mean()) if opaque.any() else 0.0
        paper = 1.0 if ink_shade < 0.5 else 0.0
        grey = grey * alpha + paper * (1.0 - alpha)
    return np.ascontiguousarray(grey, dtype=np.float32)


def _shrink(grey):
    h, w = grey.shape
    factor = int(np.ceil(max(h, w) / _WORK_SIDE))
    if factor <= 1:
        return grey
    # Block mean: an honest low-pass before the clean-up, cheap at any size.
    h2, w2 = h - h % factor, w - w % factor
    if h2 == 0 or w2 == 0:
        return grey
    return grey[:h2, :w2].reshape(h2 // factor, factor, w2 // factor, factor).mean(axis=(1, 3))
