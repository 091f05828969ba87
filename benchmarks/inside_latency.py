"""Latency from the end of a stroke to every Look inside view updated (offscreen window).

Traces MNIST test digits on the canvas with real mouse events, each twice in
a row: with the Train dock in front (Look inside hidden computes nothing: the
plain reading), then with Look inside raised on its "Your drawing" page. For every stroke it times the mouse release and the event loop
until everything the stroke asked for is done and painted: the reading
(raster, preprocessing, network, label, bars, input view) and, the second
time, ``engine.explain`` with the activation view, the saliency view and the
forward-pass numbers.

    python benchmarks/inside_latency.py [--digits 60] [--on-canvas] [--model default]
"""
import argparse
import os
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp()

import _common  # noqa: E402,F401
import numpy as np  # noqa: E402
from PySide6.QtCore import QEvent, QPointF, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import engine  # noqa: E402
from gui.app import build_window  # noqa: E402
from gui.draw.robot import digit_to_canvas_strokes, send_mouse  # noqa: E402


def figures(name, ms):
    ms = np.asarray(ms)
    return (f"{name}: median {np.median(ms):.1f} ms, p99 {np.percentile(ms, 99):.1f} ms, "
            f"worst {ms.max():.1f} ms")


def flush():
    # Twice: a paint can post another (the layouts that a new text asks for).
    QApplication.processEvents()
    QApplication.processEvents()


def trace(window, image, page=None):
    """Per stroke of ``image``: ms to the release's return, and to all it asked for done and
    painted (with ``page``: after the page's update too)."""
    release, done = [], []
    window.canvas.clear()
    flush()
    for stroke in digit_to_canvas_strokes(image, window.canvas):
        send_mouse(window.canvas, QEvent.MouseButtonPress, QPointF(*stroke[0]), Qt.LeftButton)
        for p in stroke[1:]:
            send_mouse(window.canvas, QEvent.MouseMove, QPointF(*p), Qt.LeftButton)
        flush()  # the pen's own repaints belong to the moves, not to the stroke's end
        count = None if page is None else page.update_count
        t0 = time.perf_counter()
        send_mouse(window.canvas, QEvent.MouseButtonRelease, QPointF(*stroke[-1]), Qt.NoButton)
        release.append((time.perf_counter() - t0) * 1000)
        while page is not None and page.update_count == count:
            QApplication.processEvents()
        flush()
        done.append((time.perf_counter() - t0) * 1000)
    return release, done


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--digits", type=int, default=60)
    parser.add_argument("--on-canvas", action="store_true",
                        help="with the saliency painted over the canvas too")
    parser.add_argument("--model", default="default", help="a bundled model's name")
    args = parser.parse_args()
    window = build_window()
    window.resize(1500, 860)
    window.show()
    if args.model != "default":
        window.files.open_bundled(args.model)
    page = window.inside_panel.drawing
    page.saliency.on_canvas.setChecked(args.on_canvas)
    images, _ = engine.load_mnist("test")
    window.inside_dock.raise_()
    # Raising the dock starts the back-query pictures in the background: a one-off that
    # would take cores from the first strokes. Measure the steady state after it.
    backquery = window.inside_panel.backquery
    while backquery.refresh_count < 1:
        QApplication.processEvents()
        time.sleep(0.01)
    # Each digit twice in a row, Look inside hidden then raised: a machine whose load drifts
    # weighs on both sides alike.
    plain_release, plain, release, inside = [], [], [], []
    for i in range(args.digits):
        window.train_dock.raise_()
        flush()
        r, d = trace(window, images[i])
        plain_release += r
        plain += d
        window.inside_dock.raise_()
        flush()
        r, d = trace(window, images[i], page)
        release += r
        inside += d
    print(f"model: {window.model.describe()}; canvas {window.canvas.width()} px; inside dock "
          f"{window.inside_dock.width()}x{window.inside_dock.height()} px; "
          f"saliency on the canvas: {'yes' if args.on_canvas else 'no'}; {len(inside)} strokes")
    print(figures("plain reading, stroke end -> label updated", plain_release))
    print(figures("plain reading, stroke end -> all painted", plain))
    print(figures("Look inside raised, stroke end -> label updated", release))
    print(figures("Look inside raised, stroke end -> inside views updated and all painted",
                  inside))
    print(f"ratio to the plain reading (all painted): median "
          f"{np.median(inside) / np.median(plain):.2f}x, "
          f"p99 {np.percentile(inside, 99) / np.percentile(plain, 99):.2f}x")
    window.close()


if __name__ == "__main__":
    main()
