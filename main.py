"""Digit Reader: draw a digit and watch a from-scratch NumPy network read it."""
import argparse
import ctypes
import os
import sys
import time
import traceback

NO_DISPLAY = """error: no display found, so the window cannot open.
Run it on a desktop session, or on a headless machine under a virtual display:
    xvfb-run -a ./run.sh
(or set QT_QPA_PLATFORM=offscreen to run without showing anything)."""

# The system libraries (soname -> Debian package) that Qt 6.11's X11 path loads: what
# plugins/platforms/libqxcb.so and PySide6's QtCore/QtGui/QtWidgets need, directly or through
# the Qt libraries the wheel bundles, less the C/C++ runtime. The wheel bundles Qt but not
# these; when one is missing, Qt aborts (SIGABRT) after a hint naming one library at a time.
# tests/test_main.py keeps this table in step with the installed wheel.
XCB_LIBRARIES = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
}

MISSING_LIBRARIES = """error: the window cannot open: Qt's X11 (xcb) platform needs system libraries
that are not installed: {sonames}.
On Debian/Ubuntu install them with:
    sudo apt-get install -y {packages}
(or run without showing anything: QT_QPA_PLATFORM=offscreen ./run.sh)."""


def has_display():
    """Qt aborts the process (SIGABRT) without a display: look before it does."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def platform_is_xcb():
    """True when Qt is sure to use xcb (Qt's own choice, mirrored). In a Wayland session Qt
    tries wayland first and needs no xcb library if that works, so only a sure xcb counts."""
    if not sys.platform.startswith("linux"):
        return False
    chosen = os.environ.get("QT_QPA_PLATFORM", "")
    if chosen:  # "xcb", "xcb:option=..." or a fallback list "xcb;wayland"
        return chosen.split(";")[0].split(":")[0] == "xcb"
    wayland = os.environ.get("WAYLAND_DISPLAY") or os.environ.get("XDG_SESSION_TYPE") == "wayland"
    return bool(os.environ.get("DISPLAY")) and not wayland


def missing_libraries(load=None):
    """The sonames of XCB_LIBRARIES the dynamic loader cannot open (dlopen: no subprocess)."""
    load = load or ctypes.CDLL  # looked up now, so a test can stand in for the loader
    missing = []
    for soname in XCB_LIBRARIES:
        try:
            load(soname)
        except OSError:
            missing.append(soname)
    return missing


def missing_libraries_message(missing):
    packages = dict.fromkeys(XCB_LIBRARIES[soname] for soname in missing)  # ordered, no repeats
    return MISSING_LIBRARIES.format(sonames=", ".join(missing), packages=" ".join(packages))


def smoke_test(qt_argv, seconds=1.0):
    """Exit status 0 only if the real window was built, shown, run and closed without an error.
    CI runs it through ./run.sh on a clean clone: one exit status proves both the first-run
    install and the app's start-up."""
    errors = []

    def record(kind, value, tb):
        # Exceptions raised in Qt slots are only printed by default; here they must fail the run.
        errors.append(f"{kind.__name__}: {value}")
        sys.__excepthook__(kind, value, tb)

    sys.excepthook = record
    started = time.perf_counter()
    try:
        show_briefly(qt_argv, seconds, errors)
    except Exception as exc:
        traceback.print_exc()
        errors.append(f"{type(exc).__name__}: {exc}")
    if errors:
        print("smoke test failed: " + "; ".join(errors), file=sys.stderr)
        return 1
    print(f"smoke test passed: window built, shown and closed in "
          f"{time.perf_counter() - started:.1f} s")
    return 0


def show_briefly(qt_argv, seconds, errors):
    """The app's own start-up (gui.app.build_window), then quit from inside the event loop."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from gui.app import application, build_window

    app = application(qt_argv)
    window = build_window()
    # A "save changes?" dialog would wait forever for a click that never comes.
    window.ask = lambda title, text: errors.append(f"asked: {title}") or QMessageBox.Discard
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
    if window.isVisible():
        errors.append("the window did not close on quit")
        window.close()


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="run.sh", description=__doc__, allow_abbrev=False)
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the window, run it for a second, close it; exit 0 if all worked")
    # Anything else (e.g. Qt's -style) goes on to the QApplication.
    return parser.parse_known_args(argv[1:])


def main(argv=None):
    argv = sys.argv if argv is None else argv
    args, qt_args = parse_args(argv)
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    if platform_is_xcb():
        missing = missing_libraries()
        if missing:
            print(missing_libraries_message(missing), file=sys.stderr)
            return 2
    qt_argv = argv[:1] + qt_args
    if args.smoke_test:
        return smoke_test(qt_argv)
    from gui.app import run

    return run(qt_argv)


if __name__ == "__main__":
    sys.exit(main())
