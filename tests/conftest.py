import os
import sys
import tempfile
from pathlib import Path

# Before any Qt import: no display here, and Qt aborts without one.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Settings and the personal-digits folder go to a scratch place, never the user's.
_scratch = tempfile.mkdtemp(prefix="digit-reader-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_scratch, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_scratch, "data")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402


@pytest.fixture
def fresh_state():
    """Empty settings and personal digits for one test."""
    import shutil

    for key in ("XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        shutil.rmtree(os.environ[key], ignore_errors=True)
    yield


@pytest.fixture
def window(qtbot, fresh_state):
    from gui.app import build_window

    win = build_window()
    # Never a blocking dialog in tests: questions are answered from this table.
    win.questions.answers = {"save_discard_cancel": "discard", "yes_no": False, "go_ahead": True}
    qtbot.addWidget(win)
    win.resize(900, 600)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


@pytest.fixture
def build_window_shown(qtbot, fresh_state):
    """``build_window(**kwargs)`` shown at 1280x720 with the questions answered; the language
    is English again afterwards (the language tests switch it)."""
    import gui.app
    from gui import language

    windows = []

    def make(**kwargs):
        window = gui.app.build_window(**kwargs)
        window.questions.answers = {"save_discard_cancel": "discard", "yes_no": False,
                                    "go_ahead": True}
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window
    try:
        yield make
    finally:
        for window in windows:
            window.close()
        language.set_language("en")
