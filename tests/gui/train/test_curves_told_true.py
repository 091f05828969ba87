"""The Curves tab tells the truth: epoch 0, the clean train and test losses in the units of
the batch loss, a trend without a start lag, train and test told apart, whole-epoch ticks."""
import math

import numpy as np
import pytest

import engine
from gui.train.results.epoch_axis import EpochAxis
from gui.train.results.loss_series import LossSeries
from train_helpers import panel, quick_recipe, run  # noqa: F401  (a fixture)


def data(curve):
    x, y = curve.getOriginalDataset()
    return ([], []) if x is None else (list(x), list(y))


def test_epoch_0_and_the_clean_train_and_test_losses_are_plotted(panel, qtbot, tmp_path):
    quick_recipe(panel, epochs=2, subset=600, hidden="8")
    run(panel, qtbot)
    plots = panel.plots
    assert panel.initial is not None and panel.initial.epoch == 0
    assert [h.epoch for h in panel.epoch_history()] == [0, 1, 2]
    for curve in (plots.train_curve, plots.test_curve, plots.train_loss_curve,
                  plots.test_loss_curve):
        xs, ys = data(curve)
        assert xs == [0, 1, 2] and all(math.isfinite(y) for y in ys)
    # "train" is the clean figure the engine measured, not the running batch accuracy.
    assert data(plots.train_curve)[1] == [h.train_accuracy for h in panel.epoch_history()]
    assert data(plots.train_loss_curve)[1] == [h.train_loss for h in panel.epoch_history()]
    # Same units as the batch loss: an untrained 10-way softmax is near ln 10.
    assert data(plots.test_loss_curve)[1][0] == pytest.approx(math.log(10), rel=0.3)
    rows = panel.export_csv(tmp_path / "h.csv").read_text().splitlines()
    assert "train_loss" in rows[0] and rows[1].startswith("0,") and len(rows) == 4


def test_the_trend_does_not_lag_at_the_start():
    series = LossSeries(budget=100)
    series.extend([1.0, 2.0, 3.0], [0.7, 0.7, 0.7], [1, 1, 1])
    assert list(series.data()[2]) == pytest.approx([0.7] * 3)  # a constant loss: itself
    falling = LossSeries(budget=100)
    falling.extend(list(np.arange(1, 22.0)), [10.0] + [1.0] * 20, [1] * 21)
    # After one high first batch and twenty at 1, the trend is near 1: a mean started at the
    # first point (weight 0.98^20 = 0.67 on it) would still be at 7.
    assert 1.0 < falling.data()[2][-1] < 1.5


def test_train_and_test_differ_in_colour_and_marker_and_the_legend_is_under_the_plot(panel):
    plots = panel.plots
    for train, test in ((plots.train_curve, plots.test_curve),
                        (plots.train_loss_curve, plots.test_loss_curve)):
        assert train.opts["symbol"] != test.opts["symbol"]
        assert train.opts["pen"].color() != test.opts["pen"].color()
    for plot, legend in ((plots.accuracy_plot, plots.accuracy_legend),
                         (plots.loss_plot, plots.loss_legend)):
        item = plot.getPlotItem()
        assert item.legend is legend
        assert legend.parentItem() is not item.vb  # not floating over the curves
        names = [label.text for _, label in legend.items]
        assert "train (clean)" in names and "test" in names


def test_epoch_ticks_are_whole_numbers():
    axis = EpochAxis()
    for lo, hi in ((0, 2), (0, 3), (0, 200)):
        spacings = [s for s, _ in axis.tickSpacing(lo, hi, 400)]
        assert spacings and all(s >= 1 and s == int(s) for s in spacings)
    assert min(s for s, _ in pg_axis_spacing(0, 2)) < 1  # what pyqtgraph alone would do


def pg_axis_spacing(lo, hi):
    import pyqtgraph as pg
    return pg.AxisItem("bottom").tickSpacing(lo, hi, 400)


def test_the_loss_plot_says_which_loss(panel):
    plots = panel.plots
    plots.begin_run(engine.preset("rashid"))
    assert "squared error (SSE)" in plots.loss_plot.getPlotItem().titleLabel.text
    plots.begin_run(engine.preset("default"))
    assert "cross-entropy" in plots.loss_plot.getPlotItem().titleLabel.text
    names = [label.text for _, label in plots.loss_legend.items]
    assert "batches (label smoothing 0.1)" in names
    plots.end_run()
