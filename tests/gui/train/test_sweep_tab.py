"""The Sweep tab: test accuracy against one recipe field, with an estimate before it runs."""
import math
import time

import pytest

import engine
import gui.train.panel
from train_helpers import panel, quick_recipe, rashid_recipe  # noqa: F401  (a fixture)


def sweep(panel, qtbot, values, field="lr", timeout=60000):
    panel.sweep_field.setCurrentIndex(panel.sweep_field.findData(field))
    panel.sweep_values.setText(values)
    assert panel.start_sweep()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=timeout)


def test_a_learning_rate_sweep_plots_one_point_per_value(panel, qtbot):
    quick_recipe(panel, epochs=1, subset=1000)
    sweep(panel, qtbot, "0.01,0.1")
    # getData() would give what is drawn: log10 of the rates, on the log axis.
    xs, ys = panel.sweep_curve.getOriginalDataset()
    assert list(xs) == [0.01, 0.1] and all(0 < y <= 1 for y in ys)
    assert panel.sweep_points == list(zip(xs, ys))
    assert "Sweep done: 2 runs" in panel.progress.text()


def test_the_learning_rate_axis_is_logarithmic_with_the_values_as_typed(panel, qtbot):
    quick_recipe(panel, epochs=1, subset=500, hidden="8")
    sweep(panel, qtbot, "0.001, 0.03,0.3")
    axis = panel.sweep_plot.getAxis("bottom")
    assert axis.logMode
    (ticks,) = axis._tickLevels  # the only way pyqtgraph exposes explicit ticks
    assert [text for _, text in ticks] == ["0.001", "0.03", "0.3"]
    assert [pos for pos, _ in ticks] == pytest.approx([-3, math.log10(0.03), math.log10(0.3)])
    assert not axis.autoSIPrefix and axis.labelText == "learning rate"


def test_a_hidden_nodes_sweep_uses_a_linear_axis(panel, qtbot):
    quick_recipe(panel, epochs=1, subset=300, hidden="8")
    sweep(panel, qtbot, "4,8", field="hidden")
    axis = panel.sweep_plot.getAxis("bottom")
    assert not axis.logMode and [t for _, t in axis._tickLevels[0]] == ["4", "8"]


def test_a_short_sweep_just_starts(panel, qtbot):
    quick_recipe(panel, epochs=1, subset=300, hidden="8")
    sweep(panel, qtbot, "0.1")
    assert panel.questions.asked == [] and panel.sweep.seconds < gui.train.panel.ASK_ABOVE_SECONDS


def test_a_long_sweep_tells_its_estimated_time_first_and_can_be_declined(panel, monkeypatch):
    quick_recipe(panel, epochs=1, subset=1000, hidden="16")
    monkeypatch.setattr(gui.train.panel, "ASK_ABOVE_SECONDS", 0)  # every sweep is long now
    panel.questions.answers["go_ahead"] = False
    panel.sweep_values.setText("0.05,0.1,0.2")
    assert not panel.start_sweep()
    assert not panel.is_running() and panel.sweep_points == []
    (kind, title, text), = panel.questions.asked
    assert kind == "go_ahead" and "3 runs" in text and "about" in text
    assert 0 < panel.sweep.seconds < 60


def test_bad_sweep_values_are_reported_not_run(panel):
    messages = []
    panel.message.connect(lambda title, text: messages.append((title, text)))
    for field, values, words in (("lr", "0.1,-2", "above 0"), ("hidden", "10,2.5", "whole"),
                                 ("lr", "0.1,abc", "not a number")):
        panel.sweep_field.setCurrentIndex(panel.sweep_field.findData(field))
        panel.sweep_values.setText(values)
        assert not panel.start_sweep()
        assert messages[-1][0] == "Check the sweep" and words in messages[-1][1]
    assert not panel.is_running()


def test_the_estimate_is_close_to_what_the_sweep_takes(panel, qtbot):
    rashid_recipe(panel, epochs=1, subset=4000)  # 4,000 batches of 1 a point: ~1 s each
    t0 = time.monotonic()
    sweep(panel, qtbot, "0.05,0.1", timeout=120000)
    took = time.monotonic() - t0
    # Generous: this machine is shared, and the estimate leaves out the thread's start-up.
    assert took / 3 < panel.sweep.seconds < took * 3
    assert "Sweep done" in panel.progress.text()


def test_stop_ends_a_sweep_within_a_second(panel, qtbot):
    quick_recipe(panel, epochs=50, subset=0, hidden="64")
    panel.sweep.quick.setChecked(False)
    panel.sweep_values.setText("0.05,0.1,0.2")
    assert panel.start_sweep()  # long: the question is answered "go ahead"
    qtbot.waitUntil(lambda: panel.progress.value() > 0, timeout=30000)
    t0 = time.monotonic()
    panel.stop()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=5000)
    assert time.monotonic() - t0 < 1.0
    assert panel.last_finished.reason == "stopped" and panel.train_button.isEnabled()


def test_quick_sweep_points_are_one_epoch_on_10000_digits(panel, qtbot):
    quick_recipe(panel, epochs=3, subset=0, hidden="16")
    assert panel.sweep.quick.isChecked()  # on by default
    tips = panel.sweep.quick.toolTip() + panel.sweep_values.toolTip()
    assert "1 epoch on 10,000 random digits" in tips
    assert "3 epochs on all 60,000 MNIST digits" in panel.sweep.quick.toolTip()
    sweep(panel, qtbot, "0.1")
    # What the tooltip said is what ran: one epoch, 10,000 // 128 batches.
    assert panel.last_finished.epochs_done == 1.0
    assert panel.last_finished.steps_done == 10000 // 128
    # Off: the tooltips say the full recipe, and a point would train it.
    panel.sweep.quick.setChecked(False)
    assert "3 epochs on all 60,000 MNIST digits" in panel.sweep_values.toolTip()
    config = engine.sweep_config(panel.form.config(), "lr", 0.1, quick=False)
    assert config.epochs == 3 and config.subset == 0
