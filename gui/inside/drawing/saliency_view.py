"""The saliency view: which of your pixels pushed the network toward its answer, or against it."""
import numpy as np
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...language import Retranslatable
from .colours import AGAINST_NAME, TOWARD_NAME, qimage, saliency_overlay, saliency_picture
from .pixel_image import PixelImage
from .steady_text import SteadyText


def legend_text(label, predicted, share, toward, against, strongest):
    """The legend in the window's language; the numbers come formatted, as strings."""
    if label == predicted:
        question = QCoreApplication.translate(
            "SaliencyView", "Why a {label}? It reads {label} ({share}).").format(
            label=label, share=share)
    else:
        question = QCoreApplication.translate(
            "SaliencyView", "Why not a {label}? It reads {predicted}; {label} gets {share}."
        ).format(label=label, predicted=predicted, share=share)
    # The colour words' markup stays in the sentence: each language puts them where they go.
    body = QCoreApplication.translate(
        "SaliencyView", "<b><span style='color:{toward_colour}'>Red</span></b> pixels push the "
                        "score of {label} up, <b><span style='color:{against_colour}'>blue"
                        "</span></b> ones down: each is its value times the score's slope along "
                        "it (reds sum to {toward}, blues to {against}; strongest {strongest}).")
    return question + " " + body.format(
        toward_colour=TOWARD_NAME, against_colour=AGAINST_NAME, label=label, toward=toward,
        against=against, strongest=strongest)


def longest_legend():
    """The legend at its longest, for the height it is given."""
    return legend_text(0, 8, "100.0%", "+0.0000", "-0.0000", "0.00")


class SaliencyView(Retranslatable, QWidget):
    """The 28x28 input with red (toward the class) and blue (against) over it.

    ``target`` is None for the network's answer, else the digit asked about
    ("why not a 7?"); ``targetChanged`` fires when it is picked.
    ``onCanvasToggled`` fires when "Show on the canvas" is switched.
    """

    targetChanged = Signal()
    onCanvasToggled = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("saliencyView")
        h = QHBoxLayout(self)
        h.setContentsMargins(0, 0, 0, 0)
        self.picture = PixelImage(minimum=110)
        self.picture.setObjectName("saliencyPicture")
        h.addWidget(self.picture, 2)
        side = QVBoxLayout()
        row = QHBoxLayout()
        self.target_label = QLabel()
        row.addWidget(self.target_label)
        self.target_box = QComboBox()
        self.target_box.setObjectName("saliencyClass")
        for target in (None, *range(10)):
            self.target_box.addItem("", target)  # the texts: retranslate
        row.addWidget(self.target_box, 1)
        side.addLayout(row)
        self.on_canvas = QCheckBox()
        self.on_canvas.setObjectName("saliencyOnCanvas")
        side.addWidget(self.on_canvas)
        self.legend = SteadyText(sample=longest_legend())
        self.legend.setObjectName("saliencyLegend")
        side.addWidget(self.legend)
        side.addStretch(1)
        h.addLayout(side, 3)
        self.saliency = None  # the 28x28 array shown, for tests
        self.limit = 1.0
        self.update_count = 0
        self.target_box.currentIndexChanged.connect(lambda *_: self.targetChanged.emit())
        self.on_canvas.toggled.connect(self.onCanvasToggled)
        self._legend = None  # legend_text's arguments for the reading shown
        self.retranslate()

    def retranslate(self):
        self.setToolTip(self.tr("Each pixel's value times how much the class's score (its "
                                "output unit's input, before softmax or sigmoid) rises per unit "
                                "of that pixel. Red pixels push toward the class, blue ones "
                                "against it; the stronger the colour, the bigger the push "
                                "(square-root scale of the strongest)."))
        self.target_label.setText(self.tr("Pixels for:"))
        self.target_box.setToolTip(self.tr("Explain the network's answer, or ask why it did "
                                           "not read another digit"))
        self.target_box.setItemText(0, self.tr("its answer"))
        for d in range(10):
            self.target_box.setItemText(d + 1, self.tr("why not a {digit}?").format(digit=d))
        self.on_canvas.setText(self.tr("Show on the canvas"))
        self.on_canvas.setToolTip(self.tr("Paint these colours over your drawing itself, "
                                          "mapped back through the preprocessing"))
        self.legend.set_sample(longest_legend())
        if self._legend is not None:
            self.legend.setText(legend_text(*self._legend))

    def set_picture_side(self, side):
        """The 28x28 picture's size on screen: the page shares its height out."""
        self.picture.setFixedSize(side, side)

    def target(self):
        return self.target_box.currentData()

    def set_explanation(self, explanation):
        e = explanation
        self.saliency = e.saliency
        self.limit = max(float(np.abs(e.saliency).max()), 1e-12)
        self.picture.set_image(qimage(saliency_picture(e.pixels.reshape(28, 28), e.saliency,
                                                       self.limit)))
        label = e.label
        toward, against = e.saliency[e.saliency > 0].sum(), e.saliency[e.saliency < 0].sum()
        share = (f"{e.probabilities[label]:.0%}" if label == e.predicted
                 else f"{e.probabilities[label]:.1%}")
        self._legend = (label, e.predicted, share, f"{toward:+.3g}", f"{against:+.3g}",
                        f"{self.limit:.2g}")
        self.legend.setText(legend_text(*self._legend))
        self.update_count += 1

    def overlay(self):
        """The colours alone as RGBA (28, 28, 4), for painting over the canvas; None if none."""
        if self.saliency is None:
            return None
        return saliency_overlay(self.saliency, self.limit)
