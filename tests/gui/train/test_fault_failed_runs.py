"""A run that fails or ends no better than chance never replaces the model in use: the model
from before the run (its file and its unsaved changes too) stays, and a message says why."""
import numpy as np
from PySide6.QtWidgets import QMessageBox

import engine
from gui.draw.robot import draw_digit
from train_helpers import quick_recipe, run


def boxes(window):
    return [b.text() for b in window.findChildren(QMessageBox) if b.isVisible()]


def taught_model_from_a_file(window, qtbot, tmp_path):
    """The model in use: opened from a file, then taught a digit (unsaved)."""
    path = tmp_path / "mine.npz"
    engine.save_model(window.session.net, path)
    assert window.files.open_model(path)
    images, labels = engine.load_mnist("test")
    draw_digit(window.canvas, images[0])
    window.teacher.learn(int(labels[0]))
    qtbot.waitUntil(lambda: "test_accuracy" in window.session.net.meta, timeout=20000)
    session = window.session
    assert session.dirty and session.path == path and session.origin == "teaching"
    return session.net, path


def models_handed(window):
    """Every network the session was given from now on, with its origin."""
    handed = []
    window.session.changed.connect(lambda net, origin: handed.append((net, origin)))
    return handed


def test_a_diverging_run_leaves_the_taught_model_its_file_and_unsaved_state(
        window, qtbot, tmp_path):
    before, path = taught_model_from_a_file(window, qtbot, tmp_path)
    panel = window.train_panel
    quick_recipe(panel, epochs=2, subset=1000, hidden="16")
    panel.form.lr.setValue(1e4)
    handed = models_handed(window)
    run(panel, qtbot)
    qtbot.wait(50)
    session = window.session
    assert session.net is before and session.path == path and session.dirty
    assert [origin for _, origin in handed if origin == "training"] == []
    assert window.windowTitle().startswith("*mine.npz")
    (text,) = [t for t in boxes(window) if "back in use" in t]
    assert "learning rate" in text
    probs = window.reader.recognize()
    np.testing.assert_allclose(probs, before.predict_proba(
        window.reader.current_input().reshape(1, -1))[0], rtol=1e-6)


def test_a_run_stopped_at_chance_never_replaces_the_model(window, qtbot):
    panel = window.train_panel
    before = window.session.net
    # Long enough that the Stop lands first: the run has a process of its own, and 500 epochs
    # of 1,000 digits ended (and failed as "no better than chance" at their last epoch)
    # before a loaded GUI thread saw epoch 1. Epochs of 20,000 digits take minutes.
    quick_recipe(panel, epochs=500, subset=20000, hidden="16")
    panel.form.lr.setValue(1e-9)  # learns nothing: every epoch stays at chance
    handed = models_handed(window)
    panel.start_training()
    qtbot.waitUntil(lambda: len(panel.history) >= 1, timeout=30000)
    assert panel.history[0].test_accuracy < 0.15
    panel.stop()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=10000)
    qtbot.wait(50)
    assert panel.last_finished.reason == "stopped", panel.last_finished.message
    assert window.session.net is before and not window.session.dirty
    assert [origin for _, origin in handed if origin == "training"] == []  # not even an epoch
    (text,) = [t for t in boxes(window) if "no better than" in t]
    assert "back in use" in text and "%" in text
    assert panel.plots.failed


def test_a_run_whose_network_breaks_is_not_adopted(window, qtbot, monkeypatch):
    """Whatever the engine says of the run, a network with NaN weights never reads."""
    panel = window.train_panel
    before = window.session.net
    real_train = engine.train

    def breaking(net, *args, **kwargs):
        for record in real_train(net, *args, **kwargs):
            if isinstance(record, engine.Finished):
                net.weights[0][0, 0] = np.nan
            yield record

    monkeypatch.setattr(engine, "train", breaking)
    panel.in_child_process = False  # the patched engine.train is in this process only
    quick_recipe(panel, epochs=1, subset=1000, hidden="16")
    run(panel, qtbot)
    qtbot.wait(50)
    assert window.session.net is before
    assert [t for t in boxes(window) if "NaN" in t]


def test_a_run_that_crashes_after_an_epoch_puts_the_model_back(window, qtbot, monkeypatch):
    panel = window.train_panel
    before = window.session.net
    real_train = engine.train

    def crashing(*args, **kwargs):
        for record in real_train(*args, **kwargs):
            if isinstance(record, engine.EpochStats) and record.epoch == 2:
                raise MemoryError("out of memory in epoch 2")
            yield record

    monkeypatch.setattr(engine, "train", crashing)
    panel.in_child_process = False  # the patched engine.train is in this process only
    quick_recipe(panel, epochs=3, subset=2000, hidden="16")
    panel.form.lr.setValue(0.01)
    handed = models_handed(window)
    run(panel, qtbot)
    qtbot.wait(50)
    assert [o for _, o in handed][:1] == ["training"]  # epoch 1 had learned: it read meanwhile
    assert window.session.net is before and not window.session.dirty
    assert [t for t in boxes(window) if "MemoryError" in t and "back in use" in t]
