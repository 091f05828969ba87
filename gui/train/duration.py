"""Durations in words, for the progress bar and the sweep's estimate."""


def duration(seconds):
    """``seconds`` for people: "40 s", "3 min 20 s", "2 h 05 min"."""
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{max(seconds, 1)} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"
