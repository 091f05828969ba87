"""Train / Pause / Stop, the progress bar and the accuracy line: always in sight above the tabs.

What the bar says is kept as a function giving the words, not as the words: on a language
change it is said again, in the new language, from the same figures.
"""
import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QProgressBar, QPushButton,
                               QVBoxLayout, QWidget)

from ..language import Retranslatable
from .duration import duration

# What the bar says between and around runs, by the panel's name for the moment.
STATES = {"ready": QT_TRANSLATE_NOOP("RunControls", "Ready: pick a recipe and press Train"),
          "starting": QT_TRANSLATE_NOOP("RunControls", "Starting..."),
          "stopping": QT_TRANSLATE_NOOP("RunControls", "Stopping..."),
          "paused": QT_TRANSLATE_NOOP("RunControls", "Paused"),
          "failed": QT_TRANSLATE_NOOP("RunControls", "Failed")}
READY = "ready"
STEPS = 1000  # the progress bar's range: fine enough for 300,000 batches to move it


class RunControls(Retranslatable, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.train_button = QPushButton()
        self.train_button.setObjectName("trainButton")
        self.train_button.setShortcut("Ctrl+T")
        self.pause_button = QPushButton()
        self.pause_button.setObjectName("pauseButton")
        self.pause_button.setCheckable(True)
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("stopButton")
        self.progress = QProgressBar()
        self.progress.setObjectName("progressBar")
        self.progress.setTextVisible(True)
        self.accuracy_label = QLabel()
        self.accuracy_label.setObjectName("accuracyLabel")
        self.live_model = QCheckBox()
        self.live_model.setObjectName("liveModelCheck")
        self.live_model.setChecked(True)
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
        self._problem = ""  # what is wrong with the recipe, said on the Train button
        self._said = None  # what the progress bar says: a function giving the words
        self._epoch = None  # the EpochStats of the accuracy line, None before one
        self.pause_button.toggled.connect(self._name_pause)
        self.reset()
        self.set_running(False)
        self.retranslate()

    def retranslate(self):
        self.train_button.setText(self.tr("Train"))
        self.stop_button.setText(self.tr("Stop"))
        self.pause_button.setToolTip(self.tr("Pause or resume the run"))
        self.stop_button.setToolTip(self.tr("Stop now, keeping the weights of the last "
                                            "finished batch"))
        self.progress.setToolTip(self.tr("Epoch, speed and time left"))
        self.accuracy_label.setToolTip(self.tr("Accuracy on the 10,000 MNIST test digits after "
                                               "the last epoch"))
        self.live_model.setText(self.tr("Use on canvas after each epoch"))
        self.live_model.setToolTip(self.tr("The canvas reads with the network being trained, "
                                           "updated every epoch"))
        self._name_pause(self.pause_button.isChecked())
        self._tip_train()
        self._show_accuracy()
        self.progress.setFormat(self._said())

    def say(self, text):
        """Put ``text`` on the progress bar: a key of STATES, a function giving the words
        (asked again when the language changes), or words as they are."""
        if callable(text):
            self._said = text
        elif text in STATES:
            self._said = lambda: QCoreApplication.translate("RunControls", STATES[text])
        else:
            self._said = lambda: text
        self.progress.setFormat(self._said())

    def reset(self, text=READY):
        self.progress.setRange(0, STEPS)
        self.progress.setValue(0)  # a reset bar (value -1) would hide its text
        self.say(text)
        self._epoch = None
        self._show_accuracy()

    def set_running(self, running, problem=""):
        """``problem``: what is wrong with the recipe; Train waits for it to be fixed."""
        self._problem = problem
        self.train_button.setEnabled(not running and not problem)
        self._tip_train()
        self.stop_button.setEnabled(running)
        self.pause_button.setEnabled(running)
        if not running:
            self.pause_button.setChecked(False)

    def show_fraction(self, fraction, text=None):
        """``text``: as for ``say``; None keeps what the bar says."""
        self.progress.setValue(int(STEPS * min(max(fraction, 0.0), 1.0)))
        if text is not None:
            self.say(text)

    def show_batch(self, last, samples_per_second):
        """Progress of a training run from its newest BatchStats."""
        eta = last.elapsed / last.step * (last.steps - last.step)
        epochs = math.ceil(last.steps / max(last.batches, 1))
        self.show_fraction(last.step / max(last.steps, 1), lambda: self.tr(
            "Epoch {epoch}/{epochs}: {speed} samples/s, {left} left").format(
            epoch=last.epoch, epochs=epochs, speed=f"{samples_per_second:,.0f}",
            left=duration(eta)))

    def show_epoch(self, stats):
        self._epoch = stats
        self._show_accuracy()

    def show_finished(self, finished):
        if finished.reason == "done":
            self.progress.setValue(STEPS)
        self.say(lambda: self._finished_words(finished))

    def _finished_words(self, finished):
        figures = dict(epochs=f"{finished.epochs_done:.2f}", seconds=f"{finished.elapsed:.1f}")
        if finished.reason == "done":
            return self.tr("Done after {epochs} epochs, {seconds} s").format(**figures)
        if finished.reason == "stopped":
            return self.tr("Stopped after {epochs} epochs, {seconds} s").format(**figures)
        return self.tr("Failed (diverged) after {epochs} epochs, {seconds} s").format(**figures)

    def _show_accuracy(self):
        stats = self._epoch
        self.accuracy_label.setText(
            self.tr("Test accuracy: -") if stats is None
            else self.tr("Test accuracy: {accuracy} (epoch {epoch})").format(
                accuracy=f"{stats.test_accuracy:.2%}", epoch=stats.epoch))

    def _name_pause(self, paused):
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))

    def _tip_train(self):
        self.train_button.setToolTip(
            self.tr("Fix the recipe first: {problem}").format(problem=self._problem)
            if self._problem else self.tr("Train a new network with the recipe (Ctrl+T)"))
