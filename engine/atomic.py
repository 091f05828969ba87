"""Atomic file writes: a reader (or a crash) sees the old file or the new one."""
import os
import tempfile
from pathlib import Path


def atomic_write(path, write):
    """Call ``write(fileobj)`` on a temp file beside ``path``, then swap it in.

    The temp file lives in the same folder so ``os.replace`` is a rename on
    one file system; flush + fsync before the rename so a power cut cannot
    leave a renamed but empty file.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file private (0600); give it the mode a plain open() would.
        os.chmod(tmp, _mode_for(path))
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    _fsync_dir(path.parent)


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
