"""Run / Stop for the lab's slow pages: the work runs in the background with a progress bar."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QSizePolicy, QWidget

from ..language import Retranslatable


class RunButton(Retranslatable, QWidget):
    """A Run button (Stop while running) and a progress bar, over ``BackgroundJobs``.

    ``make_work()`` is called in the GUI thread when Run is pressed (the place to
    read the page's controls) and returns ``work(job)``, which runs in a thread:
    it may ``job.report(fraction)`` (0..1) and ask ``job.should_stop()``, and must
    not touch a widget. ``done(result)`` gets, in the GUI thread, what ``work``
    returned or the exception it raised; a stopped run gets ``None``.
    """

    def __init__(self, jobs, make_work, done, name, parent=None):
        super().__init__(parent)
        self._jobs, self._make_work, self._done = jobs, make_work, done
        self.button = QPushButton()
        self.button.setObjectName(name)
        self.button.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Fixed)
        self.button.clicked.connect(self.toggle)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        h = QHBoxLayout(self)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(self.button, 0, Qt.AlignLeft)
        h.addWidget(self.progress, 1)
        self.job = None
        self._stopping = False
        self.runs = 0  # finished runs, stopped ones too: for tests and the pages
        self.retranslate()

    def retranslate(self):
        self.button.setText(self.tr("Stop") if self.running() else self.tr("Run"))

    def running(self):
        return self.job is not None

    def toggle(self):
        if self.job is not None:
            self._stopping = True
            self.job.stop()
            self.button.setEnabled(False)  # until the work notices, between two of its steps
            return
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._stopping = False
        self.job = self._jobs.submit(self._make_work(), self._finished, self._progress)
        self.retranslate()

    def _progress(self, fraction):
        self.progress.setValue(round(1000 * fraction))

    def _finished(self, result):
        stopped, self.job = self._stopping, None
        self.runs += 1
        self.retranslate()
        self.button.setEnabled(True)
        self.progress.setVisible(False)
        self._done(None if stopped else result)
