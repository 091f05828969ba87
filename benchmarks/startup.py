"""Cold start: from launching Python to the window's first paint, ours against a bare Qt process.

Each round starts two fresh interpreters, one after the other: the bare
process (imports PySide6's QtWidgets, pyqtgraph, NumPy and SciPy and shows an
empty QWidget) and the app's real start path (``main.main``: gui.app builds
and shows the main window). Both are timed by the same rule: from just before
the launch to the end of the first paint of the first window shown (the child
stamps the wall clock there). The app builds its plots and docks' panels after
that paint, so it is also timed until it is settled: its event loop free again
(no turn of it longer than SETTLE_GAP for SETTLE_QUIET seconds), every part built.

Every run gets empty settings and data folders: a first start, whoever runs
it. Compiled bytecode is kept in a scratch folder (PYTHONPYCACHEPREFIX),
filled by an untimed first round, as an installed app has it: where
PYTHONDONTWRITEBYTECODE is set, the app's own modules would otherwise be
compiled again on every start.

    python benchmarks/startup.py [--rounds 5]
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 1.15  # issue 19: the window within 1.15x of the bare process
SETTLE_GAP, SETTLE_QUIET = 0.03, 0.5  # seconds
PAINTED, SETTLED = "painted at ", "settled at "


def stamp_first_paint():
    """Make the first top-level widget shown print the wall clock once its first paint is done,
    then once its event loop is free again, and end the process. Patched into QWidget.show,
    so the app's own code runs unchanged."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QWidget

    ticks, ticker = [], []

    def tick():
        now = time.time()
        if now - ticks[-1] > SETTLE_GAP:
            ticks.clear()  # a long turn of the event loop: something was built there
        ticks.append(now)
        if ticks[-1] - ticks[0] >= SETTLE_QUIET:
            print(f"{SETTLED}{ticks[0]:.6f}", flush=True)
            os._exit(0)  # the rest of the event loop and teardown are no part of the start

    def painted():
        print(f"{PAINTED}{time.time():.6f}", flush=True)
        ticks.append(time.time())
        ticker.append(QTimer())  # made here: the QApplication exists by now
        ticker[0].timeout.connect(tick)
        ticker[0].start(5)

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Paint:
                obj.removeEventFilter(self)
                # The top-level's paint event comes first; its children paint in the same
                # pass. A zero timer fires once that pass (and its flush) is over.
                QTimer.singleShot(0, painted)
            return False

    show, watcher = QWidget.show, FirstPaint()

    def show_and_watch(widget):
        if widget.isWindow() and QWidget.show is show_and_watch:
            QWidget.show = show  # the first window only
            widget.installEventFilter(watcher)
        show(widget)
    QWidget.show = show_and_watch


def child(kind):
    stamp_first_paint()
    if kind == "bare":
        import numpy  # noqa: F401
        import pyqtgraph  # noqa: F401
        import scipy  # noqa: F401
        from PySide6.QtWidgets import QApplication, QWidget

        app = QApplication(sys.argv[:1])
        widget = QWidget()
        widget.show()
        return app.exec()
    sys.path.insert(0, str(ROOT))
    import main

    return main.main(["main.py"])


def launch(kind, bytecode):
    """Seconds from just before the launch to the child's first paint, and to its settling."""
    with tempfile.TemporaryDirectory() as scratch:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                   XDG_CONFIG_HOME=os.path.join(scratch, "config"),
                   XDG_DATA_HOME=os.path.join(scratch, "data"), PYTHONPYCACHEPREFIX=bytecode)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        started = time.time()
        proc = subprocess.run([sys.executable, __file__, "--child", kind], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=60)
    stamps = {}
    for line in proc.stdout.splitlines():
        for key in (PAINTED, SETTLED):
            if line.startswith(key):
                stamps[key] = float(line[len(key):]) - started
    if len(stamps) < 2:
        sys.exit(f"{kind}: no paint reported (exit {proc.returncode})\n{proc.stderr}")
    return stamps[PAINTED], stamps[SETTLED]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--child", choices=("bare", "app"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child)
    times = {"bare": [], "app": []}
    with tempfile.TemporaryDirectory() as bytecode:
        launch("bare", bytecode), launch("app", bytecode)  # fills the bytecode: not counted
        for _ in range(args.rounds):
            for kind in times:  # alternating: a change in the machine's load hits both sides
                times[kind].append(launch(kind, bytecode))
    painted = {kind: [p for p, _ in runs] for kind, runs in times.items()}
    for kind, name in (("bare", "bare Qt process"), ("app", "digit reader")):
        runs = ", ".join(f"{t:.2f}" for t in painted[kind])
        print(f"{name}: median {statistics.median(painted[kind]):.3f} s to the first paint "
              f"({runs})")
    settled = [s for _, s in times["app"]]
    print(f"digit reader settled (every part built): median {statistics.median(settled):.3f} s "
          f"({', '.join(f'{t:.2f}' for t in settled)})")
    ratio = statistics.median(painted["app"]) / statistics.median(painted["bare"])
    print(f"app / bare: {ratio:.2f}x (target <= {TARGET:.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
