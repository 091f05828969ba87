"""What the CLI writes besides plain lines: a progress bar, JSON without NaN, one-line errors."""
import json
import math
import sys
import time


class ProgressBar:
    """A one-line progress bar on a terminal's stderr, redrawn a few times a second."""

    def __init__(self, width=30):
        self.width = width
        self._last = 0.0

    def update(self, record):
        now = time.monotonic()
        if now - self._last < 0.1:
            return
        self._last = now
        done = getattr(record, "step", None)
        total = getattr(record, "steps", None)
        if not done or not total:
            return
        filled = int(self.width * done / total)
        eta = record.elapsed / done * (total - done)
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (self.width - filled)}] epoch {record.epoch} "
                         f"loss {record.loss:.3f} ETA {eta:4.0f} s ")
        sys.stderr.flush()

    def clear(self):
        sys.stderr.write("\r" + " " * (self.width + 40) + "\r")
        sys.stderr.flush()


def json_line(obj):
    """``obj`` as one line of JSON; NaN and infinity, which JSON lacks, become null."""
    return json.dumps(_finite(obj))


def _finite(obj):
    if isinstance(obj, float) and not math.isfinite(obj):
        return None
    if isinstance(obj, dict):
        return {k: _finite(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_finite(v) for v in obj]
    return obj


def one_line(exc):
    """An exception as the one line the CLI prints after ``error:``, never a traceback."""
    if isinstance(exc, MemoryError):
        return "out of memory: the input is far larger than anything this program reads"
    if isinstance(exc, RecursionError):
        return "the input is nested too deeply to read"
    text = " ".join(str(exc).split()) if str(exc) else type(exc).__name__
    if isinstance(exc, OSError) and exc.filename and str(exc.filename) not in text:
        text = f"{exc.filename}: {text}"
    return text
