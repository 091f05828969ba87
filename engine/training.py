"""The training loop: a generator of progress records, shared by the CLI, GUI and tests.

It never prints. It yields a ``BatchStats`` after every batch, an
``EpochStats`` after every epoch and one ``Finished`` at the end, and checks
``should_stop()`` between batches.
"""
import math
import time
from dataclasses import asdict, dataclass, field, replace

import numpy as np

from .augment import AUGMENTATIONS, augment_batch, vary_thickness
from .data import load_extra
from .metrics import evaluate
from .network import Network
from .optim import make_optimizer

SCHEDULES = ("constant", "cosine")


@dataclass
class TrainConfig:
    """A complete training recipe; the presets below are instances of it."""

    layers: tuple = (784, 256, 10)
    hidden_activation: str = "relu"
    output_activation: str = "softmax"
    loss: str = "ce"
    init: str = "he"
    bias: bool = True
    input_scale: tuple = (0.0, 1.0)
    target_range: tuple = (0.0, 1.0)  # Rashid trains sigmoid outputs on 0.01 / 0.99
    label_smoothing: float = 0.0
    optimizer: str = "momentum"
    lr: float = 0.05
    weight_decay: float = 0.0
    batch_size: int = 128
    epochs: int = 10
    iterations: int = 0  # when > 0, train this many batches instead (the book counts iterations)
    schedule: str = "constant"
    warmup_epochs: float = 0.0
    augment: str = "none"
    augment_fraction: float = 1.0
    thickness: float = 0.0  # fraction of augmented images whose strokes get thicker/thinner
    seed: int = 0
    subset: int = 0  # when > 0, train on a random subset of this many samples
    extra_data: tuple = ()  # bundled sets added to the training set, e.g. ("strokes",); a name
    # given twice is added twice

    def validate(self):
        if self.augment not in AUGMENTATIONS:
            raise ValueError(f"augment must be one of {', '.join(AUGMENTATIONS)}")
        if self.schedule not in SCHEDULES:
            raise ValueError(f"schedule must be one of {', '.join(SCHEDULES)}")
        if not (self.lr > 0 and math.isfinite(self.lr)):
            raise ValueError(f"learning rate must be a positive number, not {self.lr}")
        if self.batch_size < 1 or self.epochs < 0 or self.iterations < 0 or self.subset < 0:
            raise ValueError("batch size must be >= 1; epochs, iterations and subset >= 0")
        if not (0.0 <= self.augment_fraction <= 1.0 and 0.0 <= self.thickness <= 1.0):
            raise ValueError("augment_fraction and thickness must be within 0..1")
        if not 0.0 <= self.label_smoothing < 1.0:
            raise ValueError("label_smoothing must be within [0, 1)")
        return self

    def make_network(self):
        return Network(self.layers, self.hidden_activation, self.output_activation, self.init,
                       self.seed, self.loss, self.bias, self.input_scale)

    def to_dict(self):
        d = asdict(self)
        d["layers"], d["input_scale"], d["target_range"], d["extra_data"] = (
            list(self.layers), list(self.input_scale), list(self.target_range),
            list(self.extra_data))
        return d


PRESETS = {
    # Make Your Own Neural Network (Tariq Rashid): the book's notebook reports 0.9747.
    "rashid": TrainConfig(
        layers=(784, 200, 10), hidden_activation="sigmoid", output_activation="sigmoid",
        loss="sse", init="rashid", bias=False, input_scale=(0.01, 1.0),
        target_range=(0.01, 0.99), optimizer="sgd", lr=0.1, batch_size=1, epochs=5),
    # Deep Learning from Scratch (Saito Goki), ch. 4/5 TwoLayerNet: train 0.9471 / test 0.9465.
    "dlfs": TrainConfig(
        layers=(784, 50, 10), hidden_activation="sigmoid", output_activation="softmax",
        loss="ce", init="book", optimizer="sgd", lr=0.1, batch_size=100, iterations=10000),
    # Ours: the recipe of the bundled model (see README for what it reaches and how fast).
    "default": TrainConfig(
        layers=(784, 512, 512, 10), hidden_activation="relu", output_activation="softmax",
        loss="ce", init="he", optimizer="momentum", lr=0.05, batch_size=128, epochs=25,
        schedule="cosine", warmup_epochs=0.5, label_smoothing=0.1, weight_decay=1e-5,
        augment="elastic", augment_fraction=0.7, thickness=1.0,
        # Named three times: the 15,000 re-stroked training digits count triple, over
        # a third of what the network sees, so that mouse drawings are home ground.
        extra_data=("strokes", "strokes", "strokes")),
}


def preset(name, **overrides):
    """A copy of a preset recipe with some fields changed."""
    if name not in PRESETS:
        raise ValueError(f"preset must be one of {', '.join(PRESETS)}, not {name!r}")
    return replace(PRESETS[name], **overrides).validate()


@dataclass(frozen=True)
class BatchStats:
    epoch: int  # 1-based
    batch: int  # 1-based within the epoch
    batches: int  # in this epoch
    step: int  # 1-based over the whole run
    steps: int
    loss: float
    lr: float
    elapsed: float  # wall seconds since the start


@dataclass(frozen=True)
class EpochStats:
    epoch: int
    epochs: int
    loss: float  # mean batch loss over the epoch
    train_accuracy: float  # running accuracy on the epoch's (augmented) batches
    test_accuracy: float  # nan when there is no test set
    samples_per_second: float
    seconds: float  # this epoch, training only
    elapsed: float  # wall seconds since the start, evaluation included
    train_seconds: float  # training only, since the start
    eta: float  # seconds left, estimated


@dataclass(frozen=True)
class Finished:
    reason: str  # "done", "stopped" or "diverged"
    message: str
    epochs_done: float
    steps_done: int
    elapsed: float
    train_seconds: float
    samples_per_second: float
    history: list = field(default_factory=list)  # EpochStats of the run

    @property
    def diverged(self):
        return self.reason == "diverged"


def to_inputs(images):
    """uint8 images (N, 28, 28) -> float32 (N, 784) pixels in [0, 1]."""
    images = np.asarray(images)
    out = images.reshape(len(images), -1).astype(np.float32)
    if images.dtype == np.uint8:
        out *= np.float32(1.0 / 255.0)
    return out


def train(net, config, train_set, test_set=None, should_stop=None):
    """Train ``net`` in place with ``config``; yield progress records.

    Parameters
    ----------
    net : Network
    config : TrainConfig
    train_set, test_set : (images (N, 28, 28) uint8, labels (N,) uint8)
    should_stop : callable returning bool, checked between batches

    A stop keeps the weights of the last finished batch. A loss that turns
    NaN or infinite ends the run as "diverged" and restores the last weights
    known to give a finite loss.
    """
    config.validate()
    rng = np.random.default_rng(config.seed)
    images, labels = train_set
    if config.extra_data:
        extras = [load_extra(name) for name in config.extra_data]
        images = np.concatenate([images] + [e[0] for e in extras])
        labels = np.concatenate([labels] + [e[1] for e in extras])
    if config.subset and config.subset < len(labels):
        keep = rng.choice(len(labels), config.subset, replace=False)
        images, labels = np.asarray(images)[keep], np.asarray(labels)[keep]
    x_all = to_inputs(images)
    y_all = np.asarray(labels).astype(np.intp)
    n = len(x_all)
    if n == 0:
        raise ValueError("the training set is empty")
    x_test = None if test_set is None else to_inputs(test_set[0])
    y_test = None if test_set is None else np.asarray(test_set[1])

    batch = min(config.batch_size, n)
    per_epoch = max(n // batch, 1)  # a ragged last batch would skew the mean
    steps = config.iterations or per_epoch * config.epochs
    epochs_total = math.ceil(steps / per_epoch)
    targets = target_table(net.layers[-1], *config.target_range, config.label_smoothing)
    optimizer = make_optimizer(config.optimizer, net.parameters(), config.lr, config.weight_decay)
    params = net.parameters()
    snapshot = [p.value.copy() for p in params]
    schedule = _schedule(config, steps, per_epoch)
    watch = _DivergenceWatch()

    start = time.perf_counter()
    train_seconds = 0.0
    step = 0
    history = []
    stop_reason, message = "done", f"finished {steps} batches"
    for epoch in range(1, epochs_total + 1):
        order = rng.permutation(n)
        batches = min(per_epoch, steps - step)
        losses, correct, seen, done = 0.0, 0, 0, 0
        t0 = time.perf_counter()
        for b in range(batches):
            if should_stop is not None and should_stop():
                stop_reason, message = "stopped", f"stopped after {step} batches"
                break
            idx = order[b * batch:(b + 1) * batch]
            xb = _inputs(net, x_all[idx], config, rng)
            optimizer.lr = schedule(step)
            with np.errstate(over="ignore", invalid="ignore"):  # divergence is handled below
                loss, predicted = net.loss_and_gradients(xb, targets[y_all[idx]])
            problem = watch.check(loss)
            if problem:
                for p, saved in zip(params, snapshot):
                    p.value[...] = saved
                stop_reason = "diverged"
                message = (f"diverged: {problem} at learning rate {config.lr:g}; the last "
                           "weights with a sound loss were kept. Try a lower learning rate.")
                break
            if step % 50 == 0 and watch.healthy(loss):
                # These weights just gave a sound loss: worth going back to.
                for p, saved in zip(params, snapshot):
                    np.copyto(saved, p.value)
            with np.errstate(over="ignore", invalid="ignore"):
                optimizer.step()
            step += 1
            losses += loss
            done += 1
            correct += int(np.count_nonzero(predicted == y_all[idx]))
            seen += len(idx)
            yield BatchStats(epoch, b + 1, batches, step, steps, loss, optimizer.lr,
                             time.perf_counter() - start)
        epoch_seconds = time.perf_counter() - t0
        train_seconds += epoch_seconds
        if seen:
            test_acc = float("nan") if x_test is None else evaluate(net, x_test, y_test)["accuracy"]
            rate = seen / max(epoch_seconds, 1e-9)
            stats = EpochStats(
                epoch=epoch, epochs=epochs_total, loss=losses / done,
                train_accuracy=correct / seen, test_accuracy=test_acc, samples_per_second=rate,
                seconds=epoch_seconds, elapsed=time.perf_counter() - start,
                train_seconds=train_seconds,
                eta=(steps - step) * batch / max(rate, 1e-9))
            history.append(stats)
            yield stats
        if stop_reason != "done":
            break
    total_rate = step * batch / max(train_seconds, 1e-9)
    yield Finished(stop_reason, message, step / per_epoch, step, time.perf_counter() - start,
                   train_seconds, total_rate, history)


class _DivergenceWatch:
    """A run has diverged when its loss is NaN/inf, or has climbed far above where it began.

    Cross-entropy with a stable softmax never overflows, so a learning rate
    that is far too high shows up as a loss stuck well above its starting
    value rather than as NaN: compare a running mean with the first batches.
    """

    START, WINDOW, FACTOR = 10, 20, 4.0

    def __init__(self):
        self.first = []
        self.recent = []

    def check(self, loss):
        if not math.isfinite(loss):
            return f"the loss became {loss}"
        if len(self.first) < self.START:
            self.first.append(loss)
            return None
        self.recent.append(loss)
        if len(self.recent) > self.WINDOW:
            del self.recent[0]
        if len(self.recent) == self.WINDOW and not self.healthy(loss):
            return f"the loss rose from {self.baseline:.3g} to {sum(self.recent) / self.WINDOW:.3g}"
        return None

    @property
    def baseline(self):
        return max(sum(self.first) / len(self.first), 1e-3) if self.first else float("inf")

    def healthy(self, loss):
        recent = sum(self.recent) / len(self.recent) if self.recent else loss
        return math.isfinite(loss) and recent <= self.FACTOR * self.baseline


def _inputs(net, xb, config, rng):
    if config.augment != "none" and config.augment_fraction > 0:
        k = int(round(len(xb) * config.augment_fraction))
        if k:
            images = xb[:k].reshape(k, 28, 28)
            images = augment_batch(images, config.augment, rng)
            if config.thickness:
                images = vary_thickness(images, rng, config.thickness)
            xb[:k] = images.reshape(k, -1)
    lo, hi = net.input_scale
    if (lo, hi) != (0.0, 1.0):
        xb *= np.float32(hi - lo)
        xb += np.float32(lo)
    return xb


def target_table(classes, lo=0.0, hi=1.0, smoothing=0.0):
    """Row k is the target vector for label k: ``hi`` at k, ``lo`` elsewhere, optionally smoothed."""
    table = np.full((classes, classes), lo, np.float32)
    np.fill_diagonal(table, hi)
    if smoothing:
        table = table * (1 - smoothing) + smoothing / classes
    return table.astype(np.float32)


def _schedule(config, steps, per_epoch):
    warmup = int(config.warmup_epochs * per_epoch)
    base = config.lr

    def lr_at(step):
        if step < warmup:
            return base * (step + 1) / warmup
        if config.schedule == "cosine":
            t = (step - warmup) / max(steps - warmup, 1)
            return base * 0.5 * (1 + math.cos(math.pi * t))
        return base

    return lr_at
