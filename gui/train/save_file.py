"""Save something the training tab made (plots, history, run list) through a file dialog."""
from pathlib import Path

from PySide6.QtWidgets import QFileDialog


def save_with_dialog(widget, caption, default_name, file_filter, write, what):
    """Ask for a path, ``write(path)``; ``widget``'s ``saved`` or ``problem`` signal says how it went.

    ``what``: e.g. "the history", for "History saved" / "Could not save the history".
    """
    path, _ = QFileDialog.getSaveFileName(widget, caption, str(Path.home() / default_name), file_filter)
    if not path:
        return None
    try:
        write(path)
    except OSError as exc:
        widget.problem.emit(f"Could not save {what}", f"{path}: {exc.strerror or exc}")
        return None
    widget.saved.emit(f"{what.split(' ', 1)[-1].capitalize()} saved", path)
    return path
