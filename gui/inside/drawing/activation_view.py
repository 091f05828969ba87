"""The activation view: every layer's units lit by your drawing, and one unit up close."""
import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ...language import Retranslatable
from .layer_grid import Band, LayerGrid
from .unit_detail import HIDDEN_NAMES, UnitDetail

MARKED = 5  # strongest units outlined per hidden layer: few enough to find at a glance


def bands(net, explanation):
    """The grid's layers for one explanation: the hidden layers, then the output."""
    h = HIDDEN_NAMES.get(net.hidden_activation, net.hidden_activation)
    # Two lines over each layer: what it is, then how it lit up.
    layer_of = QCoreApplication.translate("ActivationView", "Layer {layer}: {n} {kind}")
    out = []
    for i, z in enumerate(explanation.activations):
        strongest = [int(u) for u in np.argsort(z)[::-1][:MARKED]]
        n = len(z)
        if net.hidden_activation == "relu":
            top = max(float(z.max()), 1e-6)
            state = QCoreApplication.translate("ActivationView", "{active} active; yellow {top}")
            caption = layer_of.format(layer=i + 1, n=n, kind="ReLU") + "\n" + state.format(
                active=int((z > 0).sum()), top=f"{top:.3g}")
            out.append(Band(z, top, caption, marked=strongest))
        elif net.hidden_activation == "tanh":
            state = QCoreApplication.translate("ActivationView", "blue -1, red 1")
            caption = layer_of.format(layer=i + 1, n=n, kind="tanh") + "\n" + state
            out.append(Band(z, 1.0, caption, signed=True, marked=strongest))
        else:
            state = QCoreApplication.translate("ActivationView", "{above} above 0.5")
            caption = layer_of.format(layer=i + 1, n=n, kind=h) + "\n" + state.format(
                above=int((z > 0.5).sum()))
            out.append(Band(z, 1.0, caption, marked=strongest))
    caption = (QCoreApplication.translate("ActivationView",
                                          "Output: the ten probabilities (softmax)")
               if net.output_activation == "softmax" else
               QCoreApplication.translate("ActivationView",
                                          "Output: ten sigmoids, as shares of their sum"))
    out.append(Band(explanation.probabilities, 1.0, caption,
                    marked=[explanation.predicted]))
    return out


class ActivationView(Retranslatable, QWidget):
    """Each layer as a grid of units coloured by activation; hover or click one for its weights.

    Hovering shows a unit; a click keeps it shown (a second click lets go).
    Without either, the strongest unit of the first layer is shown.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("activationView")
        h = QHBoxLayout(self)
        h.setContentsMargins(0, 0, 0, 0)
        self.grid = LayerGrid()
        h.addWidget(self.grid, 3, Qt.AlignTop)
        self.detail = UnitDetail()
        h.addWidget(self.detail, 0, Qt.AlignTop)
        self.net = self.explanation = None
        self.pinned = None
        self.update_count = 0
        self.grid.hovered.connect(self._hovered)
        self.grid.clicked.connect(self._clicked)
        self.retranslate()

    def retranslate(self):
        self.setToolTip(self.tr("Every unit of every layer, coloured by its output for your "
                                "drawing (black 0, yellow the layer's largest, or 1 for sigmoid "
                                "units; tanh units blue -1 to red 1); the five strongest of each "
                                "layer are outlined in cyan. Point at a unit, or click it to keep "
                                "it, to see its incoming weights, its input sum and its output."))
        if self.explanation is not None:  # the captions and the unit's words, said again
            self.grid.set_bands(bands(self.net, self.explanation))
            self.show_unit(*(self.pinned or self._default_unit()))

    def set_explanation(self, net, explanation):
        self.net, self.explanation = net, explanation
        if self.pinned is not None and not self._valid(*self.pinned):
            self.pinned = None
        self.grid.set_bands(bands(net, explanation))
        self.show_unit(*(self.pinned or self._default_unit()))
        self.update_count += 1

    def show_unit(self, layer, unit):
        """Show ``unit`` of ``layer`` (hidden layers from 0, the output last) in the detail."""
        if self.explanation is None or not self._valid(layer, unit):
            return
        self.detail.show_unit(self.net, self.explanation, layer, unit)
        self.grid.set_selected((layer, unit))

    def _default_unit(self):
        if self.explanation.activations:
            return 0, int(np.argmax(self.explanation.activations[0]))
        return 0, self.explanation.predicted

    def _valid(self, layer, unit):
        sizes = self.net.sizes[1:]
        return 0 <= layer < len(sizes) and 0 <= unit < sizes[layer]

    def _hovered(self, layer, unit):
        if layer < 0:  # the mouse left the units: back to the one kept, or the default
            if self.explanation is not None:
                self.show_unit(*(self.pinned or self._default_unit()))
            return
        self.show_unit(layer, unit)

    def _clicked(self, layer, unit):
        self.pinned = None if self.pinned == (layer, unit) else (layer, unit)
        self.show_unit(layer, unit)
