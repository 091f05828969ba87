"""The Lab dock: Deep Learning from Scratch, chapters 3-4, one page per idea."""
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ..background import BackgroundJobs
from ..language import Retranslatable
from .activations_page import ActivationsPage
from .backprop_page import BackpropPage
from .ch3_page import Ch3Page
from .derivative_page import DerivativePage
from .descent_page import DescentPage
from .gradient_page import GradientPage
from .losses_page import LossesPage

# (page, tab title, tab tooltip): the texts translated where they are shown
PAGES = [(ActivationsPage, QT_TRANSLATE_NOOP("LabPanel", "Activation"),
          QT_TRANSLATE_NOOP("LabPanel", "Activation functions; the sigmoid's and softmax's "
                                        "overflow (chapter 3)")),
         (Ch3Page, QT_TRANSLATE_NOOP("LabPanel", "Ch. 3 net"),
          QT_TRANSLATE_NOOP("LabPanel", "The book's chapter-3 network: accuracy and batch "
                                        "inference (chapter 3.6)")),
         (LossesPage, QT_TRANSLATE_NOOP("LabPanel", "Loss"),
          QT_TRANSLATE_NOOP("LabPanel", "Sum of squared errors and cross-entropy "
                                        "(chapter 4.2)")),
         (DerivativePage, QT_TRANSLATE_NOOP("LabPanel", "Derivative"),
          QT_TRANSLATE_NOOP("LabPanel", "The numerical derivative and its rounding error "
                                        "(chapter 4.3)")),
         (GradientPage, QT_TRANSLATE_NOOP("LabPanel", "Gradient"),
          QT_TRANSLATE_NOOP("LabPanel", "The gradient of x0^2 + x1^2 (chapter 4.4)")),
         (DescentPage, QT_TRANSLATE_NOOP("LabPanel", "Descent"),
          QT_TRANSLATE_NOOP("LabPanel", "Gradient descent and the learning rate "
                                        "(chapter 4.4.1)")),
         (BackpropPage, QT_TRANSLATE_NOOP("LabPanel", "Backprop"),
          QT_TRANSLATE_NOOP("LabPanel", "The TwoLayerNet's gradient: numerical against "
                                        "backprop (chapters 4.5 and 5.7)"))]


def _page(index):
    return property(lambda self: self.pages[index], doc=f"Page {index + 1} (built on demand).")


class LabPanel(Retranslatable, QTabWidget):
    """The seven pages; their slow work runs on one ``BackgroundJobs``.

    The pages are built when the panel is first shown (or first asked for): seven plots
    cost a few tenths of a second the app's start need not pay while the Lab stays
    behind another dock. A dock behind another's tab is "shown" all the same, so the
    window tells the panel when it is really in sight (``set_on_screen``).
    ``sweepRequested`` asks the window to show the Train dock's Sweep tab.
    """

    sweepRequested = Signal()
    activations, ch3, losses, derivative, gradient, descent, backprop = (
        _page(i) for i in range(len(PAGES)))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("labPanel")
        self.jobs = BackgroundJobs(self)
        self.setUsesScrollButtons(False)
        self.setElideMode(Qt.ElideRight)
        self._holders, self._pages = [], []
        self._on_screen = True  # on its own it is in sight whenever shown
        for _ in PAGES:
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self._holders.append(holder)
            self.addTab(holder, "")
        self.retranslate()

    def retranslate(self):
        for i, (_, title, tip) in enumerate(PAGES):
            self.setTabText(i, QCoreApplication.translate("LabPanel", title))
            self.setTabToolTip(i, QCoreApplication.translate("LabPanel", tip))

    @property
    def pages(self):
        if not self._pages:
            self._build()
        return self._pages

    def _build(self):
        for (page_class, _, _), holder in zip(PAGES, self._holders):
            page = page_class(jobs=self.jobs) if getattr(page_class, "needs_jobs", False) \
                else page_class()
            holder.layout().addWidget(page)
            self._pages.append(page)
            if hasattr(page, "sweepRequested"):
                page.sweepRequested.connect(self.sweepRequested)

    def set_on_screen(self, on_screen):
        """Whether a person can see the panel (its dock raised): the pages are built the first
        time it is."""
        self._on_screen = bool(on_screen)
        if self._on_screen and self.isVisible():
            self.pages  # noqa: B018  (built now, the first time)

    def showEvent(self, event):
        if self._on_screen:
            self.pages  # noqa: B018  (built now, the first time)
        super().showEvent(event)

    def shutdown(self):
        """End the running computation: closing never leaves a thread behind."""
        self.jobs.shutdown()
