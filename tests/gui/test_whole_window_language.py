"""The whole window in Korean: every widget of every dock and tab, after a drawing and a run;
the English window without Hangul; every .ts entry finished and its .qm up to date."""
import subprocess
import sys

from PySide6.QtWidgets import QTabWidget

from conftest import ROOT
from gui import language

sys.path.insert(0, str(ROOT / "tests" / "gui"))
from visible_texts import english_words, has_hangul, window_texts  # noqa: E402

# Shown as they are in both languages: each language's name in the Language menu, and the
# engine's one-line description of the model ("784-512-512-10 relu/softmax, CE").
SAME_IN_BOTH = ("한국어",)


def every_page(window, qtbot):
    """Raise each dock and visit each tab of each tab widget, so that lazily built pages exist;
    yields once per page shown."""
    for dock in (window.train_dock, window.inside_dock, window.lab_dock):
        dock.show()
        dock.raise_()
        qtbot.wait(20)
        for tabs in dock.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                qtbot.wait(10)
                yield


def english_left(window):
    described = window.model.describe()
    found = []
    for where, text in window_texts(window):
        words = english_words(text.replace(described, ""))
        if words:
            found.append((where, text[:80], words[:4]))
    return found


def draw_a_seven(window, qtbot):
    from gui.draw.robot import send_stroke

    w, h = window.canvas.width(), window.canvas.height()
    send_stroke(window.canvas, [(w * 0.3, h * 0.25), (w * 0.7, h * 0.25), (w * 0.45, h * 0.8)])
    qtbot.wait(200)


def test_the_korean_window_has_no_english_but_technical_names(build_window_shown, qtbot):
    window = build_window_shown(language="ko")
    assert language.current() == "ko"
    draw_a_seven(window, qtbot)
    for _ in every_page(window, qtbot):
        pass
    left = english_left(window)
    assert not left, "\n".join(map(str, left[:40]))
    assert sum(has_hangul(text) for _, text in window_texts(window)) > 200


def test_the_english_window_has_no_hangul(build_window_shown, qtbot):
    window = build_window_shown(language="en")
    draw_a_seven(window, qtbot)
    for _ in every_page(window, qtbot):
        pass
    hangul = [(where, text) for where, text in window_texts(window)
              if has_hangul(text) and text.replace("&", "") not in SAME_IN_BOTH]
    assert not hangul, hangul[:20]


def test_switching_in_the_running_window_retranslates_what_is_visible(build_window_shown, qtbot):
    window = build_window_shown(language="en")
    draw_a_seven(window, qtbot)
    english_before = sorted(text for _, text in window_texts(window))
    window.menus.language_actions["ko"].trigger()
    qtbot.wait(50)
    assert language.current() == "ko"
    assert "학습" in window.train_dock.windowTitle() or has_hangul(window.train_dock.windowTitle())
    assert not english_left(window)
    window.menus.language_actions["en"].trigger()
    qtbot.wait(50)
    assert sorted(text for _, text in window_texts(window)) == english_before


def test_every_translation_is_finished_and_built_from_the_code():
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "translations.py"), "--check"],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_plurals_come_from_qt_in_both_languages(build_window_shown):
    """%n through the translators: English has its own plural file, Korean counts with 개."""
    window = build_window_shown(language="en")
    said = []
    for lang in ("en", "ko"):
        window.menus.language_actions[lang].trigger()
        for n in (1, 3):
            window.panel.set_personal_count(n)
            said.append(window.panel.personal_label.text())
    assert said[:2] == ["1 personal digit", "3 personal digits"]
    assert said[2:] == ["내가 가르친 숫자 1개", "내가 가르친 숫자 3개"]
