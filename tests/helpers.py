"""Small writers for synthetic test files."""
import gzip
import struct

import numpy as np


def write_idx(path, array, gz=False, type_byte=0x08):
    array = np.asarray(array)
    header = bytes([0, 0, type_byte, array.ndim]) + b"".join(struct.pack(">I", n) for n in array.shape)
    data = header + array.astype(array.dtype.newbyteorder(">")).tobytes()
    if gz:
        data = gzip.compress(data)
    path.write_bytes(data)
    return path


def write_csv(path, images, labels):
    rows = [",".join(str(int(v)) for v in [label, *image.ravel()]) for image, label in zip(images, labels)]
    path.write_text("\n".join(rows) + "\n")
    return path


def random_digits(n, seed=0):
    rng = np.random.default_rng(seed)
    return rng.integers(0, 256, (n, 28, 28), dtype=np.uint8), rng.integers(0, 10, n, dtype=np.uint8)


def only_data_format_errors(loader, path, seconds=2.0):
    """``loader(path)`` returns or raises DataFormatError, and does either quickly."""
    import time

    import engine

    t0 = time.monotonic()
    try:
        loader(path)
    except engine.DataFormatError:
        pass
    assert time.monotonic() - t0 < seconds
