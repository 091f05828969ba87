"""Bundle the handwriting space of the refined back-query: resources/backquery/pca.npz.

The mean MNIST training digit and its top 30 principal components, each
times its standard deviation, from a fixed seeded 10,000-digit subset of
MNIST *train* (see ``engine/insight/handwriting.py``). Offline and
deterministic; float32, readable with ``allow_pickle=False``.

    .venv/bin/python tools/make_backquery_basis.py
"""
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from engine.insight.handwriting import BASIS_FILE, compute_basis  # noqa: E402


def main():
    mean, basis = compute_basis()
    BASIS_FILE.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(BASIS_FILE, mean=mean, basis=basis)
    print(f"{BASIS_FILE}: mean {mean.shape}, basis {basis.shape}")


if __name__ == "__main__":
    main()
