"""Latency from the end of a stroke to the updated prediction label (offscreen window).

Traces MNIST test digits on the canvas with real mouse events and times the
mouse-release event: the canvas re-renders its 280x280 raster, preprocesses
it, runs the network and updates the label, bars and input view before the
release returns.

    python benchmarks/canvas_latency.py [--digits 40]
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


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--digits", type=int, default=40)
    args = parser.parse_args()
    window = build_window()
    window.resize(1500, 860)
    window.show()
    QApplication.processEvents()
    images, _ = engine.load_mnist("test")
    release, recognize = [], []
    for i in range(args.digits):
        window.canvas.clear()
        for stroke in digit_to_canvas_strokes(images[i], window.canvas):
            send_mouse(window.canvas, QEvent.MouseButtonPress, QPointF(*stroke[0]), Qt.LeftButton)
            for p in stroke[1:]:
                send_mouse(window.canvas, QEvent.MouseMove, QPointF(*p), Qt.LeftButton)
            t0 = time.perf_counter()
            send_mouse(window.canvas, QEvent.MouseButtonRelease, QPointF(*stroke[-1]), Qt.NoButton)
            release.append((time.perf_counter() - t0) * 1000)
            recognize.append(window.reader.last_latency_ms)
        QApplication.processEvents()
    release, recognize = np.array(release), np.array(recognize)
    print(f"model: {window.model.describe()}; canvas {window.canvas.width()}x{window.canvas.height()} px")
    print(f"stroke end -> label updated: median {np.median(release):.1f} ms, "
          f"p95 {np.percentile(release, 95):.1f} ms, worst {release.max():.1f} ms ({len(release)} strokes)")
    print(f"of which render + preprocess + predict: median {np.median(recognize):.1f} ms")
    window.close()


if __name__ == "__main__":
    main()
