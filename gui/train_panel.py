"""The training panel: it lays out the widgets of run_controls, recipe_page, train_plots,
confusion_view, mistakes_view and sweep_view, runs the worker and routes its records."""
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

import engine

from .confusion_view import ConfusionView
from .mistakes_view import MistakesView
from .recipe_page import RecipePage
from .run_controls import READY, RunControls
from .sweep_view import SweepView, ask_before_long_sweep
from .train_plots import TrainPlots
from .train_worker import TrainJob, TrainRunner

TAB_RECIPE, TAB_CURVES, TAB_CONFUSION, TAB_MISTAKES, TAB_SWEEP = range(5)
# Why the results were cleared, by where the new model came from (see model_replaced).
REPLACED = {"teaching": "The network has since been taught your digits: press Train for a new run"}
REPLACED_OTHER = "Another model is in use now: press Train to train a new network here"


class TrainPanel(QWidget):
    modelTrained = Signal(object, bool)  # Network snapshot, final
    showDigit = Signal(object)  # a 28x28 test digit (float, 0..1) to put on the canvas
    message = Signal(str, str)  # title, text: a problem, for the window to show
    info = Signal(str, str)  # title, text: a notice (files saved), not a problem
    runFinished = Signal()

    def __init__(self, personal=None, parent=None):
        super().__init__(parent)
        self.setObjectName("trainPanel")
        self.personal = personal
        self.runner = TrainRunner(self)
        self.history = []  # EpochStats of the current/last run
        self.batches_done = 0  # batches of the current/last training run shown in the plots
        self._mode = None  # "train" or "sweep"
        self.last_finished = None
        self.last_network = None
        # Hooks the window (or a test) replaces. confirm_start(): asked before a run
        # replaces the model (the window asks to save unsaved work). confirm_sweep(text,
        # seconds): asked before a sweep, with its estimated duration (None: unknown).
        self.confirm_start = lambda: True
        self.confirm_sweep = lambda text, seconds: ask_before_long_sweep(self, text, seconds)

        # The dock gets about half of a 1280 px screen, 560-640 px: too narrow for the recipe
        # beside the plots (they got under 300 px and the tab titles were cut). So the recipe
        # is a tab of its own, everything gets the full width, and the buttons and the
        # progress stay in sight above the tabs.
        self.controls = RunControls()
        c = self.controls
        self.train_button, self.pause_button, self.stop_button = c.train_button, c.pause_button, c.stop_button
        self.progress, self.accuracy_label, self.live_model = c.progress, c.accuracy_label, c.live_model
        self.recipe = RecipePage(personal)
        self.form, self.data = self.recipe.form, self.recipe.data
        self.subset, self.use_personal = self.data.subset, self.data.use_personal
        self.files_label, self.user_files = self.data.files_label, self.data.user_files
        self.plots = TrainPlots()
        self.loss_plot, self.accuracy_plot = self.plots.loss_plot, self.plots.accuracy_plot
        self.confusion_plot = ConfusionView()
        self.mistakes = MistakesView()
        self.sweep = SweepView()
        self.sweep_values, self.sweep_field = self.sweep.values, self.sweep.field
        self.sweep_plot, self.sweep_curve = self.sweep.plot, self.sweep.curve
        self.sweep_points = self.sweep.points  # (value, test accuracy) of the last sweep
        self.tabs = QTabWidget()
        # Short titles, no scroll arrows: at the dock's usual width every tab shows whole.
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.ElideRight)
        for widget, title, tip in (
                (self.recipe, "Recipe", "The network, how it learns, and the data"),
                (self.plots, "Curves", "Loss and accuracy of the run, live"),
                (self.confusion_plot, "Confusion", "Confusion matrix of the last run"),
                (self.mistakes, "Mistakes", "The test digits the last run got wrong"),
                (self.sweep, "Sweep", "Test accuracy against the learning rate, the hidden "
                                      "nodes or the epochs")):
            self.tabs.setTabToolTip(self.tabs.addTab(widget, title), tip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.controls)
        layout.addWidget(self.tabs, 1)
        c.train_button.clicked.connect(self.start_training)
        c.pause_button.toggled.connect(self._pause_toggled)
        c.stop_button.clicked.connect(self.stop)
        self.sweep.button.clicked.connect(self.start_sweep)
        self.mistakes.digitClicked.connect(self.showDigit)
        self.mistakes.countChanged.connect(lambda n: self.tabs.setTabText(
            TAB_MISTAKES, "Mistakes" if n is None else f"Mistakes ({n})"))
        self.plots.saved.connect(self.info)
        self.plots.problem.connect(self.message)
        self.data.problem.connect(self.message)
        for signal in (self.form.edited, self.data.changed, self.sweep.quick.toggled,
                       self.sweep.field.currentIndexChanged):
            signal.connect(self._describe_sweep)
        self._describe_sweep()
        self._set_running(False)

    # -- what other code reads ---------------------------------------------------------
    @property
    def confusion(self):
        return self.confusion_plot.confusion

    @property
    def loss_steps(self):
        """The numbers of the batches trained so far (tools/screenshots.py counts them)."""
        return range(1, self.batches_done + 1)

    def has_results(self):
        return not self.plots.is_empty() or self.confusion is not None

    def add_user_file(self, path, labels=None):
        return self.data.add_user_file(path, labels)

    def clear_user_files(self):
        self.data.clear_user_files()

    def training_data(self):
        return self.data.training_data()

    # -- running ---------------------------------------------------------------------
    def is_running(self):
        return self.runner.is_running()

    def runner_finished_signal(self):
        return self.runFinished

    def start_training(self):
        if self.is_running() or not self.confirm_start():
            return False
        try:
            config = replace(self.form.config(), subset=self.subset.value())
        except ValueError as exc:
            self.message.emit("Check the recipe", str(exc))
            return False
        job = TrainJob(config, self.training_data(), engine.load_mnist("test"))
        self.history = []
        self.batches_done = 0
        self.plots.begin_run()
        self.confusion_plot.clear_results()
        self.mistakes.clear_results()
        self.controls.reset("Starting...")
        self.tabs.setCurrentIndex(TAB_CURVES)
        self._mode = "train"
        self.runner.start(job, config.make_network(), self._wire)
        self._set_running(True)
        return True

    def start_sweep(self):
        if self.is_running():
            return False
        train_set, test_set = self.training_data(), engine.load_mnist("test")
        try:
            config = replace(self.form.config(), subset=self.subset.value())
            plan = self.sweep.plan(config, train_set, test_set)
        except ValueError as exc:
            self.message.emit("Check the sweep", str(exc))
            return False
        if not self.confirm_sweep(plan.question, plan.seconds):
            return False
        job = TrainJob(config, train_set, test_set, plan.field, [v for v, _ in plan.values],
                       plan.quick)
        self.sweep.begin(plan.values)
        self.tabs.setCurrentIndex(TAB_SWEEP)
        self._mode = "sweep"
        self.runner.start(job, None, self._wire)
        self._set_running(True)
        self.controls.show_fraction(0.0, f"Sweep: 0 of {len(plan.values)} runs, {self.sweep.about}")
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
            if paused:
                self.progress.setFormat("Paused")

    def shutdown(self):
        """Stop any run and wait for its thread: closing never leaves a thread behind."""
        self.runner.stop(wait_ms=10000)

    def _set_running(self, running):
        self.controls.set_running(running)
        self.sweep.button.setEnabled(not running)
        self.form.setEnabled(not running)

    def _describe_sweep(self, *_):
        try:
            config = replace(self.form.config(), subset=self.subset.value())
        except ValueError:
            config = None
        self.sweep.describe(config, self.data.describe())

    # -- the model elsewhere -----------------------------------------------------------
    def model_replaced(self, net, origin):
        """The window's model changed. From this panel's own run ("training") nothing is
        stale; from anywhere else (a file, the bundled model, teaching) the results shown
        describe a network no longer in use, so they go, with a line saying why."""
        if origin == "training":
            return
        hint = REPLACED.get(origin, REPLACED_OTHER) if self.has_results() else None
        self.confusion_plot.clear_results(hint)
        self.mistakes.clear_results(hint)
        if self.is_running() and self._mode == "train":
            return  # the curves describe the run going on, not the model in use
        self.history = []
        self.batches_done = 0
        if hint:
            self.plots.clear(hint, "The loss and accuracy of a new run will appear here")
        else:
            self.plots.clear()
        if not self.is_running():
            self.controls.reset(READY)

    # -- progress (GUI thread, from queued signals) ------------------------------------
    def _on_batches(self, chunk):
        last = chunk.last
        if self._mode == "train":
            self.plots.add_losses(chunk.x, chunk.loss, chunk.count)
            self.batches_done += sum(chunk.count)
            if last is not None:
                self.controls.show_batch(last, chunk.samples_per_second)
                if last.epoch == 1:  # a full epoch: its batch count gives the run's length
                    self.plots.set_run_length(last.steps / max(last.batches, 1))
        elif self._mode == "sweep" and last is not None:
            runs = len(self.sweep.expected)
            self.controls.show_fraction((chunk.run + last.step / max(last.steps, 1)) / runs)

    def _on_epoch(self, stats, snapshot):
        self.history.append(stats)
        self.plots.show_history(self.history)
        self.controls.show_epoch(stats)
        if self.live_model.isChecked():
            snapshot.meta.update(name=f"in training (epoch {stats.epoch})",
                                 test_accuracy=stats.test_accuracy)
            self.modelTrained.emit(snapshot, False)

    def _on_sweep_point(self, point):
        self.sweep.add_point(point.value, point.test_accuracy)
        self.controls.show_fraction((point.index + 1) / point.count, self.sweep.progress_text(point))

    def _on_finished(self, finished, payload):
        self._set_running(False)
        self.last_finished = finished
        try:
            self._show_finished(finished, payload)
        finally:  # even when showing failed: whoever waits for the run must not wait forever
            self.runFinished.emit()

    def _show_finished(self, finished, payload):
        if self._mode == "sweep":
            self.controls.show_fraction(1.0, self.sweep.done_text())
            return
        self.plots.end_run()
        if finished is None:
            return
        self.controls.show_finished(finished)
        if finished.diverged:
            self.message.emit("Training diverged", finished.message)
        if payload is not None:
            snapshot = payload["network"]
            snapshot.meta.update(name="trained in the app", recipe=self.form.config().to_dict(),
                                 test_accuracy=self.history[-1].test_accuracy if self.history else None,
                                 training_seconds=round(finished.train_seconds, 2))
            self.last_network = snapshot
            evaluation = payload["evaluation"]
            self.confusion_plot.show_confusion(evaluation["confusion"])
            self.mistakes.show_mistakes(*engine.load_mnist("test"), evaluation["predicted"])
            self.modelTrained.emit(snapshot, True)

    def _on_failed(self, text):
        self._set_running(False)
        if self._mode == "train":
            self.plots.end_run()
        self.runFinished.emit()
        self.progress.setFormat("Failed")
        self.message.emit("Training failed", text)

    # -- export --------------------------------------------------------------------------
    def export_png(self, folder):
        return self.plots.export_png(folder)

    def export_csv(self, path):
        return self.plots.export_csv(path, self.history)
