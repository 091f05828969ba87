"""Model files: open, save, recent, revert; a bad file keeps the current model."""
import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

import engine
from gui.draw.canvas import DrawingCanvas
from gui.draw.robot import draw_digit, send_mouse, send_stroke
from gui.draw.read_panel import BLANK_TEXT



def label_text(window):
    return window.findChild(QLabel, "predictionLabel").text()


def first_digit(text):
    return next((int(c) for c in text if c.isdigit()), None)


def test_a_bad_model_file_leaves_the_current_model(window, tmp_path, qtbot):
    before = window.model
    bad = tmp_path / "broken.npz"
    bad.write_bytes(b"PK\x03\x04 definitely not a model")
    assert window.files.open_model(bad) is False
    assert window.model is before
    boxes = [b for b in window.findChildren(QMessageBox) if b.objectName() == "errorBox"]
    assert boxes and "broken.npz" in boxes[-1].text() and "current model is kept" in boxes[-1].text()
    boxes[-1].close()


def test_open_save_and_recent_models(window, tmp_path):
    path = tmp_path / "mine.npz"
    assert window.files.save_model(path)
    assert window.files.open_model(path)
    assert window.session.path == path
    assert "mine.npz" in window.model_status.text()
    assert [a.text() for a in window.recent_menu.actions()] == ["mine.npz"]
    window.files.revert_to_default()
    assert window.session.path is None and "default model" in window.model_status.text()


def test_the_models_menu_lists_the_bundled_models_with_where_they_come_from(window):
    actions = window.models_menu.actions()
    assert window.models_menu.objectName() == "modelsMenu"
    assert [a.text() for a in actions] == list(engine.BUNDLED_MODELS)
    for action in actions:
        assert action.statusTip() == engine.BUNDLED_MODELS[action.text()]
        assert action.toolTip() == action.statusTip()


def test_choosing_a_bundled_model_replaces_the_sessions_model(window):
    action = next(a for a in window.models_menu.actions() if a.text() == "dlfs-ch3")
    action.trigger()
    assert window.model.sizes == [784, 50, 100, 10]
    assert window.session.origin == "bundled" and window.session.path is None
    assert window.session.name() == "dlfs-ch3 (bundled)"
    assert "dlfs-ch3 (bundled)" in window.model_status.text()
    assert "dlfs-ch3 (bundled)" in window.windowTitle()


def test_a_bundled_model_asks_about_unsaved_work_first(window):
    before = window.model
    window.session.set_model(before.copy(), None, dirty=True, origin="teaching")
    changed = window.model
    window.questions.answers["save_discard_cancel"] = "cancel"
    assert window.files.open_bundled("rashid") is False
    assert window.model is changed and window.questions.asked[-1][0] == "save_discard_cancel"
    window.questions.answers["save_discard_cancel"] = "discard"
    assert window.files.open_bundled("rashid") is True
    assert window.model.sizes == [784, 200, 10] and not window.session.dirty
    assert window.session.name() == "rashid (bundled)"
