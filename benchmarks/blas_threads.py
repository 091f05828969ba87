"""The default recipe's training speed with one and with two BLAS threads, alone and beside a busy
neighbour.

``engine/training/threads.py`` gives BLAS one thread while a run augments. This
prints why: samples a second of the default recipe (augmented) and of the
same network on plain batches, with 1 and 2 BLAS threads, first on the machine
as it is, then while another process keeps one core busy (a window painting, a
test suite, any program). Rounds alternate the settings, so a burst of load
hurts them alike; the best round of each is printed.

    python benchmarks/blas_threads.py [--rounds 2] [--batches 200]
"""
import argparse
import subprocess
import sys
import time

import _common  # noqa: F401  (sets the import path)

import engine
import engine.training.threads as threads
from engine import BatchStats

BUSY = "while True: pass"


def rate(train_set, blas_threads, batches, **fields):
    """Samples a second over ``batches`` batches of the default recipe, after 30 to warm up."""
    config = engine.preset("default", epochs=1, **fields)
    # An augmenting run takes this many; a plain one is limited here by hand.
    threads.AUGMENTING_BLAS_THREADS = blas_threads
    seen, start = [0], [None]
    with threads._limited(blas_threads):
        for record in engine.train(config.make_network(), config, train_set, None,
                                   should_stop=lambda: seen[0] >= 30 + batches):
            if isinstance(record, BatchStats):
                seen[0] = record.step
                if record.step == 30:
                    start[0] = time.perf_counter()
    return batches * config.batch_size / (time.perf_counter() - start[0])


def measure(train_set, rounds, batches):
    best = {}
    for _ in range(rounds):
        for kind, fields in (("augmented", {}), ("plain", {"augment": "none"})):
            for n in (1, 2):
                r = rate(train_set, n, batches, **fields)
                best[kind, n] = max(best.get((kind, n), 0.0), r)
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--batches", type=int, default=200)
    args = parser.parse_args()
    train_set = engine.load_mnist("train")
    results = {"alone": measure(train_set, args.rounds, args.batches)}
    neighbour = subprocess.Popen([sys.executable, "-c", BUSY])
    try:
        results["beside a busy process"] = measure(train_set, args.rounds, args.batches)
    finally:
        neighbour.kill()
        neighbour.wait()
    for where, best in results.items():
        for kind in ("augmented", "plain"):
            one, two = best[kind, 1], best[kind, 2]
            print(f"{where:>22}, {kind:>9}: 1 BLAS thread {one:8,.0f} samples/s, "
                  f"2 threads {two:8,.0f}: 2 threads / 1 = {two / one:.2f}x")


if __name__ == "__main__":
    main()
