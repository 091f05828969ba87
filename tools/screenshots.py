"""Render the README screenshots offscreen: the window with a digit drawn on the canvas.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py
"""
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# A scratch settings/data folder: screenshots must not depend on (or change) the user's state.
_scratch = tempfile.mkdtemp(prefix="digit-reader-shots-")
os.environ["XDG_CONFIG_HOME"] = os.environ["XDG_DATA_HOME"] = _scratch

from PySide6.QtWidgets import QApplication  # noqa: E402

import engine  # noqa: E402
from gui.app import build_window  # noqa: E402
from gui.demo import draw_digit  # noqa: E402

OUT = ROOT / "docs"


def main():
    window = build_window()
    window.resize(1000, 640)
    window.show()
    QApplication.processEvents()
    images, _ = engine.load_mnist("test")
    draw_digit(window.canvas, images[0])
    QApplication.processEvents()
    OUT.mkdir(exist_ok=True)
    path = OUT / "window.png"
    window.grab().save(str(path))
    print(f"{path}: reads {window.panel.prediction_label.text()!r}")


if __name__ == "__main__":
    main()
