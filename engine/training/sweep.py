"""Sweeps, as in Rashid's experiments: one new network per value of one recipe field.

``sweep`` is a generator in the style of ``train``: it yields every record of
every run (``BatchStats``, ``EpochStats``, ``Finished``) and, after each run,
a ``SweepPoint`` with the value and the test accuracy it reached. It checks
``should_stop()`` between batches and before each run; a stopped run ends
the sweep.
"""
import math
from dataclasses import dataclass, replace

from .loop import train
from .records import Finished

SWEEP_FIELDS = ("lr", "hidden", "epochs")  # what a sweep can vary
MAX_HIDDEN = 8192  # the largest hidden size a sweep may try
MAX_EPOCHS = 500
QUICK_SUBSET = 10_000  # a quick sweep point trains on this many random digits...
QUICK_EPOCHS = 1  # ...for this many epochs (when the epochs are not what is swept)


@dataclass(frozen=True)
class SweepPoint:
    """One run of a sweep has ended: ``value`` of ``field`` reached ``test_accuracy``."""

    field: str
    value: float
    test_accuracy: float  # after the run's last epoch; nan when it finished none
    index: int  # 0-based, of ``count`` runs
    count: int
    finished: Finished  # the run's own last record


def sweep_value(field, value):
    """``value`` checked for ``field``, as the recipe takes it (int for sizes and epochs).

    Raises ValueError saying what is wrong.
    """
    if field not in SWEEP_FIELDS:
        raise ValueError(f"cannot sweep {field!r}; choose one of {', '.join(SWEEP_FIELDS)}")
    if field == "lr":
        if not (value > 0 and math.isfinite(value)):
            raise ValueError(f"a learning rate must be above 0, not {value:g}")
        return float(value)
    top = MAX_HIDDEN if field == "hidden" else MAX_EPOCHS
    if not math.isfinite(value) or value != int(value) or not 1 <= value <= top:
        what = "hidden nodes" if field == "hidden" else "epochs"
        raise ValueError(f"{what} must be whole numbers from 1 to {top}, not {value:g}")
    return int(value)


def sweep_config(config, field, value, quick=False):
    """The recipe one sweep point trains: ``config`` with one field changed.

    field : "lr", "hidden" (every hidden layer gets ``value`` nodes) or "epochs"
    quick : bool; a quick point is a short run, ``QUICK_EPOCHS`` on at most
        ``QUICK_SUBSET`` random digits (fewer if ``config.subset`` asks for
        fewer); when the epochs are what is swept, only the data is cut.
    """
    value = sweep_value(field, value)
    if field == "lr":
        config = replace(config, lr=value)
    elif field == "hidden":
        layers = list(config.layers)
        config = replace(config, layers=tuple([layers[0]] + [value] * (len(layers) - 2)
                                              + [layers[-1]]))
    else:
        config = replace(config, epochs=value, iterations=0)
    if quick:
        config = replace(config, subset=min(config.subset, QUICK_SUBSET) if config.subset
                         else QUICK_SUBSET)
        if field != "epochs":
            config = replace(config, epochs=QUICK_EPOCHS, iterations=0)
    return config.validate()


def sweep(config, field, values, train_set, test_set, quick=False, should_stop=None):
    """Train a new network of ``sweep_config(config, field, v, quick)`` for each ``v``.

    Parameters
    ----------
    config : TrainConfig
    field : str, one of ``SWEEP_FIELDS``
    values : sequence of numbers
    train_set, test_set : (images (N, 28, 28) uint8, labels (N,) uint8)
    quick : bool, see ``sweep_config``
    should_stop : callable returning bool

    Yields each run's records, then its ``SweepPoint``. Every value is checked
    before the first run starts (ValueError).
    """
    values = list(values)
    configs = [sweep_config(config, field, v, quick) for v in values]
    for index, (value, run_config) in enumerate(zip(values, configs)):
        if should_stop is not None and should_stop():
            break
        finished = None
        for record in train(run_config.make_network(), run_config, train_set, test_set,
                            should_stop):
            if isinstance(record, Finished):
                finished = record
            yield record
        accuracy = finished.history[-1].test_accuracy if finished.history else math.nan
        yield SweepPoint(field, sweep_value(field, value), accuracy, index, len(values), finished)
        if finished.reason == "stopped":
            break
