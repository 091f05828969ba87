"""The training panel: recipe, data, Train/Pause/Stop, live loss and accuracy plots, results."""
import csv
import math
from dataclasses import replace
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QProgressBar, QPushButton,
                               QSpinBox, QTabWidget, QVBoxLayout, QWidget)

import engine

from .personal_dialog import digit_pixmap
from .recipe_form import RecipeForm
from .train_worker import TrainJob, TrainRunner

SMOOTH = 0.98  # exponential smoothing of the batch loss curve
MAX_MISTAKES = 80


class TrainPanel(QWidget):
    modelTrained = Signal(object, bool)  # Network snapshot, final
    showDigit = Signal(object)  # a 28x28 test digit to put on the canvas
    message = Signal(str, str)  # title, text: for the window to show

    def __init__(self, personal=None, parent=None):
        super().__init__(parent)
        self.setObjectName("trainPanel")
        self.personal = personal
        self.user_files = []
        self.runner = TrainRunner(self)
        self.history = []  # EpochStats of the current/last run
        self.loss_steps, self.loss_raw, self.loss_smooth = [], [], []
        self._smoothed = None
        self._mode = None  # "train" or "sweep"
        self.last_finished = None
        self.last_network = None
        # Asked before a run replaces the model; the window asks to save unsaved work.
        self.confirm_start = lambda: True

        layout = QHBoxLayout(self)
        left_widget = QWidget()
        left_widget.setMaximumWidth(310)
        left = QVBoxLayout(left_widget)
        left.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(left_widget, 0)
        self.form = RecipeForm()
        recipe = QGroupBox("Recipe")
        QVBoxLayout(recipe).addWidget(self.form)
        left.addWidget(recipe)
        left.addWidget(self._data_box())
        left.addLayout(self._buttons())
        left.addStretch(1)

        right = QVBoxLayout()
        layout.addLayout(right, 1)
        self.progress = QProgressBar()
        self.progress.setObjectName("progressBar")
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)  # a reset bar (value -1) would hide its text
        self.progress.setFormat("Ready: pick a recipe and press Train")
        self.progress.setTextVisible(True)
        self.progress.setToolTip("Epoch, speed and time left")
        right.addWidget(self.progress)
        self.accuracy_label = QLabel("Test accuracy: -")
        self.accuracy_label.setObjectName("accuracyLabel")
        self.accuracy_label.setToolTip("Accuracy on the 10,000 MNIST test digits after the last epoch")
        right.addWidget(self.accuracy_label)
        self.tabs = QTabWidget()
        right.addWidget(self.tabs, 1)
        self.tabs.addTab(self._plots(), "Loss and accuracy")
        self.tabs.addTab(self._confusion_view(), "Confusion matrix")
        self.tabs.addTab(self._mistakes_view(), "Mistakes")
        self.tabs.addTab(self._sweep_view(), "Sweep")
        self._set_running(False)

    # -- building ------------------------------------------------------------------
    def _data_box(self):
        box = QGroupBox("Training data")
        v = QVBoxLayout(box)
        row = QHBoxLayout()
        row.addWidget(QLabel("MNIST samples"))
        self.subset = QSpinBox()
        self.subset.setObjectName("subsetSpin")
        self.subset.setRange(0, 60000)
        self.subset.setSingleStep(1000)
        self.subset.setSpecialValueText("all 60,000")
        self.subset.setToolTip("Train on a random subset for a quick run (0: all 60,000)")
        row.addWidget(self.subset)
        v.addLayout(row)
        self.use_personal = QCheckBox("Add my personal digits")
        self.use_personal.setObjectName("personalCheck")
        self.use_personal.setToolTip("Include the digits you taught on the canvas")
        v.addWidget(self.use_personal)
        files_row = QHBoxLayout()
        self.files_label = QLabel("No extra files")
        self.files_label.setWordWrap(True)
        add = QPushButton("Add IDX/CSV...")
        add.setToolTip("Add your own training files: an IDX image file (with its labels file), "
                       "or a CSV of Rashid's format label,p0..p783")
        add.clicked.connect(self._add_files_dialog)
        clear = QPushButton("Remove")
        clear.setToolTip("Forget the extra files")
        clear.clicked.connect(self.clear_user_files)
        files_row.addWidget(add)
        files_row.addWidget(clear)
        v.addWidget(self.files_label)
        v.addLayout(files_row)
        return box

    def _buttons(self):
        row = QHBoxLayout()
        self.train_button = QPushButton("Train")
        self.train_button.setObjectName("trainButton")
        self.train_button.setToolTip("Train a new network with this recipe (Ctrl+T)")
        self.train_button.setShortcut("Ctrl+T")
        self.pause_button = QPushButton("Pause")
        self.pause_button.setObjectName("pauseButton")
        self.pause_button.setCheckable(True)
        self.pause_button.setToolTip("Pause or resume the run")
        self.stop_button = QPushButton("Stop")
        self.stop_button.setObjectName("stopButton")
        self.stop_button.setToolTip("Stop now, keeping the weights of the last finished batch")
        self.train_button.clicked.connect(self.start_training)
        self.pause_button.toggled.connect(self._pause_toggled)
        self.stop_button.clicked.connect(self.stop)
        for b in (self.train_button, self.pause_button, self.stop_button):
            row.addWidget(b)
        self.live_model = QCheckBox("Use on canvas after each epoch")
        self.live_model.setObjectName("liveModelCheck")
        self.live_model.setChecked(True)
        self.live_model.setToolTip("The canvas reads with the network being trained, updated every epoch")
        box = QVBoxLayout()
        box.addLayout(row)
        box.addWidget(self.live_model)
        return box

    def _plots(self):
        page = QWidget()
        v = QVBoxLayout(page)
        self.loss_plot = pg.PlotWidget(title="Loss per batch")
        self.loss_plot.setObjectName("lossPlot")
        self.loss_plot.setLabel("bottom", "batch")
        self.loss_plot.setLabel("left", "loss")
        self.loss_plot.showGrid(x=True, y=True, alpha=0.2)
        self.loss_plot.setDownsampling(mode="peak")
        self.loss_plot.setClipToView(True)
        self.loss_plot.addLegend(offset=(-10, 10))
        self.raw_curve = self.loss_plot.plot([], [], pen=pg.mkPen((120, 150, 200, 90)), name="batch")
        self.smooth_curve = self.loss_plot.plot([], [], pen=pg.mkPen((20, 70, 160), width=2), name="smoothed")
        self.accuracy_plot = pg.PlotWidget(title="Accuracy per epoch")
        self.accuracy_plot.setObjectName("accuracyPlot")
        self.accuracy_plot.setLabel("bottom", "epoch")
        self.accuracy_plot.setLabel("left", "accuracy")
        self.accuracy_plot.showGrid(x=True, y=True, alpha=0.2)
        self.accuracy_plot.getAxis("left").enableAutoSIPrefix(False)
        self.accuracy_plot.addLegend(offset=(-10, -10))
        self.train_curve = self.accuracy_plot.plot([], [], pen=pg.mkPen((230, 120, 30), width=2),
                                                   symbol="o", symbolSize=5, name="train")
        self.test_curve = self.accuracy_plot.plot([], [], pen=pg.mkPen((30, 140, 60), width=2),
                                                  symbol="o", symbolSize=5, name="test")
        v.addWidget(self.loss_plot, 1)
        v.addWidget(self.accuracy_plot, 1)
        row = QHBoxLayout()
        png = QPushButton("Export plots (PNG)...")
        png.setToolTip("Save both plots as PNG images")
        png.clicked.connect(self._export_png_dialog)
        csv_button = QPushButton("Export history (CSV)...")
        csv_button.setToolTip("Save the run's per-epoch figures as CSV")
        csv_button.clicked.connect(self._export_csv_dialog)
        row.addWidget(png)
        row.addWidget(csv_button)
        row.addStretch(1)
        v.addLayout(row)
        return page

    def _confusion_view(self):
        self.confusion_plot = pg.PlotWidget(title="Confusion matrix (rows: true digit, columns: read as)")
        self.confusion_plot.setObjectName("confusionPlot")
        self.confusion_plot.invertY(True)
        self.confusion_plot.setAspectLocked(True)
        ticks = [[(d + 0.5, str(d)) for d in range(10)]]
        self.confusion_plot.getAxis("bottom").setTicks(ticks)
        self.confusion_plot.getAxis("left").setTicks(ticks)
        self.confusion_image = pg.ImageItem(np.zeros((10, 10)))
        self.confusion_image.setColorMap(pg.colormap.get("viridis"))
        self.confusion_plot.addItem(self.confusion_image)
        self._confusion_texts = []
        self.confusion = None
        return self.confusion_plot

    def _mistakes_view(self):
        self.mistakes = QListWidget()
        self.mistakes.setObjectName("mistakesList")
        self.mistakes.setViewMode(QListWidget.IconMode)
        self.mistakes.setIconSize(pg.QtCore.QSize(56, 56))
        self.mistakes.setResizeMode(QListWidget.Adjust)
        self.mistakes.setToolTip("Test digits the network got wrong (true -> read as). "
                                 "Click one to put it on the canvas.")
        self.mistakes.itemClicked.connect(self._mistake_clicked)
        return self.mistakes

    def _sweep_view(self):
        page = QWidget()
        v = QVBoxLayout(page)
        row = QHBoxLayout()
        self.sweep_field = QComboBox()
        self.sweep_field.setObjectName("sweepField")
        self.sweep_field.addItem("learning rate", "lr")
        self.sweep_field.addItem("hidden nodes", "hidden")
        self.sweep_field.addItem("epochs", "epochs")
        self.sweep_field.setToolTip("What to vary, as in Rashid's experiments")
        self.sweep_values = QLineEdit("0.01,0.05,0.1,0.2,0.3")
        self.sweep_values.setObjectName("sweepValues")
        self.sweep_values.setToolTip("Values to try, comma separated; each is a short run of the recipe")
        self.sweep_field.currentIndexChanged.connect(self._sweep_field_changed)
        self.sweep_button = QPushButton("Run sweep")
        self.sweep_button.setObjectName("sweepButton")
        self.sweep_button.setToolTip("Train once per value and plot test accuracy against it")
        self.sweep_button.clicked.connect(self.start_sweep)
        row.addWidget(self.sweep_field)
        row.addWidget(self.sweep_values, 1)
        row.addWidget(self.sweep_button)
        v.addLayout(row)
        self.sweep_plot = pg.PlotWidget(title="Test accuracy against the swept value")
        self.sweep_plot.setObjectName("sweepPlot")
        self.sweep_plot.showGrid(x=True, y=True, alpha=0.2)
        self.sweep_curve = self.sweep_plot.plot([], [], pen=pg.mkPen((120, 60, 160), width=2),
                                                symbol="o", symbolSize=7)
        self.sweep_points = []
        v.addWidget(self.sweep_plot, 1)
        return page

    def _sweep_field_changed(self):
        defaults = {"lr": "0.01,0.05,0.1,0.2,0.3", "hidden": "10,50,100,200,400", "epochs": "1,2,3,5"}
        self.sweep_values.setText(defaults[self.sweep_field.currentData()])

    # -- data ------------------------------------------------------------------------
    def add_user_file(self, path, labels=None):
        """Add a CSV, or an IDX images file with its labels file (checked now, not at Train)."""
        path = Path(path)
        if path.suffix.lower() == ".csv":
            data = engine.load_csv(path)
        else:
            if labels is None:
                raise engine.DataFormatError(path, "an IDX images file needs its labels file too")
            data = engine.load_idx(path, labels=labels)
        self.user_files.append((path, data))
        names = ", ".join(p.name for p, _ in self.user_files)
        total = sum(len(d[1]) for _, d in self.user_files)
        self.files_label.setText(f"{names} ({total:,} digits)")
        return len(data[1])

    def clear_user_files(self):
        self.user_files = []
        self.files_label.setText("No extra files")

    def _add_files_dialog(self):
        paths, _ = QFileDialog.getOpenFileNames(self, "Add training files", str(Path.home()),
                                                "Digits (*.csv *.idx *ubyte *.gz);;All files (*)")
        try:
            csvs = [p for p in paths if p.lower().endswith(".csv")]
            idx = sorted(p for p in paths if not p.lower().endswith(".csv"))
            for p in csvs:
                self.add_user_file(p)
            if idx:
                if len(idx) != 2:
                    raise engine.DataFormatError(idx[0], "choose the IDX images file and its labels file together")
                labels = next((p for p in idx if "label" in Path(p).name.lower()), idx[0])
                images = next(p for p in idx if p != labels)
                self.add_user_file(images, labels)
        except engine.DataFormatError as exc:
            self.message.emit("Could not add the training file", str(exc))

    def training_data(self):
        images, labels = engine.load_mnist("train")
        parts = [(images, labels)] + [d for _, d in self.user_files]
        if self.use_personal.isChecked() and self.personal is not None and len(self.personal):
            parts.append((self.personal.images, self.personal.labels))
        if len(parts) == 1:
            return parts[0]
        return np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])

    # -- running ---------------------------------------------------------------------
    runFinished = Signal()

    def is_running(self):
        return self.runner.is_running()

    def runner_finished_signal(self):
        return self.runFinished

    def start_training(self):
        if self.is_running() or not self.confirm_start():
            return False
        try:
            config = self.form.config()
        except ValueError as exc:
            self.message.emit("Check the recipe", str(exc))
            return False
        config = replace(config, subset=self.subset.value())
        job = TrainJob(config, self.training_data(), engine.load_mnist("test"))
        self._reset_plots()
        self._mode = "train"
        self.runner.start(job, config.make_network(), self._wire)
        self._set_running(True)
        self.progress.setFormat("Starting...")
        return True

    def start_sweep(self):
        if self.is_running():
            return False
        try:
            config = self.form.config()
            values = [float(v) for v in self.sweep_values.text().split(",") if v.strip()]
            if not values or len(values) > 20:
                raise ValueError("give 1 to 20 comma-separated values")
        except ValueError as exc:
            self.message.emit("Check the sweep", str(exc))
            return False
        config = replace(config, subset=self.subset.value())
        job = TrainJob(config, self.training_data(), engine.load_mnist("test"),
                       self.sweep_field.currentData(), values)
        self.sweep_points = []
        self.sweep_curve.setData([], [])
        self.sweep_plot.setLabel("bottom", self.sweep_field.currentText())
        self.tabs.setCurrentIndex(3)
        self._mode = "sweep"
        self.runner.start(job, None, self._wire)
        self._set_running(True)
        self.progress.setRange(0, len(values))
        self.progress.setValue(0)
        self.progress.setFormat(f"Sweep: 0 of {len(values)} runs")
        return True

    def _wire(self, worker):
        worker.batches.connect(self._on_batches)
        worker.epoch.connect(self._on_epoch)
        worker.sweepPoint.connect(self._on_sweep_point)
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)

    def stop(self):
        self.runner.stop()
        if self.is_running():
            self.progress.setFormat("Stopping...")

    def _pause_toggled(self, paused):
        if self.runner.worker is not None:
            self.runner.worker.set_paused(paused)
            self.pause_button.setText("Resume" if paused else "Pause")
            if paused:
                self.progress.setFormat("Paused")

    def shutdown(self):
        """Stop any run and wait for its thread: closing never leaves a thread behind."""
        self.runner.stop(wait_ms=10000)

    def _set_running(self, running):
        self.train_button.setEnabled(not running)
        self.sweep_button.setEnabled(not running)
        self.stop_button.setEnabled(running)
        self.pause_button.setEnabled(running)
        if not running:
            self.pause_button.blockSignals(True)
            self.pause_button.setChecked(False)
            self.pause_button.setText("Pause")
            self.pause_button.blockSignals(False)
        self.form.setEnabled(not running)

    # -- progress (GUI thread, from queued signals) ------------------------------------
    def _reset_plots(self):
        self.history = []
        self.loss_steps, self.loss_raw, self.loss_smooth = [], [], []
        self._smoothed = None
        self.raw_curve.setData([], [])
        self.smooth_curve.setData([], [])
        self.train_curve.setData([], [])
        self.test_curve.setData([], [])
        self.accuracy_label.setText("Test accuracy: -")
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.tabs.setCurrentIndex(0)

    def _on_batches(self, chunk):
        if self._mode != "train":
            return
        for step, loss in zip(chunk.steps, chunk.losses):
            if math.isfinite(loss):
                self._smoothed = loss if self._smoothed is None else SMOOTH * self._smoothed + (1 - SMOOTH) * loss
            self.loss_steps.append(step)
            self.loss_raw.append(loss)
            self.loss_smooth.append(self._smoothed if self._smoothed is not None else loss)
        steps = np.asarray(self.loss_steps)
        self.raw_curve.setData(steps, np.asarray(self.loss_raw))
        self.smooth_curve.setData(steps, np.asarray(self.loss_smooth))
        last = chunk.last
        if last is not None:
            self.progress.setValue(int(1000 * last.step / max(last.steps, 1)))
            eta = last.elapsed / last.step * (last.steps - last.step)
            self.progress.setFormat(f"Epoch {last.epoch}: {chunk.samples_per_second:,.0f} samples/s, "
                                    f"{eta:.0f} s left")

    def _on_epoch(self, stats, snapshot):
        self.history.append(stats)
        epochs = [h.epoch for h in self.history]
        self.train_curve.setData(epochs, [h.train_accuracy for h in self.history])
        self.test_curve.setData(epochs, [h.test_accuracy for h in self.history])
        self.accuracy_label.setText(f"Test accuracy: {stats.test_accuracy:.2%} (epoch {stats.epoch})")
        if self.live_model.isChecked():
            snapshot.meta.update(name=f"in training (epoch {stats.epoch})",
                                 test_accuracy=stats.test_accuracy)
            self.modelTrained.emit(snapshot, False)

    def _on_sweep_point(self, point):
        self.sweep_points.append((point.value, point.test_accuracy))
        xs, ys = zip(*sorted(self.sweep_points))
        self.sweep_curve.setData(list(xs), list(ys))
        self.progress.setValue(point.index + 1)
        self.progress.setFormat(f"Sweep: {point.index + 1} of {point.count} runs "
                                f"(last: {point.test_accuracy:.2%} at {point.value:g})")

    def _on_finished(self, finished, payload):
        self._set_running(False)
        self.last_finished = finished
        try:
            self._show_finished(finished, payload)
        finally:
            self.runFinished.emit()

    def _show_finished(self, finished, payload):
        if self._mode == "sweep":
            self.progress.setFormat(f"Sweep done: {len(self.sweep_points)} runs")
            return
        if finished is None:
            return
        self.progress.setValue(1000 if finished.reason == "done" else self.progress.value())
        self.progress.setFormat({"done": "Done", "stopped": "Stopped", "diverged": "Diverged"}[finished.reason]
                                + f" after {finished.epochs_done:.2f} epochs, {finished.elapsed:.1f} s")
        if finished.diverged:
            self.message.emit("Training diverged", finished.message)
        if payload is not None:
            snapshot = payload["network"]
            snapshot.meta.update(name="trained in the app", recipe=self.form.config().to_dict(),
                                 test_accuracy=self.history[-1].test_accuracy if self.history else None,
                                 training_seconds=round(finished.train_seconds, 2))
            self.last_network = snapshot
            self._show_results(payload["evaluation"])
            self.modelTrained.emit(snapshot, True)

    def _on_failed(self, text):
        self._set_running(False)
        self.runFinished.emit()
        self.progress.setFormat("Failed")
        self.message.emit("Training failed", text)

    # -- results -----------------------------------------------------------------------
    def _show_results(self, result):
        images, labels = engine.load_mnist("test")
        self.confusion = result["confusion"]
        self._draw_confusion(self.confusion)
        wrong = np.flatnonzero(result["predicted"] != labels)
        self.mistakes.clear()
        for i in wrong[:MAX_MISTAKES]:
            item = QListWidgetItem(QIcon(digit_pixmap(images[i])),
                                   f"{labels[i]} -> {result['predicted'][i]}")
            item.setData(Qt.UserRole, int(i))
            self.mistakes.addItem(item)
        self.tabs.setTabText(2, f"Mistakes ({len(wrong)})")

    def _draw_confusion(self, confusion):
        # Log scale: the diagonal (~1000) would otherwise drown every mistake (~1-10).
        self.confusion_image.setImage(np.log1p(confusion.astype(float)), rect=(0, 0, 10, 10))
        for text in self._confusion_texts:
            self.confusion_plot.removeItem(text)
        self._confusion_texts = []
        for r in range(10):
            for c in range(10):
                if confusion[r, c]:
                    text = pg.TextItem(str(confusion[r, c]), anchor=(0.5, 0.5),
                                       color="w" if r != c else "k")
                    text.setPos(c + 0.5, r + 0.5)
                    self.confusion_plot.addItem(text)
                    self._confusion_texts.append(text)

    def _mistake_clicked(self, item):
        images, _ = engine.load_mnist("test")
        self.showDigit.emit(images[item.data(Qt.UserRole)].astype(np.float32) / 255)

    # -- export --------------------------------------------------------------------------
    def export_png(self, folder):
        folder = Path(folder)
        paths = []
        for name, plot in (("loss", self.loss_plot), ("accuracy", self.accuracy_plot)):
            path = folder / f"{name}.png"
            pg.exporters.ImageExporter(plot.plotItem).export(str(path))
            paths.append(path)
        return paths

    def export_csv(self, path):
        with open(path, "w", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(["epoch", "loss", "train_accuracy", "test_accuracy", "samples_per_second",
                             "train_seconds"])
            for h in self.history:
                writer.writerow([h.epoch, f"{h.loss:.6f}", f"{h.train_accuracy:.6f}",
                                 f"{h.test_accuracy:.6f}", f"{h.samples_per_second:.1f}",
                                 f"{h.train_seconds:.3f}"])
        return path

    def _export_png_dialog(self):
        folder = QFileDialog.getExistingDirectory(self, "Folder for the plot images", str(Path.home()))
        if folder:
            paths = self.export_png(folder)
            self.message.emit("Plots saved", "\n".join(str(p) for p in paths))

    def _export_csv_dialog(self):
        path, _ = QFileDialog.getSaveFileName(self, "Save history", str(Path.home() / "history.csv"),
                                              "CSV (*.csv)")
        if path:
            try:
                self.export_csv(path)
            except OSError as exc:
                self.message.emit("Could not save the history", f"{path}: {exc.strerror or exc}")
