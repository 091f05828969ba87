import math
import time

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton, QSpinBox

import engine
from gui.loss_series import LossSeries
from gui.train_panel import TAB_CONFUSION, TAB_SWEEP, TrainPanel
from gui.train_plots import REDRAW_MS
from gui.train_worker import POINT_BUDGET, TrainJob, TrainWorker, sweep_config


def quick_recipe(panel, epochs=1, subset=3000, hidden="32"):
    panel.form.choose_preset("default")
    panel.form.hidden.setText(hidden)
    panel.form.hidden.textEdited.emit(hidden)
    panel.findChild(QSpinBox, "epochsSpin").setValue(epochs)
    panel.subset.setValue(subset)


def rashid_recipe(panel, epochs, subset):
    """Rashid's preset: batch size 1, so every digit is a batch."""
    panel.form.choose_preset("rashid")
    panel.form.epochs.setValue(epochs)
    panel.subset.setValue(subset)


def run(panel, qtbot, timeout=60000):
    with qtbot.waitSignal(panel.runner_finished_signal(), timeout=timeout):
        assert panel.start_training()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=5000)


def loss_points(panel):
    """What the loss curve was given (before pyqtgraph's own downsampling for the screen)."""
    x, _ = panel.plots.raw_curve.getOriginalDataset()
    return 0 if x is None else len(x)


def test_a_one_epoch_run_fills_both_plots_and_the_canvas_uses_the_new_model(window, qtbot):
    panel = window.train_panel
    quick_recipe(panel)
    assert panel.form.preset.currentData() is None  # edited: now "Custom"
    old_model = window.model
    train = window.findChild(QPushButton, "trainButton")
    with qtbot.waitSignal(panel.runner_finished_signal(), timeout=60000):
        train.click()
        assert not train.isEnabled()
    qtbot.waitUntil(lambda: train.isEnabled(), timeout=5000)
    loss_plot = window.findChild(pg.PlotWidget, "lossPlot")
    acc_plot = window.findChild(pg.PlotWidget, "accuracyPlot")
    def points(plot):
        return [0 if c.getData()[0] is None else len(c.getData()[0])
                for c in plot.getPlotItem().listDataItems()]

    assert len(points(loss_plot)) == 2 and min(points(loss_plot)) > 0
    assert len(points(acc_plot)) == 2 and min(points(acc_plot)) == 1
    text = window.findChild(QLabel, "accuracyLabel").text()
    assert "%" in text and float(text.split(":")[1].split("%")[0]) > 50
    assert window.model is not old_model and window.model.layers == [784, 32, 10]
    images, labels = engine.load_mnist("test")
    window.canvas.set_image(images[0] / 255)
    assert window.panel.prediction_label.text()[0].isdigit()
    assert panel.confusion.sum() == 10000
    assert panel.mistakes.count() > 0


def test_stop_ends_a_run_within_a_second(window, qtbot):
    panel = window.train_panel
    quick_recipe(panel, epochs=50, subset=0, hidden="256")
    panel.start_training()
    qtbot.waitUntil(lambda: panel.batches_done > 0, timeout=30000)
    t0 = time.monotonic()
    window.findChild(QPushButton, "stopButton").click()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=5000)
    assert time.monotonic() - t0 < 1.0
    assert panel.last_finished.reason == "stopped"
    assert window.findChild(QPushButton, "trainButton").isEnabled()


def test_pause_holds_the_run_and_resume_continues(window, qtbot):
    panel = window.train_panel
    quick_recipe(panel, epochs=50, subset=0, hidden="64")
    panel.start_training()
    qtbot.waitUntil(lambda: panel.batches_done > 0, timeout=30000)
    panel.pause_button.setChecked(True)
    qtbot.wait(500)
    held = panel.batches_done
    qtbot.wait(700)
    assert panel.batches_done == held
    panel.pause_button.setChecked(False)
    qtbot.waitUntil(lambda: panel.batches_done > held, timeout=5000)
    panel.stop()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=5000)


def test_a_diverging_learning_rate_is_reported(window, qtbot):
    panel = window.train_panel
    quick_recipe(panel, epochs=3, subset=2000)
    panel.form.batch.setValue(16)
    panel.form.lr.setValue(100000)
    panel.start_training()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=30000)
    assert panel.last_finished.diverged
    boxes = [b for b in window.findChildren(QMessageBox) if "learning rate" in b.text()]
    assert boxes
    assert all(np.isfinite(w).all() for w in window.model.weights)


def test_closing_mid_run_is_clean(qtbot, fresh_state, capfd):
    from gui.app import build_window

    win = build_window()
    win.ask = lambda title, text: QMessageBox.Discard
    qtbot.addWidget(win)
    win.show()
    quick_recipe(win.train_panel, epochs=50, subset=0, hidden="256")
    win.train_panel.start_training()
    qtbot.waitUntil(lambda: win.train_panel.batches_done > 0, timeout=30000)
    win.close()
    assert not win.train_panel.is_running() or win.train_panel.runner.thread.isFinished()
    qtbot.wait(100)
    assert "Destroyed while thread" not in capfd.readouterr().err


def test_history_exports_to_csv_and_png(window, qtbot, tmp_path):
    panel = window.train_panel
    quick_recipe(panel, epochs=2, subset=2000)
    panel.start_training()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=60000)
    rows = panel.export_csv(tmp_path / "h.csv").read_text().splitlines()
    assert rows[0].startswith("epoch,loss") and len(rows) == 3
    for path in panel.export_png(tmp_path):
        assert path.stat().st_size > 1000


def test_a_learning_rate_sweep_plots_one_point_per_value(window, qtbot):
    panel = window.train_panel
    quick_recipe(panel, epochs=1, subset=1000)
    panel.confirm_sweep = lambda text, seconds: True
    panel.sweep_values.setText("0.01,0.1")
    panel.start_sweep()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=60000)
    # getData() would give what is drawn: log10 of the rates, on the log axis.
    xs, ys = panel.sweep_curve.getOriginalDataset()
    assert list(xs) == [0.01, 0.1] and all(0 < y <= 1 for y in ys)


def test_user_csv_files_join_the_training_data(window, tmp_path):
    from helpers import random_digits, write_csv

    images, labels = random_digits(5)
    panel = window.train_panel
    panel.add_user_file(write_csv(tmp_path / "mine.csv", images, labels))
    x, y = panel.training_data()
    assert len(y) == 60005
    assert "mine.csv" in panel.files_label.text()


def test_clicking_a_mistake_puts_that_test_digit_on_the_canvas(window, qtbot):
    panel = window.train_panel
    quick_recipe(panel, epochs=1, subset=500, hidden="8")
    panel.start_training()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=60000)
    item = panel.mistakes.item(0)
    shown = []
    panel.showDigit.connect(shown.append)
    panel.mistakes.itemClicked.emit(item)
    assert not window.canvas.is_blank()
    # The digit itself, 28x28, as floats in [0, 1]: what the gallery shows.
    images, _ = engine.load_mnist("test")
    digit = shown[0]
    assert digit.shape == (28, 28) and digit.dtype == np.float32
    assert 0 <= digit.min() and digit.max() <= 1
    np.testing.assert_array_equal(digit, images[item.data(pg.QtCore.Qt.UserRole)] / np.float32(255))


# -- live plots that cost the same whatever the batch size ------------------------------

def test_a_long_batch_size_1_run_plots_at_most_the_point_budget(window, qtbot):
    # Rashid's batch size 1: 2 epochs of 3,000 digits = 6,000 batches. Without the
    # aggregation every batch would be a point (this test's run has 3x the budget).
    panel = window.train_panel
    rashid_recipe(panel, epochs=2, subset=3000)
    run(panel, qtbot)
    assert panel.last_finished.steps_done == 6000 > 2 * POINT_BUDGET
    assert POINT_BUDGET // 2 < loss_points(panel) <= POINT_BUDGET
    assert panel.batches_done == 6000  # every batch is in some point's mean
    # ...and the curve covers the whole run, in epochs.
    x, _ = panel.plots.raw_curve.getOriginalDataset()
    assert x[-1] == pytest.approx(2.0)


def test_worker_points_are_means_of_the_batches_they_stand_for(qtbot):
    # Run the worker in this thread: its signals then arrive directly.
    config = engine.preset("rashid", epochs=1, subset=2 * POINT_BUDGET + 500)
    test_set = tuple(a[:200] for a in engine.load_mnist("test"))
    worker = TrainWorker(TrainJob(config, engine.load_mnist("train"), test_set), config.make_network())
    chunks, epochs = [], []
    worker.batches.connect(chunks.append)
    worker.epoch.connect(lambda stats, net: epochs.append(stats))
    worker.run()
    counts = np.concatenate([c.count for c in chunks])
    losses = np.concatenate([c.loss for c in chunks])
    assert len(counts) <= POINT_BUDGET and counts.sum() == config.subset
    # Means, not a sample of the batches: weighted by their batch counts they give back
    # the epoch's mean loss.
    assert np.sum(losses * counts) / counts.sum() == pytest.approx(epochs[0].loss, rel=1e-6)


def test_the_loss_series_never_outgrows_its_budget_and_keeps_the_mean():
    series = LossSeries(budget=100)
    rng = np.random.default_rng(0)
    losses = rng.random(1000)
    for start in range(0, 1000, 7):
        chunk = losses[start:start + 7]
        series.extend(list(np.arange(start, start + len(chunk)) + 1.0), list(chunk), [3] * len(chunk))
        assert len(series) <= 100
    x, raw, smooth = series.data()
    assert series.batches == 3000 and len(x) > 50
    assert np.sum(raw * series.count[:len(series)]) / 3000 == pytest.approx(losses.mean())
    assert np.all(np.diff(x) > 0) and x[-1] == 1000
    assert np.all(np.isfinite(smooth))


def test_the_loss_plot_downsamples_by_peaks_and_clips_to_the_view(window):
    for curve in (window.train_panel.plots.raw_curve, window.train_panel.plots.smooth_curve):
        assert curve.opts["autoDownsample"] and curve.opts["downsampleMethod"] == "peak"
        assert curve.opts["clipToView"]


def test_the_loss_curve_is_redrawn_by_a_timer_not_per_update(window, qtbot, monkeypatch):
    plots = window.train_panel.plots
    window.train_panel.tabs.setCurrentWidget(plots)
    calls = []
    original = plots.raw_curve.setData
    monkeypatch.setattr(plots.raw_curve, "setData", lambda *a, **k: (calls.append(1), original(*a, **k)))
    plots.begin_run()
    calls.clear()
    for i in range(50):  # fifty worker updates arriving in a burst
        plots.add_losses([i + 1.0], [1.0 / (i + 1)], [1])
    assert calls == []  # none redrawn yet...
    qtbot.waitUntil(lambda: len(calls) >= 1, timeout=5 * REDRAW_MS)
    qtbot.wait(REDRAW_MS // 2)
    assert len(calls) == 1  # ...then all fifty in one redraw
    plots.end_run()


# -- every panel follows the current model ----------------------------------------------

def test_a_model_from_elsewhere_clears_the_stale_results(window, qtbot):
    panel = window.train_panel
    quick_recipe(panel, epochs=1, subset=1000, hidden="16")
    run(panel, qtbot)
    assert panel.has_results() and panel.mistakes.count() > 0
    # The panel's own network coming back through the window changes nothing.
    panel.model_replaced(window.model, "training")
    assert panel.confusion is not None and panel.mistakes.count() > 0
    assert "%" in panel.accuracy_label.text()
    # Any other model (here: opened from a file) makes the results stale.
    panel.model_replaced(engine.load_model(), "file")
    assert panel.confusion is None
    assert panel.mistakes.count() == 0
    assert panel.tabs.tabText(panel.tabs.indexOf(panel.mistakes)) == "Mistakes"
    assert panel.accuracy_label.text() == "Test accuracy: -"
    assert loss_points(panel) == 0 and panel.history == []
    hint = panel.plots.loss_hint
    assert not hint.isHidden() and "Another model" in hint.text()
    assert not panel.confusion_plot.hint.isHidden() and not panel.mistakes.hint.isHidden()


def test_reverting_in_the_window_clears_the_training_results(window, qtbot):
    panel = window.train_panel
    quick_recipe(panel, epochs=1, subset=1000, hidden="16")
    run(panel, qtbot)
    assert panel.confusion is not None
    window.revert_to_default()  # the window tells every panel through model_replaced
    assert panel.confusion is None and panel.mistakes.count() == 0


# -- sweeps --------------------------------------------------------------------------------

def test_the_learning_rate_axis_is_logarithmic_with_the_values_as_typed(window, qtbot):
    panel = window.train_panel
    quick_recipe(panel, epochs=1, subset=500, hidden="8")
    panel.confirm_sweep = lambda text, seconds: True
    panel.sweep_values.setText("0.001, 0.03,0.3")
    panel.start_sweep()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=60000)
    axis = panel.sweep_plot.getAxis("bottom")
    assert axis.logMode
    (ticks,) = axis._tickLevels  # the only way pyqtgraph exposes explicit ticks
    assert [text for _, text in ticks] == ["0.001", "0.03", "0.3"]
    assert [pos for pos, _ in ticks] == pytest.approx([-3, math.log10(0.03), math.log10(0.3)])
    assert not axis.autoSIPrefix and axis.labelText == "learning rate"


def test_a_hidden_nodes_sweep_uses_a_linear_axis(window, qtbot):
    panel = window.train_panel
    quick_recipe(panel, epochs=1, subset=300, hidden="8")
    panel.confirm_sweep = lambda text, seconds: True
    panel.sweep_field.setCurrentIndex(panel.sweep_field.findData("hidden"))
    panel.sweep_values.setText("4,8")
    panel.start_sweep()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=60000)
    axis = panel.sweep_plot.getAxis("bottom")
    assert not axis.logMode and [t for _, t in axis._tickLevels[0]] == ["4", "8"]


def test_a_sweep_tells_its_estimated_time_first_and_can_be_declined(window, qtbot):
    panel = window.train_panel
    quick_recipe(panel, epochs=1, subset=1000, hidden="16")
    asked = []
    panel.confirm_sweep = lambda text, seconds: asked.append((text, seconds)) and False
    panel.sweep_values.setText("0.05,0.1,0.2")
    assert not panel.start_sweep()
    assert not panel.is_running() and panel.sweep_points == []
    (text, seconds), = asked
    assert "3 runs" in text and "about" in text and 0 < seconds < 60


def test_the_estimate_is_close_to_what_the_sweep_takes(window, qtbot):
    panel = window.train_panel
    rashid_recipe(panel, epochs=1, subset=4000)  # 4,000 batches of 1 a point: ~1 s each
    estimates = []
    panel.confirm_sweep = lambda text, seconds: estimates.append(seconds) or True
    panel.sweep_values.setText("0.05,0.1")
    t0 = time.monotonic()
    assert panel.start_sweep()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=120000)
    took = time.monotonic() - t0
    # Generous: this machine is shared, and the estimate leaves out the thread's start-up.
    assert took / 3 < estimates[0] < took * 3
    assert "Sweep done" in panel.progress.text()


def test_quick_sweep_points_are_one_epoch_on_10000_digits(window, qtbot):
    panel = window.train_panel
    quick_recipe(panel, epochs=3, subset=0, hidden="16")
    assert panel.sweep.quick.isChecked()  # on by default
    tips = panel.sweep.quick.toolTip() + panel.sweep_values.toolTip()
    assert "1 epoch on 10,000 random digits" in tips
    assert "3 epochs on all 60,000 MNIST digits" in panel.sweep.quick.toolTip()
    panel.confirm_sweep = lambda text, seconds: True
    panel.sweep_values.setText("0.1")
    panel.start_sweep()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=60000)
    # What the tooltip said is what ran: one epoch, 10,000 // 128 batches.
    assert panel.last_finished.epochs_done == 1.0
    assert panel.last_finished.steps_done == 10000 // 128
    # Off: the tooltips say the full recipe, and a point would train it.
    panel.sweep.quick.setChecked(False)
    assert "3 epochs on all 60,000 MNIST digits" in panel.sweep_values.toolTip()
    config = sweep_config(panel.form.config(), "lr", 0.1, quick=0)
    assert config.epochs == 3 and config.subset == 0


def test_sweeping_epochs_quickly_cuts_only_the_data():
    config = engine.preset("default", epochs=25)
    quick = sweep_config(config, "epochs", 4, quick=10000)
    assert quick.epochs == 4 and quick.subset == 10000
    small = sweep_config(engine.preset("default", subset=3000), "lr", 0.1, quick=10000)
    assert small.subset == 3000 and small.epochs == 1  # never more data than asked for


# -- empty states, notices, and the dock's width -------------------------------------------

def test_empty_plots_show_a_hint_instead_of_axes(window, qtbot):
    panel = window.train_panel
    plots = panel.plots
    loss_item = plots.loss_plot.getPlotItem()
    for hint in (plots.loss_hint, plots.accuracy_hint, panel.confusion_plot.hint,
                 panel.mistakes.hint, panel.sweep.hint):
        assert not hint.isHidden() and hint.text()
    assert "Press Train" in plots.loss_hint.text()
    assert not loss_item.getAxis("left").isVisible() and not loss_item.getAxis("bottom").isVisible()
    quick_recipe(panel, epochs=1, subset=500, hidden="8")
    run(panel, qtbot)
    assert plots.loss_hint.isHidden() and plots.accuracy_hint.isHidden()
    assert loss_item.getAxis("left").isVisible() and loss_item.getAxis("bottom").isVisible()
    assert panel.confusion_plot.hint.isHidden() and panel.mistakes.hint.isHidden()


def test_saving_plots_is_a_notice_not_an_error(window, qtbot, tmp_path, monkeypatch):
    panel = window.train_panel
    assert not panel.plots.png_button.isEnabled()  # nothing to save before a run
    quick_recipe(panel, epochs=1, subset=300, hidden="8")
    run(panel, qtbot)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    errors, notices = [], []
    panel.message.connect(lambda *a: errors.append(a))
    panel.info.connect(lambda *a: notices.append(a))
    panel.plots.png_button.click()
    assert errors == [] and notices and notices[0][0] == "Plots saved"
    assert (tmp_path / "loss.png").exists()


@pytest.fixture
def narrow_panel(qtbot):
    """The panel alone at the width the dock gets beside the canvas on a 1280x720 screen."""
    panel = TrainPanel()
    qtbot.addWidget(panel)
    panel.resize(560, 600)
    panel.show()
    qtbot.waitExposed(panel)
    yield panel
    panel.shutdown()


def test_the_panel_fits_560_by_600(narrow_panel):
    panel = narrow_panel
    hint = panel.minimumSizeHint()
    assert hint.width() <= 560 and hint.height() <= 600
    assert panel.size().toTuple() == (560, 600)
    for widget in (panel.train_button, panel.pause_button, panel.stop_button, panel.progress,
                   panel.live_model, panel.accuracy_label):
        rect = widget.geometry().translated(widget.parentWidget().mapTo(panel, pg.QtCore.QPoint(0, 0)))
        assert panel.rect().contains(rect), widget.objectName()
    # The plots get most of the width, not what a recipe column beside them would leave.
    panel.tabs.setCurrentWidget(panel.plots)
    assert panel.plots.loss_plot.width() > 450


def test_every_tab_title_shows_whole_at_560_px(narrow_panel, qtbot):
    panel = narrow_panel
    panel.tabs.setTabText(panel.tabs.indexOf(panel.mistakes), "Mistakes (1234)")  # after a run
    qtbot.wait(10)
    bar = panel.tabs.tabBar()
    metrics = bar.fontMetrics()
    for i in range(bar.count()):
        rect = bar.tabRect(i)
        assert rect.right() <= bar.width(), bar.tabText(i)
        assert rect.width() >= metrics.horizontalAdvance(bar.tabText(i)), bar.tabText(i)  # not elided
    assert panel.tabs.indexOf(panel.sweep) == TAB_SWEEP


def test_the_confusion_title_is_not_clipped_at_560_px(narrow_panel, qtbot):
    panel = narrow_panel
    panel.tabs.setCurrentIndex(TAB_CONFUSION)
    qtbot.wait(10)
    view = panel.confusion_plot
    title = view.getPlotItem().titleLabel.item
    assert title.boundingRect().width() <= view.width() - 20
