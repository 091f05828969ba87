"""Durations in words, for the progress bar and the sweep's estimate."""
from PySide6.QtCore import QCoreApplication


def duration(seconds):
    """``seconds`` for people: "40 s", "3 min 20 s", "2 h 05 min"."""
    seconds = int(round(seconds))
    if seconds < 60:
        return QCoreApplication.translate("Duration", "{seconds} s").format(seconds=max(seconds, 1))
    if seconds < 3600:
        return QCoreApplication.translate("Duration", "{minutes} min {seconds:02d} s").format(
            minutes=seconds // 60, seconds=seconds % 60)
    return QCoreApplication.translate("Duration", "{hours} h {minutes:02d} min").format(
        hours=seconds // 3600, minutes=seconds % 3600 // 60)
