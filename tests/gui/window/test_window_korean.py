"""The window's own texts in Korean (menus, docks, status line, title, messages), and the
language switch: View > Language, remembered, the default, no Hangul font."""
import sys

import numpy as np
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

import engine
from conftest import ROOT  # puts the project on sys.path
from gui import language, settings
from gui.window.menus import BUNDLED_TIPS

sys.path.insert(0, str(ROOT / "tests" / "gui"))  # the language tests' shared text walker
from visible_texts import english_words, has_hangul, widget_texts  # noqa: E402

def own_texts(window):
    """The texts of this part: menus and their actions, docks' titles, the drawing side, the
    status line without the model's own description (the engine's, as it is)."""
    texts = [("title", window.windowTitle()),
             ("status", window.model_status.text().replace(window.model.describe(), ""))]
    for menu in window.menuBar().findChildren(QMenu):
        texts += widget_texts(menu)
    for dock in (window.train_dock, window.inside_dock, window.lab_dock):
        texts += widget_texts(dock)
    for part in (window.draw_area, window.panel):
        for widget in [part, *part.findChildren(QWidget)]:
            texts += widget_texts(widget)
    return texts


def english(window):
    return [(where, text) for where, text in own_texts(window) if english_words(text)]


def learn_a_seven(window):
    images, labels = engine.load_mnist("test")
    window.canvas.set_image(images[labels == 7][0] / 255)
    window.panel.choose_digit(7)
    window.panel.learn_button.click()


def test_build_window_in_korean_speaks_korean_everywhere_it_owns(build_window_shown, qtbot):
    window = build_window_shown(language="ko")
    assert language.current() == "ko"
    assert window.windowTitle() == "기본 모델 - 숫자 읽기"
    assert window.model_status.text().startswith("기본 모델  |  784-512-512-10")
    assert "시험 정확도 99." in window.model_status.text()
    assert [window.menuBar().actions()[i].text() for i in range(4)] == [
        "파일(&F)", "편집(&E)", "보기(&V)", "내가 가르친 숫자(&P)"]
    assert window.train_dock.windowTitle() == "학습"
    assert english(window) == []
    learn_a_seven(window)
    assert window.undo_action.text() == "배우기 취소 (7)(&U)"
    assert window.model_status.text().startswith("default + 내 숫자 (바뀜, 저장 안 됨)  |  ")
    assert window.windowTitle() == "*default + 내 숫자 - 숫자 읽기"
    assert window.statusBar().currentMessage().startswith("7을(를) 배웠습니다: 확률이 ")
    assert english(window) == []


def test_the_controllers_messages_are_translated(build_window_shown, tmp_path):
    window = build_window_shown(language="ko")
    window.teacher.learn(3)  # nothing drawn
    assert window.statusBar().currentMessage() == "먼저 숫자를 그리고, 무슨 숫자인지 골라 주세요."
    blank = tmp_path / "blank.png"
    from PIL import Image
    Image.fromarray(np.full((40, 40), 255, np.uint8)).save(blank)
    assert window.reader.import_image(str(blank)) is False
    box = window.findChildren(QMessageBox)[-1]
    assert box.windowTitle() == "숫자를 찾지 못했습니다" and "이미지가 비어 있는 것 같습니다" in box.text()
    assert not window.files.open_model(str(tmp_path / "missing.npz"))
    box = window.findChildren(QMessageBox)[-1]
    assert box.windowTitle() == "모델을 열 수 없습니다" and "지금 모델을 그대로 씁니다." in box.text()


def test_the_language_menu_switches_at_once_and_is_remembered(build_window_shown, qtbot):
    window = build_window_shown(language="en")
    menu = window.menuBar().findChild(QMenu, "languageMenu")
    actions = {a.text(): a for a in menu.actions()}
    assert list(actions) == ["English", "한국어"] and actions["English"].isChecked()
    before = own_texts(window)
    # Only the languages' own names ("한국어") are Hangul in the English window.
    assert [text for _, text in before if has_hangul(text)] == ["한국어"]
    learn_a_seven(window)
    qtbot.waitUntil(lambda: "test accuracy 9" in window.model_status.text(), timeout=20000)
    learned = own_texts(window)
    actions["한국어"].trigger()
    qtbot.waitUntil(lambda: window.train_dock.windowTitle() == "학습", timeout=2000)
    assert settings.language() == "ko" and actions["한국어"].isChecked()
    assert menu.title() == "언어(&G)" and [a.text() for a in menu.actions()] == ["English", "한국어"]
    assert window.undo_action.text() == "배우기 취소 (7)(&U)"
    assert window.windowTitle() == "*default + 내 숫자 - 숫자 읽기"
    assert window.panel.learn_button.text() == "배우기: 먼저 맞는 숫자를 고르세요"
    assert "  |  시험 정확도 9" in window.model_status.text()
    assert english(window) == []
    actions["English"].trigger()
    qtbot.waitUntil(lambda: window.train_dock.windowTitle() == "Train", timeout=2000)
    assert settings.language() == "en"
    assert own_texts(window) == learned
    window.teacher.undo_learn()
    window.canvas.clear()
    assert own_texts(window) == before


def test_without_a_hangul_font_a_box_says_so_once_and_the_window_stays_english(
        build_window_shown, qtbot, monkeypatch):
    window = build_window_shown(language="en")
    monkeypatch.setattr(language, "hangul_font", lambda: None)
    boxes = len(window.findChildren(QMessageBox))
    window.menus.language_actions["ko"].trigger()
    told = window.findChildren(QMessageBox)[boxes:]
    assert len(told) == 1 and "fonts-nanum" in told[0].text()
    assert language.current() == "en" and window.menus.language_actions["en"].isChecked()
    assert settings.language() is None
    qtbot.wait(50)
    assert window.train_dock.windowTitle() == "Train" and english(window) != []


def test_a_korean_start_without_a_font_is_told_once(build_window_shown, qtbot, monkeypatch):
    monkeypatch.setattr(language, "hangul_font", lambda: None)
    window = build_window_shown(language="ko")
    qtbot.waitUntil(lambda: any("fonts-nanum" in b.text()
                                for b in window.findChildren(QMessageBox)), timeout=2000)
    assert sum("fonts-nanum" in b.text() for b in window.findChildren(QMessageBox)) == 1
    assert language.current() == "en" and window.windowTitle() == "default model - Digit Reader"


def test_the_default_is_the_remembered_choice_else_the_systems(build_window_shown, monkeypatch):
    monkeypatch.setattr(language, "system_default", lambda: "ko")
    assert build_window_shown().windowTitle() == "기본 모델 - 숫자 읽기"  # nothing remembered: the system's
    settings.remember_language("en")
    assert build_window_shown().windowTitle() == "default model - Digit Reader"
    settings.app_settings().setValue("language", "klingon")  # not ours: read as missing
    assert settings.language() is None
    assert build_window_shown().windowTitle() == "기본 모델 - 숫자 읽기"


def test_the_bundled_models_tips_say_what_the_engine_says_in_english():
    assert set(BUNDLED_TIPS) == set(engine.BUNDLED_MODELS)
    assert all(BUNDLED_TIPS[name] == engine.BUNDLED_MODELS[name] for name in BUNDLED_TIPS)


def test_an_unknown_language_is_told_and_english_used(build_window_shown, qtbot):
    window = build_window_shown(language="fr")
    qtbot.waitUntil(lambda: any("Unknown language 'fr'" in b.text()
                                for b in window.findChildren(QMessageBox)), timeout=2000)
    assert language.current() == "en" and window.windowTitle() == "default model - Digit Reader"
