"""Digit files: IDX (MNIST's own format, gzipped or not) and CSV (Rashid's).

Every reader checks what a header claims against what the file holds before
it allocates anything, and reports bad content as ``DataFormatError``.
"""
import gzip
import io
import zlib
from pathlib import Path

import numpy as np

from ..errors import DataFormatError, reading, size_text
from ..files import open_regular

# IDX type byte -> big-endian dtype.
_IDX_TYPES = {
    0x08: np.dtype(">u1"),
    0x09: np.dtype(">i1"),
    0x0B: np.dtype(">i2"),
    0x0C: np.dtype(">i4"),
    0x0D: np.dtype(">f4"),
    0x0E: np.dtype(">f8"),
}
# A cap on decompressed data: a gzip bomb must not eat the machine's memory.
MAX_DATA_BYTES = 1 << 30
# All of MNIST as CSV is 128 MB; a CSV is parsed CSV_CHUNK rows at a time, so
# memory stays near the size of the digits it holds (785 bytes each).
MAX_CSV_BYTES = 512 << 20
MAX_CSV_LINES = 1_000_000
MAX_CSV_LINE = 16 << 10  # a row of 785 numbers is at most ~3 KiB
CSV_CHUNK = 4096
# The exact names MNIST's own files have, gzipped or not: (images, labels) per split.
MNIST_NAMES = (("train-images-idx3-ubyte", "train-labels-idx1-ubyte"),
               ("t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"))


def load_idx(path, labels=None):
    """Read an IDX file (gzipped or not).

    Parameters
    ----------
    path : str or Path
        An IDX file: images ``(N, rows, cols)`` or labels ``(N,)``.
    labels : str or Path, optional
        A second IDX file of labels. When given, the pair is read and checked
        against each other and ``(images uint8 (N, 28, 28), labels uint8 (N,))``
        is returned, like :func:`load_mnist`.

    Returns
    -------
    ndarray, or (images, labels) when ``labels`` is given.
    """
    array = _read_idx(Path(path))
    if labels is None:
        return array
    label_array = _read_idx(Path(labels))
    return check_pair(array, label_array, Path(path), Path(labels))


def load_csv(path):
    """Read the CSV of Rashid's book: one digit a line, ``label,p0,...,p783``.

    Pixels are 0..255. A first line that is not numeric is taken as a header.
    Files over ``MAX_CSV_BYTES`` are refused before reading; the rest is
    parsed ``CSV_CHUNK`` rows at a time.

    Returns
    -------
    images : ndarray, uint8, shape (N, 28, 28)
    labels : ndarray, uint8, shape (N,)
    """
    path = Path(path)
    chunks, rows, first, count = [], [], True, 0
    with open_regular(path, "a CSV file of digits", MAX_CSV_BYTES) as raw:
        text = io.TextIOWrapper(raw, encoding="ascii", newline=None)
        try:
            while line := text.readline(MAX_CSV_LINE):
                count += 1
                if count > MAX_CSV_LINES:
                    raise DataFormatError(path, f"more than {MAX_CSV_LINES:,} lines")
                if len(line) >= MAX_CSV_LINE and not line.endswith("\n"):
                    raise DataFormatError(path, f"line {count} is far longer than a row of a digit")
                if not line.strip():
                    continue
                if first:
                    first = False
                    if not line.split(",", 1)[0].strip().lstrip("+-").isdigit():
                        continue  # a header line
                if line.count(",") != 784:
                    raise DataFormatError(path, f"line {count} has {line.count(',') + 1} fields, "
                                                "expected 785 (label + 784 pixels)")
                rows.append(line)
                if len(rows) == CSV_CHUNK:
                    chunks.append(_csv_rows(rows, path))
                    rows = []
        except UnicodeDecodeError:
            raise DataFormatError(path, "not a text CSV file (non-ASCII bytes)") from None
        if rows:
            chunks.append(_csv_rows(rows, path))
    if not chunks:
        raise DataFormatError(path, "no data rows")
    values = np.concatenate(chunks) if len(chunks) > 1 else chunks[0]
    return values[:, 1:].reshape(-1, 28, 28), np.ascontiguousarray(values[:, 0])


def _csv_rows(rows, path):
    """Rows of text -> uint8 (n, 785), label first; every value checked."""
    try:
        values = np.loadtxt(rows, delimiter=",", dtype=np.int64, ndmin=2)
    except ValueError as exc:
        raise DataFormatError(path, f"not a CSV of integers: {_first_line(exc)}") from None
    if values.shape[1] != 785:
        raise DataFormatError(path, f"rows have {values.shape[1]} fields, expected 785")
    labels, pixels = values[:, 0], values[:, 1:]
    if labels.min() < 0 or labels.max() > 9:
        raise DataFormatError(path, "labels must be digits 0..9")
    if pixels.min() < 0 or pixels.max() > 255:
        raise DataFormatError(path, "pixels must be in 0..255")
    return values.astype(np.uint8)


def idx_pairs(paths):
    """Which IDX files are images and which their labels: a list of (images, labels) paths.

    paths : a folder, or a sequence of files
        A folder is searched for MNIST's own file names (``MNIST_NAMES``,
        with or without ``.gz``), exactly: the training pair first, then the
        test pair. Of two files, the one whose IDX header has one dimension
        is the labels file and the one with three the images, whatever
        their names.

    Raises ``DataFormatError`` when no pair can be told apart.
    """
    if isinstance(paths, (str, Path)) and Path(paths).is_dir():
        folder = Path(paths)
        pairs = []
        for names in MNIST_NAMES:
            found = [_first_existing(folder, name) for name in names]
            if all(found):
                pairs.append(tuple(found))
        if not pairs:
            raise DataFormatError(folder, "holds no MNIST files by their own names (e.g. "
                                          f"{MNIST_NAMES[0][0]}.gz and {MNIST_NAMES[0][1]}.gz)")
        return pairs
    files = [Path(p) for p in ([paths] if isinstance(paths, (str, Path)) else paths)]
    if len(files) != 2:
        raise DataFormatError(files[0] if files else ".", "choose the IDX images file and its "
                                                          "labels file together (two files)")
    dims = {p: _idx_dims(p) for p in files}
    images = [p for p in files if dims[p] == 3]
    labels = [p for p in files if dims[p] == 1]
    if len(images) != 1 or len(labels) != 1:
        raise DataFormatError(files[0], "of two IDX files, one must hold images (3 dimensions) "
                                        f"and the other labels (1): these have {list(dims.values())}")
    return [(images[0], labels[0])]


def _first_existing(folder, name):
    for candidate in (folder / name, folder / f"{name}.gz"):
        if candidate.is_file():
            return candidate
    return None


def _idx_dims(path):
    """The number of dimensions an IDX file's header declares (its 4th byte)."""
    with open_regular(path, "an IDX file", MAX_DATA_BYTES) as f:
        head = f.read(4)
        if head[:2] == b"\x1f\x8b":
            f.seek(0)
            try:
                with gzip.GzipFile(fileobj=f) as gz:
                    head = gz.read(4)
            except (OSError, EOFError, zlib.error) as exc:
                raise DataFormatError(path, f"corrupt gzip data ({_first_line(exc)})") from None
    if len(head) < 4 or head[:2] != b"\0\0" or head[2] not in _IDX_TYPES:
        raise DataFormatError(path, "not an IDX file (bad magic number)")
    return head[3]


def _read_idx(path):
    raw = _read_bytes(path, limit=_idx_claim)
    if len(raw) < 4:
        raise DataFormatError(path, "too short for an IDX header")
    if raw[0] != 0 or raw[1] != 0 or raw[2] not in _IDX_TYPES or not 1 <= raw[3] <= 4:
        raise DataFormatError(path, "not an IDX file (bad magic number)")
    dtype, ndim = _IDX_TYPES[raw[2]], raw[3]
    header_len = 4 + 4 * ndim
    if len(raw) < header_len:
        raise DataFormatError(path, "truncated IDX header")
    shape = tuple(int.from_bytes(raw[4 + 4 * i: 8 + 4 * i], "big") for i in range(ndim))
    expected = dtype.itemsize
    for size in shape:
        expected *= size
    actual = len(raw) - header_len
    if actual != expected:
        raise DataFormatError(
            path, f"header says shape {shape} ({expected} data bytes) but the file holds {actual}")
    spread = dtype.itemsize
    for size in shape:
        spread *= max(size, 1)
    if spread > MAX_DATA_BYTES:
        # e.g. (0, 6731, 31109527): empty, yet no array can take that shape
        raise DataFormatError(path, f"implausible shape {shape}")
    if shape[0] == 0:
        raise DataFormatError(path, f"holds no items (shape {shape}): nothing to read")
    with reading(path, "an IDX file"):  # a GiB to convert can still exhaust a small machine
        array = np.frombuffer(raw, dtype=dtype, offset=header_len).reshape(shape)
        return array.astype(dtype.newbyteorder("="))


def check_pair(images, labels, images_path, labels_path):
    """Check that uint8 images (N, 28, 28) and labels (N,) in 0..9 belong together."""
    if images.ndim != 3 or images.shape[1:] != (28, 28):
        raise DataFormatError(images_path, f"expected 28x28 images, found shape {images.shape}")
    if images.dtype != np.uint8:
        raise DataFormatError(images_path, f"expected unsigned bytes, found {images.dtype}")
    if labels.ndim != 1 or labels.dtype != np.uint8:
        raise DataFormatError(labels_path, f"expected a 1-D byte array of labels, found {labels.shape}")
    if len(labels) != len(images):
        raise DataFormatError(
            labels_path, f"{len(labels)} labels for {len(images)} images in {images_path.name}")
    if len(labels) and labels.max() > 9:
        raise DataFormatError(labels_path, "labels must be digits 0..9")
    return images, labels


def _idx_claim(head):
    """Bytes an IDX file says it holds, from its first bytes (None: not known yet)."""
    if len(head) < 4 or head[0] or head[1] or head[2] not in _IDX_TYPES or not 1 <= head[3] <= 4:
        return None
    ndim = head[3]
    if len(head) < 4 + 4 * ndim:
        return None
    total = _IDX_TYPES[head[2]].itemsize
    for i in range(ndim):
        total *= int.from_bytes(head[4 + 4 * i:8 + 4 * i], "big")
    return 4 + 4 * ndim + total


def _read_bytes(path, limit=None):
    """The file's bytes, gunzipped when it starts with the gzip magic.

    ``limit(head)`` may say how many bytes the content claims to have; a
    gzip stream is then read no further than one byte past that claim.
    """
    with open_regular(path, "an IDX file", MAX_DATA_BYTES) as f:
        head = f.read(2)
        f.seek(0)
        if head != b"\x1f\x8b":
            raw = f.read(MAX_DATA_BYTES + 1)
            if len(raw) > MAX_DATA_BYTES:
                raise DataFormatError(path, f"larger than {size_text(MAX_DATA_BYTES)}")
            return raw
        return _gunzip(f, path, limit)


def _gunzip(f, path, limit=None):
    # Read in chunks so memory grows with the real content, never with a claim,
    # and stop as soon as the content is larger than its header says.
    chunks, total, cap = [], 0, MAX_DATA_BYTES
    try:
        with gzip.GzipFile(fileobj=f) as gz:
            while chunk := gz.read(1 << 20):
                if not chunks and limit is not None:
                    claim = limit(chunk[:64])
                    if claim is not None:
                        if claim > MAX_DATA_BYTES:
                            raise DataFormatError(path, "header claims more than 1 GiB of data")
                        cap = claim
                total += len(chunk)
                if total > cap:
                    raise DataFormatError(path, "decompresses to more than 1 GiB" if cap == MAX_DATA_BYTES
                                          else "holds more data than its header says")
                chunks.append(chunk)
    except (OSError, EOFError, zlib.error) as exc:
        raise DataFormatError(path, f"corrupt gzip data ({_first_line(exc)})") from None
    return b"".join(chunks)


def _first_line(exc):
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
