"""The window's layout: its proportions on first start and what survives a restart."""
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


def test_geometry_and_pen_survive_a_restart(qtbot, fresh_state):
    from gui.app import build_window

    first = build_window()
    qtbot.addWidget(first)
    first.resize(777, 555)
    first.draw_area.pen_slider.setValue(25)
    first.close()
    second = build_window()
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (777, 555)
    assert second.draw_area.pen_slider.value() == 25
    second.close()


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_first_view_gives_the_canvas_and_the_docks_sensible_room(qtbot, fresh_state, size):
    from gui.app import build_window

    win = build_window()
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    qtbot.wait(50)
    dock = win.train_dock.width() / win.width()
    assert 0.35 <= dock <= 0.6
    side = min(win.canvas.width(), win.canvas.height())
    assert side >= 0.4 * size[1]
    # The canvas sits in the middle of its area, not at its left edge.
    area = win.canvas.parentWidget()
    assert abs(win.canvas.geometry().center().x() - area.width() / 2) <= 2
    win.close()
