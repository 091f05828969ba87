"""What the Runs tab keeps of a finished, stopped or failed run: plain data, no widgets.

A record is compact whatever the run's length: the per-epoch figures and the
loss curve's budgeted points (at most ``POINT_BUDGET``), never the batches.
Its words (the list's lines, the legends' names) are in the language of the
moment; the CSV stays English, as data for other programs.
"""
import csv
import math
from dataclasses import asdict, dataclass, field
from itertools import count

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

OUTCOMES = {"done": QT_TRANSLATE_NOOP("RunRecord", "finished"),
            "stopped": QT_TRANSLATE_NOOP("RunRecord", "stopped"),
            "diverged": QT_TRANSLATE_NOOP("RunRecord", "failed")}
# Recipe fields in the words a legend uses, in the order they are named.
SHORT = {"lr": QT_TRANSLATE_NOOP("RunRecord", "lr"),
         "batch_size": QT_TRANSLATE_NOOP("RunRecord", "batch"),
         "layers": QT_TRANSLATE_NOOP("RunRecord", "hidden"),
         "epochs": QT_TRANSLATE_NOOP("RunRecord", "epochs"),
         "iterations": QT_TRANSLATE_NOOP("RunRecord", "iterations"),
         "optimizer": "", "loss": "", "hidden_activation": "",
         "init": QT_TRANSLATE_NOOP("RunRecord", "init"),
         "label_smoothing": QT_TRANSLATE_NOOP("RunRecord", "smoothing"),
         "weight_decay": QT_TRANSLATE_NOOP("RunRecord", "decay"),
         "schedule": "", "warmup_epochs": QT_TRANSLATE_NOOP("RunRecord", "warm-up"),
         "augment": QT_TRANSLATE_NOOP("RunRecord", "augment"),
         "augment_fraction": QT_TRANSLATE_NOOP("RunRecord", "augmented"),
         "thickness": QT_TRANSLATE_NOOP("RunRecord", "width"),
         "seed": QT_TRANSLATE_NOOP("RunRecord", "seed"),
         "subset": QT_TRANSLATE_NOOP("RunRecord", "digits"),
         "bias": QT_TRANSLATE_NOOP("RunRecord", "bias"),
         "input_scale": QT_TRANSLATE_NOOP("RunRecord", "inputs"),
         "target_range": QT_TRANSLATE_NOOP("RunRecord", "targets"),
         "output_activation": QT_TRANSLATE_NOOP("RunRecord", "outputs"),
         "extra_data": QT_TRANSLATE_NOOP("RunRecord", "extra")}
SWEPT = {"lr": "lr", "hidden": "layers", "epochs": "epochs"}  # sweep field -> recipe field
NONE = QT_TRANSLATE_NOOP("RunRecord", "none")
# The engine's keys as the books print them: a translation may name them so ({loss_name}).
NAMES = {"relu": "ReLU", "ce": "CE", "sse": "SSE", "sgd": "SGD", "adam": "Adam"}
MAX_NAMED = 3  # fields named in a legend entry at most
_numbers = count(1)


def words(text, translated=True):
    """``text`` (one of this module's texts) in the language of the moment, or as it is."""
    return QCoreApplication.translate("RunRecord", text) if translated and text else text


@dataclass
class RunRecord:
    config: object  # engine.TrainConfig of the run
    outcome: str  # "done", "stopped" or "diverged"
    seconds: float  # wall time of the run
    history: list  # EpochStats, epoch 0 (the untrained network) first when known
    loss_x: np.ndarray = field(default_factory=lambda: np.empty(0))  # epochs
    loss_smooth: np.ndarray = field(default_factory=lambda: np.empty(0))  # the trend line
    source: str = "run"  # "run", or "sweep: lr 0.1" for one point of a sweep
    number: int = field(default_factory=lambda: next(_numbers))
    swept: tuple = ()  # of a sweep's point: (engine.SWEEP_FIELDS key, value as shown)

    @property
    def failed(self):
        return self.outcome == "diverged"

    def last(self, name):
        """``name`` (e.g. "test_accuracy") after the last epoch; nan without one."""
        trained = [h for h in self.history if h.epoch >= 1]
        return float(getattr(trained[-1], name, math.nan)) if trained else math.nan

    def summary(self):
        """For the list: the outcome and the figures, then the recipe."""
        figures = dict(number=self.number, outcome=words(OUTCOMES.get(self.outcome, self.outcome)),
                       test=percent(self.last("test_accuracy")),
                       train=percent(self.last("train_accuracy")), seconds=f"{self.seconds:.1f}",
                       source=self.source_words())
        if self.source == "run":
            line = QCoreApplication.translate(
                "RunRecord", "#{number} {outcome}: test {test}, train {train}, {seconds} s")
        else:
            line = QCoreApplication.translate(
                "RunRecord", "#{number} {outcome}: test {test}, train {train}, {seconds} s "
                             "({source})")
        return line.format(**figures) + f"\n{recipe_words(self.config)}"

    def source_words(self):
        """Where the run came from: "run", or a sweep's field and value ("sweep: lr 0.1")."""
        if not self.swept:
            return self.source
        name, value = self.swept
        recipe_field = SWEPT.get(name)
        return QCoreApplication.translate("RunRecord", "sweep: {field} {value}").format(
            field=words(SHORT[recipe_field]) if recipe_field else name, value=value)


def percent(value):
    return "-" if not math.isfinite(value) else f"{value:.2%}"


def value_words(name, value, translated=True):
    if name == "layers":
        return ",".join(str(n) for n in value[1:-1]) or words(NONE, translated)
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (tuple, list)):
        return "/".join(str(v) for v in value) or words(NONE, translated)
    return str(value)


def recipe_words(config, translated=True):
    """The recipe in a few words: "hidden 32, relu, ce, momentum lr 0.05, batch 128, 1 epoch"."""
    if config.iterations:
        length = words(QT_TRANSLATE_NOOP("RunRecord", "{count} batches"), translated)
    elif config.epochs == 1:
        length = words(QT_TRANSLATE_NOOP("RunRecord", "{count} epoch"), translated)
    else:
        length = words(QT_TRANSLATE_NOOP("RunRecord", "{count} epochs"), translated)
    if config.subset:
        recipe = QT_TRANSLATE_NOOP("RunRecord", "hidden {layers}, {activation}, {loss}, "
                                                "{optimizer} lr {lr}, batch {batch}, {length}, "
                                                "{digits} digits")
    else:
        recipe = QT_TRANSLATE_NOOP("RunRecord", "hidden {layers}, {activation}, {loss}, "
                                                "{optimizer} lr {lr}, batch {batch}, {length}")
    keys = dict(activation=config.hidden_activation, loss=config.loss, optimizer=config.optimizer)
    return words(recipe, translated).format(
        layers=value_words("layers", config.layers, translated), lr=f"{config.lr:g}",
        batch=config.batch_size, digits=f"{config.subset:,}",
        length=length.format(count=config.iterations or config.epochs), **keys,
        **{f"{k}_name": NAMES.get(v, v) for k, v in keys.items()})


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
        named = [f"{words(SHORT[name])} {value_words(name, recipe[name])}".strip()
                 for name in differing[:MAX_NAMED]]
        if len(differing) > MAX_NAMED:
            named.append("...")
        names.append(", ".join(named) if differing else QCoreApplication.translate(
            "RunRecord", "run #{number}").format(number=record.number))
    return names


COLUMNS = ["run", "source", "outcome", "seconds", "epochs", "train_accuracy", "test_accuracy",
           "train_loss", "test_loss", "recipe"]


def write_csv(records, path):
    """One row per run: its outcome, its last figures and its whole recipe (in English)."""
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
                            + [recipe_words(r.config, translated=False)]
                            + [value_words(name, recipe[name], translated=False)
                               for name in sorted(SHORT)])
    return path
