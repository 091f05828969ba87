"""Save something the training tab made (plots, history, run list) through a file dialog."""
from pathlib import Path

from PySide6.QtWidgets import QFileDialog


def save_with_dialog(widget, caption, default_name, file_filter, write, saved, failed):
    """Ask for a path, ``write(path)``; ``widget``'s ``saved`` or ``problem`` signal says how it went.

    ``saved`` and ``failed``: the titles of either message, e.g. "History saved" and
    "Could not save the history" (whole sentences, translated by the caller).
    """
    path, _ = QFileDialog.getSaveFileName(widget, caption, str(Path.home() / default_name), file_filter)
    if not path:
        return None
    try:
        write(path)
    except OSError as exc:
        widget.problem.emit(failed, f"{path}: {exc.strerror or exc}")
        return None
    widget.saved.emit(saved, path)
    return path
