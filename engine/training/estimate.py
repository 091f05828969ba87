"""How long training runs will take, from a short real measurement of the recipe.

A measurement trains a fresh network for a fraction of a second on a slice
of the data, through ``train`` itself, so augmentation, the optimizer and
per-batch overhead (which dominates at batch size 1) are all counted.
"""
import math
import time
from dataclasses import dataclass, replace

from .loop import train
from .metrics import TRAIN_SAMPLE, evaluate
from .records import BatchStats
from .sweep import sweep_config

PROBE_SAMPLES = 4096  # the slice a measurement trains on: enough for many batches, cheap to copy
PROBE_SECONDS = 0.15  # per measurement, after a first batch that warms the buffers up
EVAL_PROBE = 2000  # test digits timed to price the evaluation after every epoch


@dataclass(frozen=True)
class Speed:
    samples_per_second: float
    eval_seconds: float  # one end-of-epoch evaluation: the test set and the clean train sample


def measure(config, train_set, test_set, seconds=PROBE_SECONDS):
    """The training speed of ``config`` on this machine now, and the cost of one evaluation."""
    images, labels = train_set
    k = min(len(labels), PROBE_SAMPLES)
    # Huge iteration count, stopped by the clock; no extra data: only speed matters here.
    probe = replace(config, subset=0, extra_data=(), iterations=10 ** 9)
    net = probe.make_network()
    batches, busy, last = 0, 0.0, None
    deadline = [math.inf]

    def should_stop():
        return time.perf_counter() > deadline[0]

    for record in train(net, probe, (images[:k], labels[:k]), None, should_stop=should_stop):
        if isinstance(record, BatchStats):
            now = time.perf_counter()
            if last is None:  # the first batch allocates buffers: not counted
                deadline[0] = now + seconds
            elif record.epoch == last[0]:  # between epochs the loop evaluates: not training
                batches += 1
                busy += now - last[1]
            last = (record.epoch, now)
    rate = batches * min(probe.batch_size, k) / busy if batches else math.nan
    # One end-of-epoch evaluation: the test set and the clean training sample.
    test_images, test_labels = test_set
    m = min(len(test_labels), EVAL_PROBE)
    t0 = time.perf_counter()
    evaluate(net, test_images[:m], test_labels[:m])
    digits = len(test_labels) + min(len(labels), TRAIN_SAMPLE)
    eval_seconds = (time.perf_counter() - t0) * digits / max(m, 1)
    return Speed(rate, eval_seconds)


def run_seconds(config, available, speed):
    """Seconds to train ``config`` on ``available`` samples (before its subset cut)."""
    n = min(config.subset, available) if config.subset else available
    batch = min(config.batch_size, n)
    per_epoch = max(n // batch, 1)
    steps = config.iterations or per_epoch * config.epochs
    epochs = math.ceil(steps / per_epoch)
    # An evaluation after every epoch and one of the untrained network (epoch 0).
    return steps * batch / speed.samples_per_second + (epochs + 1) * speed.eval_seconds


def sweep_seconds(config, field, values, train_set, test_set, quick=False):
    """Seconds that ``sweep`` with these arguments should take, or None when unknown.

    Takes a fraction of a second (a real measurement). Runs that differ only
    in learning rate or epochs share one speed. When the hidden size varies,
    the smallest and the largest network are measured and the cost per sample
    of the others is interpolated (it grows about linearly with the size).
    The recipe's extra data (the stroke digits) is not counted.
    """
    configs = [sweep_config(config, field, v, quick) for v in values]
    sizes = sorted({c.layers for c in configs}, key=sum)
    low = measure(_with(configs, sizes[0]), train_set, test_set)
    if not math.isfinite(low.samples_per_second):
        return None
    speeds = {sizes[0]: low}
    if len(sizes) > 1:
        high = measure(_with(configs, sizes[-1]), train_set, test_set)
        if not math.isfinite(high.samples_per_second):
            return None
        lo, hi = sum(sizes[0]), sum(sizes[-1])
        for layers in sizes:
            t = (sum(layers) - lo) / max(hi - lo, 1)
            cost = (1 - t) / low.samples_per_second + t / high.samples_per_second
            speeds[layers] = Speed(1 / cost, (1 - t) * low.eval_seconds + t * high.eval_seconds)
    available = len(train_set[1])
    return sum(run_seconds(c, available, speeds[c.layers]) for c in configs)


def _with(configs, layers):
    return next(c for c in configs if c.layers == layers)
