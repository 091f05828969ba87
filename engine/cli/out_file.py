"""Where ``train --out`` writes, checked before the run, and where the model goes if it cannot.

A run can take minutes; a path it could never write must be refused before
it starts, and a model trained at such cost must not be lost because the
disk filled up meanwhile: it then goes to a fallback file whose path is
printed.
"""
import os
import tempfile
import time
from pathlib import Path

from ..atomic import check_target
from ..errors import SaveError
from ..nn.model_io import save_model


def check_out(path):
    """Raise ``SaveError`` unless a model could be written to ``path``.

    ``path`` must be a regular file or not exist yet (never a folder or a
    device such as /dev/null), in a folder this process may write to (or
    may make).
    """
    path = Path(path)
    check_target(path)
    folder = path.parent
    while not folder.exists():
        if folder == folder.parent:
            break
        folder = folder.parent
    if folder.exists() and not folder.is_dir():
        raise SaveError(path, f"{folder} is not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise SaveError(path, f"permission denied: cannot write in {folder}")


def fallback_paths(out):
    """Fresh files for a model that could not go to ``out``: in the temp folder, the home
    folder and the working folder, in that order (a full disk may hold only some of them)."""
    stem = Path(out).stem if out else "model"
    name = f"digit-reader-{stem}-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}.npz"
    folders = []
    for folder in (Path(tempfile.gettempdir()), Path.home(), Path.cwd()):
        if folder not in folders:
            folders.append(folder)
    return [folder / name for folder in folders]


def save_elsewhere(net, out):
    """Save ``net`` to the first of ``fallback_paths(out)`` that takes it; returns that path,
    or None when none does."""
    for path in fallback_paths(out):
        try:
            save_model(net, path)
        except (SaveError, OSError):
            continue
        return path
    return None
