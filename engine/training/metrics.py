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
