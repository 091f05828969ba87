"""The user's personal digits file at start-up: whatever is wrong with it, the window opens.

(Start-up problems become notices, told in one box once the window is up: gui/app.py.)
"""
import os
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

import engine


def open_personal_digits(path, notices):
    """The user's personal digits; whatever is wrong with their file, a collection to use.

    The engine sets a damaged file aside itself (``problem`` says so). Anything
    it raises instead (no permission, a file too big to hold) leaves the file
    as it is, and this session's digits go to a new file beside it, never over it.
    """
    try:
        personal = engine.PersonalDigits(path)
    except Exception as exc:  # noqa: BLE001  (any failure here must still open the window)
        why = (QCoreApplication.translate(
            "App", "permission denied: check who owns the file and its folder")
            if isinstance(exc, PermissionError) else reason(exc))
        personal = _session_digits(path)
        notices.append(QCoreApplication.translate(
            "App", "Your personal digits ({path}) could not be opened: {why}. The file was left "
                   "as it is. Digits you teach now are kept in {new_path}.").format(
            path=path, why=why, new_path=personal.path))
        return personal
    if getattr(personal, "access_problem", False):
        notices.append(QCoreApplication.translate(
            "App", "Your personal digits could not be opened: {problem}\nThe file was left as "
                   "it is. Digits you teach now are kept while the app runs, and saved once the "
                   "file can be read.").format(problem=personal.problem))
    elif personal.problem:
        notices.append(QCoreApplication.translate(
            "App", "Your personal digits could not be read and were set aside:\n{problem}").format(
            problem=personal.problem))
    return personal


def reason(exc):
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate("App",
                                          "it declares more data than this computer can hold")
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _session_digits(path):
    """An empty collection in a new file beside ``path`` (or in a temporary folder when that
    folder cannot be written)."""
    folder = path.parent if os.access(path.parent, os.W_OK) else Path(tempfile.mkdtemp())
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target, n = folder / f"{path.stem}.{stamp}.npz", 1
    while os.path.lexists(target):
        n += 1
        target = folder / f"{path.stem}.{stamp}-{n}.npz"
    return engine.PersonalDigits(target)
