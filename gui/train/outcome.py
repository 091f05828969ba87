"""How the training panel shows the end of a run: its results, a failure to learn, or an
exception in the work. Functions of the panel, kept apart to keep it short."""
import math
import traceback

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

import engine

from .run_log import failure_text

CHANCE = 0.15  # test accuracy below this is no better than guessing one of ten digits
KEPT = QT_TRANSLATE_NOOP("TrainOutcome", "The model you had before the run is back in use. "
                                         "The run's curves stay on the Curves tab, and it is "
                                         "in the Runs list.")


def say(text):
    """``text`` (marked for translation in this module) in the language of the moment."""
    return QCoreApplication.translate("TrainOutcome", text)


def finite(net):
    """True when every weight and bias of ``net`` is a number (not NaN, not infinite)."""
    return all(np.isfinite(a).all() for a in list(net.weights) + list(net.biases or []))


def learned(stats, net):
    """Whether an epoch's network (``stats`` its EpochStats) may read the canvas: better
    than chance and with finite weights."""
    accuracy = stats.test_accuracy if math.isfinite(stats.test_accuracy) else stats.train_accuracy
    return accuracy >= CHANCE and finite(net)


def engine_failed(finished):
    """The engine's own verdict (``Finished.failed``): diverged, or stopped at chance."""
    return finished.diverged or bool(getattr(finished, "failed", False))


def not_learned(result):
    """Why the run's network must not replace the model in use though the engine did not
    call it a failure (a run stopped at chance, weights gone NaN), or None."""
    if not finite(result.network):
        return say(QT_TRANSLATE_NOOP("TrainOutcome", "Its network's weights became NaN or "
                                                     "infinite: it cannot read anything."))
    accuracy = (result.evaluation or {}).get("accuracy")
    if accuracy is not None and accuracy < CHANCE:
        if result.finished.reason == "stopped":
            why = QT_TRANSLATE_NOOP("TrainOutcome", "It stopped at {accuracy} on the 10,000 test "
                                    "digits, no better than guessing (10%): its network has not "
                                    "learned to read digits yet.")
        else:
            why = QT_TRANSLATE_NOOP("TrainOutcome", "It ended at {accuracy} on the 10,000 test "
                                    "digits, no better than guessing (10%): its network has not "
                                    "learned to read digits yet.")
        return say(why).format(accuracy=f"{accuracy:.1%}")
    return None


def show_end(panel, outcome):
    """A run or sweep ended: ``outcome`` is a RunResult (training), the last Finished (a
    sweep) or the exception the work raised. Nothing is shown while the panel closes."""
    try:
        if panel._closing:
            return
        if isinstance(outcome, BaseException):
            show_failure(panel, outcome)
        elif panel._mode == "sweep":
            panel.last_finished = outcome
            panel.controls.show_fraction(1.0, panel.sweep.done_text)  # asked anew in a new language
        else:
            panel.last_finished = outcome.finished
            show_result(panel, outcome)
    finally:  # even when showing failed: whoever waits for the run must not wait forever
        panel.runFinished.emit()


def show_result(panel, result):
    """A training run ended (done, stopped or diverged): ``result`` is its RunResult."""
    panel.plots.end_run()
    finished = result.finished
    if finished is None:
        return
    panel.controls.show_finished(finished)
    panel.runs.add(panel.log.training_record(finished, panel.epoch_history(), panel.plots.series))
    panel.last_network = result.network
    if engine_failed(finished):
        show_divergence(panel, finished)
        return
    why = not_learned(result)
    if why is not None:
        show_not_learned(panel, why)
        return
    evaluation = result.evaluation
    panel.confusion_plot.show_confusion(evaluation["confusion"])
    panel.mistakes.show_mistakes(*engine.load_mnist("test"), evaluation["predicted"])
    panel.modelTrained.emit(result.network, True)


def show_divergence(panel, finished):
    """A run the engine calls failed (diverged, or stopped while at chance): its curves stay,
    marked; the model before it returns."""
    title = (say(QT_TRANSLATE_NOOP("TrainOutcome", "Training diverged")) if finished.diverged
             else say(QT_TRANSLATE_NOOP("TrainOutcome", "Training did not learn")))
    give_back(panel, failure_text(finished), title)


def show_not_learned(panel, why):
    """A run the engine let end normally whose network is no use: treated as failed."""
    give_back(panel, why + "\n\n" + say(KEPT),
              say(QT_TRANSLATE_NOOP("TrainOutcome", "Training did not learn")))


def give_back(panel, text, title):
    """Mark the run failed, have the window put back the model from before it, say why
    (unless ``title`` is None: the caller says it)."""
    panel.plots.mark_failed("failed")
    panel.keeping_results = True  # the model the window puts back is no reason to clear them
    try:
        panel.runFailed.emit(text)
    finally:
        panel.keeping_results = False
    if title is not None:
        panel.message.emit(title, text)


def show_failure(panel, exc):
    """The work raised ``exc``: a bug or a broken file, said with where it happened."""
    details = "".join(traceback.format_exception(exc, limit=-3))  # the innermost frames
    text = f"{type(exc).__name__}: {exc}"
    if panel._mode == "train":
        panel.plots.end_run()
        text += "\n\n" + say(KEPT)
        give_back(panel, text, None)  # its epochs may have replaced the model: not any more
    panel.controls.say("failed")
    panel.message.emit(say(QT_TRANSLATE_NOOP("TrainOutcome", "Training failed")),
                       f"{text}\n\n{details}")
