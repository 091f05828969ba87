"""Can a window open here? Looked at before Qt is imported, because Qt aborts (SIGABRT) when not.

No Qt import in this module: main.py runs it first.
"""
import ctypes
import os
import sys

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


def problem():
    """A message saying why no window can open, or None when one can."""
    if not has_display():
        return NO_DISPLAY
    if platform_is_xcb():
        missing = missing_libraries()
        if missing:
            return missing_libraries_message(missing)
    return None
