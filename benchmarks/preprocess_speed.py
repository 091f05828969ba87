"""Time of engine.preprocess_canvas on a 280x280 canvas with a drawn digit (target: well under 5 ms).

    python benchmarks/preprocess_speed.py
"""
import time

import _common  # noqa: F401
import numpy as np

import engine
from engine import stroke_canvas


def main():
    images, _ = engine.load_mnist("test")
    rng = np.random.default_rng(0)
    canvases = [stroke_canvas(images[i], rng) for i in range(50)]
    times = []
    for _ in range(5):
        for canvas in canvases:
            t0 = time.perf_counter()
            engine.preprocess_canvas(canvas)
            times.append((time.perf_counter() - t0) * 1000)
    times = np.array(times)
    print(f"preprocess_canvas, 280x280 float canvas: median {np.median(times):.2f} ms, "
          f"p95 {np.percentile(times, 95):.2f} ms, worst {times.max():.2f} ms ({len(times)} calls)")


if __name__ == "__main__":
    main()
