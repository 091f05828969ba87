"""The window under stress: uncaught errors, long drawing sessions."""
import gc
import tracemalloc

import numpy as np
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from gui.app import install_excepthook
from gui.draw.robot import send_stroke


def test_an_uncaught_error_becomes_a_message(window):
    hook = install_excepthook(window)
    try:
        raise ValueError("something odd")
    except ValueError as exc:
        hook(type(exc), exc, exc.__traceback__)
    assert any("something odd" in b.text() for b in window.findChildren(QMessageBox))


def test_long_drawing_sessions_do_not_leak(window, qtbot):
    canvas = window.canvas
    w, h = canvas.width(), canvas.height()
    stroke = [(w * 0.5, h * y) for y in np.linspace(0.2, 0.8, 15)]

    def session(n):
        for _ in range(n):
            send_stroke(canvas, stroke)
            canvas.undo()
            send_stroke(canvas, stroke)
            canvas.clear()
        qtbot.wait(10)

    session(50)  # warm caches
    gc.collect()
    objects = len(window.findChildren(QObject))
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    session(300)
    gc.collect()
    grown = sum(s.size_diff for s in tracemalloc.take_snapshot().compare_to(before, "filename"))
    tracemalloc.stop()
    assert len(window.findChildren(QObject)) <= objects
    assert grown < 2_000_000, f"{grown} bytes kept after 600 strokes"
