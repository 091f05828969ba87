"""The panel at the width the dock gets beside the canvas on a 1280x720 screen."""
import pyqtgraph as pg
import pytest

from gui.train.tabs import TAB_CONFUSION, TAB_SWEEP
from train_helpers import make_panel


@pytest.fixture
def narrow_panel(qtbot, tmp_path):
    panel = make_panel(qtbot, tmp_path, size=(560, 600))
    yield panel
    panel.shutdown()


def test_the_panel_fits_560_by_600(narrow_panel):
    panel = narrow_panel
    hint = panel.minimumSizeHint()
    assert hint.width() <= 560 and hint.height() <= 600
    assert panel.size().toTuple() == (560, 600)
    for widget in (panel.train_button, panel.pause_button, panel.stop_button, panel.progress,
                   panel.live_model, panel.accuracy_label):
        rect = widget.geometry().translated(widget.parentWidget().mapTo(panel, pg.QtCore.QPoint(0, 0)))
        assert panel.rect().contains(rect), widget.objectName()
    # The plots get most of the width, not what a recipe column beside them would leave.
    panel.tabs.setCurrentWidget(panel.plots)
    assert panel.plots.loss_plot.width() > 450


def test_every_tab_title_shows_whole_at_560_px(narrow_panel, qtbot):
    panel = narrow_panel
    panel.tabs.setTabText(panel.tabs.indexOf(panel.mistakes), "Mistakes (1234)")  # after a run
    qtbot.wait(10)
    bar = panel.tabs.tabBar()
    metrics = bar.fontMetrics()
    for i in range(bar.count()):
        rect = bar.tabRect(i)
        assert rect.right() <= bar.width(), bar.tabText(i)
        assert rect.width() >= metrics.horizontalAdvance(bar.tabText(i)), bar.tabText(i)  # not elided
    assert panel.tabs.indexOf(panel.sweep) == TAB_SWEEP


def test_the_confusion_title_is_not_clipped_at_560_px(narrow_panel, qtbot):
    panel = narrow_panel
    panel.tabs.setCurrentIndex(TAB_CONFUSION)
    qtbot.wait(10)
    view = panel.confusion_plot
    title = view.getPlotItem().titleLabel.item
    assert title.boundingRect().width() <= view.width() - 20


def test_every_object_name_is_there(narrow_panel):
    names = {w.objectName() for w in narrow_panel.findChildren(pg.QtCore.QObject)}
    assert {"trainPanel", "trainButton", "pauseButton", "stopButton", "progressBar",
            "accuracyLabel", "liveModelCheck", "subsetSpin", "personalCheck", "lossPlot",
            "accuracyPlot", "confusionPlot", "mistakesList", "sweepField", "sweepValues",
            "quickCheck", "sweepButton", "sweepInfo", "sweepPlot", "presetCombo",
            "detailsToggle"} - {"trainPanel"} <= names
