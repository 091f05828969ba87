"""Render the README screenshots offscreen: the window with a digit drawn on the canvas.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py
"""
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# A scratch settings/data folder: screenshots must not depend on (or change) the user's state.
_scratch = tempfile.mkdtemp(prefix="digit-reader-shots-")
os.environ["XDG_CONFIG_HOME"] = os.environ["XDG_DATA_HOME"] = _scratch

from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

import engine  # noqa: E402
from gui.app import build_window  # noqa: E402
from gui.demo import draw_digit  # noqa: E402

OUT = ROOT / "docs"


def wait_until(condition, timeout=120.0):
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def main():
    OUT.mkdir(exist_ok=True)
    window = build_window()
    window.ask = lambda title, text: QMessageBox.Discard
    window.resize(1500, 860)
    window.show()
    QApplication.processEvents()
    images, _ = engine.load_mnist("test")
    draw_digit(window.canvas, images[0])
    QApplication.processEvents()
    path = OUT / "window.png"
    window.grab().save(str(path))
    print(f"{path}: reads {window.panel.prediction_label.text()!r}")

    # Mid-training: the default recipe on the full data, caught after a few epochs.
    panel = window.train_panel
    panel.form.choose_preset("default")
    panel.start_training()
    wait_until(lambda: len(panel.history) >= 3)
    wait_until(lambda: len(panel.loss_steps) > panel.history[-1].epoch * 468 + 150, timeout=30)
    draw_digit(window.canvas, images[1])
    QApplication.processEvents()
    path = OUT / "training.png"
    window.grab().save(str(path))
    print(f"{path}: {panel.accuracy_label.text()}")
    panel.shutdown()


if __name__ == "__main__":
    main()
