"""Shared set-up for the benchmark scripts: import path and a GEMM peak probe."""
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402


def gemm_peak_gflops(n=2048, seconds=1.0):
    """This machine's float32 GEMM rate through NumPy's BLAS, best of a few runs."""
    rng = np.random.default_rng(0)
    a = rng.standard_normal((n, n), dtype=np.float32)
    b = rng.standard_normal((n, n), dtype=np.float32)
    c = np.empty_like(a)
    np.matmul(a, b, out=c)
    best, deadline = 0.0, time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        t0 = time.perf_counter()
        np.matmul(a, b, out=c)
        best = max(best, 2 * n ** 3 / (time.perf_counter() - t0) / 1e9)
    return best
