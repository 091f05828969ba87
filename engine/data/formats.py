"""Digit files: IDX (MNIST's own format, gzipped or not) and CSV (Rashid's).

Every reader checks what a header claims against what the file holds before
it allocates anything, and reports bad content as ``DataFormatError``.
"""
import gzip
import io
import zlib
from pathlib import Path

import numpy as np

from ..errors import DataFormatError, reading

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

    Returns
    -------
    images : ndarray, uint8, shape (N, 28, 28)
    labels : ndarray, uint8, shape (N,)
    """
    path = Path(path)
    raw = _read_bytes(path)
    try:
        text = raw.decode("ascii")
    except UnicodeDecodeError:
        raise DataFormatError(path, "not a text CSV file (non-ASCII bytes)") from None
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if lines and not lines[0].split(",")[0].strip().lstrip("+-").isdigit():
        lines = lines[1:]
    if not lines:
        raise DataFormatError(path, "no data rows")
    for number, line in enumerate(lines[:1] + lines[-1:], start=1):
        if line.count(",") != 784:
            raise DataFormatError(
                path, f"a row has {line.count(',') + 1} fields, expected 785 (label + 784 pixels)")
    try:
        values = np.loadtxt(io.StringIO("\n".join(lines)), delimiter=",", dtype=np.int64, ndmin=2)
    except ValueError as exc:
        raise DataFormatError(path, f"not a CSV of integers: {_first_line(exc)}") from None
    if values.shape[1] != 785:
        raise DataFormatError(path, f"rows have {values.shape[1]} fields, expected 785")
    labels, pixels = values[:, 0], values[:, 1:]
    if labels.min() < 0 or labels.max() > 9:
        raise DataFormatError(path, "labels must be digits 0..9")
    if pixels.min() < 0 or pixels.max() > 255:
        raise DataFormatError(path, "pixels must be in 0..255")
    return pixels.astype(np.uint8).reshape(-1, 28, 28), labels.astype(np.uint8)


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
    with reading(path), open(path, "rb") as f:
        head = f.read(2)
        f.seek(0)
        if head != b"\x1f\x8b":
            raw = f.read(MAX_DATA_BYTES + 1)
            if len(raw) > MAX_DATA_BYTES:
                raise DataFormatError(path, "larger than 1 GiB")
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
