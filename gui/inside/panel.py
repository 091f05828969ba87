"""The Look inside dock: your drawing explained, then the model's three views as tabs.

The drawing page follows the Reader's readings; the other three follow the
model, fed by one coalescing timer.
"""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ..background import BackgroundJobs
from ..language import Retranslatable
from .backquery_view import BackqueryView
from .drawing.page import DrawingPage
from .formation_strip import FormationStrip
from .gradcheck_view import GradientCheckView
from .weights_view import WeightsView

COALESCE_MS = 150


class InsidePanel(Retranslatable, QTabWidget):
    """Your drawing explained (it follows the Reader: ``drawing.show_reading``), and back-query,
    first-layer weights and gradient check of the model given to ``set_network``."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("insidePanel")
        self.jobs = BackgroundJobs(self)  # the views' work: back-queries and gradient checks
        self.backquery = BackqueryView(self.jobs)
        self.formation = FormationStrip(self.jobs)
        self.weights = WeightsView()
        self.gradcheck = GradientCheckView(self.jobs)
        self.drawing = DrawingPage()
        self.addTab(self.drawing, "")  # the tab titles: retranslate
        page = QWidget()
        v = QVBoxLayout(page)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(self.backquery)
        v.addWidget(self.formation)
        v.addStretch(1)
        self.addTab(page, "")
        self.addTab(self.weights, "")
        self.addTab(self.gradcheck, "")
        for signal in (self.backquery.mode.currentIndexChanged, self.backquery.colour.toggled):
            signal.connect(self._style_strip)
        self._style_strip()
        # Model changes come in bursts (every epoch, every taught digit): coalesce them.
        self._pending = None
        self._hidden_net = None  # the newest model that arrived while the panel was hidden
        self.on_screen = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self._apply)
        self.retranslate()

    def retranslate(self):
        titles = (self.tr("Your drawing"), self.tr("Back-query"), self.tr("First-layer weights"),
                  self.tr("Gradient check"))
        for index, title in enumerate(titles):
            self.setTabText(index, title)

    def set_network(self, net, label=None):
        """Show ``net``; a ``label`` (epochs trained, "0.25", "1") also adds it to the
        formation strip, every one of them: only the views coalesce."""
        if label is not None:
            self.formation.add(net, label)
        self._pending = net
        self._timer.start()

    def model_replaced(self, net, origin):
        """The session's model changed: anything but the run's own snapshots starts afresh."""
        if origin != "training":
            self.formation.clear()
        self.set_network(net)

    def shutdown(self):
        """Wait for the running back-query or check: closing never leaves a thread behind."""
        self._timer.stop()
        self.jobs.shutdown()

    def _style_strip(self, *_):
        self.formation.set_style(self.backquery.current_mode(), self.backquery.colour.isChecked())

    def set_on_screen(self, on_screen):
        """Whether a person can see the panel (its dock raised): connected to the dock's
        visibilityChanged. Hidden, it computes nothing; shown again, it catches up."""
        self.on_screen = bool(on_screen)
        self.formation.set_on_screen(self.on_screen)
        self.drawing.set_on_screen(self.on_screen)
        if self.on_screen and self._hidden_net is not None:
            self._pending, self._hidden_net = self._hidden_net, None
            self._timer.start()

    def _apply(self):
        net, self._pending = self._pending, None
        if net is None:
            return
        if not self.on_screen:
            # Hidden (e.g. behind the Train tab): compute when shown, not beside a training
            # run that needs both cores. The weights tile and the check wait too.
            self._hidden_net = net
            return
        self.backquery.set_network(net)
        self.weights.set_network(net)
        self.gradcheck.set_network(net)
