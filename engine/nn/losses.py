"""Losses: objects with ``loss(y, t)`` and ``grad(y, t)``, no string switches.

``y`` is what the output layer gave and ``t`` the targets, both of shape
(batch, classes). ``grad`` is the gradient of the mean loss with respect to
the output layer's *input* (the logits), where the network's backward pass
starts. Each loss knows the output activation and the target range it is
meant for: ``output_activation`` and ``target_range``, the rule a training
recipe follows (``training.config.loss_settings``).
"""
import numpy as np


class Loss:
    """What every loss has: ``name``, ``output_activation``, ``target_range``, ``loss``, ``grad``."""

    name = output_activation = target_range = None

    def loss(self, y, t):
        """The mean loss over the batch, a float."""
        raise NotImplementedError

    def grad(self, y, t):
        """Gradient of the mean loss w.r.t. the logits, shape of ``y``."""
        raise NotImplementedError

    def __repr__(self):
        return f"<{type(self).__name__} {self.name!r}>"


class CrossEntropy(Loss):
    """Cross-entropy; over a softmax, ``-sum(t log p)`` (Deep Learning from Scratch, ch. 4).

    Over sigmoid outputs, each unit a yes/no of its own, it is the binary
    cross-entropy summed over the units. Either way the output's derivative
    cancels and the gradient w.r.t. the logits is ``(y - t) / batch`` (for
    softmax, with targets that sum to 1 per row).
    """

    name = "ce"
    output_activation = "softmax"
    target_range = (0.0, 1.0)

    def __init__(self, output):
        self._binary = output.independent

    def loss(self, y, t):
        if self._binary:
            # clip to (1e-7, 1 - 1e-7): log(0) is -inf for a confidently wrong answer
            y = np.clip(y, 1e-7, 1 - 1e-7)
            return float(-np.sum(t * np.log(y) + (1 - t) * np.log(1 - y)) / len(y))
        return float(-np.sum(t * np.log(np.maximum(y, 1e-7))) / len(y))

    def grad(self, y, t):
        """Written over ``y``: the forward buffer is not needed any more."""
        y -= t
        y *= 1.0 / len(y)
        return y


class SquaredError(Loss):
    """Half the squared error, summed over the outputs, averaged over the batch (Rashid).

    A sigmoid never reaches 0 or 1, so its targets are 0.01 and 0.99.
    """

    name = "sse"
    output_activation = "sigmoid"
    target_range = (0.01, 0.99)

    def __init__(self, output):
        self._output = output

    def loss(self, y, t):
        return float(0.5 * np.sum((y - t) ** 2) / len(y))

    def grad(self, y, t):
        # Through the output's own derivative: no cancellation to exploit here.
        return self._output.backward((y - t) * (1.0 / len(y)))


LOSSES = {"ce": CrossEntropy, "sse": SquaredError}


def make_loss(loss, output):
    """The loss for the output layer ``output``.

    ``loss`` is a name from ``LOSSES``, a loss object of another network
    (its kind is taken), or None for the loss the output is meant for:
    cross-entropy for softmax, squared error for sigmoid.
    """
    if loss is None:
        loss = next(name for name, kind in LOSSES.items() if kind.output_activation == output.name)
    name = getattr(loss, "name", loss)
    if not isinstance(name, str) or name not in LOSSES:
        raise ValueError(f"loss must be one of {', '.join(LOSSES)}, not {loss!r}")
    return LOSSES[name](output)
