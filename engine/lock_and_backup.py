"""Beside a file other processes may write too: its lock file, and backups of damaged copies."""
import os
import time
from contextlib import contextmanager
from pathlib import Path

from .errors import FileAccessError, SaveError

try:
    import fcntl
except ImportError:  # not on Windows: saves there are atomic, but not merged
    fcntl = None

LOCK_SECONDS = 10.0  # the longest we wait for another process's save


@contextmanager
def file_lock(path, required=True):
    """Hold ``.<name>.lock`` beside ``path`` (an exclusive ``flock``) for the block.

    required : bool
        When False, a lock file that cannot be made (a read-only folder) is
        no reason to stop: only reading follows. When True that raises
        ``FileAccessError``, and a lock held by another process for more than
        ``LOCK_SECONDS`` raises ``SaveError``.
    """
    if fcntl is None:
        yield
        return
    fd = _open_lock(path, required)
    if fd is None:
        yield
        return
    try:
        _acquire(fd, path, required)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _open_lock(path, required):
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return os.open(path.with_name(f".{path.name}.lock"), os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        if not required:
            return None
        if isinstance(exc, PermissionError):
            raise FileAccessError(path, "permission denied: this program may not save here") from None
        raise SaveError(path, f"cannot be saved ({exc.strerror or exc})") from None


def _acquire(fd, path, required):
    deadline = time.monotonic() + LOCK_SECONDS
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() > deadline:
                if not required:
                    return  # reading without the lock: the worst is a file being replaced
                raise SaveError(path, f"another program has been saving it for over "
                                      f"{LOCK_SECONDS:.0f} s; try again") from None
            time.sleep(0.01)
        except OSError:
            return  # a file system without locks: go on without


def set_aside(path, problem):
    """Move the damaged file ``path`` to a name no earlier backup has; returns the new path.

    ``<name>.damaged``, then ``<name>.damaged-2``, ``-3``... A hard link claims
    the name atomically, so two processes never pick the same one, and an
    earlier backup is never overwritten. Raises ``FileAccessError`` when the
    file cannot be moved (a read-only folder): it then stays where it is.
    """
    path = Path(path)
    for n in range(1, 10_000):
        target = path.with_name(f"{path.name}.damaged" + ("" if n == 1 else f"-{n}"))
        try:
            os.link(path, target, follow_symlinks=False)
        except FileExistsError:
            continue
        except FileNotFoundError:
            return target if target.exists() else None  # someone else moved it already
        except OSError as exc:
            if isinstance(exc, PermissionError):
                raise _cannot_move(path, problem, exc) from None
            # No hard links here (some file systems): claim the name, then move over it.
            if not _claim(target):
                continue
            try:
                os.replace(path, target)
            except OSError as exc2:
                raise _cannot_move(path, problem, exc2) from None
            return target
        try:
            os.unlink(path)
        except OSError as exc:
            try:
                os.unlink(target)
            except OSError:
                pass
            raise _cannot_move(path, problem, exc) from None
        return target
    raise _cannot_move(path, problem, OSError("too many earlier backups"))


def _claim(target):
    try:
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
        return True
    except FileExistsError:
        return False


def _cannot_move(path, problem, exc):
    reason = getattr(exc, "strerror", None) or str(exc)
    return FileAccessError(path, f"{getattr(problem, 'problem', problem)}; it could not be set "
                                 f"aside ({reason}), so it stays as it is and nothing is saved "
                                 "over it")


def signature(path):
    """What tells one version of the file from the next (inode, size, mtime); None if absent."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns
