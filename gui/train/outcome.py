"""How the training panel shows the end of a run: its results, a failure to learn, or an
exception in the work. Functions of the panel, kept apart to keep it short."""
import traceback

import engine

from .run_log import failure_text


def show_result(panel, result):
    """A training run ended (done, stopped or diverged): ``result`` is its RunResult."""
    panel.plots.end_run()
    finished = result.finished
    if finished is None:
        return
    panel.controls.show_finished(finished)
    panel.runs.add(panel.log.training_record(finished, panel.epoch_history(), panel.plots.series))
    panel.last_network = result.network
    if finished.diverged:
        show_divergence(panel, finished)
        return
    evaluation = result.evaluation
    panel.confusion_plot.show_confusion(evaluation["confusion"])
    panel.mistakes.show_mistakes(*engine.load_mnist("test"), evaluation["predicted"])
    panel.modelTrained.emit(result.network, True)


def show_divergence(panel, finished):
    """A run that failed to learn: its curves stay, marked; the model before it returns."""
    text = failure_text(finished)
    panel.plots.mark_failed("failed")
    panel.keeping_results = True  # the model the window puts back is no reason to clear them
    try:
        panel.runFailed.emit(text)
    finally:
        panel.keeping_results = False
    panel.message.emit("Training diverged", text)


def show_failure(panel, exc):
    """The work raised ``exc``: a bug or a broken file, said with where it happened."""
    if panel._mode == "train":
        panel.plots.end_run()
    panel.progress.setFormat("Failed")
    details = "".join(traceback.format_exception(exc, limit=-3))  # the innermost frames
    panel.message.emit("Training failed", f"{type(exc).__name__}: {exc}\n\n{details}")
