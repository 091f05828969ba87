"""The Lab dock in Korean: every page, in every state its figures can be in, shows no English
but technical names, and switching back to English while it runs restores every text."""
import sys

import pytest
from PySide6.QtWidgets import QWidget

from conftest import ROOT  # puts the project on sys.path
from gui import language
from gui.lab.panel import LabPanel

sys.path.insert(0, str(ROOT / "tests" / "gui"))  # the language tests' shared text walker
from visible_texts import english_words, has_hangul, widget_texts  # noqa: E402

# A run's result as the engine hands it over, for the figures of a finished run without
# waiting seconds for the numerical gradient (ch3's real run is quick and is done for real).
BACKPROP_RESULT = {"difference": {"W1": 3e-10, "b1": 2e-9, "W2": 4e-9, "b2": 1e-7},
                   "seconds_numerical": 4.2, "seconds_backprop": 0.0004, "delta": 1e-7,
                   "batch": 3}
CH3_SLOWER_IN_BATCHES = {"seconds": {1: 0.5, 10: 0.6, 100: 0.7, 1000: 0.8}, "accuracy": 0.9352,
                         "same_answers": False}


def _texts(panel):
    texts = []
    for widget in [panel, *panel.findChildren(QWidget)]:
        texts += widget_texts(widget)
    return texts


def _english(panel):
    return [(where, text) for where, text in _texts(panel) if english_words(text)]


@pytest.fixture
def korean_panel(qtbot):
    used, problem = language.set_language("ko")
    assert used == "ko", problem
    lab = LabPanel()
    qtbot.addWidget(lab)
    lab.resize(560, 700)
    try:
        lab.show()
        qtbot.waitExposed(lab)
        for i in range(lab.count()):  # every page laid out and shown once
            lab.setCurrentIndex(i)
            qtbot.waitUntil(lambda: lab.currentWidget().isVisible())
        yield lab
    finally:
        lab.shutdown()
        language.set_language("en")


def test_every_lab_page_speaks_korean(korean_panel, qtbot):
    lab = korean_panel
    assert all(has_hangul(lab.tabText(i)) for i in range(lab.count()))
    assert all(has_hangul(page.explain.text()) for page in lab.pages)
    assert _english(lab) == []
    # The figures' other states: warnings, tiny steps, overflowing descent, runs.
    lab.activations.range.setValue(1000)
    assert "런타임 경고" in lab.activations.figures.text()
    lab.derivative.h.setValue(1e-20)
    lab.descent.lr.setValue(10.0)
    assert _english(lab) == []
    lab.ch3.run.button.click()
    assert lab.ch3.run.button.text() == "중지" and has_hangul(lab.ch3.figures.text())
    assert _english(lab) == []
    qtbot.waitUntil(lambda: not lab.ch3.run.running(), timeout=60000)
    assert "<b>0.9352</b>" in lab.ch3.figures.text() and lab.ch3.run.button.text() == "실행"
    assert _english(lab) == []
    lab.ch3._show(CH3_SLOWER_IN_BATCHES)
    lab.ch3._show(RuntimeError("disk full"))  # an engine detail may stay English: not here
    assert has_hangul(lab.ch3.figures.text())
    lab.ch3._show(CH3_SLOWER_IN_BATCHES)
    lab.backprop._show(BACKPROP_RESULT)
    assert "배 빠름" in lab.backprop.figures.text()
    assert _english(lab) == []
    lab.backprop.delta.setChecked(False)
    lab.backprop._show(dict(BACKPROP_RESULT, delta=0.0))
    lab.backprop._show(None)  # stopped
    assert _english(lab) == []


def test_switching_the_running_lab_back_to_english_restores_its_texts(korean_panel, qtbot):
    lab = korean_panel
    lab.activations.range.setValue(1000)
    lab.backprop._show(BACKPROP_RESULT)
    assert lab.tabText(0) == "활성화" and lab.backprop.run.button.text() == "실행"
    language.set_language("en")
    qtbot.waitUntil(lambda: lab.tabText(0) == "Activation", timeout=2000)
    assert [lab.tabText(i) for i in range(lab.count())] == [
        "Activation", "Ch. 3 net", "Loss", "Derivative", "Gradient", "Descent", "Backprop"]
    assert "RuntimeWarning: overflow encountered in exp" in lab.activations.figures.text()
    assert "stable form: no warning" in lab.activations.figures.text()
    assert "times faster" in lab.backprop.figures.text()
    assert lab.backprop.run.button.text() == "Run"
    assert lab.losses.plot.getPlotItem().getAxis("left").labelText == "loss"
    legend = [label.text for _, label in lab.derivative.plot.getPlotItem().legend.items]
    assert legend == ["central, float64", "forward, float64", "central, float32",
                      "forward, float32"]
    hangul = [(where, text) for where, text in _texts(lab) if has_hangul(text)]
    assert hangul == []
