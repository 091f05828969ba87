"""Hostile files for the fault suites: FIFOs, devices, lying .npy headers, zip bombs."""
import io
import os
import stat
import threading
import zipfile

import numpy as np


def npy_bytes(header, payload=b""):
    """An .npy (version 1.0) whose header is the text ``header``, followed by ``payload``."""
    text = header.encode("latin1")
    text += b" " * ((64 - (10 + len(text) + 1) % 64) % 64) + b"\n"
    return b"\x93NUMPY\x01\x00" + len(text).to_bytes(2, "little") + text + payload


def write_npz(path, members, compression=zipfile.ZIP_STORED):
    """An .npz from ``members``: name -> ndarray or the raw bytes of an .npy."""
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, value in members.items():
            if isinstance(value, np.ndarray):
                buf = io.BytesIO()
                np.lib.format.write_array(buf, value)
                value = buf.getvalue()
            archive.writestr(f"{name}.npy", value)
    return path


def write_zip_bomb(path, name, size):
    """An .npz whose member ``name`` inflates to ``size`` bytes of an .npy of zeros
    (a few MB on disk for a GiB)."""
    header = npy_bytes(f"{{'descr': '|u1', 'fortran_order': False, 'shape': ({size},), }}")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        with archive.open(f"{name}.npy", "w", force_zip64=True) as f:
            f.write(header)
            chunk = bytes(1 << 24)
            left = size
            while left > 0:
                f.write(chunk[:min(left, len(chunk))])
                left -= len(chunk)
    return path


def huge_npy(name="images", elements=10 ** 10):
    """An .npy member that declares ``elements`` uint8 and holds 16 bytes."""
    return npy_bytes(f"{{'descr': '|u1', 'fortran_order': False, 'shape': ({elements},), }}",
                     bytes(16))


def nested_npy(depth=5000):
    """An .npy whose header nests ``depth`` lists: the parser's recursion, not a dict."""
    return npy_bytes("[" * depth + "]" * depth)


def null_device(folder):
    """A character device like /dev/null to aim a save at: a node of our own in ``folder``
    when we may make one (root), else /dev/null itself (which we then may not replace)."""
    if os.geteuid() == 0:
        path = os.path.join(folder, "null")
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        return path
    return "/dev/null"


def finishes(function, seconds, unblock=None):
    """Run ``function()`` in a thread; True if it ended within ``seconds``.

    ``unblock()`` is called when it did not, to free the thread (e.g. open
    the FIFO it waits on for writing).
    """
    done = threading.Event()
    result = {}

    def run():
        try:
            result["value"] = function()
        except BaseException as exc:  # reported to the caller, in its own thread
            result["error"] = exc
        done.set()

    threading.Thread(target=run, daemon=True).start()
    ended = done.wait(seconds)
    if not ended and unblock is not None:
        unblock()
        done.wait(5)
    return ended, result.get("error")


def release_fifo(path):
    """Open the FIFO ``path`` for writing and close it: a reader blocked on it returns."""
    def unblock():
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
        except OSError:
            pass
    return unblock
