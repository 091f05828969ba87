"""The app: builds every part and makes every connection, in this one place.

Data flows one way: a stroke changes the canvas; the Reader preprocesses it
and asks the Session's network; the ReadPanel shows the answer. Whatever
replaces the network (a file, a training run, a Learn) goes through the
Session, whose ``changed`` signal every view follows.
"""
import sys
from types import SimpleNamespace

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

import engine

from . import settings
from .draw.area import DrawArea
from .draw.read_panel import ReadPanel
from .inside.panel import InsidePanel
from .questions import Questions
from .session import Session
from .train.panel import TrainPanel
from .window.main_window import MainWindow
from .window.model_files import ModelFiles
from .window.reading import Reader
from .window.teaching import Teacher

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


def build_parts():
    """Every part of the app, not yet connected to each other."""
    parts = SimpleNamespace()
    parts.session = Session()
    parts.questions = Questions()
    parts.personal = engine.PersonalDigits(settings.data_dir() / "personal_digits.npz")
    parts.draw_area = DrawArea()
    parts.panel = ReadPanel()
    parts.files = ModelFiles(parts.session, parts.questions)
    parts.reader = Reader(parts.session, parts.draw_area.canvas, parts.panel)
    parts.teacher = Teacher(parts.session, parts.personal, parts.reader, parts.panel, parts.questions)
    parts.train_panel = TrainPanel(parts.personal, parts.questions,
                                   lambda: parts.files.confirm_discard("Train a new network"))
    parts.inside_panel = InsidePanel()
    return parts


def connect(parts, window):
    """All the wiring: who follows whom."""
    session, reader, teacher, panel = parts.session, parts.reader, parts.teacher, parts.panel
    parts.questions.parent = parts.files.dialog_parent = window
    for part in (parts.files, parts.teacher, parts.reader):
        part.setParent(window)  # owned by the window: they live and die with it

    # The model: every view follows the session.
    session.changed.connect(parts.inside_panel.model_replaced)
    session.changed.connect(parts.train_panel.model_replaced)
    session.changed.connect(lambda net, origin: reader.recognize())
    session.stateChanged.connect(window.show_model_state)
    teacher.accuracyMeasured.connect(window.show_model_state)
    parts.train_panel.modelTrained.connect(
        lambda net, final: session.set_model(net, None, dirty=True, origin="training"))
    parts.train_panel.modelTrained.connect(
        lambda net, final: final and window.show_status(
            "Training finished: the canvas now reads with the new network.", 6000))
    # A run's epoch snapshots replace the model as it trains; a run that fails to learn
    # puts back the model (and its file and unsaved state) it started from.
    before_run = {}
    parts.train_panel.runStarted.connect(lambda: before_run.update(
        net=session.net, path=session.path, dirty=session.dirty, origin=session.origin))
    parts.train_panel.runFailed.connect(lambda why: restore_model(session, before_run, window))
    # Watch it form: a live run's copies (inside epoch 1 too) go to the inside panel only.
    parts.train_panel.runStarted.connect(parts.inside_panel.formation.clear)
    parts.train_panel.snapshot.connect(parts.inside_panel.set_network)
    # Look inside computes only while its dock can be seen: behind the Train tab it would
    # take cores from the run it is behind.
    window.inside_dock.visibilityChanged.connect(parts.inside_panel.set_on_screen)
    parts.inside_panel.set_on_screen(not window.inside_dock.visibleRegion().isEmpty()
                                     or not window.inside_dock.isVisible())

    # Drawing and reading.
    parts.draw_area.undo_button.clicked.connect(parts.draw_area.canvas.undo)
    parts.draw_area.canvas.changed.connect(lambda final: teacher.drawing_changed())
    parts.draw_area.canvas.changed.connect(lambda final: window.show_undo(teacher.last_digit()))
    reader.contentReplaced.connect(panel.forget_digit)
    parts.train_panel.showDigit.connect(reader.show_test_digit)

    # Teaching.
    panel.learnRequested.connect(teacher.learn)
    panel.undoLearnRequested.connect(teacher.undo_learn)
    teacher.undoChanged.connect(window.show_undo)
    teacher.personalChanged.connect(panel.set_personal_count)
    panel.set_personal_count(len(parts.personal))

    # Files and messages.
    parts.files.recentChanged.connect(window.show_recent)
    for source in (parts.files, reader):
        source.problem.connect(window.show_error)
    for source in (reader, teacher):
        source.status.connect(window.show_status)
    parts.train_panel.message.connect(window.show_error)
    parts.train_panel.info.connect(window.show_info)
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(parts.train_panel.shutdown)
        app.aboutToQuit.connect(parts.inside_panel.shutdown)
    if parts.personal.problem:
        QTimer.singleShot(0, lambda: window.show_error(
            "Personal digits", f"Your personal digits could not be read and were set aside:\n"
                               f"{parts.personal.problem}"))


def restore_model(session, before, window):
    """Put back the model ``before`` (session.net, path, dirty, origin) a failed run started
    from, unless it is what the session holds already."""
    if before.get("net") is None:
        return
    if session.net is not before["net"]:
        session.set_model(before["net"], before["path"], dirty=before["dirty"],
                          origin=before["origin"])
    window.show_status("The run failed: the model you had before it is back in use.", 8000)


def build_window():
    """The main window with the bundled default model loaded (used by main.py and tests)."""
    application()
    parts = build_parts()
    window = MainWindow(parts)
    connect(parts, window)
    parts.session.set_model(engine.load_model(), None, origin="bundled")
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
