"""The training panel's tabs: the recipe, the run's curves and results, and the sweep."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget

from .recipe.page import RecipePage
from .results.confusion_view import ConfusionView
from .results.mistakes_view import MistakesView
from .results.plots import TrainPlots
from .sweep_view import SweepView

TAB_RECIPE, TAB_CURVES, TAB_CONFUSION, TAB_MISTAKES, TAB_SWEEP = range(5)


class TrainTabs(QTabWidget):
    """Each page at the dock's full width: at 560-640 px there is no room for the recipe
    beside the plots (they got under 300 px and the tab titles were cut)."""

    def __init__(self, personal=None, parent=None):
        super().__init__(parent)
        self.recipe = RecipePage(personal)
        self.plots = TrainPlots()
        self.confusion = ConfusionView()
        self.mistakes = MistakesView()
        self.sweep = SweepView()
        # Short titles, no scroll arrows: at the dock's usual width every tab shows whole.
        self.setUsesScrollButtons(False)
        self.setElideMode(Qt.ElideRight)
        for widget, title, tip in (
                (self.recipe, "Recipe", "The network, how it learns, and the data"),
                (self.plots, "Curves", "Loss and accuracy of the run, live"),
                (self.confusion, "Confusion", "Confusion matrix of the last run"),
                (self.mistakes, "Mistakes", "The test digits the last run got wrong"),
                (self.sweep, "Sweep", "Test accuracy against the learning rate, the hidden "
                                      "nodes or the epochs")):
            self.setTabToolTip(self.addTab(widget, title), tip)
        self.mistakes.countChanged.connect(self._show_mistake_count)

    def _show_mistake_count(self, count):
        self.setTabText(TAB_MISTAKES, "Mistakes" if count is None else f"Mistakes ({count})")
