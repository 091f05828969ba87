"""The training panel's tabs: the recipe, the run's curves and results, and the sweep."""
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QTabWidget

from ..language import Retranslatable
from .recipe.page import RecipePage
from .results.confusion_view import ConfusionView
from .results.mistakes_view import MistakesView
from .results.plots import TrainPlots
from .run_record import differences
from .runs_view import RunsView
from .sweep_view import SweepView

TAB_RECIPE, TAB_CURVES, TAB_CONFUSION, TAB_MISTAKES, TAB_SWEEP, TAB_RUNS = range(6)
# (title, tooltip) of each tab, in the order above
TITLES = [
    (QT_TRANSLATE_NOOP("TrainTabs", "Recipe"),
     QT_TRANSLATE_NOOP("TrainTabs", "The network, how it learns, and the data")),
    (QT_TRANSLATE_NOOP("TrainTabs", "Curves"),
     QT_TRANSLATE_NOOP("TrainTabs", "Loss and accuracy of the run, live")),
    (QT_TRANSLATE_NOOP("TrainTabs", "Confusion"),
     QT_TRANSLATE_NOOP("TrainTabs", "Confusion matrix of the last run")),
    (QT_TRANSLATE_NOOP("TrainTabs", "Mistakes"),
     QT_TRANSLATE_NOOP("TrainTabs", "The test digits the last run got wrong")),
    (QT_TRANSLATE_NOOP("TrainTabs", "Sweep"),
     QT_TRANSLATE_NOOP("TrainTabs", "Test accuracy against the learning rate, the hidden "
                                    "nodes or the epochs")),
    (QT_TRANSLATE_NOOP("TrainTabs", "Runs"),
     QT_TRANSLATE_NOOP("TrainTabs", "Every run of this window: tick runs to compare their "
                                    "curves, save the list as CSV")),
]


class TrainTabs(Retranslatable, QTabWidget):
    """Each page at the dock's full width: at 560-640 px there is no room for the recipe
    beside the plots (they got under 300 px and the tab titles were cut)."""

    def __init__(self, personal=None, parent=None):
        super().__init__(parent)
        self.recipe = RecipePage(personal)
        self.plots = TrainPlots()
        self.confusion = ConfusionView()
        self.mistakes = MistakesView()
        self.sweep = SweepView()
        self.runs = RunsView()
        self._mistake_count = None
        # Short titles, no scroll arrows: at the dock's usual width every tab shows whole.
        self.setUsesScrollButtons(False)
        self.setElideMode(Qt.ElideRight)
        for widget in (self.recipe, self.plots, self.confusion, self.mistakes, self.sweep,
                       self.runs):
            self.addTab(widget, "")
        self.mistakes.countChanged.connect(self._show_mistake_count)
        self.runs.tickedChanged.connect(self._show_ticked_runs)
        self.retranslate()

    def retranslate(self):
        for i, (title, tip) in enumerate(TITLES):
            self.setTabText(i, QCoreApplication.translate("TrainTabs", title))
            self.setTabToolTip(i, QCoreApplication.translate("TrainTabs", tip))
        self._show_mistake_count(self._mistake_count)
        if self.runs.ticked():  # the legend names what differs, in words of the language
            self._show_ticked_runs()

    def _show_ticked_runs(self):
        """The ticked runs over the live curves, named by what differs between them."""
        records = self.runs.ticked()
        # The last run ticked: its overlay replaces its own curves (drawn once, not twice).
        last = self.runs.records[-1] if self.runs.records else None
        self.plots.show_runs(records, differences(records), self.runs.colours,
                             live=last is None or all(r is not last for r in records))

    def _show_mistake_count(self, count):
        self._mistake_count = count
        self.setTabText(TAB_MISTAKES, self.tr("Mistakes") if count is None
                        else self.tr("Mistakes ({count})").format(count=count))
