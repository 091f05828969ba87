"""Train / Pause / Stop, the progress bar and the accuracy line: always in sight above the tabs."""
import math

from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QProgressBar, QPushButton,
                               QVBoxLayout, QWidget)

from .duration import duration

READY = "Ready: pick a recipe and press Train"
TRAIN_TIP = "Train a new network with the recipe (Ctrl+T)"
STEPS = 1000  # the progress bar's range: fine enough for 300,000 batches to move it


class RunControls(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.train_button = QPushButton("Train")
        self.train_button.setObjectName("trainButton")
        self.train_button.setToolTip(TRAIN_TIP)
        self.train_button.setShortcut("Ctrl+T")
        self.pause_button = QPushButton("Pause")
        self.pause_button.setObjectName("pauseButton")
        self.pause_button.setCheckable(True)
        self.pause_button.setToolTip("Pause or resume the run")
        self.stop_button = QPushButton("Stop")
        self.stop_button.setObjectName("stopButton")
        self.stop_button.setToolTip("Stop now, keeping the weights of the last finished batch")
        self.progress = QProgressBar()
        self.progress.setObjectName("progressBar")
        self.progress.setTextVisible(True)
        self.progress.setToolTip("Epoch, speed and time left")
        self.accuracy_label = QLabel()
        self.accuracy_label.setObjectName("accuracyLabel")
        self.accuracy_label.setToolTip("Accuracy on the 10,000 MNIST test digits after the last epoch")
        self.live_model = QCheckBox("Use on canvas after each epoch")
        self.live_model.setObjectName("liveModelCheck")
        self.live_model.setChecked(True)
        self.live_model.setToolTip("The canvas reads with the network being trained, updated every epoch")
        top = QHBoxLayout()
        for b in (self.train_button, self.pause_button, self.stop_button):
            top.addWidget(b)
        top.addWidget(self.progress, 1)
        second = QHBoxLayout()
        second.addWidget(self.accuracy_label, 1)
        second.addWidget(self.live_model)
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        v.addLayout(top)
        v.addLayout(second)
        self.pause_button.toggled.connect(
            lambda paused: self.pause_button.setText("Resume" if paused else "Pause"))
        self.reset()
        self.set_running(False)

    def reset(self, text=READY):
        self.progress.setRange(0, STEPS)
        self.progress.setValue(0)  # a reset bar (value -1) would hide its text
        self.progress.setFormat(text)
        self.accuracy_label.setText("Test accuracy: -")

    def set_running(self, running, problem=""):
        """``problem``: what is wrong with the recipe; Train waits for it to be fixed."""
        self.train_button.setEnabled(not running and not problem)
        self.train_button.setToolTip(f"Fix the recipe first: {problem}" if problem else TRAIN_TIP)
        self.stop_button.setEnabled(running)
        self.pause_button.setEnabled(running)
        if not running:
            self.pause_button.setChecked(False)

    def show_fraction(self, fraction, text=None):
        self.progress.setValue(int(STEPS * min(max(fraction, 0.0), 1.0)))
        if text is not None:
            self.progress.setFormat(text)

    def show_batch(self, last, samples_per_second):
        """Progress of a training run from its newest BatchStats."""
        eta = last.elapsed / last.step * (last.steps - last.step)
        epochs = math.ceil(last.steps / max(last.batches, 1))
        self.show_fraction(last.step / max(last.steps, 1),
                           f"Epoch {last.epoch}/{epochs}: {samples_per_second:,.0f} samples/s, "
                           f"{duration(eta)} left")

    def show_epoch(self, stats):
        self.accuracy_label.setText(f"Test accuracy: {stats.test_accuracy:.2%} (epoch {stats.epoch})")

    def show_finished(self, finished):
        word = {"done": "Done", "stopped": "Stopped", "diverged": "Failed (diverged)"}[finished.reason]
        if finished.reason == "done":
            self.progress.setValue(STEPS)
        self.progress.setFormat(f"{word} after {finished.epochs_done:.2f} epochs, "
                                f"{finished.elapsed:.1f} s")
