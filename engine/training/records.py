"""What a training run reports as it goes, and what a trained model keeps of it."""
import math
import time
from dataclasses import dataclass, field

NAN = float("nan")
CHANCE_MARGIN = 1.5  # accuracy <= 1.5 / classes (0.15 for ten digits) is no better than chance
CLEAR_MARGIN = 3.0  # accuracy >= 3 / classes (0.3) is clearly better than chance


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
    """The network after an epoch; epoch 0 is the untrained network, before the first batch.

    The train and test figures are the network's own, measured after the
    epoch on clean digits (``metrics.clean_train_sample``: a fixed 10,000
    un-augmented training digits) against the true targets, no label
    smoothing. ``loss`` and ``batch_accuracy`` are what the batches saw on
    the way: augmented digits, smoothed targets, weights still moving. On
    epoch 0, ``loss`` is ``train_loss``, ``batch_accuracy`` nan, the speeds,
    ``seconds`` and ``train_seconds`` 0, and ``eta`` nan.
    """

    epoch: int
    epochs: int
    loss: float  # mean batch loss over the epoch
    train_accuracy: float  # on the fixed sample of clean training digits, after the epoch
    test_accuracy: float  # nan when there is no test set
    samples_per_second: float
    seconds: float  # this epoch, training only
    elapsed: float  # wall seconds since the start, evaluation included
    train_seconds: float  # training only, since the start
    eta: float  # seconds left, estimated
    train_loss: float = NAN  # plain loss on the clean training sample
    test_loss: float = NAN  # plain loss on the test set; nan without one
    batch_accuracy: float = NAN  # running accuracy on the epoch's (augmented) batches


@dataclass(frozen=True)
class Finished:
    """The end of a run. ``failed`` says whether its network may replace anything.

    A run has failed when it diverged (``reason`` "diverged": the loss blew
    up, the weights became NaN/inf, or the accuracy stayed at chance; the
    network then holds the weights of its best epoch clearly better than
    chance, else its initial weights), or when it was stopped while still
    no better than chance (the network keeps its last batch's weights, as
    after any stop). ``problem`` is then the one-line reason.
    """

    reason: str  # "done", "stopped" or "diverged"
    message: str
    epochs_done: float
    steps_done: int
    elapsed: float
    train_seconds: float
    samples_per_second: float
    history: list = field(default_factory=list)  # EpochStats of epochs 1, 2, ...
    initial: EpochStats = None  # epoch 0: the untrained network
    hint: str = ""  # when diverged: the likely cause, one line
    problem: str = ""  # when failed: what went wrong, one line

    @property
    def diverged(self):
        return self.reason == "diverged"

    @property
    def failed(self):
        """True when the run's network must not replace a model: see the class."""
        return self.reason == "diverged" or bool(self.problem)


def headline_accuracy(stats):
    """The accuracy a run is judged by: test, or clean train when there is no test set."""
    return stats.test_accuracy if math.isfinite(stats.test_accuracy) else stats.train_accuracy


def clearly_learned(stats, classes=10):
    return headline_accuracy(stats) >= CLEAR_MARGIN / classes


def kept_record(finished, classes=10):
    """The record whose weights the network holds at the end of the run.

    The last epoch, except after a divergence: then the best epoch clearly
    better than chance (the earliest of equals), or None for the initial
    weights.
    """
    if not finished.diverged:
        return finished.history[-1] if finished.history else None
    best = None
    for stats in finished.history:
        if clearly_learned(stats, classes) and (
                best is None or headline_accuracy(stats) > headline_accuracy(best)):
            best = stats
    return best


def stamp_model(net, config, finished, name, preset=None):
    """Write into ``net.meta`` how the network was trained; the model file keeps it.

    config : TrainConfig of the run
    finished : Finished, the run's last record
    name : str, what the app calls the model
    preset : str, optional, the preset the recipe started from

    Returns ``net.meta``.
    """
    last = kept_record(finished, net.sizes[-1])
    net.meta.update(
        name=name, recipe=config.to_dict(),
        test_accuracy=last.test_accuracy if last else None,
        train_accuracy=last.train_accuracy if last else None,
        training_seconds=round(finished.train_seconds, 2),
        samples_per_second=round(finished.samples_per_second),
        epochs=last.epoch if finished.diverged and last else finished.epochs_done,
        trained_at=time.strftime("%Y-%m-%d %H:%M:%S"))
    if preset is not None:
        net.meta["preset"] = preset
    return net.meta
