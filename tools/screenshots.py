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

from PySide6.QtWidgets import QApplication  # noqa: E402

import engine  # noqa: E402
from engine import save_sheet_png  # noqa: E402
from gui.app import build_window  # noqa: E402
from gui.draw.robot import draw_digit  # noqa: E402

OUT = ROOT / "docs"


def wait_until(condition, timeout=120.0):
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def settle(window, seconds=0.5):
    wait_until(lambda: False, timeout=seconds)


def first_views(window):
    """The window as a new user first sees it, at two common screen sizes."""
    for width, height in ((1280, 720), (1920, 1080)):
        window.resize(width, height)
        window._split_with_docks()  # what the first start does for a screen of that size
        settle(window)
        path = OUT / f"first-view-{width}x{height}.png"
        window.grab().save(str(path))
        print(f"{path}: canvas {window.canvas.width()} px, train dock {window.train_dock.width()} px")


def runs_compared(window, out=OUT):
    """Two short runs (3 epochs on 3,000 digits, 64 hidden nodes) with learning rates 0.5
    and 0.05, ticked in the Runs tab and overlaid on the Curves tab."""
    panel = window.train_panel
    for lr in (0.5, 0.05):
        panel.form.choose_preset("default")
        panel.form.hidden.setText("64")
        panel.form.hidden.textEdited.emit("64")
        panel.form.epochs.setValue(3)
        panel.form.lr.setValue(lr)
        panel.subset.setValue(3000)
        panel.start_training()
        wait_until(lambda: not panel.is_running())
    for record in panel.runs.records[-2:]:  # these two, not the stopped run before them
        panel.runs.set_ticked(record)
    panel.tabs.setCurrentWidget(panel.plots)
    settle(window)
    if out is not None:
        path = out / "runs-compared.png"
        window.grab().save(str(path))
        print(f"{path}: {panel.runs.list.count()} runs overlaid")


def lab_descent(window, out=OUT):
    """The Lab dock's gradient-descent page at 1280x720, with the book's good learning rate."""
    window.resize(1280, 720)
    window._split_with_docks()
    window.lab_dock.raise_()
    lab = window.lab_panel
    lab.setCurrentWidget(lab.descent)
    lab.descent.lr.setValue(0.1)
    settle(window)
    path = out / "lab-gradient-descent.png"
    window.lab_dock.grab().save(str(path))
    print(f"{path}: dock {window.lab_dock.width()} px wide")


def inside_drawing(window, out=OUT):
    """Look inside > Your drawing for the digit on the canvas: every layer's units, the
    pixels that decided (also painted over the canvas), the forward pass in numbers."""
    panel = window.inside_panel
    window.inside_dock.raise_()
    panel.setCurrentWidget(panel.drawing)
    panel.drawing.saliency.on_canvas.setChecked(True)
    wait_until(lambda: panel.drawing.explanation is not None and window.canvas.has_overlay())
    settle(window)
    path = out / "inside-drawing.png"
    window.grab().save(str(path))
    print(f"{path}: reads {panel.drawing.explanation.predicted}")
    panel.drawing.saliency.on_canvas.setChecked(False)
    panel.setCurrentIndex(1)  # the back-query tab, for docs/inside.png
    window.train_dock.raise_()


def korean_window(window, image, out=OUT):
    """The same window in Korean (View > Language), a digit drawn, the Train dock in front."""
    window.menus.language_actions["ko"].trigger()
    window.canvas.clear()
    draw_digit(window.canvas, image)
    window.train_dock.raise_()
    window.statusBar().clearMessage()  # a message said in English before the switch
    settle(window, 1.0)
    path = out / "window-ko.png"
    window.grab().save(str(path))
    print(f"{path}: {window.windowTitle()}")
    window.menus.language_actions["en"].trigger()


def main():
    OUT.mkdir(exist_ok=True)
    window = build_window()
    window.questions.answers = {"save_discard_cancel": "discard", "yes_no": False, "go_ahead": True}
    window.show()
    first_views(window)
    window.resize(1500, 860)
    window._split_with_docks()
    settle(window)
    images, _ = engine.load_mnist("test")
    draw_digit(window.canvas, images[0])
    QApplication.processEvents()
    path = OUT / "window.png"
    window.grab().save(str(path))
    print(f"{path}: reads {window.panel.prediction_label.text()!r}")
    inside_drawing(window)

    # Mid-training: the default recipe on the full data, caught after a few epochs.
    panel = window.train_panel
    panel.form.choose_preset("default")
    panel.start_training()
    wait_until(lambda: len(panel.history) >= 3)
    # Part-way into the next epoch, so the loss curve runs past the last accuracy point.
    done = panel.batches_done
    wait_until(lambda: panel.batches_done > done + 150, timeout=30)
    window.canvas.clear()
    draw_digit(window.canvas, images[3])
    wait_until(lambda: False, timeout=1.5)  # let the speed readout settle after the drawing
    path = OUT / "training.png"
    window.grab().save(str(path))
    print(f"{path}: {panel.accuracy_label.text()}")
    panel.shutdown()
    wait_until(lambda: not panel.is_running(), timeout=30)

    # Two short runs compared (the Runs tab ticks them onto the Curves tab).
    runs_compared(window)

    # Look inside, with the bundled model back in place.
    window.files.revert_to_default()
    window.inside_dock.raise_()
    view = window.inside_panel.backquery
    count = view.refresh_count
    wait_until(lambda: view.refresh_count > count, timeout=30)
    path = OUT / "inside.png"
    window.grab().save(str(path))
    print(path)

    lab_descent(window)
    korean_window(window, images[1])

    # The back-query sheets, as the CLI writes them: the three modes of the bundled default
    # model, and classic against refined for Rashid's network as bundled.
    for name, modes in (("default", engine.BACKQUERY_MODES), ("rashid", ("classic", "refined"))):
        net = engine.load_model(name)
        for mode in modes:
            pictures = engine.backquery_all(net, mode)
            probs = net.predict_proba(pictures.reshape(10, -1))
            path = OUT / (f"backquery-{mode}.png" if name == "default"
                          else f"backquery-{name}-{mode}.png")
            save_sheet_png(list(pictures), [f"{d}: {probs[d, d]:.0%}" for d in range(10)], path)
            print(path)

if __name__ == "__main__":
    main()
