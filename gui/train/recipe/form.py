"""The recipe fields of the training panel: a preset fills them, any edit makes it 'Custom'.

Every TrainConfig setting that changes the result has a field, so a learner can see what
a preset really does (Rashid's bias-free network, the book's 0.01 randn, our cosine
schedule...). The rarely changed ones fold away under "More settings", so the common ones
stay in view in a short column.
"""
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from engine import PRESETS, loss_settings

from ...language import Retranslatable
from . import fields as F
from . import texts as T
from .checks import set_tip

MNIST_TRAIN = 60000  # what "epochs" means when the book counts iterations
STROKES = "strokes"


class RecipeForm(Retranslatable, QWidget):
    """Edits a TrainConfig; ``config()`` gives the recipe the fields describe."""

    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._labels = []  # (label, its text)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._build_common(self._new_form()))
        self.details_toggle = F.FoldButton("detailsToggle")
        self.details_toggle.toggled.connect(self.show_details)
        column.addWidget(self.details_toggle)
        self.details = QWidget()
        self.details.setObjectName("detailsSection")
        self.details.setLayout(self._build_details(self._new_form()))
        column.addWidget(self.details)
        column.addStretch(1)

        self._base = PRESETS["default"]
        self._kept_epochs = self._base.epochs
        self._filling = False
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.hidden.textEdited.connect(self._field_edited)
        for w in (self.activation, self.loss, self.optimizer, self.augment, self.init,
                  self.input_scale, self.schedule):
            w.currentIndexChanged.connect(self._field_edited)
        for w in (self.lr, self.batch, self.epochs, self.iterations, self.seed, self.smoothing,
                  self.weight_decay, self.warmup, self.augment_fraction, self.thickness,
                  self.strokes):
            w.valueChanged.connect(self._field_edited)
        self.bias.toggled.connect(self._field_edited)
        self.show_details(False)
        self.choose_preset("default")
        self.retranslate()

    def retranslate(self):
        for label, text in self._labels:
            label.setText(QCoreApplication.translate("RecipeForm", text))
        # Both forms share one label column, so the two sections line up as one.
        for label, _ in self._labels:
            label.setMinimumWidth(0)
        width = max(label.sizeHint().width() for label, _ in self._labels)
        for label, _ in self._labels:
            label.setMinimumWidth(width)
        for name, (choices, lead) in T.COMBOS.items():
            box = getattr(self, name)
            F.name_choices(box, choices)
            set_tip(box, F.explain(T.say(lead), choices))
        for name, tip in T.FIELD_TIPS.items():
            set_tip(getattr(self, name), T.say(T.TIPS[tip]))
        for spin in (self.iterations, self.smoothing, self.weight_decay, self.warmup):
            spin.setSpecialValueText(self.tr("off"))
        self.strokes.setSpecialValueText(self.tr("not used"))
        self.warmup.setSuffix(self.tr(" epochs"))
        self.strokes.setSuffix(self.tr(" times"))
        self.bias.setText(self.tr("on"))
        self.details_toggle.setText(self.tr("More settings"))
        filling, self._filling = self._filling, True  # new words are no edit
        self._follow()  # the output layer's line and the epochs' tooltip
        self._filling = filling

    def minimumSizeHint(self):
        # As wide folded as open: a column sized while "More settings" was closed (a
        # splitter, a scroll area) does not widen when it opens, and would cut it off.
        hint = super().minimumSizeHint()
        hint.setWidth(max(hint.width(), self.details.minimumSizeHint().width(),
                          self.details.minimumWidth()))
        return hint

    # -- building ------------------------------------------------------------------
    def _new_form(self):
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        # Fields fill the column, whatever the style's default.
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        return form

    def _row(self, form, text, field):
        """``text``: marked for translation; ``retranslate`` shows it."""
        label = QLabel()
        label.setBuddy(field)
        self._labels.append((label, text))
        form.addRow(label, field)

    def _build_common(self, form):
        self.preset = F.choice_combo("presetCombo", T.PRESET_CHOICES)
        self._row(form, QT_TRANSLATE_NOOP("RecipeForm", "Preset"), self.preset)
        self.hidden = QLineEdit()
        self.hidden.setObjectName("hiddenEdit")
        self._row(form, QT_TRANSLATE_NOOP("RecipeForm", "Hidden layers"), self.hidden)
        self.activation = F.choice_combo("activationCombo", T.ACTIVATIONS)
        self._row(form, QT_TRANSLATE_NOOP("RecipeForm", "Activation"), self.activation)
        self.loss = F.choice_combo("lossCombo", T.LOSSES)
        self._row(form, QT_TRANSLATE_NOOP("RecipeForm", "Loss"), self.loss)
        self.optimizer = F.choice_combo("optimizerCombo", T.OPTIMIZERS)
        self._row(form, QT_TRANSLATE_NOOP("RecipeForm", "Optimizer"), self.optimizer)
        # From 0: a learning rate or batch size that makes no sense is marked, not refused.
        self.lr = F.NumberSpin("lrSpin", 0.0, 1e6, step=0.01)
        self._row(form, QT_TRANSLATE_NOOP("RecipeForm", "Learning rate"), self.lr)
        self.batch = F.int_spin("batchSpin", 0, 4096)
        self._row(form, QT_TRANSLATE_NOOP("RecipeForm", "Batch size"), self.batch)
        self.epochs = F.int_spin("epochsSpin", 1, 500)
        self._row(form, QT_TRANSLATE_NOOP("RecipeForm", "Epochs"), self.epochs)
        self.iterations = F.int_spin("iterationsSpin", 0, 10_000_000, step=1000)
        self.iterations.setGroupSeparatorShown(True)
        self._row(form, QT_TRANSLATE_NOOP("RecipeForm", "Iterations"), self.iterations)
        self.augment = F.choice_combo("augmentCombo", T.AUGMENTATIONS)
        self._row(form, QT_TRANSLATE_NOOP("RecipeForm", "Augmentation"), self.augment)
        return form

    def _build_details(self, form):
        self.init = F.choice_combo("initCombo", T.INITS)
        self._row(form, QT_TRANSLATE_NOOP("RecipeForm", "Initial weights"), self.init)
        self.bias = QCheckBox()
        self.bias.setObjectName("biasCheck")
        self._row(form, QT_TRANSLATE_NOOP("RecipeForm", "Biases"), self.bias)
        self.input_scale = F.choice_combo("inputScaleCombo", T.INPUT_SCALES)
        self._row(form, QT_TRANSLATE_NOOP("RecipeForm", "Input pixels"), self.input_scale)
        self.outputs = QLabel()
        self.outputs.setObjectName("outputsLabel")
        self.outputs.setWordWrap(True)
        self._row(form, QT_TRANSLATE_NOOP("RecipeForm", "Output layer"), self.outputs)
        self.smoothing = F.NumberSpin("smoothingSpin", 0.0, 0.5, step=0.05)
        self._row(form, QT_TRANSLATE_NOOP("RecipeForm", "Smoothing"), self.smoothing)
        self.weight_decay = F.NumberSpin("weightDecaySpin", 0.0, 1.0)
        self._row(form, QT_TRANSLATE_NOOP("RecipeForm", "Weight decay"), self.weight_decay)
        self.schedule = F.choice_combo("scheduleCombo", T.SCHEDULES)
        self._row(form, QT_TRANSLATE_NOOP("RecipeForm", "LR schedule"), self.schedule)
        self.warmup = F.NumberSpin("warmupSpin", 0.0, 100.0, step=0.5)
        self._row(form, QT_TRANSLATE_NOOP("RecipeForm", "Warm-up"), self.warmup)
        self.augment_fraction = F.percent_spin("augmentFractionSpin")
        self._row(form, QT_TRANSLATE_NOOP("RecipeForm", "Augmented"), self.augment_fraction)
        self.thickness = F.percent_spin("thicknessSpin")
        self._row(form, QT_TRANSLATE_NOOP("RecipeForm", "Width varied"), self.thickness)
        self.strokes = F.int_spin("strokesSpin", 0, 10)
        self._row(form, QT_TRANSLATE_NOOP("RecipeForm", "Stroke set"), self.strokes)
        self.seed = F.int_spin("seedSpin", 0, 2 ** 31 - 1)
        self._row(form, QT_TRANSLATE_NOOP("RecipeForm", "Seed"), self.seed)
        return form

    # -- public --------------------------------------------------------------------
    def show_details(self, shown):
        """Show or hide the rarely changed settings under "More settings"."""
        shown = bool(shown)
        if self.details_toggle.isChecked() != shown:
            self.details_toggle.setChecked(shown)  # comes back here through toggled
            return
        self.details.setVisible(shown)

    def details_shown(self):
        return self.details_toggle.isChecked()

    def choose_preset(self, key):
        """Fill the fields from ``PRESETS[key]``; ``None`` selects "Custom" and keeps them."""
        index = self.preset.findData(key) if key is not None else self.preset.count() - 1
        if index < 0:
            raise ValueError(f"no preset {key!r}")
        self.preset.setCurrentIndex(index)

    def hidden_sizes(self):
        text = self.hidden.text().replace(" ", "")
        if not text:
            return []
        try:
            sizes = [int(v) for v in text.split(",") if v]
        except ValueError:
            raise ValueError(self.tr("hidden layers must be numbers like 200 or 512,512, not "
                                     "{text}").format(text=repr(text))) from None
        if any(n < 1 or n > 8192 for n in sizes) or len(sizes) > 6:
            raise ValueError(self.tr("use up to 6 hidden layers of 1 to 8192 units"))
        return sizes

    def config(self):
        """The TrainConfig the fields describe (raises ValueError for bad input)."""
        return self.raw_config().validate()

    def raw_config(self, subset=None):
        """The same, not validated (``checks.form_problems`` says what is wrong with it);
        ValueError only for hidden layers that do not parse."""
        iterations = self.iterations.value()
        others = tuple(name for name in self._base.extra_data if name != STROKES)
        return replace(
            self._base, layers=tuple([784] + self.hidden_sizes() + [10]),
            hidden_activation=self.activation.currentData(),
            # The loss fixes the output layer and the targets; they are never chosen alone.
            **loss_settings(self.loss.currentData()),
            init=self.init.currentData(), bias=self.bias.isChecked(),
            input_scale=tuple(float(v) for v in self.input_scale.currentData().split(",")),
            label_smoothing=self.smoothing.value(),
            optimizer=self.optimizer.currentData(), lr=self.lr.value(),
            weight_decay=self.weight_decay.value(), batch_size=self.batch.value(),
            # With iterations set the engine ignores epochs; the spin then shows their count.
            epochs=self._kept_epochs if iterations else self.epochs.value(),
            iterations=iterations, schedule=self.schedule.currentData(),
            warmup_epochs=self.warmup.value(), augment=self.augment.currentData(),
            augment_fraction=self.augment_fraction.value() / 100,
            thickness=self.thickness.value() / 100,
            extra_data=(STROKES,) * self.strokes.value() + others,  # the presets' order
            seed=self.seed.value(), subset=self._base.subset if subset is None else subset)

    # -- internals -----------------------------------------------------------------
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
        F.select(self.activation, c.hidden_activation)
        F.select(self.loss, c.loss)
        F.select(self.optimizer, c.optimizer)
        self.lr.setValue(c.lr)
        self.batch.setValue(c.batch_size)
        self._kept_epochs = c.epochs
        self.epochs.setValue(c.epochs)
        self.iterations.setValue(c.iterations)
        F.select(self.augment, c.augment)
        self.seed.setValue(c.seed)
        F.select(self.init, c.init)
        self.bias.setChecked(c.bias)
        F.select(self.input_scale, ",".join(str(float(v)) for v in c.input_scale))
        self.smoothing.setValue(c.label_smoothing)
        self.weight_decay.setValue(c.weight_decay)
        F.select(self.schedule, c.schedule)
        self.warmup.setValue(c.warmup_epochs)
        self.augment_fraction.setValue(round(c.augment_fraction * 100))
        self.thickness.setValue(round(c.thickness * 100))
        self.strokes.setValue(c.extra_data.count(STROKES))
        self._follow()
        self._filling = False

    def _field_edited(self, *_):
        if self._filling:
            return
        if self.sender() is self.iterations and self.epochs.isEnabledTo(self):
            # Switching from epochs to iterations: remember the epochs the user had.
            self._kept_epochs = self.epochs.value()
        self._filling = True  # what _follow sets follows from the edit; it is no edit itself
        self._follow()
        self._filling = False
        if self.preset.currentData() is not None:
            self.preset.blockSignals(True)
            self.choose_preset(None)
            self.preset.blockSignals(False)
        self.edited.emit()

    def _follow(self):
        """Fields that depend on others: the outputs the loss implies, the epochs that
        iterations amount to, and augmentation details that only act with augmentation."""
        implied = loss_settings(self.loss.currentData())
        lo, hi = implied["target_range"]
        self.outputs.setText(self.tr("{activation}, targets {low} / {high}").format(
            activation=implied["output_activation"], low=f"{lo:g}", high=f"{hi:g}"))
        iterations = self.iterations.value()
        self.epochs.setEnabled(not iterations)
        self.epochs.setPrefix("\N{ALMOST EQUAL TO} " if iterations else "")
        if iterations:
            passes = iterations * self.batch.value() / MNIST_TRAIN
            self.epochs.setValue(max(1, -(-iterations * self.batch.value() // MNIST_TRAIN)))
            set_tip(self.epochs, T.say(T.TIPS["epochs_by_iterations"]).format(
                iterations=iterations, batch=self.batch.value(), passes=passes))
        else:
            set_tip(self.epochs, T.say(T.TIPS["epochs"]))
        augmenting = self.augment.currentData() != "none"
        self.augment_fraction.setEnabled(augmenting)
        self.thickness.setEnabled(augmenting)
