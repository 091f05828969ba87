"""Application set-up: the QApplication and the main window."""
import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

APP_NAME = "Digit Reader"


def build_window():
    """The main window, ready to show (used by main.py and by the tests)."""
    window = QMainWindow()
    window.setWindowTitle(APP_NAME)
    label = QLabel("Digit Reader: the window comes next.")
    window.setCentralWidget(label)
    window.resize(900, 600)
    return window


def run(argv=None):
    app = QApplication.instance() or QApplication(argv or sys.argv)
    app.setApplicationName(APP_NAME)
    window = build_window()
    window.show()
    return app.exec()
