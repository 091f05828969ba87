"""Training throughput of the engine, against this machine's GEMM peak and PyTorch.

The network of issue 2: 784-256-10 ReLU, softmax + cross-entropy, momentum
SGD, batch 128, full MNIST shuffled every epoch. The engine runs through its
real training loop (``engine.train``). Engine and PyTorch take turns, and
the best of the rounds is kept for each, so that a noisy neighbour on this
shared machine hurts both alike.

    python benchmarks/train_throughput.py [--rounds 3] [--batches 400]
"""
import argparse
import time

import _common  # noqa: F401  (sets the import path)
import numpy as np

import engine
from engine import BatchStats, preset

LAYERS = (784, 256, 10)
BATCH = 128


def flops_per_sample(layers=LAYERS):
    """Forward GEMMs, plus weight gradients, plus input gradients past layer one."""
    pairs = list(zip(layers[:-1], layers[1:]))
    forward = sum(2 * a * b for a, b in pairs)
    backward = sum(2 * a * b for a, b in pairs) + sum(2 * a * b for a, b in pairs[1:])
    return forward + backward


def engine_rate(images, labels, batches):
    config = preset("default", layers=LAYERS, optimizer="momentum", lr=0.05, batch_size=BATCH,
                    epochs=1 + batches * BATCH // len(images), augment="none", schedule="constant",
                    warmup_epochs=0, label_smoothing=0.0, weight_decay=0.0)
    net = config.make_network()
    done, counted, busy, last = 0, 0, 0.0, None
    for record in engine.train(net, config, (images, labels), should_stop=lambda: done >= batches):
        if isinstance(record, BatchStats):
            now = time.perf_counter()
            # The first batches warm caches and BLAS threads; the gap between two epochs is
            # the loop's evaluation of the untrained/trained network, not training.
            if record.step > 20 and last is not None and record.epoch == last[0]:
                counted += 1
                busy += now - last[1]
            last = (record.epoch, now)
            done = record.step
    return counted * BATCH / busy


def torch_rate(images, labels, batches):
    import torch

    torch.manual_seed(0)
    x_all = torch.from_numpy(images.reshape(len(images), -1).astype(np.float32) / 255)
    y_all = torch.from_numpy(labels.astype(np.int64))
    model = torch.nn.Sequential(torch.nn.Linear(784, 256), torch.nn.ReLU(), torch.nn.Linear(256, 10))
    opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    loss_fn = torch.nn.CrossEntropyLoss()
    per_epoch = len(images) // BATCH
    step, start = 0, None
    while step < batches:
        order = torch.randperm(len(images))
        for b in range(per_epoch):
            if step == 20:
                start = time.perf_counter()
            idx = order[b * BATCH:(b + 1) * BATCH]
            opt.zero_grad(set_to_none=True)
            loss = loss_fn(model(x_all[idx]), y_all[idx])
            loss.backward()
            opt.step()
            loss.detach().item()  # the engine reads its loss every batch too
            step += 1
            if step >= batches:
                break
    return (step - 20) * BATCH / (time.perf_counter() - start)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--batches", type=int, default=470, help="batches per measurement")
    args = parser.parse_args()
    images, labels = engine.load_mnist("train")
    try:
        import torch

        torch_info = f"PyTorch {torch.__version__}, {torch.get_num_threads()} threads"
    except ImportError:
        torch, torch_info = None, "PyTorch not installed (pip install torch==2.13.0 to compare)"
    peak = _common.gemm_peak_gflops()
    flops = flops_per_sample()
    ours, theirs = [], []
    for _ in range(args.rounds):
        ours.append(engine_rate(images, labels, args.batches))
        if torch is not None:
            theirs.append(torch_rate(images, labels, args.batches))
    best = max(ours)
    print(f"network: {'-'.join(map(str, LAYERS))} ReLU, softmax-CE, momentum SGD, batch {BATCH}")
    print(f"float32 GEMM peak (NumPy BLAS, 2048^3): {peak:.1f} GFLOP/s")
    print(f"engine: {best:,.0f} samples/s (rounds: {', '.join(f'{r:,.0f}' for r in ours)})")
    print(f"engine: {best * flops / 1e9:.1f} GFLOP/s = {best * flops / 1e9 / peak:.1%} of GEMM peak "
          f"({flops:,} FLOP per sample; target >= 70%)")
    print(torch_info)
    if theirs:
        print(f"pytorch: {max(theirs):,.0f} samples/s (rounds: {', '.join(f'{r:,.0f}' for r in theirs)})")
        print(f"ratio engine / pytorch: {best / max(theirs):.2f}x (target >= 1.5x)")


if __name__ == "__main__":
    main()
