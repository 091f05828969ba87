"""Seconds of training the default preset needs to reach 98.5% on the MNIST test set.

Runs the preset through ``engine.train`` (the same loop as the CLI and the
GUI), evaluating on the 10,000 test digits after every epoch, and prints when
98.5% was first reached: training seconds (evaluation excluded) and wall
seconds (everything included). The best peer app needs about 5 minutes.

The reference, in the same run: the recipe's training speed against the
same network on plain batches (no augmentation), 300 batches each: how near
the augmented recipe trains to the network's own speed.

    python benchmarks/time_to_accuracy.py [--preset default] [--target 0.985]
"""
import argparse
import time
from dataclasses import replace

import _common  # noqa: F401  (sets the import path)

import engine
from engine import BatchStats, EpochStats, Finished, preset


def rate(config, train_set, batches=300, skip=30):
    """Samples a second over ``batches`` batches of ``config`` (after ``skip`` to warm up)."""
    net = config.make_network()
    seen, start = [0], [None]
    for record in engine.train(net, config, train_set, None,
                               should_stop=lambda: seen[0] >= skip + batches):
        if isinstance(record, BatchStats):
            seen[0] = record.step
            if record.step == skip:
                start[0] = time.perf_counter()
    return batches * config.batch_size / (time.perf_counter() - start[0])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--preset", default="default")
    parser.add_argument("--target", type=float, default=0.985)
    parser.add_argument("--epochs", type=int, help="override the preset's epochs")
    args = parser.parse_args()
    overrides = {"epochs": args.epochs} if args.epochs else {}
    config = preset(args.preset, **overrides)
    net = config.make_network()
    print(f"{args.preset} preset: {net.describe()}, {config.optimizer} lr {config.lr}, "
          f"batch {config.batch_size}, {config.epochs} epochs, augment {config.augment}")
    train_set = engine.load_mnist("train")
    plain = replace(config, augment="none", thickness=0.0, epochs=100)
    augmented, network = rate(replace(config, epochs=100), train_set), rate(plain, train_set)
    print(f"training speed: {augmented:,.0f} samples/s; the same network on plain batches "
          f"{network:,.0f} samples/s: {augmented / network:.0%} of the network's own speed")
    reached = None
    for record in engine.train(net, config, train_set, engine.load_mnist("test")):
        if isinstance(record, EpochStats):
            # train: the network on 10,000 clean training digits; batches: the running accuracy
            # on the augmented batches. Epoch 0 is the untrained network.
            print(f"epoch {record.epoch:2d}: test {record.test_accuracy:.4f}  "
                  f"train {record.train_accuracy:.4f}  batches {record.batch_accuracy:.4f}  "
                  f"{record.samples_per_second:,.0f} samples/s  "
                  f"training {record.train_seconds:5.1f} s  wall {record.elapsed:5.1f} s")
            if reached is None and record.test_accuracy >= args.target:
                reached = record
        elif isinstance(record, Finished):
            final = record
    if reached is None:
        print(f"did not reach {args.target:.1%}")
    else:
        print(f"reached {args.target:.1%} at epoch {reached.epoch}: {reached.train_seconds:.1f} s of "
              f"training, {reached.elapsed:.1f} s wall (target: 10 s of training or less)")
    if final.diverged:
        print(f"{final.message}\nhint: {final.hint}")
    last = final.history[-1]
    print(f"final: test {last.test_accuracy:.4f} after {final.train_seconds:.1f} s of training, "
          f"{final.elapsed:.1f} s wall (target: 0.9930 or more)")


if __name__ == "__main__":
    main()
