"""The training panel: run controls and tabs (recipe, results, sweep); it runs a training run
or a sweep in a child process (``gui.child_process``) and routes its records to them."""
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

import engine

from ..background import BackgroundJobs
from ..child_process import InChildProcess
from .recipe.checks import form_problems, mark, show_problems
from .recipe.data_box import read_user_file
from .outcome import learned, show_end
from .results.stale import stale_hints
from .run_controls import READY, RunControls
from .run_log import RunLog
from .tabs import TAB_CURVES, TAB_SWEEP, TrainTabs
from .worker import BatchChunk, EpochDone, Snapshot, SweepRun, TrainRun

ASK_ABOVE_SECONDS = 60  # a sweep expected to take longer asks first; shorter ones just start


class TrainPanel(QWidget):
    modelTrained = Signal(object, bool)  # Network snapshot, final
    snapshot = Signal(object, str)  # a copy during a live run, epochs trained ("0.25", "1")
    showDigit = Signal(object)  # a 28x28 test digit (float, 0..1) to put on the canvas
    message = Signal(str, str)  # title, text: a problem, for the window to show
    info = Signal(str, str)  # title, text: a notice (files saved), not a problem
    runFinished = Signal()
    runStarted = Signal()  # a training run starts: its snapshots will replace the model
    runFailed = Signal(str)  # it failed to learn (why, in words): put back the model of runStarted

    def __init__(self, personal, questions, confirm_replace=None, parent=None):
        """``questions``: a gui.questions.Questions (the long-sweep question).
        ``confirm_replace()``: asked before a run replaces the model in use (the window
        asks to save unsaved work first); without it a run always goes ahead."""
        super().__init__(parent)
        self.setObjectName("trainPanel")
        self.personal = personal
        self.questions = questions
        self.confirm_replace = confirm_replace or (lambda: True)
        self.jobs = BackgroundJobs(self)
        self._job = None  # the run or sweep under way
        self._mode = None  # "train" or "sweep"
        self._closing = False
        self.history = []  # EpochStats of the current/last run, epochs >= 1
        self.initial = None  # its epoch 0: the untrained network
        self.problems = {}  # what is wrong with the recipe: {TrainConfig field: message}
        self.keeping_results = False  # while the window restores the model of a failed run
        self.log = RunLog()
        self.batches_done = 0  # batches of the current/last training run shown in the plots
        self.last_finished = self.last_network = None
        self.in_child_process = True  # off only in tests that patch this process's engine

        # The buttons and the progress stay in sight above the tabs.
        self.controls = RunControls()
        c = self.controls
        self.train_button, self.pause_button, self.stop_button = c.train_button, c.pause_button, c.stop_button
        self.progress, self.accuracy_label, self.live_model = c.progress, c.accuracy_label, c.live_model
        self.tabs = TrainTabs(personal)
        self.recipe, self.plots, self.sweep = self.tabs.recipe, self.tabs.plots, self.tabs.sweep
        self.confusion_plot, self.mistakes = self.tabs.confusion, self.tabs.mistakes
        self.form, self.data = self.recipe.form, self.recipe.data
        self.subset, self.use_personal = self.data.subset, self.data.use_personal
        self.files_label, self.user_files = self.data.files_label, self.data.user_files
        self.loss_plot, self.accuracy_plot = self.plots.loss_plot, self.plots.accuracy_plot
        self.sweep_values, self.sweep_field = self.sweep.values, self.sweep.field
        self.sweep_plot, self.sweep_curve = self.sweep.plot, self.sweep.curve
        self.sweep_points, self.runs = self.sweep.points, self.tabs.runs  # (value, accuracy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.controls)
        layout.addWidget(self.tabs, 1)
        c.train_button.clicked.connect(self.start_training)
        c.pause_button.toggled.connect(self._pause_toggled)
        c.stop_button.clicked.connect(self.stop)
        self.sweep.button.clicked.connect(self.start_sweep)
        self.mistakes.digitClicked.connect(self.showDigit)
        for source in (self.plots, self.runs):
            source.saved.connect(self.info)
            source.problem.connect(self.message)
        self.data.problem.connect(self.message)
        self.data.adding = self.read_user_file
        for signal in (self.form.edited, self.data.changed, self.sweep.quick.toggled,
                       self.sweep.field.currentIndexChanged, self.subset.valueChanged):
            signal.connect(self._recipe_changed)
        self._recipe_changed()

    # -- what other code reads ---------------------------------------------------------
    @property
    def confusion(self):
        return self.confusion_plot.confusion

    def has_results(self):
        return not self.plots.is_empty() or self.confusion is not None

    def add_user_file(self, path, labels=None):
        return self.data.add_user_file(path, labels)

    def read_user_file(self, path, labels=None):
        """A file chosen in the dialog: read in a thread (a big CSV takes seconds), then kept."""
        shown = self.files_label.text()
        self.files_label.setText(self.tr("Reading {name}...").format(name=Path(path).name))

        def done(data):
            if isinstance(data, Exception):
                self.files_label.setText(shown)
                self.message.emit(self.tr("Could not add the training file"), str(data))
            else:
                self.data.keep_user_file(path, data)
        self.jobs.submit_busy(lambda job: read_user_file(path, labels), done)

    def clear_user_files(self):
        self.data.clear_user_files()

    def training_data(self):
        return self.data.training_data()

    # -- running ---------------------------------------------------------------------
    def is_running(self):
        return self._job is not None

    def runner_finished_signal(self):
        return self.runFinished

    def start_training(self):
        if self.is_running() or self.problems or not self.confirm_replace():
            return False
        try:
            config = self._config()
        except ValueError as exc:
            self.message.emit(self.tr("Check the recipe"), str(exc))
            return False
        work = TrainRun(config, self.training_data(), engine.load_mnist("test"),
                        preset=self.form.preset.currentData())
        self.history, self.initial = [], None
        self.batches_done = 0
        self.plots.begin_run(config)
        self.confusion_plot.clear_results()
        self.mistakes.clear_results()
        self.controls.reset("starting")
        self.tabs.setCurrentIndex(TAB_CURVES)
        self.log.begin(config)
        self.runStarted.emit()
        self._start("train", work)
        return True

    def start_sweep(self):
        if self.is_running() or self.problems:
            return False
        train_set, test_set = self.training_data(), engine.load_mnist("test")
        try:
            config = self._config()
            plan = self.sweep.plan(config, train_set, test_set)
        except ValueError as exc:
            self.message.emit(self.tr("Check the sweep"), str(exc))
            return False
        long = plan.seconds is None or plan.seconds > ASK_ABOVE_SECONDS
        if long and not self.questions.go_ahead(self.tr("Run the sweep?"), plan.question):
            return False
        work = SweepRun(config, plan.field, [v for v, _ in plan.values], train_set, test_set,
                        plan.quick)
        self.sweep.begin(plan.values)
        self.log.begin(config, plan.field, plan.quick)
        self.tabs.setCurrentIndex(TAB_SWEEP)
        self._start("sweep", work)
        self.controls.show_fraction(0.0, self.sweep.start_text)
        return True

    def _start(self, mode, work):
        self._mode = mode
        # In a child process, the window stays smooth to draw in while it trains.
        work = InChildProcess(work) if self.in_child_process else work
        self._job = self.jobs.submit(work, self._on_done, self._on_progress)
        self._set_running(True)

    def _config(self):
        """The form's recipe with the data box's subset; ValueError says what is wrong."""
        return replace(self.form.config(), subset=self.subset.value())

    def stop(self):
        if self._job is not None:
            self._job.stop()
            self.controls.say("stopping")

    def _pause_toggled(self, paused):
        if self._job is not None:
            self._job.set_paused(paused)
            if paused:
                self.controls.say("paused")

    def shutdown(self):  # stop any run, wait (CLOSE_SECONDS at most), drop what it would show
        self._closing = True
        try:
            self.jobs.shutdown()
        finally:
            self._closing = False
            self._job = None  # ended, or left inside one long call: the panel is free again
        self._set_running(False)

    def _set_running(self, running):
        self.controls.set_running(running, "; ".join(self.problems.values()))
        self.sweep.button.setEnabled(not running and not self.problems)
        self.form.setEnabled(not running)

    def _recipe_changed(self, *_):
        """Mark nonsense in the form (Train and Sweep wait for a fix); say what a sweep trains."""
        self.problems = form_problems(self.form, self.subset.value())
        mark(self.subset, self.problems.get("subset"))
        show_problems(self.form, self.problems)
        self._set_running(self.is_running())
        try:
            config = self._config()
        except ValueError:
            config = None
        self.sweep.describe(config, self.data.describe)  # asked again on a language change

    # -- the model elsewhere -----------------------------------------------------------
    def model_replaced(self, net, origin):
        """The window's model changed. From this panel's own run ("training") nothing is
        stale; from anywhere else (a file, the bundled model, teaching) the results shown
        describe a network no longer in use, so they go, with a line saying why."""
        if origin == "training" or self.keeping_results:
            return
        hint, new_run = stale_hints(origin) if self.has_results() else (None, None)
        self.confusion_plot.clear_results(hint)
        self.mistakes.clear_results(hint)
        if self.is_running() and self._mode == "train":
            return  # the curves describe the run going on, not the model in use
        self.history, self.initial = [], None
        self.batches_done = 0
        self.plots.clear(hint, new_run)
        if not self.is_running():
            self.controls.reset(READY)

    # -- progress (GUI thread, in the order the work reported it) -------------------------
    def _on_progress(self, record):
        if self._closing:
            return
        if isinstance(record, BatchChunk):
            self._on_batches(record)
        elif isinstance(record, EpochDone):
            self._on_epoch(record)
        elif isinstance(record, Snapshot) and self.live_model.isChecked():
            self.snapshot.emit(record.network, record.label)
        elif isinstance(record, engine.SweepPoint):
            self._on_sweep_point(record)

    def _on_batches(self, chunk):
        last = chunk.last
        if self._mode == "sweep":
            self.log.sweep_losses(chunk)
            if last is not None:
                runs = len(self.sweep.expected)
                self.controls.show_fraction((chunk.run + last.step / max(last.steps, 1)) / runs)
            return
        self.plots.add_losses(chunk.x, chunk.loss, chunk.count)
        self.batches_done += sum(chunk.count)
        if last is not None:
            self.controls.show_batch(last, chunk.samples_per_second)
            if last.epoch == 1:  # a full epoch: its batch count gives the run's length
                self.plots.set_run_length(last.steps / max(last.batches, 1))

    def _on_epoch(self, done):
        if done.network is None:  # epoch 0: the untrained network, before any batch
            self.initial = done.stats
        else:
            self.history.append(done.stats)
        self.plots.show_history(self.epoch_history())
        self.controls.show_epoch(done.stats)
        if done.network is not None and self.live_model.isChecked():
            # An epoch at chance or with broken weights never reads the canvas, even for a
            # moment: the model in use stays the last one that could read.
            if learned(done.stats, done.network):
                self.modelTrained.emit(done.network, False)
            self.snapshot.emit(done.network, str(done.stats.epoch))

    def epoch_history(self):  # the run's EpochStats, epoch 0 first when known
        return ([self.initial] if self.initial is not None else []) + self.history

    def _on_sweep_point(self, point):
        self.runs.add(self.log.sweep_record(point))
        self.sweep.add_point(point.value, point.test_accuracy)
        self.controls.show_fraction((point.index + 1) / point.count,
                                    lambda: self.sweep.progress_text(point))

    def _on_done(self, outcome):
        """The run's end (see outcome.show_end)."""
        self._job = None
        self._set_running(False)
        show_end(self, outcome)

    # -- export --------------------------------------------------------------------------
    def export_png(self, folder):
        return self.plots.export_png(folder)

    def export_csv(self, path):
        return self.plots.export_csv(path, self.epoch_history())
