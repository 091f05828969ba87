"""One unit up close: its incoming weights as a picture, its input sum and its output."""
import math

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from .colours import BACKGROUND_RGB, diverging, qimage
from .pixel_image import PixelImage
from .steady_text import SteadyText

HIDDEN_NAMES = {"relu": "ReLU", "sigmoid": "sigmoid", "tanh": "tanh"}


def weight_picture(weights):
    """A unit's incoming weights as an RGB picture: 28x28 from the pixels, else rows of units.

    Red positive, blue negative, scaled to the largest magnitude; the grid of a
    deeper unit holds the previous layer's units in order, row by row.
    """
    w = np.asarray(weights, np.float32)
    limit = max(float(np.abs(w).max()), 1e-12)
    if w.size == 784:
        return diverging(w.reshape(28, 28), limit), 28
    cols = math.ceil(math.sqrt(w.size))
    rows = math.ceil(w.size / cols)
    rgb = np.empty((rows * cols, 3), np.uint8)
    rgb[:] = BACKGROUND_RGB
    rgb[:w.size] = diverging(w, limit)
    return rgb.reshape(rows, cols, 3), cols


def describe_unit(net, explanation, layer, unit):
    """(title, a line on its weights, a sentence on them, five lines of numbers) for a unit.

    ``layer`` counts the hidden layers from 0; ``len(explanation.activations)``
    is the output layer. Always five short lines: the detail keeps its height.
    """
    e = explanation
    k = layer + 1  # the book numbers the layers from 1: a1 = x W1 + b1
    weights = net.weights[layer][:, unit]
    limit = float(np.abs(weights).max())
    if layer == 0:
        origin = QCoreApplication.translate("UnitDetail", "784 weights: red +, blue -")
        about = QCoreApplication.translate(
            "UnitDetail", "Its 784 incoming weights, one per pixel, as 28x28: red positive, blue "
                          "negative, up to {limit}. Red pixels raise its input sum where you "
                          "drew.").format(limit=f"{limit:.2g}")
    else:
        cols = weight_picture(weights)[1]
        origin = QCoreApplication.translate("UnitDetail", "{n} weights, {cols} a row").format(
            n=len(weights), cols=cols)
        about = QCoreApplication.translate(
            "UnitDetail", "Its {n} incoming weights, one per unit of layer {layer}, in order, "
                          "{cols} a row: red positive, blue negative, up to {limit}.").format(
            n=len(weights), layer=layer, cols=cols, limit=f"{limit:.2g}")
    source = "x" if layer == 0 else f"z{layer}"
    total = f"w\u00b7{source}" if net.biases is None else f"w\u00b7{source} + b"
    bias = (QCoreApplication.translate("UnitDetail", "no bias") if net.biases is None
            else f"b = {float(net.biases[layer][unit]):.4g}")
    if layer < len(e.activations):
        a, z = float(e.pre_activations[layer][unit]), float(e.activations[layer][unit])
        h = HIDDEN_NAMES.get(net.hidden_activation, net.hidden_activation)
        title = QCoreApplication.translate("UnitDetail", "Layer {layer}, unit {unit}").format(
            layer=k, unit=unit)
        lines = [QCoreApplication.translate("UnitDetail", "input sum: {a}").format(a=f"{a:.4g}"),
                 f"a{k}[{unit}] = {total}", bias,
                 QCoreApplication.translate("UnitDetail", "output: {z}").format(z=f"{z:.4g}"),
                 f"z{k}[{unit}] = {h}(a{k}[{unit}])"]
    else:
        a = float(e.scores[unit])
        title = QCoreApplication.translate("UnitDetail", "Output unit {unit} (digit {unit})"
                                           ).format(unit=unit)
        lines = [QCoreApplication.translate("UnitDetail", "score: {a}").format(a=f"{a:.4g}"),
                 f"a{k}[{unit}] = {total}", bias]
        if net.output_activation == "softmax":
            lines += [QCoreApplication.translate("UnitDetail", "probability: {p}").format(
                          p=f"{e.probabilities[unit]:.1%}"),
                      f"y[{unit}] = softmax(a{k})[{unit}]"]
        else:
            lines += [QCoreApplication.translate("UnitDetail", "output: {y} ({p} shown)").format(
                          y=f"{e.outputs[unit]:.4g}", p=f"{e.probabilities[unit]:.1%}"),
                      f"y[{unit}] = sigmoid(a{k}[{unit}])"]
    return title, origin, about, "\n".join(lines)


class UnitDetail(QWidget):
    """The unit under the mouse (or the one clicked): weights, input sum, output."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("unitDetail")
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(3)
        self.title = SteadyText()
        self.title.setObjectName("unitTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        v.addWidget(self.title)
        self.picture = PixelImage(minimum=80)
        self.picture.setObjectName("unitWeights")
        v.addWidget(self.picture, 0, Qt.AlignHCenter)
        self.origin = SteadyText()
        self.origin.setObjectName("unitOrigin")
        v.addWidget(self.origin)
        self.text = SteadyText(lines=5)  # describe_unit gives five lines, always
        self.text.setObjectName("unitText")
        v.addWidget(self.text)
        self.set_picture_side(110)
        self.unit = None  # (layer, unit) shown
        self.weights = None  # the picture's RGB array, for tests and screenshots

    def set_picture_side(self, side):
        self.picture.setFixedSize(side, side)
        self.setFixedWidth(max(side, 180))

    def show_unit(self, net, explanation, layer, unit):
        self.unit = (layer, unit)
        self.weights = weight_picture(net.weights[layer][:, unit])[0]
        self.picture.set_image(qimage(self.weights))
        title, origin, about, text = describe_unit(net, explanation, layer, unit)
        self.title.setText(title)
        self.origin.setText(origin)
        self.picture.setToolTip(about)
        self.origin.setToolTip(about)
        self.text.setText(text)
