"""Teaching a digit and the personal-digits dialog."""
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


def test_teaching_a_digit_raises_its_probability(window):
    images, _ = engine.load_mnist("test")
    draw_digit(window.canvas, images[2])  # a clear 1
    seen = window.reader.current_input()
    # Teach it as a 7: a label the network does not believe yet.
    p_before = window.model.predict_proba(seen.reshape(1, -1))[0][7]
    window.panel.choose_digit(7)
    window.panel.learn_button.click()
    p_after = window.model.predict_proba(seen.reshape(1, -1))[0][7]
    assert p_after > p_before + 0.05
    assert len(window.personal) == 1 and window.personal.labels[-1] == 7
    assert window.session.dirty and "not saved" in window.model_status.text()
    # The personal digit is on disk and comes back in a new collection.
    assert len(engine.PersonalDigits(window.personal.path)) == 1


def test_personal_digits_dialog_lists_and_clears(window):
    images, _ = engine.load_mnist("test")
    draw_digit(window.canvas, images[0])
    window.teacher.learn(7)
    dialog = window.show_personal_digits()
    assert dialog.list.count() == 1
    dialog.clear_all()
    assert len(window.personal) == 0 and dialog.list.count() == 0
    assert "No personal digits" in window.panel.personal_label.text()
    dialog.close()
