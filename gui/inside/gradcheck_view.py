"""Chapter 4 of Deep Learning from Scratch: shows the engine's gradient check."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

import engine

from ..background import BackgroundJobs
from ..language import Retranslatable


class GradientCheckView(Retranslatable, QWidget):
    """Numerical gradients against backprop, per parameter tensor (``engine.gradient_check_report``).

    ``jobs`` is the BackgroundJobs the check runs on (its own if None).
    """

    def __init__(self, jobs=None, parent=None):
        super().__init__(parent)
        self.setObjectName("gradcheckView")
        v = QVBoxLayout(self)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        v.addWidget(self.explain)
        self.button = QPushButton()
        self.button.setObjectName("gradcheckButton")
        self.button.clicked.connect(self.run)
        v.addWidget(self.button)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("gradcheckTable")
        self.table.horizontalHeader().setStretchLastSection(True)
        v.addWidget(self.table, 1)
        self.verdict = QLabel("")
        self.verdict.setWordWrap(True)
        v.addWidget(self.verdict)
        self.net = None
        self.errors = None  # {parameter name: relative error} of the last check
        self._jobs = BackgroundJobs(self) if jobs is None else jobs
        self._state = ("idle",)  # what the verdict line says: retranslate says it again
        self.retranslate()

    def retranslate(self):
        self.explain.setText(self.tr("A small float64 copy of the current architecture "
                                     "(784-16-10, same activations and loss) on 3 test digits: "
                                     "each parameter's gradient by central differences "
                                     "(h = 1e-4) against backpropagation."))
        self.button.setText(self.tr("Run gradient check"))
        self.button.setToolTip(self.tr("Compute numerical gradients and compare (takes a "
                                       "second or two)"))
        self.table.setHorizontalHeaderLabels([self.tr("parameter"), self.tr("shape"),
                                              self.tr("relative error")])
        self._say_verdict()

    def _say_verdict(self):
        kind = self._state[0]
        if kind == "checking":
            text = self.tr("checking...")
        elif kind == "failed":
            text = self.tr("failed: {error}").format(error=self._state[1])
        elif kind == "agrees":
            text = self.tr("largest relative error {error}: backprop agrees with the numerical "
                           "gradient.").format(error=f"{self._state[1]:.1e}")
        elif kind == "disagrees":
            text = self.tr("largest relative error {error}: backprop and the numerical gradient "
                           "DISAGREE.").format(error=f"{self._state[1]:.1e}")
        else:
            text = ""
        self.verdict.setText(text)

    def set_network(self, net):
        self.net = net  # only read, for its architecture: the check builds its own copy

    def run(self):
        if self.net is None:
            return
        self.button.setEnabled(False)
        self._state = ("checking",)
        self._say_verdict()
        net = self.net
        self._jobs.submit(lambda job: engine.gradient_check_report(net), self._show)

    def _show(self, report):
        self.button.setEnabled(True)
        if isinstance(report, Exception):
            self._state = ("failed", report)
            self._say_verdict()
            return
        self.errors = {name: err for name, (_, err) in report.items()}
        self.table.setRowCount(len(report))
        for row, (name, (shape, err)) in enumerate(report.items()):
            for col, text in enumerate((name, "x".join(map(str, shape)), f"{err:.2e}")):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemIsEditable)
                self.table.setItem(row, col, item)
        worst = max(self.errors.values())
        agrees = worst < engine.GRADIENT_CHECK_TOLERANCE
        self._state = ("agrees" if agrees else "disagrees", worst)
        self._say_verdict()
