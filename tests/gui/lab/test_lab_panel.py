"""The Lab dock: every page holds a plot with data, the controls move it, the slow pages run
in the background, and the dock opens with its shortcut."""
import numpy as np
import pytest
from PySide6.QtCore import Qt

import engine
from conftest import ROOT  # noqa: F401  (puts the project on sys.path)
from gui.lab.panel import LabPanel


@pytest.fixture
def panel(qtbot):
    lab = LabPanel()
    qtbot.addWidget(lab)
    lab.resize(560, 640)
    lab.show()
    qtbot.waitExposed(lab)
    yield lab
    lab.shutdown()


def _data(item):
    return np.asarray(item.xData).copy(), np.asarray(item.yData).copy()


def test_the_panel_has_the_issues_seven_pages(panel):
    assert panel.objectName() == "labPanel" and panel.count() == 7
    assert [panel.tabText(i) for i in range(7)] == ["Activation", "Ch. 3 net", "Loss",
                                                    "Derivative", "Gradient", "Descent",
                                                    "Backprop"]
    for page in panel.pages:
        assert len(page.explain.text()) > 200  # a few plain sentences, not a caption


def test_the_pages_are_built_when_the_panel_is_first_shown(qtbot):
    lab = LabPanel()
    qtbot.addWidget(lab)
    assert lab.count() == 7 and lab._pages == []  # nothing of it slows the app's start
    lab.show()
    qtbot.waitExposed(lab)
    assert len(lab._pages) == 7 and lab.currentWidget().layout().itemAt(0).widget() is lab.activations
    lab.shutdown()


def test_the_quick_pages_hold_plots_with_data_at_once(panel):
    for page in (panel.activations, panel.losses, panel.derivative, panel.gradient,
                 panel.descent):
        items = page.data_items()
        assert items, page.objectName()
        assert all(np.isfinite(np.asarray(i.yData, float)).any() for i in items)


def test_activation_page_shows_the_overflow_and_the_books_softmax(panel):
    page = panel.activations
    before = _data(page.curves["sigmoid"])
    page.range.setValue(1000)
    after = _data(page.curves["sigmoid"])
    assert before[0].max() == pytest.approx(6) and after[0].max() == pytest.approx(1000)
    text = page.figures.text()
    assert "RuntimeWarning: overflow encountered in exp" in text and "stable form: no warning" in text
    assert "[nan nan nan]" in text
    assert "[9.99954600e-01 4.53978686e-05 2.06106005e-09]" in text
    page.range.setValue(6)
    assert "overflow" not in page.figures.text().split("softmax")[0]


def test_loss_slider_moves_the_points_and_shows_the_books_figures(panel):
    page = panel.losses
    assert page.probability() == 0.6
    x, y = _data(page.points)
    assert x.tolist() == [0.6, 0.6] and y == pytest.approx([0.0975, 0.510825457099338])
    assert "0.09750000000000003" in page.figures.text() and "2.302584092994546" in page.figures.text()
    page.slider.setValue(100)
    x, y = _data(page.points)
    assert x.tolist() == [0.1, 0.1] and y[1] == pytest.approx(-np.log(0.1 + 1e-7))


def test_derivative_page_shows_the_books_values_at_its_step(panel):
    page = panel.derivative
    assert page.h.value() == 1e-4
    assert "0.1999999999990898" in page.figures.text()
    assert "0.2999999999986347" in page.figures.text()
    assert page.marker.value() == pytest.approx(-4)
    assert set(page.curves) == {"central, float64", "forward, float64", "central, float32",
                                "forward, float32"}
    page.h.slider.setValue(page.h.slider.value() - 4)  # one decade smaller
    assert page.h.value() == pytest.approx(1e-5) and page.marker.value() == pytest.approx(-5)
    assert "0.1999999999990898" not in page.figures.text()


def test_gradient_page_shows_the_books_three_points(panel):
    page = panel.gradient
    for point, printed in (((3, 4), "[6. 8.]"), ((0, 2), "[0. 4.]"), ((3, 0), "[6. 0.]")):
        before = _data(page.chosen)
        page.set_point(point)
        assert printed in " ".join(page.figures.text().split())  # NumPy pads with spaces
        assert not np.array_equal(before[0], _data(page.chosen)[0]) or point == (3, 4)
    page.x0.setValue(-1.5)
    assert "exactly (-3, 0)" in page.figures.text()


@pytest.mark.parametrize("rate, printed", [(0.1, "[-6.11110793e-10 8.14814391e-10]"),
                                           (10.0, "[-2.58983747e+13 -1.29524862e+12]"),
                                           (1e-10, "[-2.99999994 3.99999992]")])
def test_descent_presets_reproduce_the_books_three_cases(panel, rate, printed):
    page = panel.descent
    page.findChild(type(page.presets[0]), f"descentPreset{rate:g}").click()
    assert page.lr.value() == rate
    x, y = _data(page.path)
    assert len(x) == 101 and (x[0], y[0]) == (-3.0, 4.0)
    assert printed in " ".join(page.figures.text().split())  # NumPy pads with spaces


def test_descent_rate_slider_changes_the_path(panel):
    page = panel.descent
    before = _data(page.path)
    page.lr.slider.setValue(page.lr.slider.value() - 10)  # 0.1 -> 0.01
    assert page.lr.value() == 0.01
    assert not np.array_equal(before[0], _data(page.path)[0])
    page.steps.setValue(10)
    assert len(_data(page.path)[0]) == 11


def test_chapter_3_page_runs_in_the_background_and_shows_0_9352(panel, qtbot):
    page = panel.ch3
    assert not page.data_items()
    page.run.button.click()
    assert page.run.running() and page.run.button.text() == "Stop"
    qtbot.waitUntil(lambda: not page.run.running(), timeout=60000)
    assert "<b>0.9352</b>" in page.figures.text()
    x, y = _data(page.times)
    assert x.tolist() == [1, 10, 100, 1000] and (y > 0).all()
    page.batch.setCurrentIndex(page.batch.findData(1000))
    assert _data(page.chosen)[0].tolist() == [1000]
    assert "batches of 1,000" in page.figures.text()


def test_backprop_page_compares_the_gradients_live(panel, qtbot):
    page = panel.backprop
    assert page.batch.value() == 3 and page.delta.isChecked()  # the book's gradient_check.py
    page.run.button.click()
    qtbot.waitUntil(lambda: page.run.progress.value() > 0, timeout=30000)
    qtbot.waitUntil(lambda: not page.run.running(), timeout=120000)
    x, y = _data(page.diffs)
    assert x.tolist() == [0, 1, 2, 3] and ((0 < y) & (y < 1e-6)).all()
    assert page.result["batch"] == 3 and page.result["delta"] == 1e-7
    assert "times faster" in page.figures.text()


def test_a_running_gradient_comparison_stops_when_asked(panel, qtbot):
    page = panel.backprop
    # Ten digits: a numerical gradient of ~20 s, so the Stop surely lands while it runs (with
    # three, a busy test process once saw the progress only after the whole run had ended,
    # and its "Stop" click started a second run).
    page.batch.setValue(10)
    page.run.button.click()
    qtbot.waitUntil(lambda: page.run.running() and page.run.progress.value() > 0, timeout=30000)
    page.run.button.click()  # Stop
    qtbot.waitUntil(lambda: not page.run.running(), timeout=3000)
    assert "Stopped" in page.figures.text() and page.run.button.text() == "Run"
    assert page.result is None


def test_sweep_link_asks_for_the_sweep_tab(panel, qtbot):
    with qtbot.waitSignal(panel.sweepRequested, timeout=1000):
        panel.backprop.sweeps.click()


def test_the_lab_dock_opens_with_its_shortcut_and_links_to_the_sweep_tab(window, qtbot):
    dock = window.lab_dock
    assert dock.objectName() == "labDock" and dock.widget() is window.lab_panel
    assert window.tabifiedDockWidgets(dock)  # shares the place of Train and Look inside
    dock.close()
    assert not dock.isVisible()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key_B, Qt.ControlModifier | Qt.ShiftModifier)
    qtbot.waitUntil(lambda: dock.isVisible() and not dock.visibleRegion().isEmpty(), timeout=2000)
    window.lab_panel.backprop.sweeps.click()
    qtbot.waitUntil(lambda: not window.train_dock.visibleRegion().isEmpty(), timeout=2000)
    from gui.train.tabs import TAB_SWEEP

    assert window.train_panel.tabs.currentIndex() == TAB_SWEEP
