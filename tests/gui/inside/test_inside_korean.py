"""Look inside in Korean: every tab, the enlarged back-query, the numbers and the painted
captions show no English but technical names and the book's formulas, and switching back to
English restores every English text exactly."""
import sys

import pytest
from PySide6.QtWidgets import QWidget

import engine
from conftest import ROOT  # puts the project on sys.path
from gui import language
from gui.inside.backquery_modes import explanation
from gui.inside.panel import InsidePanel

sys.path.insert(0, str(ROOT / "tests" / "gui"))  # the language tests' shared text walker
from visible_texts import english_words, has_hangul, widget_texts  # noqa: E402

DIGIT = 3  # an MNIST test-set index (a 0): any digit the bundled model reads will do
# The book's notation in the forward pass (relu(a1), sum_j, max(a3)) is a formula, not English.
FORMULA_WORDS = {"relu", "sum", "max"}


@pytest.fixture(scope="module")
def bundled():
    return engine.load_model()


@pytest.fixture(scope="module")
def image():
    return engine.load_mnist("test")[0][DIGIT].reshape(28, 28)


class Inside:
    """The Look inside panel with every view filled: back-query, a reading, a gradient check."""

    def __init__(self, qtbot, net, image):
        self.qtbot, self.net, self.image = qtbot, net, image
        self.panel = InsidePanel()
        qtbot.addWidget(self.panel)
        self.panel.resize(560, 900)
        self.panel.show()
        qtbot.waitExposed(self.panel)
        self.dialog = None

    def fill(self):
        panel, qtbot = self.panel, self.qtbot
        panel.set_network(self.net)
        qtbot.waitUntil(lambda: panel.backquery.refresh_count >= 1, timeout=30000)
        page = panel.drawing
        before = page.update_count
        page.show_reading(self.net, self.image)
        qtbot.waitUntil(lambda: page.update_count > before and page.explanation is not None,
                        timeout=5000)
        panel.gradcheck.run()
        qtbot.waitUntil(lambda: panel.gradcheck.errors is not None, timeout=30000)
        self.dialog = panel.backquery.enlarge(3)
        for index in range(panel.count()):  # every tab shown once
            panel.setCurrentIndex(index)
            qtbot.wait(10)
        panel.setCurrentIndex(0)

    def why_not(self, digit):
        page = self.panel.drawing
        before = page.update_count
        page.saliency.target_box.setCurrentIndex(page.saliency.target_box.findData(digit))
        self.qtbot.waitUntil(lambda: page.update_count > before, timeout=5000)

    def output_unit(self, unit):
        activations = self.panel.drawing.activations
        activations.show_unit(len(activations.explanation.activations), unit)

    def texts(self):
        found = []
        tops = [self.panel] + ([self.dialog] if self.dialog is not None else [])
        for top in tops:
            for widget in [top, *top.findChildren(QWidget)]:
                found += widget_texts(widget)
        if self.dialog is not None:
            found.append(("dialog.windowTitle", self.dialog.windowTitle()))
        mode = self.panel.backquery.mode
        for i in range(mode.count()):
            found.append((f"mode{i}.toolTip", explanation(mode.itemData(i))))
        for band in self.panel.drawing.activations.grid.bands:  # painted, not widgets
            found.append(("grid.caption", band.caption))
        table = self.panel.gradcheck.table
        for col in range(table.columnCount()):
            found.append((f"gradcheck.header{col}", table.horizontalHeaderItem(col).text()))
        return found

    def english(self):
        return [(where, text, words) for where, text in self.texts()
                if (words := set(english_words(text)) - FORMULA_WORDS)]


@pytest.fixture
def korean(qtbot, bundled, image):
    used, problem = language.set_language("ko")
    assert used == "ko", problem
    inside = Inside(qtbot, bundled, image)
    try:
        yield inside
    finally:
        inside.panel.shutdown()  # no thread left behind
        language.set_language("en")


@pytest.fixture
def english(qtbot, bundled, image):
    inside = Inside(qtbot, bundled, image)
    try:
        yield inside
    finally:
        inside.panel.shutdown()  # no thread left behind
        language.set_language("en")


def test_look_inside_speaks_korean_in_every_state(korean):
    inside = korean
    assert inside.english() == []  # blank: the hint
    assert "캔버스에 숫자를 그리세요" in inside.panel.drawing.hint.text()
    inside.fill()
    assert inside.english() == []
    inside.why_not(6)
    inside.output_unit(6)
    assert inside.english() == []
    panel = inside.panel
    assert [panel.tabText(i) for i in range(panel.count())] == [
        "내 그림", "역질의", "첫 번째 층 가중치", "기울기 확인"]
    assert panel.backquery.explain.text() == explanation("refined") != \
        engine.BACKQUERY_EXPLANATIONS["refined"]
    assert has_hangul(panel.backquery.explain.text())
    assert "기울기와 일치합니다" in panel.gradcheck.verdict.text()
    numbers = panel.drawing.numbers.text()
    assert "a1     = x W1 + b1" in numbers and "z1     = relu(a1)" in numbers  # the formulas stay
    assert "6의 점수를 항별로" in numbers
    assert "왜 6이(가) 아닐까요?" in panel.drawing.saliency.legend.text()


def test_the_gui_keeps_the_engines_backquery_sentences(english):
    # The Korean is keyed to the engine's English: a changed engine sentence must show here.
    for mode, sentence in engine.BACKQUERY_EXPLANATIONS.items():
        assert explanation(mode) == sentence


def test_switching_language_retranslates_look_inside(english, qtbot):
    inside = english
    inside.fill()
    inside.why_not(6)
    before = inside.texts()
    assert ("InsidePanel#insidePanel.tab2", "First-layer weights") in before
    assert not [text for _, text in before if has_hangul(text)]
    language.set_language("ko")
    qtbot.waitUntil(lambda: inside.panel.tabText(0) == "내 그림", timeout=2000)
    assert inside.english() == []
    assert inside.dialog.windowTitle() == "3의 역질의 (개선)"
    language.set_language("en")
    qtbot.waitUntil(lambda: inside.panel.tabText(0) == "Your drawing", timeout=2000)
    assert inside.texts() == before
