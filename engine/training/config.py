"""Training recipes: ``TrainConfig``, the presets of the books and ours, and the ce/sse rule."""
import math
import numbers
from dataclasses import asdict, dataclass, replace

from ..data.augment import AUGMENTATIONS
from ..nn.layers import ACTIVATIONS, OUTPUTS
from ..nn.losses import LOSSES, CrossEntropy
from ..nn.network import INITS, Network
from ..nn.optim import OPTIMIZERS

SCHEDULES = ("constant", "cosine")


def loss_settings(loss):
    """The one rule that ties a loss to its output layer and its targets.

    ``"ce"``: softmax outputs on 0/1 targets; ``"sse"``: Rashid's sigmoid
    outputs on 0.01/0.99 targets (a sigmoid never reaches 0 or 1). Returns
    the TrainConfig fields ``{"loss", "output_activation", "target_range"}``,
    e.g. ``replace(config, **loss_settings("sse"))``.
    """
    if loss not in LOSSES:
        raise ValueError(f"loss must be one of {', '.join(LOSSES)}, not {loss!r}")
    kind = LOSSES[loss]
    return {"loss": loss, "output_activation": kind.output_activation,
            "target_range": kind.target_range}


@dataclass
class TrainConfig:
    """A complete training recipe; the presets below are instances of it."""

    layers: tuple = (784, 256, 10)  # layer sizes, input to output
    hidden_activation: str = "relu"
    # loss, output_activation and target_range go together: see loss_settings
    output_activation: str = CrossEntropy.output_activation
    loss: str = CrossEntropy.name
    init: str = "he"
    bias: bool = True
    input_scale: tuple = (0.0, 1.0)
    target_range: tuple = CrossEntropy.target_range
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

    def problems(self):
        """What is wrong with this recipe: ``{field name: message}``, empty when it is sound.

        The messages read on their own next to a form field, e.g.
        ``{"lr": "the learning rate must be a number above 0, not 0"}``.
        """
        found = {}
        for name, allowed in (("hidden_activation", ACTIVATIONS), ("output_activation", OUTPUTS),
                              ("loss", LOSSES), ("init", INITS), ("optimizer", OPTIMIZERS),
                              ("augment", AUGMENTATIONS), ("schedule", SCHEDULES)):
            if getattr(self, name) not in allowed:
                found[name] = f"must be one of {', '.join(allowed)}, not {getattr(self, name)!r}"
        layers = self.layers
        if (not isinstance(layers, (tuple, list)) or len(layers) < 2
                or not all(_whole(v, 1) for v in layers)):
            found["layers"] = ("the layer sizes must be at least two whole numbers of 1 or more "
                               f"(input to output), not {_shown(layers)}")
        if not _number(self.lr, above=0):
            found["lr"] = f"the learning rate must be a number above 0, not {_shown(self.lr)}"
        for name, what, least in (("batch_size", "the batch size", 1), ("epochs", "epochs", 0),
                                  ("iterations", "iterations", 0), ("subset", "the subset", 0),
                                  ("seed", "the seed", 0)):
            if not _whole(getattr(self, name), least):
                found[name] = (f"{what} must be a whole number of {least} or more, "
                               f"not {_shown(getattr(self, name))}")
        for name, what, top in (("augment_fraction", "the augmented fraction", 1.0),
                                ("thickness", "the thickness fraction", 1.0),
                                ("label_smoothing", "label smoothing", None)):
            value = getattr(self, name)
            if not (_number(value, least=0) and (value <= top if top else value < 1)):
                span = "0..1" if top else "[0, 1)"
                found[name] = f"{what} must be within {span}, not {_shown(value)}"
        for name, what in (("weight_decay", "weight decay"), ("warmup_epochs", "warm-up epochs")):
            value = getattr(self, name)
            if not _number(value, least=0):
                found[name] = f"{what} must be a number of 0 or more, not {_shown(value)}"
        return found

    def validate(self):
        """Returns the recipe; raises ValueError naming the first field that is wrong."""
        problems = self.problems()
        if problems:
            name, message = next(iter(problems.items()))
            raise ValueError(f"{name}: {message}")
        return self

    def make_network(self):
        return Network(self.layers, self.hidden_activation, self.output_activation, self.init,
                       self.seed, self.loss, self.bias, self.input_scale)

    def lr_schedule(self, steps, per_epoch):
        """The learning rate at each step (0-based) of a run of ``steps`` batches."""
        warmup = int(self.warmup_epochs * per_epoch)
        base = self.lr

        def lr_at(step):
            if step < warmup:
                return base * (step + 1) / warmup
            if self.schedule == "cosine":
                t = (step - warmup) / max(steps - warmup, 1)
                return base * 0.5 * (1 + math.cos(math.pi * t))
            return base

        return lr_at

    def to_dict(self):
        d = asdict(self)
        d["layers"], d["input_scale"], d["target_range"], d["extra_data"] = (
            list(self.layers), list(self.input_scale), list(self.target_range),
            list(self.extra_data))
        return d


PRESETS = {
    # Make Your Own Neural Network (Tariq Rashid): the book's notebook reports 0.9747.
    "rashid": TrainConfig(
        layers=(784, 200, 10), hidden_activation="sigmoid", **loss_settings("sse"),
        init="rashid", bias=False, input_scale=(0.01, 1.0), optimizer="sgd", lr=0.1,
        batch_size=1, epochs=5),
    # Deep Learning from Scratch (Saito Goki), ch. 4/5 TwoLayerNet: train 0.9471 / test 0.9465.
    "dlfs": TrainConfig(
        layers=(784, 50, 10), hidden_activation="sigmoid", **loss_settings("ce"),
        init="book", optimizer="sgd", lr=0.1, batch_size=100, iterations=10000),
    # Ours: the recipe of the bundled model (see README for what it reaches and how fast).
    "default": TrainConfig(
        layers=(784, 512, 512, 10), hidden_activation="relu", **loss_settings("ce"),
        init="he", optimizer="momentum", lr=0.05, batch_size=128, epochs=25,
        schedule="cosine", warmup_epochs=0.5, label_smoothing=0.1, weight_decay=1e-5,
        augment="elastic", augment_fraction=0.7, thickness=1.0,
        # 15,000 re-stroked training digits, and 15,000 in the styles MNIST lacks counted
        # twice: over a third of what the network sees, so that mouse drawings, flagged
        # 1s, crossed 7s, open 4s, tailed 9s, thick, thin and small digits are home ground.
        extra_data=("strokes", "styles", "styles")),
}


def _number(value, above=None, least=None):
    """A real, finite number (not a bool) above / at least the bounds given."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(value):
        return False
    return (above is None or value > above) and (least is None or value >= least)


def _whole(value, least):
    return _number(value, least=least) and float(value) == int(value)


def _shown(value):
    return list(value) if isinstance(value, tuple) else value


def preset(name, **overrides):
    """A copy of a preset recipe with some fields changed."""
    if name not in PRESETS:
        raise ValueError(f"preset must be one of {', '.join(PRESETS)}, not {name!r}")
    return replace(PRESETS[name], **overrides).validate()
