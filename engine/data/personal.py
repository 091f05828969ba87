"""The user's own digits, taught on the canvas: a small .npz kept beside the settings.

Two processes (two windows, or a window and a script) may add to the same
file at once. Every save therefore takes a lock file, reads what is on disk
now and merges: the other process's additions and removals are kept, ours
are applied on top. Digits are told apart by their pixels and label.
"""
import hashlib
from collections import Counter
from pathlib import Path

import numpy as np

from ..atomic import atomic_write, remove_stale_temp_files
from ..errors import DataFormatError, FileAccessError, SaveError
from ..files import load_npz
from ..lock_and_backup import file_lock, set_aside, signature

MAX_DIGITS = 100_000
_DIGIT_BYTES = 28 * 28 + 1
# What the loader accepts; a collection of MAX_DIGITS always fits (np.savez's headers are small).
MAX_UNPACKED = MAX_DIGITS * _DIGIT_BYTES + (64 << 10)
MAX_FILE_BYTES = MAX_UNPACKED + (1 << 20)


class PersonalDigits:
    """Digits (28x28, uint8, ink bright) with labels, saved atomically after every change.

    Construction never raises for a bad file: ``problem`` then says what
    happened, in one line. A damaged file is set aside under a name of its
    own (``<name>.damaged``, ``<name>.damaged-2``, ...; ``set_aside`` holds
    it) and the collection starts empty. A file this process may not read is
    left where it is (``access_problem`` is True) and nothing is saved over
    it: every save raises ``FileAccessError`` until it can be read.
    """

    def __init__(self, path):
        self.path = Path(path)
        self.images = np.zeros((0, 28, 28), np.uint8)
        self.labels = np.zeros(0, np.uint8)
        self.problem = None
        self.access_problem = False
        self.set_aside = None
        self._base = Counter()  # the digits on disk when we last read or wrote it
        self._seen = None  # that file's signature
        remove_stale_temp_files(self.path)
        try:
            with file_lock(self.path, required=False):
                seen = signature(self.path)
                disk = self._read_disk()
        except (DataFormatError, SaveError, OSError) as exc:
            self.problem = str(exc)
            self.access_problem = isinstance(exc, (FileAccessError, PermissionError))
            return
        if disk is not None:
            self.images, self.labels = disk
            self._base, self._seen = _keys(*disk), seen

    def __len__(self):
        return len(self.labels)

    def add(self, image, label):
        """Add one digit: ``image`` (28, 28) float in [0, 1] or uint8; ``label`` 0..9.

        Raises ValueError for a bad image or label, or when the collection
        already holds ``MAX_DIGITS``; a failed save (``FileAccessError``,
        ``SaveError``) keeps the digit here, and the next save tries again.
        """
        label = int(label)
        if not 0 <= label <= 9:
            raise ValueError(f"a digit label is 0..9, not {label}")
        image = np.asarray(image)
        if image.shape != (28, 28):
            raise ValueError(f"expected a 28x28 image, got {image.shape}")
        if len(self) >= MAX_DIGITS:
            raise ValueError(_full_message())
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
        """Remove every digit this object holds (digits another process adds meanwhile stay)."""
        self.images = self.images[:0]
        self.labels = self.labels[:0]
        self.save()

    def counts(self):
        return np.bincount(self.labels, minlength=10)

    def save(self):
        """Write the digits, merged with what another process saved since we last looked.

        Afterwards ``images`` and ``labels`` are what the file holds.
        """
        with file_lock(self.path, required=True):
            # _base and _seen change together, and only once a save went through: a merge
            # that could not be written is merged again next time, never forgotten.
            unchanged = signature(self.path) == self._seen
            disk = None if unchanged else self._read_disk()
            if disk is None:
                images, labels = self.images, self.labels
            else:
                images, labels = _merge(disk, self._base, self.images, self.labels)
            if len(labels) > MAX_DIGITS:
                raise ValueError(_full_message())

            def write(f):
                np.savez_compressed(f, images=images, labels=labels)

            atomic_write(self.path, write)
            self._seen = signature(self.path)
        self.images, self.labels = images, labels
        self._base = _keys(images, labels)
        self.access_problem = False

    def _read_disk(self):
        """The digits on disk (images, labels), or None when there is no file or it was damaged.

        A damaged file is set aside (``problem`` says so); one we may not read
        raises ``FileAccessError``, and so does a damaged one we cannot move.
        """
        if not self.path.exists() and not self.path.is_symlink():
            return None
        try:
            return _read(self.path)
        except FileAccessError:
            raise
        except DataFormatError as exc:
            self.set_aside = set_aside(self.path, exc)
            kept = (f"it was kept as {self.set_aside.name}" if self.set_aside
                    else "another program has set it aside")
            self.problem = f"{exc}; {kept}"
            return None


def _read(path):
    arrays = load_npz(path, "a personal digits file", MAX_FILE_BYTES, MAX_UNPACKED)
    images, labels = arrays.get("images"), arrays.get("labels")
    if images is None or labels is None:
        raise DataFormatError(path, "not a personal digits file (no images or labels)")
    if (images.dtype != np.uint8 or images.ndim != 3 or images.shape[1:] != (28, 28)
            or labels.dtype != np.uint8 or labels.shape != (len(images),) or len(images) > MAX_DIGITS
            or (len(labels) and labels.max() > 9)):
        raise DataFormatError(path, "personal digits file has the wrong shapes or labels")
    return images, labels


def _keys(images, labels):
    return Counter(_key_list(images, labels))


def _key_list(images, labels):
    # A digest per digit, not its 785 bytes: a full collection's keys stay a few MB.
    flat = np.concatenate([np.ascontiguousarray(images).reshape(len(images), 28 * 28),
                           np.asarray(labels, np.uint8).reshape(-1, 1)], axis=1)
    return [hashlib.blake2b(row, digest_size=16).digest() for row in flat]


def _merge(disk, base, images, labels):
    """What is on ``disk``, without the digits we removed and with those we added since ``base``.

    disk : (images, labels) on disk now
    base : Counter of the digits on disk when we last read or wrote it
    images, labels : our digits now

    Returns (images, labels): the disk's order, our additions at the end.
    """
    ours = _key_list(images, labels)
    removed = base - Counter(ours)
    unmatched = Counter(base)
    added = []
    for i, key in enumerate(ours):
        if unmatched[key] > 0:
            unmatched[key] -= 1
        else:
            added.append(i)
    keep = []
    for i, key in enumerate(_key_list(*disk)):
        if removed[key] > 0:
            removed[key] -= 1
        else:
            keep.append(i)
    merged_images = np.concatenate([disk[0][keep], images[added]])
    merged_labels = np.concatenate([disk[1][keep], labels[added]])
    return merged_images, merged_labels


def _full_message():
    return (f"your personal digits are full: {MAX_DIGITS:,} is the most this app keeps; "
            "remove some before adding more")
