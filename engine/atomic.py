"""Atomic file writes: a reader (or a crash) sees the old file or the new one.

A save is written to a hidden temp file beside the target, named
``.<name>.<pid>.<random>.tmp``, and renamed over the target when complete.
A save killed half-way leaves its temp file behind; the next save to the
same target (or ``remove_stale_temp_files`` at start-up) removes those
whose process is gone, never one another process is still writing.
"""
import io
import os
import re
import shutil
import stat
import tempfile
import threading
import time
from pathlib import Path

from .errors import SaveError, size_text

FREE_MARGIN = 1 << 20  # left free beyond the file itself: a full disk breaks more than our save
STALE_SECONDS = 60  # an old-style temp file (no pid in its name) this old is left over
ORPHAN_SECONDS = 3600  # a temp file this old is left over whatever its pid (pids get reused)

_in_flight = set()  # temp files this process is writing right now
_in_flight_lock = threading.Lock()


def atomic_write(path, data):
    """Write ``data`` to ``path`` through a temp file beside it, then swap it in.

    data : bytes, or a callable ``write(fileobj)`` (run first, into memory,
        so that the size is known before the disk is touched)

    The temp file lives in the same folder so ``os.replace`` is a rename on
    one file system; flush + fsync before the rename so a power cut cannot
    leave a renamed but empty file. Raises ``SaveError`` (and leaves the old
    file as it was) when ``path`` is not a regular file (a folder, a device),
    when the disk has too little free space, or when writing fails.
    """
    path = Path(path)
    if callable(data):
        buffer = io.BytesIO()
        data(buffer)
        data = buffer.getvalue()
    check_target(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SaveError(path, f"cannot make its folder ({exc.strerror or exc})") from None
    remove_stale_temp_files(path)
    _check_space(path, len(data))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp",
                                   dir=path.parent)
    except OSError as exc:
        raise SaveError(path, f"cannot write there ({exc.strerror or exc})") from None
    with _in_flight_lock:
        _in_flight.add(tmp)
    try:
        # mkstemp makes the file private (0600); give it the mode a plain open() would.
        os.chmod(tmp, _mode_for(path))
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        _discard(tmp)
        if isinstance(exc, OSError) and not isinstance(exc, SaveError):
            raise SaveError(path, f"could not be written ({exc.strerror or exc}); "
                                  "the file there before is untouched") from None
        raise
    finally:
        with _in_flight_lock:
            _in_flight.discard(tmp)
    _fsync_dir(path.parent)


def check_target(path):
    """Raise ``SaveError`` unless ``path`` is a regular file or does not exist yet."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise SaveError(path, f"cannot be written ({exc.strerror or exc})") from None
    if not stat.S_ISREG(mode):
        kind = ("a folder" if stat.S_ISDIR(mode) else "a pipe (FIFO)" if stat.S_ISFIFO(mode)
                else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a regular file")
        raise SaveError(path, f"is {kind}, not a file to save into")


def remove_stale_temp_files(path):
    """Remove the temp files that interrupted saves to ``path`` left beside it.

    Only files named like ours (``.<name>.<pid>.<random>.tmp``) whose process
    is gone, or that this process left; a name without a pid (older
    versions) once it is over a minute old; any of them over an hour old.
    Another live process's save in progress is never touched. Returns the
    paths removed; failures to remove are ignored.
    """
    path = Path(path)
    pattern = re.compile(r"\." + re.escape(path.name) + r"\.(?:(\d+)\.)?[a-z0-9_]{8}\.tmp")
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return []
    removed = []
    now = time.time()
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if not match:
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            age = now - entry.stat(follow_symlinks=False).st_mtime
        except OSError:
            continue
        if _stale(match.group(1), entry.path, age):
            try:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
            except OSError:
                pass
    return removed


def _stale(pid, tmp, age):
    if age > ORPHAN_SECONDS:
        return True
    if pid is None:
        return age > STALE_SECONDS
    pid = int(pid)
    if pid == os.getpid():
        with _in_flight_lock:
            return tmp not in _in_flight
    return not _alive(pid)


def _alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError, ValueError):
        return True  # someone else's process, or we cannot tell: leave its file alone
    return True


def _check_space(path, size):
    try:
        free = shutil.disk_usage(path.parent).free
    except OSError:
        return  # cannot tell: the write itself will say if the disk is full
    if free < size + FREE_MARGIN:
        raise SaveError(path, f"not enough free space on the disk ({size_text(free)} free, "
                              f"{size_text(size + FREE_MARGIN)} needed); nothing was written")


def _discard(tmp):
    try:
        os.unlink(tmp)
    except OSError:
        pass


def _mode_for(path):
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _fsync_dir(folder):
    # Makes the rename itself durable; not every platform lets us open a dir.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
