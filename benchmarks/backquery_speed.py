"""Seconds for all ten back-query pictures of the default model, per mode (goal: refined < 2 s).

Also prints what the network reads in each refined picture (its probability
for the label) and how many search steps each label took.

    python benchmarks/backquery_speed.py [--rounds 5]
"""
import argparse
import time

import _common  # noqa: F401
import numpy as np

import engine
from engine.insight.handwriting import search


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds
    net = engine.load_model()
    search(net, [0], steps=2)  # load the handwriting basis once, outside the timing
    for mode in engine.BACKQUERY_MODES:
        times = []
        for _ in range(rounds if mode == "refined" else 1):
            t0 = time.perf_counter()
            engine.backquery_all(net, mode)
            times.append(time.perf_counter() - t0)
        print(f"{mode:>13}: all ten labels in median {np.median(times):.2f} s, "
              f"worst {max(times):.2f} s ({len(times)} runs)")
    t0 = time.perf_counter()
    for label in range(10):
        engine.backquery(net, label, "refined")
    print(f"{'refined':>13}: label by label {time.perf_counter() - t0:.2f} s")
    _, probs, steps = search(net, range(10))
    print("refined, p(label):", " ".join(f"{p:.3f}" for p in probs))
    print("refined, steps:   ", " ".join(f"{s:5d}" for s in steps))


if __name__ == "__main__":
    main()
