"""Page 2: the book's chapter-3 network: its test accuracy and the speed of batch inference."""
import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel

import engine

from .page import COLOURS, LabPage
from .run_button import RunButton


class Ch3Page(LabPage):
    needs_jobs = True

    def __init__(self, jobs, parent=None):
        super().__init__("labCh3", parent)
        self.plot.setLogMode(x=True, y=True)
        self.times = self.curve("seconds", COLOURS[0], symbol="o", symbolBrush=COLOURS[0])
        self.chosen = self.plot.plot([], [], pen=None, symbol="o", symbolSize=14,
                                     symbolBrush=None, symbolPen=COLOURS[3])
        row = self.row()
        self.run = RunButton(jobs, self._make_work, self._show, "ch3RunButton")
        row.addWidget(self.run, 1)
        self.batch_label = QLabel()
        row.addWidget(self.batch_label)
        self.batch = QComboBox()
        self.batch.setObjectName("ch3Batch")
        for size in engine.lab.BATCH_SIZES[1:]:
            self.batch.addItem(f"{size:,}", size)
        self.batch.setCurrentIndex(self.batch.findData(engine.lab.BOOK_BATCH))
        self.batch.currentIndexChanged.connect(self._batch_chosen)
        row.addWidget(self.batch)
        self.result = None
        # What the figures say: "idle", "running", "stopped", "failed" (self.error) or "done".
        self.state, self.error = "idle", ""
        self.retranslate()

    def retranslate(self):
        self.explain.setText(self.tr(
            "The book's chapter-3 network (784-50-100-10, sigmoid) comes with trained weights: "
            "it reads each of the 10,000 MNIST test digits and gets the share right that the "
            "book prints, 0.9352. Read one digit at a time, NumPy spends most of its time on "
            "the bookkeeping around each small multiplication; give it 100 digits at once and "
            "one big matrix product does the same work many times faster, with exactly the "
            "same answers. Press Run to read them all with 1, 10, 100 and 1,000 digits per "
            "batch (best of three)."))
        self.plot.setLabel("bottom", self.tr("digits per batch"))
        self.plot.setLabel("left", self.tr("seconds for all 10,000"))
        self.batch_label.setText(self.tr("compare one at a time with batches of"))
        self.refresh()

    def _make_work(self):
        self.state = "running"
        self.refresh()

        def work(job):
            return engine.lab.ch3_run(progress=job.report, should_stop=job.should_stop)

        return work

    def _show(self, result):
        if isinstance(result, Exception):
            self.state, self.error = "failed", str(result)
        elif result is None:
            self.state = "stopped"
        else:
            self.state, self.result = "done", result
            sizes = sorted(result["seconds"])
            self.times.setData(np.array(sizes, float),
                               np.array([result["seconds"][s] for s in sizes]))
        self.refresh()

    def _batch_chosen(self, *_):
        if self.result is not None and self.state != "running":
            self.state = "done"
        self.refresh()

    def refresh(self, *_):
        if self.state != "done":
            self.figures.setText({
                "idle": self.tr("Press Run: it takes a second or two."),
                "running": self.tr("Reading the 10,000 test digits, four ways, three times "
                                   "each..."),
                "stopped": self.tr("Stopped. Press Run to start again."),
                "failed": self.tr("The run failed: {error}").format(error=self.error),
            }[self.state])
            return
        seconds, batch = self.result["seconds"], self.batch.currentData()
        self.chosen.setData([batch], [seconds[batch]])
        same = (self.tr("the same answers for every batch size") if self.result["same_answers"]
                else self.tr("<b>different answers for different batch sizes</b>"))
        lines = [
            self.tr("Accuracy on the 10,000 test digits: <b>{accuracy}</b> (the book: 0.9352)")
            .format(accuracy=f"{self.result['accuracy']:.4f}"),
            self.tr("One at a time {one} s, in batches of {batch} {batched} s: <b>{speed}</b>, "
                    "{same}.").format(one=f"{seconds[1]:.3f}", batch=f"{batch:,}",
                                      batched=f"{seconds[batch]:.3f}",
                                      speed=_times(engine.lab.speedup(seconds, batch)),
                                      same=same)]
        if seconds[batch] >= seconds[1]:
            lines.append(self.tr(
                "Slower in batches? Then the cores were busy with other programs: NumPy's "
                "matrix library splits a big product over the cores and waits for each."))
        self.figures.setText("<br>".join(lines))


def _times(speedup):
    if speedup >= 1:
        return QCoreApplication.translate("Ch3Page", "{factor} times faster").format(
            factor=f"{speedup:.1f}")
    return QCoreApplication.translate("Ch3Page", "{factor} times slower").format(
        factor=f"{1 / speedup:.1f}")
