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
