"""When a run has failed to learn, which weights it keeps, and what most likely went wrong.

A run has diverged when its loss turns NaN or infinite, when its loss climbs
far above where the untrained network started (cross-entropy with a stable
softmax never overflows, so a learning rate far too high shows up this way),
or when, at the end of an epoch, its accuracy is no better than chance.
"""
import math

import numpy as np

from .config import PRESETS
from .records import CHANCE_MARGIN, clearly_learned, headline_accuracy

LOSS_FACTOR = 4.0  # a loss this many times its starting value has blown up
STALL_RISE = 1.02  # at chance with a loss this much above its start: not learning


class DivergenceWatch:
    """Watches the batch losses; ``check`` says when they have diverged.

    baseline : float, optional
        The loss of the untrained network (``train`` passes the epoch-0
        loss on clean training digits). Without it, the first loss checked
        is taken: the first batch's, before any update.
    floor : float, optional
        The loss of a network that says nothing (``chance_loss``: ln 10 for
        ten digits under softmax and cross-entropy). The reference is never
        below it, so a well-trained network's tiny loss does not make a
        normal wobble look like a blow-up.
    """

    WINDOW, FACTOR = 20, LOSS_FACTOR

    def __init__(self, baseline=None, floor=None):
        self.recent = []
        self._baseline = baseline if baseline is not None and math.isfinite(baseline) else None
        self._floor = floor if floor is not None and math.isfinite(floor) else 0.0

    def check(self, loss):
        """None while the loss is sound, else a sentence saying what went wrong.

        Call it with each batch's loss before the step that batch leads to.
        """
        if not math.isfinite(loss):
            return f"the loss became {loss}"
        if self._baseline is None:
            self._baseline = loss  # the first batch, before any update
        self.recent.append(loss)
        if len(self.recent) > self.WINDOW:
            del self.recent[0]
        if len(self.recent) == self.WINDOW and not self.healthy(loss):
            return f"the loss rose from {self.baseline:.3g} to {sum(self.recent) / self.WINDOW:.3g}"
        return None

    @property
    def baseline(self):
        if self._baseline is None:
            return float("inf")
        return max(self._baseline, self._floor, 1e-3)

    def healthy(self, loss):
        recent = sum(self.recent) / len(self.recent) if self.recent else loss
        return math.isfinite(loss) and recent <= self.FACTOR * self.baseline


def chance_loss(net, targets):
    """The mean loss of an output that says nothing, as an untrained network's is.

    Every output ``1 / classes`` under softmax (ln 10 for ten digits under
    cross-entropy), 0.5 under sigmoid; ``targets`` (classes, classes) is the
    target table (``metrics.target_table``), one row per label.
    """
    classes = net.sizes[-1]
    level = 1.0 / classes if net.output_activation == "softmax" else 0.5
    y = np.full((classes, classes), level, np.float32)
    return net.loss.loss(y, targets)


def weights_finite(net):
    """True while no weight or bias of ``net`` is NaN or infinite."""
    return all(np.isfinite(p.value).all() for p in net.parameters())


def epoch_problem(stats, initial, classes, last):
    """None while the run is learning, else ``(sentence, climbed)`` saying why it failed.

    stats, initial : EpochStats after this epoch and of epoch 0
    last : bool, this is the run's last epoch

    An accuracy no better than chance fails the run at once when the loss
    on the training digits has risen above its start too (by over
    ``STALL_RISE``), else at the end: a slow start that is not getting
    worse gets its next epoch.
    """
    start = initial.train_loss
    if not math.isfinite(stats.train_loss):
        return f"the loss on the training digits became {stats.train_loss}", True
    if math.isfinite(start) and stats.train_loss > LOSS_FACTOR * max(start, 1e-3):
        return (f"the loss on the training digits rose from {start:.3g} to "
                f"{stats.train_loss:.3g}", True)
    accuracy = headline_accuracy(stats)
    if accuracy > CHANCE_MARGIN / classes:
        return None
    rising = not math.isfinite(start) or stats.train_loss > STALL_RISE * start
    if not (rising or last):
        return None
    which = "test" if math.isfinite(stats.test_accuracy) else "training"
    return (f"{which} accuracy {accuracy:.1%} after epoch {stats.epoch} is no better than "
            f"chance", False)


def stopped_at_chance(stats, classes):
    """For a stopped run whose weights scored ``stats``: "" or why they must not be kept."""
    accuracy = headline_accuracy(stats)
    if accuracy > CHANCE_MARGIN / classes:
        return ""
    which = "test" if math.isfinite(stats.test_accuracy) else "training"
    return f"stopped while still no better than chance ({which} accuracy {accuracy:.1%})"


def reference_preset(config):
    """The preset to compare ``config`` with: one of the same activation, loss and optimizer."""
    for name, recipe in PRESETS.items():
        if (recipe.hidden_activation, recipe.loss, recipe.optimizer) == (
                config.hidden_activation, config.loss, config.optimizer):
            return name, recipe
    return "default", PRESETS["default"]


def failure_hint(config, climbed):
    """One line naming the likely cause of a failed run of ``config``.

    climbed : bool, the loss blew up (NaN or far above its start) rather
        than stalling near chance
    """
    name, recipe = reference_preset(config)
    lr, base = config.lr, recipe.lr
    uses = f"the {name} preset uses {base:g}"
    if lr >= 10 * base:
        return f"learning rate {lr:g} is far too high; {uses}"
    if climbed and lr > base:
        return f"learning rate {lr:g} is too high for this network; {uses}"
    if climbed:
        return (f"the loss blew up at learning rate {lr:g}: try a lower rate or a larger batch "
                f"(the {name} preset: lr {base:g}, batch {recipe.batch_size})")
    if lr <= base / 10:
        return f"learning rate {lr:g} is too low to get anywhere in this run; {uses}"
    return (f"the network did not learn with this recipe; start from the {name} preset and "
            "change one field at a time")


class Keeper:
    """The weights to fall back on: the best epoch clearly better than chance, else the initial."""

    def __init__(self, net):
        self.params = net.parameters()
        self.saved = [p.value.copy() for p in self.params]
        self.record = None  # None: the initial weights
        self.classes = net.sizes[-1]

    def offer(self, stats):
        """Keep the network's weights now if ``stats`` is the best clearly learned epoch yet."""
        if clearly_learned(stats, self.classes) and (
                self.record is None
                or headline_accuracy(stats) > headline_accuracy(self.record)):
            for p, saved in zip(self.params, self.saved):
                saved[...] = p.value
            self.record = stats

    def restore(self):
        """Put the kept weights back; returns a phrase saying which they are."""
        for p, saved in zip(self.params, self.saved):
            p.value[...] = saved
        if self.record is None:
            return ("the network was put back to its initial weights (no epoch was clearly "
                    "better than chance)")
        return (f"the network was put back to its weights after epoch {self.record.epoch} "
                f"({headline_accuracy(self.record):.1%} accuracy)")
