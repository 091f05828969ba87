import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QSpinBox

import engine


def quick_recipe(panel, epochs=1, subset=3000, hidden="32"):
    panel.form.choose_preset("default")
    panel.form.hidden.setText(hidden)
    panel.form.hidden.textEdited.emit(hidden)
    panel.findChild(QSpinBox, "epochsSpin").setValue(epochs)
    panel.subset.setValue(subset)


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
    qtbot.waitUntil(lambda: len(panel.loss_steps) > 0, timeout=30000)
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
    qtbot.waitUntil(lambda: len(panel.loss_steps) > 0, timeout=30000)
    panel.pause_button.setChecked(True)
    qtbot.wait(500)
    held = len(panel.loss_steps)
    qtbot.wait(700)
    assert len(panel.loss_steps) == held
    panel.pause_button.setChecked(False)
    qtbot.waitUntil(lambda: len(panel.loss_steps) > held, timeout=5000)
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
    qtbot.waitUntil(lambda: len(win.train_panel.loss_steps) > 0, timeout=30000)
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
    panel.sweep_values.setText("0.01,0.1")
    panel.start_sweep()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=60000)
    xs, ys = panel.sweep_curve.getData()
    assert list(xs) == [0.01, 0.1] and all(0 < y <= 1 for y in ys)


def test_user_csv_files_join_the_training_data(window, tmp_path):
    from helpers import random_digits, write_csv

    images, labels = random_digits(5)
    panel = window.train_panel
    panel.add_user_file(write_csv(tmp_path / "mine.csv", images, labels))
    x, y = panel.training_data()
    assert len(y) == 60005
    assert "mine.csv" in panel.files_label.text()


def test_clicking_a_mistake_puts_it_on_the_canvas(window, qtbot):
    panel = window.train_panel
    quick_recipe(panel, epochs=1, subset=500, hidden="8")
    panel.start_training()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=60000)
    item = panel.mistakes.item(0)
    panel.mistakes.itemClicked.emit(item)
    assert not window.canvas.is_blank()
