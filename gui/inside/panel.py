"""The Look inside dock: the three views as tabs, fed by one coalescing timer."""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTabWidget

from ..background import BackgroundJobs
from .backquery_view import BackqueryView
from .gradcheck_view import GradientCheckView
from .weights_view import WeightsView

COALESCE_MS = 150


class InsidePanel(QTabWidget):
    """Back-query, first-layer weights and gradient check of the model given to ``set_network``."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("insidePanel")
        self.jobs = BackgroundJobs(self)  # the views' work: back-queries and gradient checks
        self.backquery = BackqueryView(self.jobs)
        self.weights = WeightsView()
        self.gradcheck = GradientCheckView(self.jobs)
        self.addTab(self.backquery, "Back-query")
        self.addTab(self.weights, "First-layer weights")
        self.addTab(self.gradcheck, "Gradient check")
        # Model changes come in bursts (every epoch, every taught digit): coalesce them.
        self._pending = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self._apply)

    def set_network(self, net):
        self._pending = net
        self._timer.start()

    def shutdown(self):
        """Wait for the running back-query or check: closing never leaves a thread behind."""
        self._timer.stop()
        self.jobs.shutdown()

    def _apply(self):
        net, self._pending = self._pending, None
        if net is None:
            return
        self.backquery.set_network(net)
        self.weights.set_network(net)
        self.gradcheck.set_network(net)
