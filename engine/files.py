"""Reading a user's file without trusting it: kind, size and declared shapes checked first.

A path may name a folder, a FIFO (opening it waits forever for a writer),
a device such as ``/dev/zero`` (endless), or a regular file that claims to
hold far more than it does. Everything here looks before it reads, and
reports a bad file as ``DataFormatError`` naming the file and the problem.
"""
import io
import os
import stat
import zipfile
import zlib
from contextlib import contextmanager

import numpy as np

from .errors import DataFormatError, reading, size_text

MAX_NPY_HEADER = 10_000  # numpy's own default: longer headers are not numpy's writing
MAX_MEMBERS = 64


def file_kind(mode):
    """What a ``st_mode`` is, in words, e.g. "a pipe (FIFO)"; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


@contextmanager
def open_regular(path, what, max_bytes):
    """Open ``path`` for reading (binary) only if it is a regular file of at most ``max_bytes``.

    ``what`` names the expected kind, e.g. ``"a model file"``. A device or a
    pipe is refused from its ``stat``, before it is opened: opening either
    can block or never end. Yields the file object.
    """
    with reading(path, what):
        _check(path, os.stat(path), what, max_bytes)
        # O_NONBLOCK: should the path be swapped for a FIFO between stat and open,
        # the open returns at once instead of waiting for a writer.
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
        fd = os.open(path, flags)
        try:
            _check(path, os.fstat(fd), what, max_bytes)
            if hasattr(os, "set_blocking"):
                os.set_blocking(fd, True)
            f = os.fdopen(fd, "rb")
        except BaseException:
            os.close(fd)
            raise
    with f:
        with reading(path, what):
            yield f


def read_regular(path, what, max_bytes):
    """The bytes of ``path``, a regular file of at most ``max_bytes`` (see ``open_regular``)."""
    with open_regular(path, what, max_bytes) as f:
        data = f.read(max_bytes + 1)
    if len(data) > max_bytes:  # it grew while we read it
        raise DataFormatError(path, f"larger than {size_text(max_bytes)}: not {what}")
    return data


def _check(path, st, what, max_bytes):
    kind = file_kind(st.st_mode)
    if kind is not None:
        raise DataFormatError(path, f"is {kind}, not {what}")
    if st.st_size > max_bytes:
        raise DataFormatError(path, f"is {size_text(st.st_size)}, larger than "
                                    f"{size_text(max_bytes)}: not {what} of this app")


def load_npz(path, what, max_bytes, max_unpacked):
    """The arrays of an ``.npz`` file, every claim checked before anything is unpacked.

    Parameters
    ----------
    path : str or Path
    what : str, the expected kind in words, e.g. ``"a model file"``
    max_bytes : int, the largest file accepted
    max_unpacked : int, the most bytes all its arrays may hold together

    Returns
    -------
    dict, name -> ndarray of plain numbers (bool, int, uint or float), in
    native byte order. A zip member claiming more than ``max_unpacked``
    (a zip bomb), an ``.npy`` header declaring more elements than its member
    holds, an object or structured dtype, a header nested without end:
    each raises ``DataFormatError`` before the data is read.
    """
    data = read_regular(path, what, max_bytes)
    try:
        with reading(path, what), zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            _check_members(infos, path, what, max_unpacked)
            return {info.filename[:-4]: _read_npy(archive, info, path) for info in infos}
    except DataFormatError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, KeyError, OSError,
            NotImplementedError, RuntimeError, SyntaxError) as exc:
        # RuntimeError: an encrypted member; NotImplementedError: an unknown compression.
        raise DataFormatError(path, f"not {what} (.npz): {_first_line(exc)}") from None


def _check_members(infos, path, what, max_unpacked):
    if not infos:
        raise DataFormatError(path, f"an empty archive, not {what}")
    if len(infos) > MAX_MEMBERS:
        raise DataFormatError(path, f"holds {len(infos)} arrays: not {what}")
    names = [info.filename for info in infos]
    if len(set(names)) != len(names) or not all(n.endswith(".npy") for n in names):
        raise DataFormatError(path, f"holds files that are not arrays: not {what}")
    # The sizes a zip member declares bound what reading it can produce: a
    # member never yields more than its declared size, so checking the claims
    # here is checking the memory.
    unpacked = sum(info.file_size for info in infos)
    if unpacked > max_unpacked:
        raise DataFormatError(path, f"unpacks to {size_text(unpacked)}, more than "
                                    f"{size_text(max_unpacked)}: not {what} of this app")


def _read_npy(archive, info, path):
    name = info.filename[:-4]
    with archive.open(info) as f:
        shape, fortran, dtype = _npy_header(f, name, path)
        if dtype.hasobject or dtype.fields is not None or dtype.subdtype is not None \
                or dtype.kind not in "biuf":
            raise DataFormatError(path, f"array {name!r} is not plain numbers ({dtype})")
        if len(shape) > 8 or any(n < 0 for n in shape):
            raise DataFormatError(path, f"array {name!r} has an impossible shape {shape}")
        count = 1
        for n in shape:
            count *= n
        nbytes = count * dtype.itemsize
        if nbytes > info.file_size:
            raise DataFormatError(path, f"array {name!r} declares shape {shape} "
                                        f"({size_text(nbytes)}), more than the file holds")
        raw = f.read(nbytes)
    if len(raw) != nbytes:
        raise DataFormatError(path, f"array {name!r} is cut short")
    array = np.frombuffer(raw, dtype=dtype, count=count).reshape(shape, order="F" if fortran else "C")
    return array.astype(dtype.newbyteorder("="), order="C")  # a writable, native copy


def _npy_header(f, name, path):
    """(shape, fortran_order, dtype) from an .npy header, whatever the header holds."""
    version = np.lib.format.read_magic(f)
    readers = {(1, 0): np.lib.format.read_array_header_1_0,
               (2, 0): np.lib.format.read_array_header_2_0}
    if version not in readers:
        raise DataFormatError(path, f"array {name!r} has an unknown .npy version {version}")
    try:
        return readers[version](f, max_header_size=MAX_NPY_HEADER)
    except (MemoryError, RecursionError):
        raise
    except Exception as exc:  # numpy's parser of a header it did not write raises many kinds
        raise DataFormatError(path, f"array {name!r} has an unreadable header "
                                    f"({_first_line(exc)})") from None


def _first_line(exc):
    text = str(exc)
    return text.splitlines()[0][:200] if text else type(exc).__name__
