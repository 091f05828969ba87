"""The training loop: a generator of progress records, shared by the CLI, GUI and tests.

It never prints. ``train`` yields an ``EpochStats`` of the untrained network
(epoch 0), a ``BatchStats`` after every batch, an ``EpochStats`` after every
epoch and one ``Finished`` at the end, and checks
``should_stop()`` between batches. Its steps are taken by a ``Stepper``,
which teaching (``finetune.teach``) uses as well.
"""
import math
import time

import numpy as np

from ..data.augment import augment_batch, vary_thickness
from ..data.mnist import load_extra
from ..data.preprocess import to_inputs
from ..nn.optim import make_optimizer
from .batches import BatchFeed, epoch_batches
from .divergence import (DivergenceWatch, Keeper, chance_loss, epoch_problem, failure_hint,
                         stopped_at_chance, weights_finite)
from .metrics import clean_train_sample, score, target_table
from .records import BatchStats, EpochStats, Finished
from .threads import training_threads


def train(net, config, train_set, test_set=None, should_stop=None):
    """Train ``net`` in place with ``config``; yield progress records.

    Parameters
    ----------
    net : Network
    config : TrainConfig
    train_set, test_set : (images (N, 28, 28) uint8, labels (N,) uint8)
    should_stop : callable returning bool, checked between batches

    Yields an ``EpochStats`` for epoch 0 (the untrained network) before the
    first batch, then a ``BatchStats`` per batch and an ``EpochStats`` per
    epoch, and one ``Finished``. A stop keeps the weights of the last
    finished batch. A run that fails to learn (see ``divergence``) ends as
    "diverged" with the weights of its best epoch clearly better than
    chance, or its initial weights; ``Finished.message`` says which and
    ``Finished.hint`` the likely cause.
    """
    config.validate()
    rng = np.random.default_rng(config.seed)
    x_all, y_all = _training_arrays(config, train_set, rng)
    n = len(x_all)
    judge = _Evaluation(net, config, train_set, test_set)

    batch = min(config.batch_size, n)
    per_epoch = max(n // batch, 1)  # a ragged last batch would skew the mean
    steps = config.iterations or per_epoch * config.epochs
    epochs_total = math.ceil(steps / per_epoch)

    start = time.perf_counter()
    initial = judge.stats(epoch=0, epochs=epochs_total, loss=None, samples_per_second=0.0,
                          seconds=0.0, start=start, train_seconds=0.0, eta=math.nan)
    yield initial
    stepper = Stepper(net, config, steps, per_epoch, baseline=initial.train_loss)
    keeper = Keeper(net)
    train_seconds = 0.0
    history = []
    reason, message, problem = "done", f"finished {steps} batches", None
    feed = BatchFeed(x_all, y_all, batch, per_epoch, steps, stepper.prepare, rng)
    with training_threads(config):  # one for BLAS, one for the feed (see threads.py)
        try:
            for epoch in range(1, epochs_total + 1):
                batches = epoch_batches(epoch, per_epoch, steps)
                losses, correct, seen, done = 0.0, 0, 0, 0
                t0 = time.perf_counter()
                for b, (xb, yb) in enumerate(feed.epoch(batches)):
                    if should_stop is not None and should_stop():
                        reason, message = "stopped", f"stopped after {stepper.steps_done} batches"
                        break
                    result = stepper.step_prepared(xb, yb)
                    if result is None:
                        problem = (f"{stepper.problem} in epoch {epoch}, batch {b + 1}", True)
                        break
                    loss, predicted = result
                    losses += loss
                    done += 1
                    correct += int(np.count_nonzero(predicted == yb))
                    seen += len(yb)
                    yield BatchStats(epoch, b + 1, batches, stepper.steps_done, steps, loss,
                                     stepper.optimizer.lr, time.perf_counter() - start)
                epoch_seconds = time.perf_counter() - t0  # training only: the evaluation comes after
                train_seconds += epoch_seconds
                if seen:
                    rate = seen / max(epoch_seconds, 1e-9)
                    stats = judge.stats(
                        epoch=epoch, epochs=epochs_total, loss=losses / done, samples_per_second=rate,
                        seconds=epoch_seconds, start=start, train_seconds=train_seconds,
                        eta=(steps - stepper.steps_done) * batch / max(rate, 1e-9),
                        batch_accuracy=correct / seen)
                    history.append(stats)
                    yield stats
                    keeper.offer(stats)
                    if problem is None and reason == "done":
                        problem = epoch_problem(stats, initial, net.sizes[-1], epoch == epochs_total)
                if problem is not None or reason != "done":
                    break
        finally:
            feed.close()  # a stop, a divergence, or a consumer that left: the thread ends
    if problem is None and not weights_finite(net):
        problem = ("the network's weights became NaN or infinite", True)
    hint, failure = "", ""
    if problem is not None:
        reason, failure = "diverged", problem[0]
        message = f"diverged: {problem[0]} at learning rate {config.lr:g}; {keeper.restore()}"
        hint = failure_hint(config, problem[1])
    elif reason == "stopped":
        failure = stopped_at_chance(history[-1] if history else initial, net.sizes[-1])
        if failure:
            message = f"{message}; {failure}: not a network to keep"
    done_steps = stepper.steps_done
    yield Finished(reason, message, done_steps / per_epoch, done_steps, time.perf_counter() - start,
                   train_seconds, done_steps * batch / max(train_seconds, 1e-9), history,
                   initial, hint, failure)


class _Evaluation:
    """Scores the network after each epoch on clean training digits and on the test set."""

    def __init__(self, net, config, train_set, test_set):
        self.net = net
        images, labels = train_digits(config, train_set)
        self.train = to_inputs(images), np.asarray(labels)
        self.test = None if test_set is None else (to_inputs(test_set[0]), np.asarray(test_set[1]))
        # The plain targets: the recipe's range, no label smoothing.
        self.targets = target_table(net.sizes[-1], *config.target_range)

    def stats(self, epoch, loss, start, batch_accuracy=math.nan, **fields):
        train_accuracy, train_loss = score(self.net, *self.train, self.targets)
        test_accuracy, test_loss = (math.nan, math.nan) if self.test is None else score(
            self.net, *self.test, self.targets)
        return EpochStats(
            epoch=epoch, loss=train_loss if loss is None else loss, train_accuracy=train_accuracy,
            test_accuracy=test_accuracy, elapsed=time.perf_counter() - start,
            train_loss=train_loss, test_loss=test_loss, batch_accuracy=batch_accuracy, **fields)


class Stepper:
    """Gradient steps by a recipe, one batch at a time: what ``train`` and ``teach`` share.

    Each step augments and scales the batch as the recipe says, looks its
    targets up in the recipe's target table, sets the learning rate from the
    recipe's schedule and watches the loss: when it diverges, the last
    weights known to give a sound loss are put back.

    net : Network, trained in place
    config : TrainConfig
    steps, per_epoch : int, the length of the run and of an epoch, for the schedule
    baseline : float, optional, the untrained network's loss (see ``DivergenceWatch``);
        without it, the first batch's loss before its step, and never less
        than the loss of an output that says nothing (``chance_loss``)
    """

    SNAPSHOT_EVERY = 50  # steps between copies of sound weights to fall back on

    def __init__(self, net, config, steps, per_epoch=None, baseline=None):
        self.net = net
        self.config = config
        self.targets = target_table(net.sizes[-1], *config.target_range, config.label_smoothing)
        self.optimizer = make_optimizer(config.optimizer, net.parameters(), config.lr,
                                        config.weight_decay)
        self.lr_at = config.lr_schedule(steps, per_epoch or steps)
        self.steps_done = 0
        self.problem = None  # what went wrong, once the loss has diverged
        self._params = net.parameters()
        self._sound = [p.value.copy() for p in self._params]
        self._watch = DivergenceWatch(baseline, floor=chance_loss(net, self.targets))

    def step(self, x, labels, rng):
        """One step on ``x`` (B, 784) float32 pixels in [0, 1] (changed in place), ``labels`` (B,).

        Returns ``(loss, predicted labels)``, or None when the loss diverged:
        then ``problem`` says how, and the last sound weights are back.
        """
        return self.step_prepared(self.prepare(x, rng), labels)

    def step_prepared(self, x, labels):
        """``step`` on a batch that ``prepare`` made (in another thread, say)."""
        self.optimizer.lr = self.lr_at(self.steps_done)
        with np.errstate(over="ignore", invalid="ignore"):  # divergence is handled below
            loss, predicted = self.net.loss_and_gradients(x, self.targets[labels])
        self.problem = self._watch.check(loss)
        if self.problem:
            for p, saved in zip(self._params, self._sound):
                p.value[...] = saved
            return None
        if self.steps_done % self.SNAPSHOT_EVERY == 0 and self._watch.healthy(loss):
            # These weights just gave a sound loss: worth going back to.
            for p, saved in zip(self._params, self._sound):
                np.copyto(saved, p.value)
        with np.errstate(over="ignore", invalid="ignore"):
            self.optimizer.step()
        self.steps_done += 1
        return loss, predicted

    def prepare(self, xb, rng):
        """The batch ``xb`` (B, 784) as the network trains on it: augmented as the recipe
        says, scaled to its input range. Changes ``xb``; reads nothing that training changes,
        so another thread may call it."""
        config = self.config
        if config.augment != "none" and config.augment_fraction > 0:
            k = int(round(len(xb) * config.augment_fraction))
            if k:
                images = xb[:k].reshape(k, 28, 28)
                images = augment_batch(images, config.augment, rng)
                if config.thickness:
                    images = vary_thickness(images, rng, config.thickness)
                xb[:k] = images.reshape(k, -1)
        lo, hi = self.net.input_scale
        if (lo, hi) != (0.0, 1.0):
            xb *= np.float32(hi - lo)
            xb += np.float32(lo)
        return xb


def train_digits(config, train_set):
    """The clean digits a run's train accuracy and loss are measured on, every epoch.

    10,000 (or all) of the digits the run trains on when it trains on a
    subset, else of ``train_set`` (MNIST's own, without the extra sets);
    un-augmented, drawn once from the recipe's seed. A subset run's figures
    must be on its own digits: on the others they would be test figures.
    Returns ``(images, labels)``.
    """
    if config.subset:
        # The same first draw of the same generator as train(): the same subset.
        train_set = _training_digits(config, train_set, np.random.default_rng(config.seed))
    return clean_train_sample(train_set, config.seed)


def _training_digits(config, train_set, rng):
    """The recipe's training digits (images, labels): extras joined, subset taken."""
    images, labels = train_set
    if config.extra_data:
        extras = [load_extra(name) for name in config.extra_data]
        images = np.concatenate([images] + [e[0] for e in extras])
        labels = np.concatenate([labels] + [e[1] for e in extras])
    if config.subset and config.subset < len(labels):
        keep = rng.choice(len(labels), config.subset, replace=False)
        images, labels = np.asarray(images)[keep], np.asarray(labels)[keep]
    return images, labels


def _training_arrays(config, train_set, rng):
    """The recipe's training inputs float32 (N, 784) and labels (N,)."""
    images, labels = _training_digits(config, train_set, rng)
    x_all, y_all = to_inputs(images), np.asarray(labels).astype(np.intp)
    if len(x_all) == 0:
        raise ValueError("the training set is empty")
    return x_all, y_all
