"""Digit Reader: draw a digit and watch a from-scratch NumPy network read it."""
import os
import sys

NO_DISPLAY = """error: no display found, so the window cannot open.
Run it on a desktop session, or on a headless machine under a virtual display:
    xvfb-run -a ./run.sh
(or set QT_QPA_PLATFORM=offscreen to run without showing anything)."""


def has_display():
    """Qt aborts the process (SIGABRT) without a display: look before it does."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def main(argv=None):
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    from gui.app import run

    return run(sys.argv if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
