"""The smoke test: the real window built, shown, run for a moment and closed, without an error.

CI runs it through ./run.sh on a clean clone: one exit status proves both
the first-run install and the app's start-up.
"""
import sys
import time
import traceback

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from . import app as gui_app  # looked up at call time, so a test can stand in for build_window


def smoke_test(qt_argv, seconds=1.0, language=None):
    """Exit status 0 only if the real window was built, shown, run and closed without an error.
    CI runs it through ./run.sh on a clean clone: one exit status proves both the first-run
    install and the app's start-up. ``language``: as ``--lang`` (None: the usual default)."""
    errors = []

    def record(kind, value, tb):
        # Exceptions raised in Qt slots are only printed by default; here they must fail the run.
        errors.append(f"{kind.__name__}: {value}")
        sys.__excepthook__(kind, value, tb)

    sys.excepthook = record
    started = time.perf_counter()
    try:
        show_briefly(qt_argv, seconds, errors, language)
    except Exception as exc:
        traceback.print_exc()
        errors.append(f"{type(exc).__name__}: {exc}")
    if errors:
        print("smoke test failed: " + "; ".join(errors), file=sys.stderr)
        return 1
    print(f"smoke test passed: window built, shown and closed in "
          f"{time.perf_counter() - started:.1f} s")
    return 0


def show_briefly(qt_argv, seconds, errors, language=None):
    """The app's own start-up (gui.app.build_window), then quit from inside the event loop."""
    app = gui_app.application(qt_argv)
    window = gui_app.build_window() if language is None else gui_app.build_window(language=language)
    # A "save changes?" dialog would wait forever for a click that never comes.
    window.questions.answers = {"save_discard_cancel": "discard", "yes_no": False, "go_ahead": False}
    window.show()

    def finish():
        if not window.isVisible():
            errors.append("the window was not visible")
        dialog = app.activeModalWidget()  # e.g. an error box: the user would be stuck in it
        if dialog is not None:
            text = dialog.text() if isinstance(dialog, QMessageBox) else ""
            errors.append(f"a dialog was open: {dialog.windowTitle()} {text}".rstrip())
        app.quit()  # Qt 6 closes the windows on quit, so closeEvent runs as for a user
    QTimer.singleShot(int(seconds * 1000), finish)
    app.exec()
    errors.extend(f"asked: {title}" for _, title, _ in window.questions.asked)
    if window.isVisible():
        errors.append("the window did not close on quit")
        window.close()
