"""Peak memory of the window training the default recipe on all of MNIST.

A subprocess builds the real window offscreen (as ``./run.sh`` would, Look
inside included), presses Train with the default preset and waits for the
run's end; its peak resident set is the figure the README quotes. Two
readings of the same peak: the child's own ``VmHWM`` (Linux's high-water
mark of its resident set) and ``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss``
seen by this parent once the child has ended (this script is small, so
what Linux carries over fork and exec does not matter). The child also
prints its resident set at each stage, to show where the memory goes.

    python benchmarks/peak_memory.py [--epochs N] [--subset N]

(``--epochs 0``, the default, trains the preset's full run; ``--epochs 1``
is enough for the peak, which is reached inside the first epoch.)
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

CHILD = r"""
import json, os, sys, tempfile, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["XDG_CONFIG_HOME"] = os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp()
sys.path.insert(0, {root!r})
from PySide6.QtCore import QEventLoop, QTimer


def status(key):
    with open("/proc/self/status") as f:
        return int(next(l.split()[1] for l in f if l.startswith(key))) / 1024


stages = {{"python + imports": status("VmRSS")}}
from gui.app import build_window
window = build_window()
window.questions.answers = {{"save_discard_cancel": "discard", "yes_no": False, "go_ahead": True}}
window.resize(1500, 860)
window.show()
loop = QEventLoop()
QTimer.singleShot(1000, loop.quit)  # let the window settle (first reading, Look inside)
loop.exec()
stages["window shown"] = status("VmRSS")
panel = window.train_panel
panel.form.choose_preset("default")
if {epochs}:
    panel.form.epochs.setValue({epochs})
panel.subset.setValue({subset})
panel.runner_finished_signal().connect(loop.quit)
marks = {{}}
start = time.perf_counter()
panel.start_training()
timer = QTimer()
timer.timeout.connect(lambda: marks.setdefault(len(panel.history), status("VmRSS")))
timer.start(200)
loop.exec()
timer.stop()
stages.update({{f"{{e}} epochs done": mb for e, mb in sorted(marks.items())}})
finished = panel.last_finished
print(json.dumps({{"peak_mb": status("VmHWM"), "stages": stages,
                  "epochs": finished.epochs_done, "seconds": time.perf_counter() - start,
                  "test_accuracy": finished.history[-1].test_accuracy if finished.history
                  else None, "reason": finished.reason}}))
"""


def measure(epochs, subset):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    code = CHILD.format(root=root, epochs=epochs, subset=subset)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=tempfile.gettempdir())
    if proc.returncode != 0:
        sys.exit(f"the window's run failed:\n{proc.stderr}")
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    report["ru_maxrss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return report


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=0,
                        help="epochs to train (0: the default preset's full run)")
    parser.add_argument("--subset", type=int, default=0,
                        help="train on N random digits (a quick check, not a figure to quote)")
    args = parser.parse_args()
    t0 = time.perf_counter()
    report = measure(args.epochs, args.subset)
    for stage, mb in report["stages"].items():
        print(f"  resident set, {stage:<18} {mb:7.0f} MB")
    acc = report["test_accuracy"]
    print(f"run: {report['reason']}, {report['epochs']:.2f} epochs in {report['seconds']:.0f} s"
          + (f", test accuracy {acc:.2%}" if acc is not None else ""))
    print(f"peak memory of the window: {report['peak_mb']:.0f} MB (VmHWM), "
          f"{report['ru_maxrss_mb']:.0f} MB (ru_maxrss); measured in "
          f"{time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
