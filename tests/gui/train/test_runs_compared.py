"""A run that fails is called a failure and leaves the model it started from; nonsense in
the recipe is marked before a run; runs are listed, overlaid and saved."""
import csv

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from train_helpers import panel, quick_recipe, run  # noqa: F401  (a fixture)


def two_runs(panel, qtbot, rates=(0.2, 0.05)):
    for lr in rates:
        quick_recipe(panel, epochs=1, subset=1500, hidden="16")
        panel.form.batch.setValue(32)
        panel.form.lr.setValue(lr)
        run(panel, qtbot)


# -- a failed run ----------------------------------------------------------------------

def test_a_failed_run_puts_the_previous_model_back_and_marks_its_curves(window, qtbot):
    panel = window.train_panel
    before = window.session.net
    quick_recipe(panel, epochs=2, subset=1000, hidden="16")
    panel.form.lr.setValue(1e4)
    failures = []
    panel.runFailed.connect(failures.append)
    run(panel, qtbot)
    assert panel.last_finished.diverged and failures
    assert window.session.net is before and window.session.origin == "bundled"
    assert not window.session.dirty
    # The failed run's curves stay, marked as failed.
    plots = panel.plots
    assert plots.failed and "failed" in plots.loss_plot.getPlotItem().titleLabel.text
    assert "failed" in plots.accuracy_plot.getPlotItem().titleLabel.text
    x, _ = plots.raw_curve.getOriginalDataset()
    assert x is not None and len(x) > 0 and plots.loss_hint.isHidden()
    assert panel.last_finished.message in failures[0]
    hint = getattr(panel.last_finished, "hint", "")
    assert hint in failures[0] and "back in use" in failures[0]
    item = panel.runs.list.item(0)
    assert "failed" in item.text()
    # A run that failed does not become the model in use at its end either.
    assert window.session.net is not panel.last_network


# -- nonsense in the form ----------------------------------------------------------------

def check_marked(panel, widget, words):
    assert widget.styleSheet(), widget.objectName()
    assert words in widget.toolTip()
    assert not panel.train_button.isEnabled() and not panel.sweep.button.isEnabled()
    assert words in panel.train_button.toolTip()
    assert not panel.start_training()


def check_clean(panel, widget):
    assert not widget.styleSheet() and "<b" not in widget.toolTip()
    assert panel.train_button.isEnabled() and panel.sweep.button.isEnabled()


def test_a_learning_rate_of_0_is_marked_and_train_waits(panel):
    tip = panel.form.lr.toolTip()
    panel.form.lr.setValue(0.0)
    check_marked(panel, panel.form.lr, "learning rate")
    panel.form.lr.setValue(0.1)
    check_clean(panel, panel.form.lr)
    assert panel.form.lr.toolTip() == tip


def test_a_batch_size_of_0_is_marked(panel):
    panel.form.batch.setValue(0)
    check_marked(panel, panel.form.batch, "batch size")
    panel.form.batch.setValue(16)
    check_clean(panel, panel.form.batch)


def test_hidden_layers_that_do_not_parse_or_are_0_are_marked(panel):
    for text in ("abc", "0", "32,,x"):
        panel.form.hidden.setText(text)
        panel.form.hidden.textEdited.emit(text)
        check_marked(panel, panel.form.hidden, "hidden layers" if text != "0" else "1")
    panel.form.hidden.setText("32")
    panel.form.hidden.textEdited.emit("32")
    check_clean(panel, panel.form.hidden)


# -- runs compared ---------------------------------------------------------------------

def test_two_runs_overlaid_are_named_by_their_learning_rates(panel, qtbot):
    two_runs(panel, qtbot)
    runs = panel.runs
    assert runs.list.objectName() == "runsList" and runs.list.count() == 2
    assert "lr 0.2" in runs.list.item(0).text() and "finished" in runs.list.item(0).text()
    for i in range(2):
        runs.list.item(i).setCheckState(Qt.Checked)
    plots = panel.plots
    assert plots.overlays.numbers() == {r.number for r in runs.records}
    for legend in (plots.loss_legend, plots.accuracy_legend):
        names = [label.text for _, label in legend.items]
        assert "lr 0.2" in names and "lr 0.05" in names
    (trend_a, _), (_, test_a) = plots.overlays.curves[runs.records[0].number]
    (trend_b, _), (_, test_b) = plots.overlays.curves[runs.records[1].number]
    assert trend_a.opts["pen"].color() != trend_b.opts["pen"].color()
    assert list(test_a.getOriginalDataset()[0]) == [0, 1]  # epoch 0 and 1
    assert len(trend_a.getOriginalDataset()[0]) > 0
    # Unticking one takes its curves away and the other's name stays what differs (none).
    runs.list.item(0).setCheckState(Qt.Unchecked)
    assert plots.overlays.numbers() == {runs.records[1].number}
    names = [label.text for _, label in plots.accuracy_legend.items]
    assert f"run #{runs.records[1].number}" in names and "lr 0.2" not in names


def test_the_run_list_saves_as_csv(panel, qtbot, tmp_path):
    two_runs(panel, qtbot, rates=(0.1, 0.2))
    panel.runs.export_csv(tmp_path / "runs.csv")
    with open(tmp_path / "runs.csv") as f:
        rows = list(csv.DictReader(f))
    assert [row["lr"] for row in rows] == ["0.1", "0.2"]
    assert all(row["outcome"] == "finished" and 0 < float(row["test_accuracy"]) <= 1
               and float(row["seconds"]) > 0 for row in rows)


def test_every_run_of_a_sweep_joins_the_list(panel, qtbot):
    quick_recipe(panel, epochs=1, subset=500, hidden="8")
    panel.sweep_field.setCurrentIndex(panel.sweep_field.findData("lr"))
    panel.sweep_values.setText("0.05,0.2")
    assert panel.start_sweep()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=60000)
    records = panel.runs.records
    assert [r.config.lr for r in records] == [0.05, 0.2]
    assert all(r.source.startswith("sweep: lr") for r in records)
    assert all(len(r.loss_x) > 0 and np.isfinite(r.last("test_accuracy")) for r in records)
    assert isinstance(panel.plots.loss_plot, pg.PlotWidget)
