"""The GUI under stress: worker errors, hammered buttons, long drawing sessions."""
import gc
import tracemalloc

import numpy as np
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QPushButton, QSpinBox

import gui.train_worker
from gui.app import install_excepthook
from gui.demo import send_stroke


def small_run(panel, epochs=3, subset=2000):
    panel.form.hidden.setText("16")
    panel.form.hidden.textEdited.emit("16")
    panel.findChild(QSpinBox, "epochsSpin").setValue(epochs)
    panel.subset.setValue(subset)


def test_an_exception_in_the_worker_ends_the_run_with_a_message(window, qtbot, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")
        yield  # a generator, like the real one

    monkeypatch.setattr(gui.train_worker.engine, "train", broken)
    panel = window.train_panel
    small_run(panel)
    panel.start_training()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=10000)
    assert window.findChild(QPushButton, "trainButton").isEnabled()
    assert not window.findChild(QPushButton, "stopButton").isEnabled()
    assert any("disk on fire" in b.text() for b in window.findChildren(QMessageBox))


def test_hammering_train_and_stop(window, qtbot):
    panel = window.train_panel
    small_run(panel, epochs=20, subset=5000)
    for _ in range(15):
        window.findChild(QPushButton, "trainButton").click()
        qtbot.wait(20)
        window.findChild(QPushButton, "stopButton").click()
        panel.pause_button.click()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=10000)
    assert panel.train_button.isEnabled() and not panel.stop_button.isEnabled()
    assert panel.last_finished is not None
    assert all(np.isfinite(w).all() for w in window.model.weights)


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
