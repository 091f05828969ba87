"""The Train dock in Korean: every tab, before and after a run, shows no English but technical
names, and switching language in a panel that has run restores every English text exactly."""
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

import engine
from conftest import ROOT  # puts the project on sys.path
from gui import language
from gui.train.run_record import RunRecord
from train_helpers import make_panel, quick_recipe, run

sys.path.insert(0, str(ROOT / "tests" / "gui"))  # the language tests' shared text walker
from visible_texts import english_words, has_hangul, widget_texts  # noqa: E402


def _texts(panel):
    """Every text the panel shows, and what no widget walker sees: the progress bar, the
    combo items' tooltips and the plots' titles while their hint covers them."""
    texts = []
    for widget in [panel, *panel.findChildren(QWidget)]:
        texts += widget_texts(widget)
    texts.append(("progress", panel.progress.text()))
    for box in panel.findChildren(QComboBox):
        texts += [(f"{box.objectName()}.tip{i}", box.itemData(i, Qt.ToolTipRole) or "")
                  for i in range(box.count())]
    for plot in (panel.loss_plot, panel.accuracy_plot, panel.sweep_plot):
        item = plot.getPlotItem()
        texts += [("title", item.titleLabel.text),
                  *[(side, item.getAxis(side).labelText) for side in ("left", "bottom")]]
    return texts


def _english(panel):
    return [(where, text) for where, text in _texts(panel) if english_words(text)]


def _every_tab(panel, qtbot):
    panel.form.show_details(True)
    for i in range(panel.tabs.count()):
        panel.tabs.setCurrentIndex(i)
        qtbot.waitUntil(lambda: panel.tabs.currentWidget().isVisible())


@pytest.fixture
def english_panel(qtbot, tmp_path):
    """A panel built in English; the language is English again after the test."""
    panel = make_panel(qtbot, tmp_path, size=(640, 720))
    try:
        yield panel
    finally:
        panel.shutdown()
        language.set_language("en")


@pytest.fixture
def korean_panel(qtbot, tmp_path):
    used, problem = language.set_language("ko")
    assert used == "ko", problem
    try:
        panel = make_panel(qtbot, tmp_path, size=(640, 720))
        yield panel
        panel.shutdown()
    finally:
        language.set_language("en")


def _after_a_run(panel, qtbot):
    """A short run ticked on the Runs tab, a sweep's point beside it, and the figures."""
    quick_recipe(panel, epochs=1, subset=1000, hidden="16")
    run(panel, qtbot)
    config = engine.preset("rashid")
    panel.runs.add(RunRecord(config, "diverged", 1.5, [], source="sweep: lr 0.3",
                             swept=("lr", "0.3")), ticked=True)
    panel.runs.set_ticked(panel.runs.records[0])
    panel.sweep.begin([(0.1, "0.1"), (0.3, "0.3")])
    panel.controls.show_fraction(0.5, panel.sweep.start_text)


def test_every_train_tab_speaks_korean_before_and_after_a_run(korean_panel, qtbot):
    panel = korean_panel
    _every_tab(panel, qtbot)
    assert all(has_hangul(panel.tabs.tabText(i)) for i in range(panel.tabs.count()))
    assert panel.train_button.text() == "학습 시작" and has_hangul(panel.progress.text())
    assert has_hangul(panel.form.preset.itemText(0)) and has_hangul(panel.sweep.info.text())
    assert _english(panel) == []
    _after_a_run(panel, qtbot)
    _every_tab(panel, qtbot)
    assert panel.tabs.tabText(3).startswith("오답 (")
    assert "시험 정확도" in panel.accuracy_label.text() and "완료" in panel.runs.list.item(0).text()
    legend = " ".join(label.text for _, label in panel.plots.loss_legend.items)
    assert "학습률 0.05, 배치 128" in legend and "(실패)" in legend
    assert "스윕: 학습률 0.3" in panel.runs.list.item(1).text()
    assert _english(panel) == []
    panel.plots.mark_failed("failed")
    assert "학습 실패" in panel.accuracy_plot.getPlotItem().titleLabel.text
    assert _english(panel) == []
    panel.model_replaced(None, "teaching")  # the results go, with a line saying why
    assert panel.confusion_plot.hint.text().startswith("그 뒤로 신경망이 내 숫자를 배웠습니다")
    assert _english(panel) == []


def test_switching_language_retranslates_a_panel_that_has_run(english_panel, qtbot):
    panel = english_panel
    _after_a_run(panel, qtbot)
    _every_tab(panel, qtbot)
    english = _texts(panel)
    assert ("progress", "Sweep: 0 of 2 runs, time unknown") in english
    assert not [text for _, text in english if has_hangul(text)]
    language.set_language("ko")
    qtbot.waitUntil(lambda: panel.train_button.text() == "학습 시작", timeout=2000)
    assert panel.tabs.tabText(0) == "레시피" and panel.progress.text().startswith("스윕: ")
    assert panel.sweep_plot.getAxis("bottom").labelText == "학습률"
    assert _english(panel) == []
    language.set_language("en")
    qtbot.waitUntil(lambda: panel.train_button.text() == "Train", timeout=2000)
    assert _texts(panel) == english
