"""The user's own digits, taught on the canvas: a small .npz kept beside the settings."""
import io
import zipfile
from pathlib import Path

import numpy as np

from ..atomic import atomic_write
from ..errors import DataFormatError, reading

MAX_DIGITS = 100_000


class PersonalDigits:
    """Digits (28x28, uint8, ink bright) with labels, saved atomically after every change.

    A damaged file is set aside as ``<name>.damaged`` rather than thrown
    away, and the collection starts empty.
    """

    def __init__(self, path):
        self.path = Path(path)
        self.images = np.zeros((0, 28, 28), np.uint8)
        self.labels = np.zeros(0, np.uint8)
        self.problem = None
        if self.path.exists():
            try:
                self.images, self.labels = _read(self.path)
            except DataFormatError as exc:
                self.problem = str(exc)
                self.path.replace(self.path.with_name(self.path.name + ".damaged"))

    def __len__(self):
        return len(self.labels)

    def add(self, image, label):
        """Add one digit: ``image`` (28, 28) float in [0, 1] or uint8; ``label`` 0..9."""
        label = int(label)
        if not 0 <= label <= 9:
            raise ValueError(f"a digit label is 0..9, not {label}")
        image = np.asarray(image)
        if image.shape != (28, 28):
            raise ValueError(f"expected a 28x28 image, got {image.shape}")
        if image.dtype != np.uint8:
            image = np.round(np.clip(image, 0, 1) * 255).astype(np.uint8)
        self.images = np.concatenate([self.images, image[None]])
        self.labels = np.append(self.labels, np.uint8(label))
        self.save()

    def remove(self, index):
        self.images = np.delete(self.images, index, axis=0)
        self.labels = np.delete(self.labels, index)
        self.save()

    def clear(self):
        self.images = self.images[:0]
        self.labels = self.labels[:0]
        self.save()

    def counts(self):
        return np.bincount(self.labels, minlength=10)

    def save(self):
        def write(f):
            buf = io.BytesIO()
            np.savez_compressed(buf, images=self.images, labels=self.labels)
            f.write(buf.getvalue())

        atomic_write(self.path, write)


def _read(path):
    with reading(path, "a personal digits file"):
        data = path.read_bytes()
    try:
        with np.load(io.BytesIO(data), allow_pickle=False) as npz:
            images, labels = npz["images"], npz["labels"]
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as exc:
        raise DataFormatError(path, f"not a personal digits file ({exc})") from None
    if (images.dtype != np.uint8 or images.ndim != 3 or images.shape[1:] != (28, 28)
            or labels.dtype != np.uint8 or labels.shape != (len(images),) or len(images) > MAX_DIGITS
            or (len(labels) and labels.max() > 9)):
        raise DataFormatError(path, "personal digits file has the wrong shapes or labels")
    return images, labels
