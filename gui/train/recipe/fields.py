"""Small widgets behind the recipe form: combos that show words but hold the engine's
keys, spin boxes for shares and for numbers spanning decades, and the folding button.

Their words are set by the form's ``retranslate``: ``choices`` are the lists of
``texts`` (key, text, tip), translated here with ``texts.say``.
"""
import html
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QSpinBox, QToolButton

from .texts import say


def explain(lead, choices):
    """A rich-text tooltip: a lead sentence, then one line per option."""
    lines = "".join(f"<br><b>{html.escape(say(text))}</b>: {html.escape(say(tip))}"
                    for _, text, tip in choices)
    return f"<p>{html.escape(lead)}{lines}</p>"


def choice_combo(name, choices):
    box = QComboBox()
    box.setObjectName(name)
    for key, text, _ in choices:
        box.addItem(text, key)
    name_choices(box, choices)
    # Qt's default size-adjust policy is kept on purpose: it never lets a combo be narrower
    # than its longest item, so the column is sized to show every choice whole.
    return box


def name_choices(box, choices):
    """Each item of ``box`` that is one of ``choices`` named in the language of the moment;
    its key (the item data), and so the selection, stay."""
    for key, text, tip in choices:
        i = box.findData(key)
        if i >= 0:
            box.setItemText(i, say(text))
            box.setItemData(i, say(tip), Qt.ToolTipRole)
    # The size kept from the first show fits the old words: toggling the policy drops it.
    policy = box.sizeAdjustPolicy()
    box.setSizeAdjustPolicy(QComboBox.AdjustToContents)
    box.setSizeAdjustPolicy(policy)


def select(box, key):
    """Select the item whose data is ``key``; a value no item has gets its own item,
    so a recipe from elsewhere still shows what it is."""
    i = box.findData(key)
    if i < 0:
        box.addItem(str(key), key)
        i = box.count() - 1
    box.setCurrentIndex(i)


def int_spin(name, lo, hi, step=1, suffix=""):
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(lo, hi)
    box.setSingleStep(step)
    box.setSuffix(suffix)
    return box


def percent_spin(name):
    """A 0..1 share edited as 0..100 %."""
    return int_spin(name, 0, 100, step=10, suffix=" %")


_NUMBER = re.compile(r"[0-9]*\.?[0-9]*(e[-+]?[0-9]*)?", re.IGNORECASE)


class NumberSpin(QDoubleSpinBox):
    """A float spin box that shows 0.05 or 1e-05 rather than 0.05000 or 0.000010, and
    accepts typed scientific notation, for values spanning several decades."""

    def __init__(self, name, lo, hi, step=None):
        super().__init__()
        self.setObjectName(name)
        self.setDecimals(12)  # value() keeps what was set; the text is %g anyway
        self.setRange(lo, hi)
        self._decade_steps = step is None
        if step is not None:
            self.setSingleStep(step)

    def textFromValue(self, value):
        return f"{value:g}"

    def _bare(self, text):
        text = text.strip()
        if self.suffix().strip() and text.endswith(self.suffix().strip()):
            text = text[:-len(self.suffix().strip())]
        return text.strip()

    def valueFromText(self, text):
        try:
            return float(self._bare(text))
        except ValueError:
            return self.value()

    def validate(self, text, pos):
        if text.strip() and text.strip() == self.specialValueText():
            return QValidator.Acceptable, text, pos
        t = self._bare(text)
        if not _NUMBER.fullmatch(t):
            return QValidator.Invalid, text, pos
        try:
            value = float(t)
        except ValueError:
            return QValidator.Intermediate, text, pos
        fits = self.minimum() <= value <= self.maximum()
        return (QValidator.Acceptable if fits else QValidator.Intermediate), text, pos

    def stepBy(self, steps):
        if not self._decade_steps:
            return super().stepBy(steps)
        # Decay values that matter differ by factors of ten, not by fixed amounts.
        value = self.value()
        if value <= 0:
            value = 1e-6 if steps > 0 else 0.0
        else:
            value *= 10.0 ** steps
            if value < 1e-6:
                value = 0.0
        self.setValue(float(f"{value:.6g}"))


class FoldButton(QToolButton):
    """A flat "More settings" button whose arrow says whether its section is open."""

    def __init__(self, name):
        super().__init__()
        self.setObjectName(name)
        self.setCheckable(True)
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.setArrowType(Qt.RightArrow)
        self.toggled.connect(lambda shown: self.setArrowType(Qt.DownArrow if shown
                                                             else Qt.RightArrow))

