"""Page 7: the book's TwoLayerNet: its gradient numerically and by backprop, and how long each takes."""
import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QSpinBox

import engine

from .page import COLOURS, LabPage
from .run_button import RunButton

BOOK_STEPS = 10000  # the book's iters_num in train_neuralnet.py


class BackpropPage(LabPage):
    needs_jobs = True
    sweepRequested = Signal()

    def __init__(self, jobs, parent=None):
        super().__init__("labBackprop", parent)
        self.plot.setLogMode(y=True)
        # A label per decade (the axis works in log10 units): no crowd of 2..9s between them.
        self.plot.getAxis("left").setTicks([[(e, f"1e{e}") for e in range(-16, 1)]])
        names = engine.lab.PARAMETERS
        self.plot.getAxis("bottom").setTicks([list(enumerate(names))])
        self.plot.setXRange(-0.5, len(names) - 0.5)
        self.diffs = self.plot.plot([], [], pen=None, symbol="o", symbolSize=12,
                                    symbolBrush=COLOURS[0])
        row = self.row()
        self.run = RunButton(jobs, self._make_work, self._show, "backpropRunButton")
        row.addWidget(self.run, 1)
        self.batch_label = QLabel()
        row.addWidget(self.batch_label)
        self.batch = QSpinBox()
        self.batch.setObjectName("backpropBatch")
        self.batch.setRange(1, 10)
        self.batch.setValue(3)
        row.addWidget(self.batch)
        self.delta = QCheckBox()
        self.delta.setObjectName("backpropDelta")
        self.delta.setChecked(True)
        row.addWidget(self.delta)
        row = self.row()
        self.sweeps_label = QLabel()
        row.addWidget(self.sweeps_label)
        self.sweeps = QPushButton()
        self.sweeps.setObjectName("labSweepLink")
        self.sweeps.clicked.connect(self.sweepRequested)
        row.addWidget(self.sweeps)
        row.addStretch(1)
        self.result = None
        # What the figures say: "idle", "running", "stopped", "failed" (self.error) or "done".
        self.state, self.error = "idle", ""
        self.retranslate()

    def retranslate(self):
        self.explain.setText(self.tr(
            "Chapter 4 trains its TwoLayerNet (784-50-10, sigmoid, softmax) with the numerical "
            "gradient: two loss computations for each of its 39,760 weights and biases, so one "
            "gradient takes seconds and the book's 10,000 training steps would take the better "
            "part of a day. Backpropagation (chapter 5) gets the same gradient from one pass "
            "forward and one backward, in a fraction of a millisecond. Press Run to compute "
            "both for a few training digits and see how far apart they are for each parameter "
            "(W1, b1, W2, b2)."))
        self.plot.setLabel("left", self.tr("largest |numerical - backprop|"))
        self.batch_label.setText(self.tr("digits"))
        self.batch.setToolTip(self.tr("The book's gradient_check.py takes the first 3 "
                                      "training digits"))
        self.delta.setText(self.tr("1e-7 inside the log"))
        self.delta.setToolTip(self.tr(
            "The book's loss is -log(y + 1e-7); backprop differentiates -log(y). Untick to "
            "compare the gradients of the same function"))
        self.sweeps_label.setText(self.tr("Rashid's learning-rate, hidden-node and epoch "
                                          "experiments:"))
        self.sweeps.setText(self.tr("Open the Sweep tab"))
        self.sweeps.setToolTip(self.tr("Train > Sweep: test accuracy against the learning "
                                       "rate, the hidden nodes or the epochs"))
        self.refresh()

    def _make_work(self):
        batch, delta = self.batch.value(), engine.lab.DELTA if self.delta.isChecked() else 0.0
        self.state = "running"
        self.refresh()

        def work(job):  # in the background thread: plain values only from here on
            def progress(fraction):
                job.report(fraction)
                if job.should_stop():
                    raise engine.lab.StopRequested

            return engine.lab.gradient_comparison(batch, delta=delta, progress=progress)

        return work

    def _show(self, result):
        if isinstance(result, engine.lab.StopRequested) or result is None:
            self.state = "stopped"
        elif isinstance(result, Exception):
            self.state, self.error = "failed", str(result)
        else:
            self.state, self.result = "done", result
            diff = result["difference"]
            self.diffs.setData(np.arange(len(diff), dtype=float), np.array(list(diff.values())))
        self.refresh()

    def refresh(self):
        if self.state != "done":
            self.figures.setText({
                "idle": self.tr("Press Run: the numerical gradient takes several seconds."),
                "running": self.tr("Computing the numerical gradient, one parameter after "
                                   "another..."),
                "stopped": self.tr("Stopped. Press Run to start again."),
                "failed": self.tr("The run failed: {error}").format(error=self.error),
            }[self.state])
            return
        result = self.result
        diff = ", ".join(f"{k} <b>{v:.1e}</b>" for k, v in result["difference"].items())
        numerical, backprop = result["seconds_numerical"], result["seconds_backprop"]
        if result["delta"]:
            largest = self.tr("Largest difference: {differences} (with the book's 1e-7 inside "
                              "the log, which backprop leaves out: that accounts for most of "
                              "the difference in W2 and b2).")
        else:
            largest = self.tr("Largest difference: {differences} (both of the same function: "
                              "only rounding is left).")
        self.figures.setText(largest.format(differences=diff) + "<br>" + self.tr(
            "One gradient for {batch} digits: numerically <b>{numerical} s</b>, by backprop "
            "<b>{backprop} ms</b> ({factor} times faster). The book's {steps} steps would "
            "take {hours} hours numerically.").format(
                batch=result["batch"], numerical=f"{numerical:.2f}",
                backprop=f"{backprop * 1000:.3f}", factor=f"{numerical / backprop:,.0f}",
                steps=f"{BOOK_STEPS:,}", hours=f"{BOOK_STEPS * numerical / 3600:.1f}"))
