"""What the Runs tab keeps of a finished, stopped or failed run: plain data, no Qt.

A record is compact whatever the run's length: the per-epoch figures and the
loss curve's budgeted points (at most ``POINT_BUDGET``), never the batches.
"""
import csv
import math
from dataclasses import asdict, dataclass, field
from itertools import count

import numpy as np

OUTCOMES = {"done": "finished", "stopped": "stopped", "diverged": "failed"}
# Recipe fields in the words a legend uses, in the order they are named.
SHORT = {"lr": "lr", "batch_size": "batch", "layers": "hidden", "epochs": "epochs",
         "iterations": "iterations", "optimizer": "", "loss": "", "hidden_activation": "",
         "init": "init", "label_smoothing": "smoothing", "weight_decay": "decay",
         "schedule": "", "warmup_epochs": "warm-up", "augment": "augment",
         "augment_fraction": "augmented", "thickness": "width", "seed": "seed",
         "subset": "digits", "bias": "bias", "input_scale": "inputs",
         "target_range": "targets", "output_activation": "outputs",
         "extra_data": "extra"}
MAX_NAMED = 3  # fields named in a legend entry at most
_numbers = count(1)


@dataclass
class RunRecord:
    config: object  # engine.TrainConfig of the run
    outcome: str  # "done", "stopped" or "diverged"
    seconds: float  # wall time of the run
    history: list  # EpochStats, epoch 0 (the untrained network) first when known
    loss_x: np.ndarray = field(default_factory=lambda: np.empty(0))  # epochs
    loss_smooth: np.ndarray = field(default_factory=lambda: np.empty(0))  # the trend line
    source: str = "run"  # "run", or "sweep: lr" for one point of a sweep
    number: int = field(default_factory=lambda: next(_numbers))

    @property
    def failed(self):
        return self.outcome == "diverged"

    def last(self, name):
        """``name`` (e.g. "test_accuracy") after the last epoch; nan without one."""
        trained = [h for h in self.history if h.epoch >= 1]
        return float(getattr(trained[-1], name, math.nan)) if trained else math.nan

    def summary(self):
        """For the list: the outcome and the figures, then the recipe."""
        return (f"#{self.number} {OUTCOMES.get(self.outcome, self.outcome)}: "
                f"test {percent(self.last('test_accuracy'))}, "
                f"train {percent(self.last('train_accuracy'))}, {self.seconds:.1f} s"
                + ("" if self.source == "run" else f" ({self.source})")
                + f"\n{recipe_words(self.config)}")


def percent(value):
    return "-" if not math.isfinite(value) else f"{value:.2%}"


def value_words(name, value):
    if name == "layers":
        return ",".join(str(n) for n in value[1:-1]) or "none"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (tuple, list)):
        return "/".join(str(v) for v in value) or "none"
    return str(value)


def recipe_words(config):
    """The recipe in a few words: "hidden 32, relu, ce, momentum lr 0.05, batch 128, 1 epoch"."""
    length = (f"{config.iterations} batches" if config.iterations
              else f"{config.epochs} epoch{'s' if config.epochs != 1 else ''}")
    data = f", {config.subset:,} digits" if config.subset else ""
    return (f"hidden {value_words('layers', config.layers)}, {config.hidden_activation}, "
            f"{config.loss}, {config.optimizer} lr {config.lr:g}, batch {config.batch_size}, "
            f"{length}{data}")


def differences(records):
    """Legend names for ``records``: what differs between their recipes, e.g.
    ["lr 0.5", "lr 0.05"]; "run #n" where the recipes are the same."""
    if not records:
        return []
    recipes = [asdict(r.config) for r in records]
    differing = [name for name in SHORT if name in recipes[0]
                 and any(recipe[name] != recipes[0][name] for recipe in recipes)]
    names = []
    for record, recipe in zip(records, recipes):
        words = [f"{SHORT[name]} {value_words(name, recipe[name])}".strip()
                 for name in differing[:MAX_NAMED]]
        if len(differing) > MAX_NAMED:
            words.append("...")
        names.append(", ".join(words) if differing else f"run #{record.number}")
    return names


COLUMNS = ["run", "source", "outcome", "seconds", "epochs", "train_accuracy", "test_accuracy",
           "train_loss", "test_loss", "recipe"]


def write_csv(records, path):
    """One row per run: its outcome, its last figures and its whole recipe."""
    with open(path, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(COLUMNS + sorted(SHORT))
        for r in records:
            recipe = asdict(r.config)
            trained = [h for h in r.history if h.epoch >= 1]
            writer.writerow([r.number, r.source, OUTCOMES.get(r.outcome, r.outcome),
                             f"{r.seconds:.2f}", trained[-1].epoch if trained else 0]
                            + [f"{r.last(name):.6f}" for name in
                               ("train_accuracy", "test_accuracy", "train_loss", "test_loss")]
                            + [recipe_words(r.config)]
                            + [value_words(name, recipe[name]) for name in sorted(SHORT)])
    return path
