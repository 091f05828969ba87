"""Application set-up: the QApplication and the main window."""
import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

import engine

from . import settings

APP_NAME = "Digit Reader"


def application(argv=None):
    """The QApplication, created once, with the names QSettings and data folders use."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv or sys.argv[:1]))
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    app.setWindowIcon(QIcon(str(engine.resource_path("icons", "app.png"))))
    return app


def install_excepthook(window):
    """Uncaught errors become a message box (and a line in error.log), not a stderr traceback."""
    import traceback

    def hook(kind, value, tb):
        text = "".join(traceback.format_exception(kind, value, tb))
        try:
            with open(settings.data_dir() / "error.log", "a") as log:
                log.write(text + "\n")
        except OSError:
            pass
        window.show_error("Something went wrong",
                          f"{kind.__name__}: {value}\n\nYour drawing and model are untouched; "
                          f"details are in {settings.data_dir() / 'error.log'}.")

    sys.excepthook = hook
    return hook


def build_window():
    """The main window with the bundled default model loaded (used by main.py and tests)."""
    from .main_window import MainWindow

    application()
    window = MainWindow()
    window.setWindowIcon(QIcon(str(engine.resource_path("icons", "app.png"))))
    window.set_model(engine.load_model(), None)
    return window


def run(argv=None):
    app = application(argv)
    try:
        window = build_window()
    except engine.DataFormatError as exc:
        QMessageBox.critical(None, APP_NAME, f"The bundled model could not be loaded:\n{exc}")
        return 1
    install_excepthook(window)
    window.show()
    return app.exec()
