"""Turns the runs of the panel (training runs and each run of a sweep) into RunRecords
for the Runs tab: plain Python, fed by the panel in the GUI thread."""
import time

from PySide6.QtCore import QCoreApplication

import engine

from .results.loss_series import LossSeries
from .run_record import RunRecord
from .worker import POINT_BUDGET


def initial_of(finished):
    """The epoch-0 record of the untrained network, when the engine gives one."""
    return getattr(finished, "initial", None) if finished is not None else None


class RunLog:
    def __init__(self):
        self.config = None  # the recipe of the run or sweep under way
        self.started = 0.0
        self.field, self.quick = None, False  # of a sweep
        self.series = LossSeries(POINT_BUDGET)  # the loss of the sweep's current run
        self._run_started = 0.0

    def begin(self, config, field=None, quick=False):
        self.config, self.field, self.quick = config, field, quick
        self.started = self._run_started = time.monotonic()
        self.series.clear()

    def training_record(self, finished, history, series):
        """The record of a training run: ``history`` (epoch 0 first when known) and the
        loss curve's ``series`` (a LossSeries) as they are at its end."""
        initial = initial_of(finished)
        if initial is not None and not any(h.epoch == 0 for h in history):
            history = [initial] + list(history)
        x, _, smooth = series.data()
        return RunRecord(self.config, finished.reason, time.monotonic() - self.started,
                         list(history), x, smooth)

    def sweep_losses(self, chunk):
        self.series.extend(chunk.x, chunk.loss, chunk.count)

    def sweep_record(self, point):
        """The record of one run of a sweep, from its ``engine.SweepPoint``."""
        finished = point.finished
        config = engine.sweep_config(self.config, self.field, point.value, self.quick)
        history = list(finished.history) if finished is not None else []
        initial = initial_of(finished)
        if initial is not None:
            history = [initial] + history
        x, _, smooth = self.series.data()
        now = time.monotonic()
        seconds, self._run_started = now - self._run_started, now
        self.series.clear()
        reason = finished.reason if finished is not None else "stopped"
        value = f"{point.value:g}" if isinstance(point.value, float) else point.value
        return RunRecord(config, reason, seconds, history, x, smooth,
                         source=f"sweep: {point.field} {value}", swept=(point.field, value))


def failure_text(finished):
    """What a failed run says: the engine's message, its hint, and what the app did."""
    hint = getattr(finished, "hint", "") or ""
    text = f"{finished.message}"  # the engine's words, as it gives them
    if hint:
        text += "\n" + QCoreApplication.translate("RunLog", "Likely cause: {hint}").format(hint=hint)
    return text + "\n\n" + QCoreApplication.translate(
        "RunLog", "The model you had before the run is back in use. The failed run's curves "
                  "stay on the Curves tab, and it is in the Runs list.")


