"""The recipe fields of the training panel: a preset fills them, any edit makes it 'Custom'."""
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFormLayout, QLineEdit, QSpinBox,
                               QWidget)

from engine import PRESETS

PRESET_NAMES = [("Rashid classic (sigmoid, SSE)", "rashid"),
                ("Deep Learning from Scratch TwoLayerNet", "dlfs"),
                ("Default (fast, robust)", "default"),
                ("Custom", None)]


class RecipeForm(QWidget):
    """Edits a TrainConfig; ``config()`` gives the recipe the fields describe."""

    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.preset = QComboBox()
        self.preset.setObjectName("presetCombo")
        for text, key in PRESET_NAMES:
            self.preset.addItem(text, key)
        self.preset.setToolTip("A recipe from the books, ours, or your own (Custom)")
        form.addRow("Preset", self.preset)

        self.hidden = QLineEdit()
        self.hidden.setObjectName("hiddenEdit")
        self.hidden.setToolTip("Hidden layer sizes, comma separated, e.g. 200 or 512,512")
        form.addRow("Hidden layers", self.hidden)
        self.activation = self._combo("activationCombo", ["relu", "sigmoid", "tanh"],
                                      "Activation of the hidden layers")
        form.addRow("Activation", self.activation)
        self.loss = self._combo("lossCombo", ["ce", "sse"],
                                "ce: softmax + cross-entropy; sse: sigmoid outputs + squared error "
                                "on 0.01/0.99 targets (Rashid)")
        form.addRow("Loss", self.loss)
        self.optimizer = self._combo("optimizerCombo", ["sgd", "momentum", "adam"], "Optimizer")
        form.addRow("Optimizer", self.optimizer)
        self.lr = QDoubleSpinBox()
        self.lr.setObjectName("lrSpin")
        self.lr.setDecimals(5)
        self.lr.setRange(1e-5, 1e6)
        self.lr.setSingleStep(0.01)
        self.lr.setToolTip("Learning rate")
        form.addRow("Learning rate", self.lr)
        self.batch = self._spin("batchSpin", 1, 4096, "Mini-batch size (1: one sample at a time, as Rashid)")
        form.addRow("Batch size", self.batch)
        self.epochs = self._spin("epochsSpin", 1, 500, "Passes over the training data")
        form.addRow("Epochs", self.epochs)
        self.augment = self._combo("augmentCombo", ["none", "rotate", "affine", "elastic"],
                                   "Data augmentation: rotate is Rashid's +-10 degrees")
        form.addRow("Augmentation", self.augment)
        self.seed = self._spin("seedSpin", 0, 2 ** 31 - 1, "Random seed: same seed, same run")
        form.addRow("Seed", self.seed)

        self._base = PRESETS["default"]
        self._filling = False
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        for w in (self.hidden,):
            w.textEdited.connect(self._field_edited)
        for w in (self.activation, self.loss, self.optimizer, self.augment):
            w.currentIndexChanged.connect(self._field_edited)
        for w in (self.lr, self.batch, self.epochs, self.seed):
            w.valueChanged.connect(self._field_edited)
        self.preset.setCurrentIndex(2)
        self._preset_chosen()

    def _combo(self, name, items, tip):
        box = QComboBox()
        box.setObjectName(name)
        box.addItems(items)
        box.setToolTip(tip)
        return box

    def _spin(self, name, lo, hi, tip):
        box = QSpinBox()
        box.setObjectName(name)
        box.setRange(lo, hi)
        box.setToolTip(tip)
        return box

    def choose_preset(self, key):
        self.preset.setCurrentIndex(next(i for i, (_, k) in enumerate(PRESET_NAMES) if k == key))

    def _preset_chosen(self):
        key = self.preset.currentData()
        if key is None:
            return
        self._base = PRESETS[key]
        self._fill(self._base)
        self.edited.emit()

    def _fill(self, c):
        self._filling = True
        self.hidden.setText(",".join(str(n) for n in c.layers[1:-1]))
        self.activation.setCurrentText(c.hidden_activation)
        self.loss.setCurrentText(c.loss)
        self.optimizer.setCurrentText(c.optimizer)
        self.lr.setValue(c.lr)
        self.batch.setValue(c.batch_size)
        # The book counts iterations; the form shows the epochs they amount to.
        self.epochs.setValue(c.epochs if not c.iterations else max(1, round(c.iterations * c.batch_size / 60000)))
        self.augment.setCurrentText(c.augment)
        self.seed.setValue(c.seed)
        self._filling = False

    def _field_edited(self, *_):
        if self._filling:
            return
        if self.preset.currentData() is not None:
            self.preset.blockSignals(True)
            self.preset.setCurrentIndex(len(PRESET_NAMES) - 1)
            self.preset.blockSignals(False)
        self.edited.emit()

    def hidden_sizes(self):
        text = self.hidden.text().replace(" ", "")
        if not text:
            return []
        try:
            sizes = [int(v) for v in text.split(",") if v]
        except ValueError:
            raise ValueError(f"hidden layers must be numbers like 200 or 512,512, not {text!r}") from None
        if any(n < 1 or n > 8192 for n in sizes) or len(sizes) > 6:
            raise ValueError("use up to 6 hidden layers of 1 to 8192 units")
        return sizes

    def config(self):
        """The TrainConfig the fields describe (raises ValueError for bad input)."""
        c = self._base
        loss = self.loss.currentText()
        output = dict(loss="ce", output_activation="softmax", target_range=(0.0, 1.0)) if loss == "ce" \
            else dict(loss="sse", output_activation="sigmoid", target_range=(0.01, 0.99))
        if loss == c.loss:  # keep the preset's own output settings (e.g. label smoothing)
            output = {}
        unchanged_length = self.epochs.value() == self._form_epochs(c)
        return replace(
            c, layers=tuple([784] + self.hidden_sizes() + [10]),
            hidden_activation=self.activation.currentText(), optimizer=self.optimizer.currentText(),
            lr=self.lr.value(), batch_size=self.batch.value(),
            epochs=self.epochs.value(), iterations=c.iterations if unchanged_length else 0,
            augment=self.augment.currentText(), seed=self.seed.value(), **output).validate()

    @staticmethod
    def _form_epochs(c):
        return c.epochs if not c.iterations else max(1, round(c.iterations * c.batch_size / 60000))
