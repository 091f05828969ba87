"""The drawing side in Korean: the canvas, its controls, the reading, the teach box and the
personal-digits dialog show no English but technical names, and switching back to English
restores every English text exactly."""
import sys

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QWidget

import engine
from conftest import ROOT  # puts the project on sys.path
from gui import language
from gui.draw.area import DrawArea
from gui.draw.canvas import HINT
from gui.draw.personal_dialog import PersonalDigitsDialog
from gui.draw.read_panel import BLANK_TEXT, ReadPanel

sys.path.insert(0, str(ROOT / "tests" / "gui"))  # the language tests' shared text walker
from visible_texts import english_words, has_hangul, widget_texts  # noqa: E402


class Parts:
    """The drawing area, the read panel and the personal-digits dialog, shown side by side."""

    def __init__(self, qtbot, tmp_path):
        self.personal = engine.PersonalDigits(tmp_path / "personal.npz")
        self.host = QWidget()
        row = QHBoxLayout(self.host)
        self.area, self.panel = DrawArea(), ReadPanel()
        row.addWidget(self.area, 3)
        row.addWidget(self.panel, 2)
        qtbot.addWidget(self.host)
        self.host.resize(900, 640)
        self.host.show()
        qtbot.waitExposed(self.host)
        self.dialog = PersonalDigitsDialog(self.personal, self.host)
        self.dialog.show()

    def texts(self):
        found = []
        for top in (self.host, self.dialog):
            for widget in [top, *top.findChildren(QWidget)]:
                found += widget_texts(widget)
        found.append(("dialog.windowTitle", self.dialog.windowTitle()))
        found.append(("canvas.hint", QCoreApplication.translate("DrawingCanvas", HINT)))
        return found

    def english(self):
        return [(where, text) for where, text in self.texts() if english_words(text)]


def _states(parts):
    """Each state whose words differ: blank, read, a digit picked, Learn done, digits kept."""
    yield "blank"
    probs = np.full(10, 0.02)
    probs[7] = 0.82
    parts.panel.show_reading(probs, np.zeros((28, 28), np.float32))
    yield "read"
    parts.panel.choose_digit(7)
    yield "picked"
    parts.panel.set_undo_available(7)
    parts.panel.set_personal_count(1)
    yield "learned"
    for digit in (7, 7, 3):
        parts.personal.add(np.zeros((28, 28), np.uint8), digit)
    parts.dialog.refresh()
    parts.panel.set_personal_count(3)
    yield "kept"


@pytest.fixture
def korean(qtbot, tmp_path):
    used, problem = language.set_language("ko")
    assert used == "ko", problem
    try:
        yield Parts(qtbot, tmp_path)
    finally:
        language.set_language("en")


@pytest.fixture
def english(qtbot, tmp_path):
    try:
        yield Parts(qtbot, tmp_path)
    finally:
        language.set_language("en")


def test_the_drawing_side_speaks_korean_in_every_state(korean):
    parts = korean
    assert parts.panel.prediction_label.text() == "아직 그린 숫자 없음"
    for state in _states(parts):
        assert parts.english() == [], state
    assert parts.panel.learn_button.text() == "이 그림을 7(으)로 배우기"
    assert parts.panel.undo_learn_button.text() == "배우기 취소 (7)"
    assert parts.panel.personal_label.text() == "내가 가르친 숫자 3개"
    assert parts.dialog.summary.text() == "숫자 3개 (3: 1, 7: 2)"
    assert parts.area.undo_button.text() == "되돌리기" and has_hangul(parts.area.canvas.toolTip())
    assert QCoreApplication.translate("DrawingCanvas", HINT) == "여기에 숫자를 그리세요"


def test_korean_controls_fit_under_the_canvas(korean):
    area = korean.area
    controls = area.pen_slider.parentWidget()
    assert controls.width() >= controls.minimumSizeHint().width()
    assert area.minimumWidth() >= controls.minimumSizeHint().width()
    for button in (area.undo_button, area.clear_button, area.invert_check):
        assert button.width() >= button.sizeHint().width()


def test_switching_language_retranslates_the_drawing_side(english, qtbot):
    parts = english
    for _ in _states(parts):
        pass
    before = parts.texts()
    assert ("dialog.windowTitle", "Personal digits") in before
    assert not [text for _, text in before if has_hangul(text)]
    language.set_language("ko")
    qtbot.waitUntil(lambda: parts.area.clear_button.text() == "지우기", timeout=2000)
    assert parts.english() == []
    assert parts.panel.undo_learn_button.text() == "배우기 취소 (7)"
    assert parts.dialog.windowTitle() == "내가 가르친 숫자"
    language.set_language("en")
    qtbot.waitUntil(lambda: parts.area.clear_button.text() == "Clear", timeout=2000)
    assert parts.texts() == before
    parts.panel.show_reading(None, None)
    assert parts.panel.prediction_label.text() == BLANK_TEXT == "Nothing drawn yet"
