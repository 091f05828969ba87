"""The Curves tab: live plots that cost the same whatever the batch size, hints when empty,
and saving them."""
import numpy as np
import pytest
from PySide6.QtWidgets import QFileDialog

from gui.train.results.loss_series import LossSeries
from gui.train.results.plots import REDRAW_MS
from gui.train.worker import MIN_SAMPLES, POINT_BUDGET
from train_helpers import loss_points, panel, quick_recipe, rashid_recipe, run  # noqa: F401


def test_a_long_batch_size_1_run_plots_at_most_the_point_budget(panel, qtbot):
    # Rashid's batch size 1: 2 epochs of 3,000 digits = 6,000 batches. Without the
    # aggregation every batch would be a point (this test's run has 3x the budget).
    rashid_recipe(panel, epochs=2, subset=3000)
    run(panel, qtbot)
    assert panel.last_finished.steps_done == 6000 > 2 * POINT_BUDGET
    assert loss_points(panel) <= POINT_BUDGET
    assert panel.batches_done == 6000  # every batch is in some point's mean
    # One digit's squared error is not a point: each is a running mean of at least
    # MIN_SAMPLES digits (a point per digit painted a solid band).
    series = panel.plots.series
    assert series.count[:len(series) - 1].min() >= MIN_SAMPLES
    assert loss_points(panel) >= 6000 // MIN_SAMPLES - 1
    # ...and the curve covers the whole run, in epochs.
    x, _ = panel.plots.raw_curve.getOriginalDataset()
    assert x[-1] == pytest.approx(2.0)


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


def test_the_loss_plot_downsamples_by_peaks_and_clips_to_the_view(panel):
    for curve in (panel.plots.raw_curve, panel.plots.smooth_curve):
        assert curve.opts["autoDownsample"] and curve.opts["downsampleMethod"] == "peak"
        assert curve.opts["clipToView"]


def test_the_loss_curve_is_redrawn_by_a_timer_not_per_update(panel, qtbot, monkeypatch):
    plots = panel.plots
    panel.tabs.setCurrentWidget(plots)
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


def test_empty_plots_show_a_hint_instead_of_axes(panel, qtbot):
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


def test_saving_plots_is_a_notice_not_an_error(panel, qtbot, tmp_path, monkeypatch):
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
