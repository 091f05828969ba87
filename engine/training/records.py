"""What a training run reports as it goes, and what a trained model keeps of it."""
import time
from dataclasses import dataclass, field


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


def stamp_model(net, config, finished, name, preset=None):
    """Write into ``net.meta`` how the network was trained; the model file keeps it.

    config : TrainConfig of the run
    finished : Finished, the run's last record
    name : str, what the app calls the model
    preset : str, optional, the preset the recipe started from

    Returns ``net.meta``.
    """
    last = finished.history[-1] if finished.history else None
    net.meta.update(
        name=name, recipe=config.to_dict(),
        test_accuracy=last.test_accuracy if last else None,
        train_accuracy=last.train_accuracy if last else None,
        training_seconds=round(finished.train_seconds, 2),
        samples_per_second=round(finished.samples_per_second),
        epochs=finished.epochs_done, trained_at=time.strftime("%Y-%m-%d %H:%M:%S"))
    if preset is not None:
        net.meta["preset"] = preset
    return net.meta
