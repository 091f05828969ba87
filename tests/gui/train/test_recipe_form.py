"""The recipe form: every setting that decides a run is shown, explained and round-trips."""
from dataclasses import fields, replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (QAbstractSpinBox, QCheckBox, QComboBox, QLineEdit, QStyle,
                               QStyleOptionComboBox, QStyleOptionSpinBox, QWidget)

from engine import PRESETS, TrainConfig


@pytest.fixture
def form(qtbot):
    from gui.train.recipe.form import RecipeForm

    form = RecipeForm()
    qtbot.addWidget(form)
    form.resize(280, 700)
    form.show()
    qtbot.waitExposed(form)
    return form


def same_recipe(a, b):
    return replace(a, subset=0) == replace(b, subset=0)


def test_each_preset_round_trips_whatever_was_chosen_before(form):
    for before in PRESETS:
        for key in PRESETS:
            form.choose_preset(before)
            form.choose_preset(key)
            assert form.preset.currentData() == key
            assert same_recipe(form.config(), PRESETS[key]), (before, key)


# How to change each TrainConfig field through its widget, and the value that gives.
# A field the form does not show has no entry, and the coverage test below fails.
EDITS = {
    "layers": ("hiddenEdit", "64,32", (784, 64, 32, 10)),
    "hidden_activation": ("activationCombo", "tanh", "tanh"),
    "loss": ("lossCombo", "sse", "sse"),
    "init": ("initCombo", "xavier", "xavier"),
    "bias": ("biasCheck", False, False),
    "input_scale": ("inputScaleCombo", "0.01,1.0", (0.01, 1.0)),
    "label_smoothing": ("smoothingSpin", 0.2, 0.2),
    "optimizer": ("optimizerCombo", "adam", "adam"),
    "lr": ("lrSpin", 0.003, 0.003),
    "weight_decay": ("weightDecaySpin", 3e-4, 3e-4),
    "batch_size": ("batchSpin", 64, 64),
    "epochs": ("epochsSpin", 7, 7),
    "iterations": ("iterationsSpin", 2000, 2000),
    "schedule": ("scheduleCombo", "constant", "constant"),
    "warmup_epochs": ("warmupSpin", 2.5, 2.5),
    "augment": ("augmentCombo", "affine", "affine"),
    "augment_fraction": ("augmentFractionSpin", 40, 0.4),
    "thickness": ("thicknessSpin", 30, 0.3),
    "extra_data": ("strokesSpin", 2, ("strokes", "strokes", "styles", "styles")),
    "seed": ("seedSpin", 42, 42),
}
# Follow from the loss (tested below) or belong to the data box, not the recipe.
NOT_EDITED_ALONE = {"output_activation", "target_range", "subset"}


def edit(form, name, value):
    """Change a field the way a user would, so the form's signals fire."""
    widget = form.findChild(QWidget, name)
    assert widget is not None, name
    if isinstance(widget, QComboBox):
        index = widget.findData(value)
        assert index >= 0, (name, value)
        widget.setCurrentIndex(index)
    elif isinstance(widget, QLineEdit):
        widget.setText(value)
        widget.textEdited.emit(value)
    elif isinstance(widget, QCheckBox):
        widget.setChecked(value)
    else:
        widget.setValue(value)


def test_every_setting_that_decides_a_run_has_a_field():
    assert {f.name for f in fields(TrainConfig)} - NOT_EDITED_ALONE == set(EDITS)


@pytest.mark.parametrize("field", sorted(EDITS))
def test_editing_a_field_makes_the_recipe_custom_and_changes_that_setting(form, qtbot, field):
    name, value, expected = EDITS[field]
    form.choose_preset("default")
    assert getattr(PRESETS["default"], field) != expected  # or the edit would prove nothing
    with qtbot.waitSignal(form.edited, timeout=1000):
        edit(form, name, value)
    assert form.preset.currentData() is None
    assert getattr(form.config(), field) == expected


def test_the_loss_decides_output_layer_and_targets(form):
    form.choose_preset("default")
    edit(form, "lossCombo", "sse")
    c = form.config()
    assert (c.output_activation, c.target_range) == ("sigmoid", (0.01, 0.99))
    assert "sigmoid" in form.outputs.text() and "0.99" in form.outputs.text()
    edit(form, "lossCombo", "ce")
    c = form.config()
    assert (c.output_activation, c.target_range) == ("softmax", (0.0, 1.0))
    assert "softmax" in form.outputs.text()


@pytest.mark.parametrize("name, registry", [
    ("activationCombo", "ACTIVATIONS"), ("lossCombo", "LOSSES"), ("optimizerCombo", "OPTIMIZERS"),
    ("initCombo", "INITS"), ("augmentCombo", "AUGMENTATIONS"), ("scheduleCombo", "SCHEDULES")])
def test_combos_offer_what_the_engine_accepts_each_explained(form, name, registry):
    import engine

    combo = form.findChild(QComboBox, name)
    assert {combo.itemData(i) for i in range(combo.count())} == set(getattr(engine, registry))


def test_combos_show_words_but_hand_the_engine_its_keys(form):
    form.choose_preset("rashid")
    assert form.loss.currentData() == "sse" and form.loss.currentText() != "sse"
    assert form.init.currentText() != "rashid" and form.config().init == "rashid"


def test_the_book_counts_iterations_and_the_form_says_so(form):
    form.choose_preset("dlfs")
    assert form.iterations.value() == 10000
    # 10,000 batches of 100 are 16.7 passes over 60,000 digits, run as 17 epoch loops.
    assert not form.epochs.isEnabled() and form.epochs.value() == 17
    assert "16.7" in form.epochs.toolTip()
    edit(form, "iterationsSpin", 0)
    c = form.config()
    assert form.epochs.isEnabled() and (c.iterations, c.epochs) == (0, 17)


def test_counting_iterations_keeps_the_epochs_the_user_had(form):
    form.choose_preset("default")
    edit(form, "epochsSpin", 3)
    edit(form, "iterationsSpin", 500)
    assert (form.config().iterations, form.config().epochs) == (500, 3)


def test_augmentation_details_only_act_with_augmentation(form):
    form.choose_preset("default")
    assert form.augment_fraction.isEnabled() and form.thickness.isEnabled()
    edit(form, "augmentCombo", "none")
    assert not form.augment_fraction.isEnabled() and not form.thickness.isEnabled()


def test_weight_decay_takes_typed_scientific_notation(form, qtbot):
    form.show_details(True)
    spin = form.weight_decay
    spin.setFocus()
    spin.lineEdit().selectAll()
    QTest.keyClicks(spin, "2e-4")
    QTest.keyClick(spin, Qt.Key_Return)
    assert form.config().weight_decay == 2e-4
    assert form.preset.currentData() is None


JARGON = {
    "lossCombo": ["cross-entropy", "squared error", "softmax", "sigmoid"],
    "augmentCombo": ["Rotate", "Affine", "Elastic"],
    "optimizerCombo": ["gradient descent", "Momentum", "Adam"],
    "initCombo": ["He", "Xavier", "0.01"],
    "smoothingSpin": ["Label smoothing"],
    "scheduleCombo": ["Cosine"],
    "weightDecaySpin": ["L2"],
    "warmupSpin": ["Warm-up"],
    "biasCheck": ["Rashid"],
}


def test_jargon_is_explained_where_it_appears(form):
    for name, words in JARGON.items():
        tip = form.findChild(QWidget, name).toolTip()
        for word in words:
            assert word in tip, (name, word)


def test_every_field_and_every_choice_has_a_tooltip(form):
    widgets = form.findChildren(QComboBox) + form.findChildren(QAbstractSpinBox) \
        + form.findChildren(QLineEdit) + form.findChildren(QCheckBox)
    # Spin boxes own a QLineEdit each; that one is not a field.
    widgets = [w for w in widgets if not isinstance(w.parent(), QAbstractSpinBox)]
    assert len(widgets) >= 20
    for w in widgets:
        assert w.toolTip().strip(), w.objectName()
    for combo in form.findChildren(QComboBox):
        for i in range(combo.count()):
            assert combo.itemData(i, Qt.ToolTipRole), (combo.objectName(), combo.itemText(i))


def test_rarely_changed_settings_fold_away(form):
    form.show_details(False)
    assert not form.details.isVisible() and not form.init.isVisible()
    assert form.lr.isVisible() and form.epochs.isVisible()
    form.details_toggle.click()
    assert form.details_shown() and form.init.isVisible() and form.seed.isVisible()


def text_room(widget):
    """The width the style leaves for text inside a combo or spin box."""
    if isinstance(widget, QComboBox):
        option, control, field = QStyleOptionComboBox(), QStyle.CC_ComboBox, \
            QStyle.SC_ComboBoxEditField
    else:
        option, control, field = QStyleOptionSpinBox(), QStyle.CC_SpinBox, \
            QStyle.SC_SpinBoxEditField
    widget.initStyleOption(option)
    return widget.style().subControlRect(control, option, field, widget).width()


# The recipe group in a 280 px dock column leaves the form about 255 px.
@pytest.mark.parametrize("width", [255, 280])
def test_nothing_is_cut_off_in_a_narrow_column(form, qtbot, width):
    # Columns size themselves from the form's minimum, so that is the width to check.
    assert form.minimumSizeHint().width() <= 255
    form.show_details(True)
    form.resize(width, 900)
    qtbot.wait(50)
    for key in PRESETS:
        form.choose_preset(key)
        for w in form.findChildren(QWidget):
            if not w.isVisible() or isinstance(w.parent(), QAbstractSpinBox):
                continue
            if isinstance(w, (QComboBox, QAbstractSpinBox, QLineEdit, QCheckBox)):
                left = w.mapTo(form, w.rect().topLeft()).x()
                assert left >= 0 and left + w.width() <= form.width(), w.objectName()
                assert w.width() >= w.minimumSizeHint().width(), w.objectName()
        for combo in form.findChildren(QComboBox):
            for i in range(combo.count()):
                text = combo.itemText(i)
                assert combo.fontMetrics().horizontalAdvance(text) <= text_room(combo), \
                    (width, text)
        for spin in form.findChildren(QAbstractSpinBox):
            assert spin.fontMetrics().horizontalAdvance(spin.text()) <= text_room(spin), \
                (width, spin.objectName(), spin.text())


def test_opening_more_settings_needs_no_wider_column(form):
    # A splitter or scroll area sizes its column for the folded form and does not
    # follow when the details open; so the folded form must already reserve their width.
    form.show_details(False)
    form.details.setMinimumWidth(form.minimumSizeHint().width() + 50)
    assert form.minimumSizeHint().width() >= form.details.minimumWidth()
