"""The training panel under stress: a failing worker, hammered buttons."""
import numpy as np
from PySide6.QtWidgets import QSpinBox

import engine
from train_helpers import panel  # noqa: F401  (a fixture)


def small_run(panel, epochs=3, subset=2000):
    panel.form.hidden.setText("16")
    panel.form.hidden.textEdited.emit("16")
    panel.findChild(QSpinBox, "epochsSpin").setValue(epochs)
    panel.subset.setValue(subset)


def test_an_exception_in_the_worker_ends_the_run_with_a_message(panel, qtbot, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")
        yield  # a generator, like the real one

    monkeypatch.setattr(engine, "train", broken)
    panel.in_child_process = False  # the patched engine.train is in this process only
    messages, ends = [], []
    panel.message.connect(lambda title, text: messages.append((title, text)))
    panel.runFinished.connect(lambda: ends.append(1))
    small_run(panel)
    panel.start_training()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=10000)
    assert panel.train_button.isEnabled() and not panel.stop_button.isEnabled()
    assert panel.progress.text() == "Failed" and ends == [1]
    (title, text), = messages
    assert title == "Training failed" and "RuntimeError: disk on fire" in text
    assert "broken" in text  # where it happened, for a bug report


def test_hammering_train_and_stop(panel, qtbot):
    small_run(panel, epochs=20, subset=5000)
    for _ in range(15):
        panel.train_button.click()
        qtbot.wait(20)
        panel.stop_button.click()
        panel.pause_button.click()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=10000)
    assert panel.train_button.isEnabled() and not panel.stop_button.isEnabled()
    assert panel.last_finished is not None
    assert all(np.isfinite(w).all() for w in panel.last_network.weights)
    assert not panel.jobs.busy()
