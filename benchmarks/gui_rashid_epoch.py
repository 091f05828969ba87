"""One epoch of Rashid's preset (batch size 1: 60,000 batches) in the window vs the CLI.

Batch size 1 is the worst case for the training panel: every batch is a
progress record, so any per-batch cost in the worker, or any GUI-thread
work that grows with the number of batches (plotting every loss, redrawing
the whole curve), shows up here and nowhere else. Three figures:

- training seconds of the epoch in the window (the worker's own count, as
  the CLI counts it: training only, not the test-set evaluation) vs the CLI
  (``python -m engine train --preset rashid --epochs 1 --json``, a separate
  process, its ``seconds``); runs alternate, so a neighbour's burst on this
  shared machine hits both sides;
- wall time from pressing Train to the end of the run in the window;
- event-loop stalls meanwhile: the gaps between ticks of a 10 ms QTimer in
  the GUI thread (p99 and worst), as a user would feel them;
- the number of loss points the plot holds at the end (the point budget).

    python benchmarks/gui_rashid_epoch.py [--rounds 2] [--subset N]

(``--subset N`` trains on N random digits instead of 60,000 on both sides: a
quick check that the benchmark still runs, not a figure to quote.)
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp()

import _common  # noqa: E402,F401
import numpy as np  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from gui.app import build_window  # noqa: E402


def timer_gaps():
    """A 10 ms QTimer in the GUI thread; returns its tick times (a list it appends to)."""
    ticks = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    return timer, ticks


def wait_until(condition, seconds):
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def gui_epoch(subset=0):
    window = build_window()
    window.questions.answers = {"save_discard_cancel": "discard", "yes_no": False, "go_ahead": True}
    window.resize(1280, 720)
    window.show()
    # Let the window settle first (Look inside, behind the Train tab, computes nothing).
    wait_until(lambda: False, 1.0)
    panel = window.train_panel
    panel.form.choose_preset("rashid")
    panel.form.epochs.setValue(1)
    panel.subset.setValue(subset)
    loop = QEventLoop()
    panel.runner_finished_signal().connect(loop.quit)
    timer, ticks = timer_gaps()
    start = time.perf_counter()
    panel.start_training()
    loop.exec()  # the real event loop: it sleeps between events, as app.exec() does
    wall = time.perf_counter() - start
    QTimer.singleShot(300, loop.quit)  # the results views and back-query refresh after the run
    loop.exec()
    timer.stop()
    finished = panel.last_finished
    curve = panel.loss_plot.getPlotItem().listDataItems()[0]
    x, _ = curve.getOriginalDataset()
    points = 0 if x is None else len(x)
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    return finished.train_seconds, wall, np.diff(ticks) * 1000, points


def cli_epoch(subset=0):
    """The CLI in its own process; meanwhile the same 10 ms timer runs here, idle: its
    gaps are what this machine's load alone does to an event loop."""
    cmd = [sys.executable, "-m", "engine", "train", "--preset", "rashid", "--epochs", "1", "--json"]
    if subset:
        cmd += ["--subset", str(subset)]
    timer, ticks = timer_gaps()
    start = time.perf_counter()
    with subprocess.Popen(cmd, cwd=_common.ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          text=True) as proc:
        loop = QEventLoop()
        poll = QTimer()
        poll.timeout.connect(lambda: proc.poll() is not None and loop.quit())
        poll.start(50)
        loop.exec()
        poll.stop()
        out = proc.stdout.read()
    wall = time.perf_counter() - start
    timer.stop()
    if proc.returncode:
        raise SystemExit(f"the CLI failed with exit code {proc.returncode}")
    return json.loads(out.strip().splitlines()[-1])["seconds"], wall, np.diff(ticks) * 1000


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2, help="CLI/window pairs to run (default 2)")
    parser.add_argument("--subset", type=int, default=0,
                        help="train on this many random digits (default: all 60,000)")
    args = parser.parse_args()
    QApplication.instance() or QApplication([])
    gui_runs, cli_runs, all_gaps, idle_gaps = [], [], [], []
    for i in range(args.rounds):
        cli_train, cli_wall, idle = cli_epoch(args.subset)
        gui_train, gui_wall, gaps, points = gui_epoch(args.subset)
        cli_runs.append(cli_train)
        gui_runs.append(gui_train)
        all_gaps.append(gaps)
        idle_gaps.append(idle)
        print(f"round {i + 1}: window {gui_train:.1f} s training ({gui_wall:.1f} s from Train to "
              f"the end of the run), CLI {cli_train:.1f} s training ({cli_wall:.1f} s for the whole "
              f"process); ratio {gui_train / cli_train:.2f}; 10 ms timer: p99 gap "
              f"{np.percentile(gaps, 99):.0f} ms, worst {gaps.max():.0f} ms (idle GUI while the "
              f"CLI ran: p99 {np.percentile(idle, 99):.0f} ms, worst {idle.max():.0f} ms); "
              f"{points:,} loss points plotted", flush=True)
    gaps, idle = np.concatenate(all_gaps), np.concatenate(idle_gaps)
    batches = f"{args.subset:,}" if args.subset else "60,000"
    print(f"Rashid preset, 1 epoch ({batches} batches of 1): window / CLI training time, best of "
          f"each: {min(gui_runs):.1f} s / {min(cli_runs):.1f} s = "
          f"{min(gui_runs) / min(cli_runs):.2f} (target <= 1.3); median of the round ratios "
          f"{np.median(np.array(gui_runs) / np.array(cli_runs)):.2f}")
    print(f"10 ms timer during {len(all_gaps)} window epochs: {len(gaps)} ticks, median gap "
          f"{np.median(gaps):.1f} ms, p99 {np.percentile(gaps, 99):.1f} ms, "
          f"worst {gaps.max():.1f} ms")
    print(f"same timer, idle GUI, while the CLI trained in its own process (this machine's "
          f"own noise): median {np.median(idle):.1f} ms, p99 {np.percentile(idle, 99):.1f} ms, "
          f"worst {idle.max():.1f} ms")


if __name__ == "__main__":
    main()
