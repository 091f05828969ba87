"""The app: builds every part and makes every connection, in this one place.

Data flows one way: a stroke changes the canvas; the Reader preprocesses it
and asks the Session's network; the ReadPanel shows the answer. Whatever
replaces the network (a file, a training run, a Learn) goes through the
Session, whose ``changed`` signal every view follows.

The plots beside the canvas and the docks' panels are made by the functions in
``build_later``, which import their modules, and each panel is wired when it is
built: at the app's own start (``run``) after the window's first paint
(gui/window/deferred.py), for anyone else (tests, benchmarks, the smoke test)
before ``build_window`` returns.
"""
import os
import sys
from contextlib import contextmanager
from types import SimpleNamespace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

import engine

from . import background, gc_in_gui_thread, settings
from .draw.area import DrawArea
from .draw.read_panel import ReadPanel
from .language import current as current_language
from .language import initial as initial_language
from .language import set_language
from .questions import Questions
from .session import Session
from .window.main_window import MainWindow
from .window.model_files import ModelFiles
from .window.personal_file import open_personal_digits, reason
from .window.reading import Reader
from .window.teaching import Teacher

APP_NAME = QT_TRANSLATE_NOOP("App", "Digit Reader")
PERSONAL_FILE = "personal_digits.npz"
_start = SimpleNamespace(fast=False)  # see app_start


def application(argv=None):
    """The QApplication, created once, with the names QSettings and data folders use."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv or sys.argv[:1]))
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    app.setWindowIcon(QIcon(str(engine.resource_path("icons", "app.png"))))
    gc_in_gui_thread.install(app)  # never in a job's thread, where it can hang the window
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
    parts.panel = ReadPanel(plots_later=True)
    parts.files = ModelFiles(parts.session, parts.questions)
    parts.reader = Reader(parts.session, parts.draw_area.canvas, parts.panel)
    parts.teacher = Teacher(parts.session, parts.personal, parts.reader, parts.panel, parts.questions)
    return parts


def tell_notices(parts, window):
    """Start-up problems with the user's files, in one box, once."""
    if parts.notices:
        window.show_error(QCoreApplication.translate("App", "Some of your files could not be used"),
                          "\n\n".join(parts.notices))
    if parts.language_problem:  # no font for the language: said once, in English
        window.show_error(QCoreApplication.translate("App", "Language"), parts.language_problem)


def connect(parts, window):
    """All the wiring: who follows whom (the docks' panels: see build_later)."""
    session, reader, teacher, panel = parts.session, parts.reader, parts.teacher, parts.panel
    parts.questions.parent = parts.files.dialog_parent = window
    for part in (parts.files, parts.teacher, parts.reader):
        part.setParent(window)  # owned by the window: they live and die with it

    # The model: every view follows the session.
    session.changed.connect(lambda net, origin: reader.recognize())
    session.stateChanged.connect(window.show_model_state)
    teacher.accuracyMeasured.connect(window.show_model_state)

    # Drawing and reading.
    parts.draw_area.undo_button.clicked.connect(parts.draw_area.canvas.undo)
    parts.draw_area.canvas.changed.connect(lambda final: teacher.drawing_changed())
    parts.draw_area.canvas.changed.connect(lambda final: window.show_undo(teacher.last_digit()))
    reader.contentReplaced.connect(panel.forget_digit)

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
    build_later(parts, window)
    QTimer.singleShot(0, lambda: tell_notices(parts, window))


def build_later(parts, window):
    """The parts that may come after the first paint (see build_window): the reading's plots,
    then the Train, Look inside and Lab panels, each made and wired when it is built."""
    def train():
        from .train.panel import TrainPanel  # here, as the other two: see the module docstring

        return TrainPanel(parts.personal, parts.questions, lambda: parts.files.confirm_discard(
            QCoreApplication.translate("App", "Train a new network")))

    def inside():
        from .inside.panel import InsidePanel

        return InsidePanel()

    def lab():
        from .lab.panel import LabPanel

        return LabPanel()

    later = window.deferred
    later.add("plots", parts.panel.build_plots)
    later.add_dock("train", window.train_dock, train, lambda p: wire_train(parts, window, p))
    later.add_dock("inside", window.inside_dock, inside, lambda p: wire_inside(parts, window, p))
    later.add_dock("lab", window.lab_dock, lab, lambda p: wire_lab(window, p))


def wire_train(parts, window, train):
    session = parts.session
    session.changed.connect(train.model_replaced)
    train.modelTrained.connect(
        lambda net, final: session.set_model(net, None, dirty=True, origin="training"))
    train.modelTrained.connect(
        lambda net, final: final and window.show_status(QCoreApplication.translate(
            "App", "Training finished: the canvas now reads with the new network."), 6000))
    # A run's epoch snapshots replace the model as it trains; a run that fails to learn
    # puts back the model (and its file and unsaved state) it started from.
    before_run = {}
    train.runStarted.connect(lambda: before_run.update(
        net=session.net, path=session.path, dirty=session.dirty, origin=session.origin))
    train.runFailed.connect(lambda why: restore_model(session, before_run, window))
    # Watch it form: a live run's copies (inside epoch 1 too) go to the inside panel only
    # (looked up when they come: a run builds Look inside if it was not yet).
    train.runStarted.connect(lambda: window.inside_panel.formation.clear())
    train.snapshot.connect(lambda net, label: window.inside_panel.set_network(net, label))
    train.showDigit.connect(parts.reader.show_test_digit)
    train.message.connect(window.show_error)
    train.info.connect(window.show_info)
    _on_quit(train.shutdown)
    if session.net is not None:  # what it missed: the model in use came before it
        train.model_replaced(session.net, session.origin)


def wire_inside(parts, window, inside):
    session, dock = parts.session, window.inside_dock
    session.changed.connect(inside.model_replaced)
    # Look inside computes only while its dock can be seen: behind the Train tab it would
    # take cores from the run it is behind.
    dock.visibilityChanged.connect(inside.set_on_screen)
    inside.set_on_screen(not dock.visibleRegion().isEmpty() or not dock.isVisible())
    # It follows each reading, live while the pen moves; its saliency may go on the canvas.
    parts.reader.reading.connect(inside.drawing.show_reading)
    inside.drawing.overlayChanged.connect(parts.draw_area.canvas.set_overlay)
    _on_quit(inside.shutdown)
    if session.net is not None:  # what it missed: the model, and the reading of the canvas
        inside.model_replaced(session.net, session.origin)
    if parts.reader.last_reading is not None:
        inside.drawing.show_reading(*parts.reader.last_reading)


def wire_lab(window, lab):
    lab.sweepRequested.connect(window.show_sweeps)  # Rashid's experiments
    # Its pages are built when it comes in sight (not while behind another dock's tab).
    window.lab_dock.visibilityChanged.connect(lab.set_on_screen)
    lab.set_on_screen(not window.lab_dock.visibleRegion().isEmpty())
    _on_quit(lab.shutdown)


def _on_quit(shutdown):
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(shutdown)


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

    ``language``: "en" or "ko"; None: the one chosen last, else the system's. Whole when
    returned, but inside ``app_start()``, where the plots and the docks' panels come after
    its first paint.
    """
    application()
    parts = build_parts(language)
    window = MainWindow(parts)
    connect(parts, window)
    if not _start.fast:
        window.deferred.build_all()
    parts.session.set_model(engine.load_model(), None, origin="bundled")
    return window


@contextmanager
def app_start():
    """The window built inside is the app's own, to be shown at once (``run``): it comes up
    before its slowest parts. (A flag, not an argument of build_window: scripts and tests
    stand in for build_window with functions of their own.)"""
    _start.fast = True
    try:
        yield
    finally:
        _start.fast = False


def run(argv=None, language=None):
    """The app until its window closes; ``language`` as ``--lang`` (remembered once in use)."""
    app = application(argv)
    try:
        with app_start():
            window = build_window() if language is None else build_window(language=language)
    except engine.DataFormatError as exc:
        QMessageBox.critical(None, _app_name(), QCoreApplication.translate(
            "App", "The bundled model could not be loaded:\n{error}").format(error=exc))
        return 1
    except (OSError, MemoryError) as exc:  # the app's own files: say so, not a traceback
        QMessageBox.critical(None, _app_name(), QCoreApplication.translate(
            "App", "The app could not start:\n{error}").format(error=reason(exc)))
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
