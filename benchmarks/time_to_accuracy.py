"""Seconds of training the default preset needs to reach 98.5% on the MNIST test set.

Runs the preset through ``engine.train`` (the same loop as the CLI and the
GUI), evaluating on the 10,000 test digits after every epoch, and prints when
98.5% was first reached: training seconds (evaluation excluded) and wall
seconds (everything included). The best peer app needs about 5 minutes.

    python benchmarks/time_to_accuracy.py [--preset default] [--target 0.985]
"""
import argparse

import _common  # noqa: F401  (sets the import path)

import engine
from engine import EpochStats, Finished, preset


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
    reached = None
    for record in engine.train(net, config, engine.load_mnist("train"), engine.load_mnist("test")):
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
              f"training, {reached.elapsed:.1f} s wall (target: under 60 s)")
    if final.diverged:
        print(f"{final.message}\nhint: {final.hint}")
    last = final.history[-1]
    print(f"final: test {last.test_accuracy:.4f} after {final.train_seconds:.1f} s of training, "
          f"{final.elapsed:.1f} s wall")


if __name__ == "__main__":
    main()
