"""The app: builds every part and makes every connection, in this one place.

Data flows one way: a stroke changes the canvas; the Reader preprocesses it
and asks the Session's network; the ReadPanel shows the answer. Whatever
replaces the network (a file, a training run, a Learn) goes through the
Session, whose ``changed`` signal every view follows.
"""
import os
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

import engine

from . import background, settings
from .draw.area import DrawArea
from .draw.read_panel import ReadPanel
from .inside.panel import InsidePanel
from .language import current as current_language
from .language import initial as initial_language
from .language import set_language
from .lab.panel import LabPanel
from .questions import Questions
from .session import Session
from .train.panel import TrainPanel
from .window.main_window import MainWindow
from .window.model_files import ModelFiles
from .window.reading import Reader
from .window.teaching import Teacher

APP_NAME = QT_TRANSLATE_NOOP("App", "Digit Reader")
PERSONAL_FILE = "personal_digits.npz"


def application(argv=None):
    """The QApplication, created once, with the names QSettings and data folders use."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv or sys.argv[:1]))
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    app.setWindowIcon(QIcon(str(engine.resource_path("icons", "app.png"))))
    return app


def _app_name():
    return QCoreApplication.translate("App", APP_NAME)


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
        window.show_error(QCoreApplication.translate("App", "Something went wrong"),
                          QCoreApplication.translate(
                              "App", "{error}\n\nYour drawing and model are untouched; details "
                                     "are in {log}.").format(error=f"{kind.__name__}: {value}",
                                                             log=settings.data_dir() / "error.log"))

    sys.excepthook = hook
    return hook


def build_parts(language=None):
    """Every part of the app, not yet connected to each other, in ``language`` (see
    ``gui.language.initial``)."""
    parts = SimpleNamespace()
    # What went wrong with the user's own files, told once the window is up (see connect).
    parts.notices = []
    set_language(initial_language(language))  # the words of a notice about the settings file
    told = settings.check_file()  # first: nothing may read a damaged settings file before
    if told:
        parts.notices.append(told)
    # Before any widget is built: each comes up in its words.
    _, parts.language_problem = set_language(initial_language(language, settings.language()))
    parts.session = Session()
    parts.questions = Questions()
    parts.personal = open_personal_digits(settings.data_dir() / PERSONAL_FILE, parts.notices)
    parts.draw_area = DrawArea()
    parts.panel = ReadPanel()
    parts.files = ModelFiles(parts.session, parts.questions)
    parts.reader = Reader(parts.session, parts.draw_area.canvas, parts.panel)
    parts.teacher = Teacher(parts.session, parts.personal, parts.reader, parts.panel, parts.questions)
    parts.train_panel = TrainPanel(
        parts.personal, parts.questions,
        lambda: parts.files.confirm_discard(
            QCoreApplication.translate("App", "Train a new network")))
    parts.inside_panel = InsidePanel()
    parts.lab_panel = LabPanel()
    return parts


def open_personal_digits(path, notices):
    """The user's personal digits; whatever is wrong with their file, a collection to use.

    The engine sets a damaged file aside itself (``problem`` says so). Anything
    it raises instead (no permission, a file too big to hold) leaves the file
    as it is, and this session's digits go to a new file beside it, never over it.
    """
    try:
        personal = engine.PersonalDigits(path)
    except Exception as exc:  # noqa: BLE001  (any failure here must still open the window)
        why = (QCoreApplication.translate(
            "App", "permission denied: check who owns the file and its folder")
            if isinstance(exc, PermissionError) else _reason(exc))
        personal = _session_digits(path)
        notices.append(QCoreApplication.translate(
            "App", "Your personal digits ({path}) could not be opened: {why}. The file was left "
                   "as it is. Digits you teach now are kept in {new_path}.").format(
            path=path, why=why, new_path=personal.path))
        return personal
    if getattr(personal, "access_problem", False):
        notices.append(QCoreApplication.translate(
            "App", "Your personal digits could not be opened: {problem}\nThe file was left as "
                   "it is. Digits you teach now are kept while the app runs, and saved once the "
                   "file can be read.").format(problem=personal.problem))
    elif personal.problem:
        notices.append(QCoreApplication.translate(
            "App", "Your personal digits could not be read and were set aside:\n{problem}").format(
            problem=personal.problem))
    return personal


def _reason(exc):
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate("App",
                                          "it declares more data than this computer can hold")
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _session_digits(path):
    """An empty collection in a new file beside ``path`` (or in a temporary folder when that
    folder cannot be written)."""
    folder = path.parent if os.access(path.parent, os.W_OK) else Path(tempfile.mkdtemp())
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target, n = folder / f"{path.stem}.{stamp}.npz", 1
    while os.path.lexists(target):
        n += 1
        target = folder / f"{path.stem}.{stamp}-{n}.npz"
    return engine.PersonalDigits(target)


def tell_notices(parts, window):
    """Start-up problems with the user's files, in one box, once."""
    if parts.notices:
        window.show_error(QCoreApplication.translate("App", "Some of your files could not be used"),
                          "\n\n".join(parts.notices))
    if parts.language_problem:  # no font for the language: said once, in English
        window.show_error(QCoreApplication.translate("App", "Language"), parts.language_problem)


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
        lambda net, final: final and window.show_status(QCoreApplication.translate(
            "App", "Training finished: the canvas now reads with the new network."), 6000))
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
    # Look inside follows each reading, live while the pen moves; its saliency may go on the canvas.
    reader.reading.connect(parts.inside_panel.drawing.show_reading)
    parts.inside_panel.drawing.overlayChanged.connect(parts.draw_area.canvas.set_overlay)
    parts.train_panel.showDigit.connect(reader.show_test_digit)
    parts.lab_panel.sweepRequested.connect(window.show_sweeps)  # Rashid's experiments

    # Teaching.
    panel.learnRequested.connect(teacher.learn)
    panel.undoLearnRequested.connect(teacher.undo_learn)
    teacher.undoChanged.connect(window.show_undo)
    teacher.personalChanged.connect(panel.set_personal_count)
    panel.set_personal_count(len(parts.personal))

    # Files and messages.
    parts.files.recentChanged.connect(window.show_recent)
    for source in (parts.files, reader, teacher):
        source.problem.connect(window.show_error)
    for source in (reader, teacher, parts.files):
        source.status.connect(window.show_status)
    parts.train_panel.message.connect(window.show_error)
    parts.train_panel.info.connect(window.show_info)
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(parts.train_panel.shutdown)
        app.aboutToQuit.connect(parts.inside_panel.shutdown)
        app.aboutToQuit.connect(parts.lab_panel.shutdown)
    QTimer.singleShot(0, lambda: tell_notices(parts, window))


def restore_model(session, before, window):
    """Put back the model ``before`` (session.net, path, dirty, origin) a failed run started
    from, unless it is what the session holds already."""
    if before.get("net") is None:
        return
    if session.net is not before["net"]:
        session.set_model(before["net"], before["path"], dirty=before["dirty"],
                          origin=before["origin"])
    window.show_status(QCoreApplication.translate(
        "App", "The run failed: the model you had before it is back in use."), 8000)


def build_window(language=None):
    """The main window with the bundled default model loaded (used by main.py and tests).

    ``language``: "en" or "ko"; None: the one chosen last, else the system's.
    """
    application()
    parts = build_parts(language)
    window = MainWindow(parts)
    connect(parts, window)
    parts.session.set_model(engine.load_model(), None, origin="bundled")
    return window


def run(argv=None, language=None):
    """The app until its window closes; ``language`` as ``--lang`` (remembered once in use)."""
    app = application(argv)
    try:
        window = build_window() if language is None else build_window(language=language)
    except engine.DataFormatError as exc:
        QMessageBox.critical(None, _app_name(), QCoreApplication.translate(
            "App", "The bundled model could not be loaded:\n{error}").format(error=exc))
        return 1
    except (OSError, MemoryError) as exc:  # the app's own files: say so, not a traceback
        QMessageBox.critical(None, _app_name(), QCoreApplication.translate(
            "App", "The app could not start:\n{error}").format(error=_reason(exc)))
        return 1
    if language is not None and current_language() == language:
        settings.remember_language(language)
    install_excepthook(window)
    window.show()
    code = app.exec()
    if background.left_running():
        # A thread still inside one long NumPy call (a big network's evaluation) would hold
        # the exit until that call ends, and BLAS waits for its own threads too: everything
        # worth keeping is written by now, so leave at once.
        settings.app_settings().sync()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code
