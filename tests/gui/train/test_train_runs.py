"""A training run from the panel: it trains, shows what it does, stops, pauses, and hands
its network to the window."""
import threading
import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QLabel, QPushButton

import engine
from gui.questions import Questions
from gui.train.panel import TrainPanel
from train_helpers import loss_points, panel, quick_recipe, run  # noqa: F401  (a fixture)


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

    # The batches and their trend, then the clean train and test loss at epochs 0 and 1.
    assert len(points(loss_plot)) == 4 and min(points(loss_plot)[:2]) > 2
    assert points(loss_plot)[2:] == [2, 2]
    assert points(acc_plot) == [2, 2]  # train and test, at epochs 0 (untrained) and 1
    text = window.findChild(QLabel, "accuracyLabel").text()
    assert "%" in text and float(text.split(":")[1].split("%")[0]) > 50
    assert window.model is not old_model and window.model.sizes == [784, 32, 10]
    images, labels = engine.load_mnist("test")
    window.canvas.set_image(images[0] / 255)
    assert window.panel.prediction_label.text()[0].isdigit()
    assert panel.confusion.sum() == 10000
    assert panel.mistakes.count() > 0


def test_the_trained_network_says_how_it_was_trained(panel, qtbot):
    quick_recipe(panel, epochs=2, subset=1000, hidden="16")
    models = []
    panel.modelTrained.connect(lambda net, final: models.append((net, final)))
    run(panel, qtbot)
    # One network per epoch for the canvas, then the final one.
    assert [final for _, final in models] == [False, False, True]
    assert [net.meta["name"] for net, _ in models] == [
        "in training (epoch 1)", "in training (epoch 2)", "trained in the app"]
    net = models[-1][0]
    assert net is panel.last_network
    assert net.meta["recipe"]["layers"] == [784, 16, 10] and net.meta["recipe"]["subset"] == 1000
    assert net.meta["test_accuracy"] == panel.history[-1].test_accuracy
    assert net.meta["epochs"] == 2 and net.meta["training_seconds"] > 0
    assert models[0][0].meta["test_accuracy"] == panel.history[0].test_accuracy
    assert models[0][0] is not models[1][0] is not net  # snapshots, never the live network


def test_without_the_live_model_only_the_final_network_is_handed_over(panel, qtbot):
    quick_recipe(panel, epochs=2, subset=500, hidden="8")
    panel.live_model.setChecked(False)
    finals = []
    panel.modelTrained.connect(lambda net, final: finals.append(final))
    run(panel, qtbot)
    assert finals == [True]


def test_a_run_waits_for_the_window_to_agree_to_replace_the_model(qtbot, tmp_path):
    asked = []
    panel = TrainPanel(engine.PersonalDigits(tmp_path / "p.npz"), Questions(),
                       confirm_replace=lambda: asked.append(1) and False)
    qtbot.addWidget(panel)
    quick_recipe(panel, epochs=1, subset=300, hidden="8")
    assert not panel.start_training()
    assert asked == [1] and not panel.is_running() and panel.train_button.isEnabled()


def test_training_runs_in_a_plain_thread_that_ends_with_the_run(panel, qtbot):
    quick_recipe(panel, epochs=1, subset=500, hidden="8")
    before = set(threading.enumerate())
    assert panel.start_training()
    started = set(threading.enumerate()) - before
    assert len(started) == 1 and type(started.pop()) is threading.Thread
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=60000)
    qtbot.waitUntil(lambda: set(threading.enumerate()) <= before, timeout=5000)
    assert not panel.jobs.busy()


def test_stop_ends_a_run_within_a_second(panel, qtbot):
    quick_recipe(panel, epochs=50, subset=0, hidden="256")
    panel.start_training()
    qtbot.waitUntil(lambda: panel.batches_done > 0, timeout=30000)
    t0 = time.monotonic()
    panel.stop_button.click()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=5000)
    assert time.monotonic() - t0 < 1.0
    assert panel.last_finished.reason == "stopped"
    assert panel.train_button.isEnabled()


def test_pause_holds_the_run_and_resume_continues(panel, qtbot):
    quick_recipe(panel, epochs=50, subset=0, hidden="64")
    panel.start_training()
    qtbot.waitUntil(lambda: panel.batches_done > 0, timeout=30000)
    panel.pause_button.setChecked(True)
    assert panel.progress.text() == "Paused"
    qtbot.wait(500)
    held = panel.batches_done
    qtbot.wait(700)
    assert panel.batches_done == held
    panel.pause_button.setChecked(False)
    qtbot.waitUntil(lambda: panel.batches_done > held, timeout=5000)
    panel.stop()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=5000)


def test_stop_ends_a_paused_run_too(panel, qtbot):
    quick_recipe(panel, epochs=50, subset=0, hidden="64")
    panel.start_training()
    qtbot.waitUntil(lambda: panel.batches_done > 0, timeout=30000)
    panel.pause_button.setChecked(True)
    qtbot.wait(200)
    t0 = time.monotonic()
    panel.stop()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=5000)
    assert time.monotonic() - t0 < 1.0 and panel.last_finished.reason == "stopped"
    assert not panel.pause_button.isChecked() and panel.pause_button.text() == "Pause"


def test_a_diverging_learning_rate_is_reported(panel, qtbot):
    quick_recipe(panel, epochs=3, subset=2000)
    panel.form.batch.setValue(16)
    panel.form.lr.setValue(100000)
    messages = []
    panel.message.connect(lambda title, text: messages.append((title, text)))
    run(panel, qtbot, timeout=30000)
    assert panel.last_finished.diverged
    assert [title for title, _ in messages] == ["Training diverged"]
    assert "learning rate" in messages[0][1]
    assert all(np.isfinite(w).all() for w in panel.last_network.weights)


def test_closing_mid_run_is_clean(window, qtbot, capfd):
    panel = window.train_panel
    quick_recipe(panel, epochs=50, subset=0, hidden="256")
    panel.start_training()
    qtbot.waitUntil(lambda: panel.batches_done > 0, timeout=30000)
    thread = panel._job.thread
    handed = []
    panel.modelTrained.connect(lambda net, final: handed.append(final))
    t0 = time.monotonic()
    window.close()
    assert time.monotonic() - t0 < 5
    assert not thread.is_alive() and not panel.is_running() and not panel.jobs.busy()
    qtbot.wait(100)
    assert handed == []  # a closing window is not handed the stopped run's network
    assert "Destroyed while thread" not in capfd.readouterr().err


def test_history_exports_to_csv_and_png(panel, qtbot, tmp_path):
    quick_recipe(panel, epochs=2, subset=2000)
    run(panel, qtbot)
    rows = panel.export_csv(tmp_path / "h.csv").read_text().splitlines()
    assert rows[0].startswith("epoch,loss,train_loss,test_loss") and len(rows) == 4
    assert rows[1].startswith("0,")  # epoch 0: the untrained network
    for path in panel.export_png(tmp_path):
        assert path.stat().st_size > 1000


def test_user_csv_files_join_the_training_data(panel, tmp_path):
    from helpers import random_digits, write_csv

    images, labels = random_digits(5)
    panel.add_user_file(write_csv(tmp_path / "mine.csv", images, labels))
    x, y = panel.training_data()
    assert len(y) == 60005
    assert "mine.csv" in panel.files_label.text()


def test_clicking_a_mistake_puts_that_test_digit_on_the_canvas(window, qtbot):
    panel = window.train_panel
    quick_recipe(panel, epochs=1, subset=500, hidden="8")
    run(panel, qtbot)
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


# -- the results follow the model in use ---------------------------------------------------

def test_a_model_from_elsewhere_clears_the_stale_results(panel, qtbot):
    quick_recipe(panel, epochs=1, subset=1000, hidden="16")
    run(panel, qtbot)
    assert panel.has_results() and panel.mistakes.count() > 0
    # The panel's own network coming back through the window changes nothing.
    panel.model_replaced(panel.last_network, "training")
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
    assert panel.tabs.tabText(panel.tabs.indexOf(panel.mistakes)).startswith("Mistakes (")
    window.files.revert_to_default()  # the session tells every panel through model_replaced
    assert panel.confusion is None and panel.mistakes.count() == 0


def test_idx_files_added_together_are_told_apart_by_their_headers(panel, tmp_path, monkeypatch):
    """Names lie ("labels-of-my-images"): the header's dimensions decide, never the name."""
    from PySide6.QtWidgets import QFileDialog

    from helpers import random_digits, write_idx

    images, labels = random_digits(7)
    image_file = write_idx(tmp_path / "labels-of-my-images.idx", images)
    label_file = write_idx(tmp_path / "b.idx", labels)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(image_file), str(label_file)], ""))
    added = []
    panel.data.adding = lambda *paths: added.append(paths)
    panel.data._add_files_dialog()
    assert added == [(str(image_file), str(label_file))]
