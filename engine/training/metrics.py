"""Accuracy and confusion matrix of a network on a labelled set."""
import numpy as np

from ..data.preprocess import to_inputs


def evaluate(net, images, labels, batch_size=4096):
    """Score ``net`` on ``images`` with true ``labels``.

    images : uint8 (N, 28, 28) or float (N, 784) pixels in [0, 1]

    Returns a dict: ``accuracy`` (float), ``confusion`` (10x10 ints: row =
    true label, column = predicted), ``predicted`` (N,) labels.
    """
    images = np.asarray(images)
    if images.dtype == np.uint8:
        images = to_inputs(images)
    labels = np.asarray(labels).astype(np.intp)
    predicted = net.predict(images) if len(images) else np.zeros(0, np.intp)
    classes = net.sizes[-1]
    confusion = np.bincount(labels * classes + predicted, minlength=classes * classes)
    accuracy = float(np.mean(predicted == labels)) if len(labels) else float("nan")
    return {"accuracy": accuracy, "confusion": confusion.reshape(classes, classes),
            "predicted": predicted}


TRAIN_SAMPLE = 10_000  # clean training digits the "train" figures of a run are measured on


def clean_train_sample(train_set, seed, size=TRAIN_SAMPLE):
    """The fixed training digits a run's train accuracy and loss are measured on.

    ``size`` digits of ``train_set`` (all of them when it has fewer), drawn
    once from the recipe's ``seed`` and the same every epoch: no
    augmentation, no extra data. The draw has a generator of its own, so
    that it never shifts the run's shuffling.

    Returns ``(images, labels)`` as ``train_set`` holds them.
    """
    images, labels = train_set
    n = len(labels)
    if n <= size:
        return images, labels
    keep = np.sort(np.random.default_rng((seed, 0xC1EA)).choice(n, size, replace=False))
    return np.asarray(images)[keep], np.asarray(labels)[keep]


def score(net, x, labels, targets, batch_size=4096):
    """Accuracy and mean loss of ``net`` on ``x`` (N, 784), pixels in [0, 1].

    targets : ndarray (classes, classes), row k the target vector of label k
        (``target_table``, without smoothing for the plain loss)

    Returns ``(accuracy, loss)``; both nan for an empty set.
    """
    labels = np.asarray(labels).astype(np.intp)
    if not len(labels):
        return float("nan"), float("nan")
    correct, total = 0, 0.0
    with np.errstate(over="ignore", invalid="ignore"):  # a blown-up network scores nan, no warning
        for i in range(0, len(labels), batch_size):
            out = net.forward(x[i:i + batch_size])
            y = labels[i:i + batch_size]
            total += net.loss.loss(out, targets[y]) * len(y)
            correct += int(np.count_nonzero(np.argmax(out, axis=1) == y))
    return correct / len(labels), float(total / len(labels))


def target_table(classes, lo=0.0, hi=1.0, smoothing=0.0):
    """Row k is the target vector for label k: ``hi`` at k, ``lo`` elsewhere, optionally smoothed."""
    table = np.full((classes, classes), lo, np.float32)
    np.fill_diagonal(table, hi)
    if smoothing:
        table = table * (1 - smoothing) + smoothing / classes
    return table.astype(np.float32)
