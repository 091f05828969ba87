"""Start-up: the app's window comes up before its plots and its docks' panels, which follow
right after its first paint; whatever asks for one earlier gets it at once, wired and up to
date. Built outside the app's start (tests, benchmarks), the window is whole at once."""
import subprocess
import sys

import numpy as np
from PySide6.QtWidgets import QWidget

import engine
from conftest import ROOT
from gui.app import app_start, build_window
from gui.draw.read_panel import ReadPanel

LATER = ("probabilityChart", "inputView", "trainPanel", "insidePanel", "labPanel")


def found(window):
    return [name for name in LATER if window.findChild(QWidget, name) is not None]


def test_building_the_window_imports_no_pyqtgraph_and_none_of_the_docks_modules():
    # A fresh interpreter: this one has imported all of them already.
    code = ("import sys\n"
            "from gui.app import app_start, build_window\n"
            "with app_start():\n"
            "    window = build_window()\n"
            "print(sorted(m for m in sys.modules if m.startswith(('pyqtgraph', 'gui.train',\n"
            "             'gui.inside', 'gui.lab', 'scipy.ndimage', 'scipy.special', 'PIL'))))\n")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_outside_the_apps_start_the_window_is_whole_at_once(qtbot, fresh_state):
    window = build_window()
    qtbot.addWidget(window)
    assert found(window) == list(LATER)
    window.close()


def test_the_plots_and_panels_are_built_after_the_first_paint(qtbot, fresh_state):
    with app_start():
        window = build_window()
    qtbot.addWidget(window)
    assert found(window) == []  # built, not yet shown: their places are held
    window.resize(1280, 720)
    window.show()
    qtbot.waitUntil(lambda: found(window) == list(LATER), timeout=10000)
    assert window.train_dock.widget() is window.train_panel
    assert window.inside_dock.widget() is window.inside_panel
    assert window.lab_dock.widget() is window.lab_panel
    window.close()


def test_a_panel_asked_for_early_is_built_wired_and_up_to_date(qtbot, fresh_state):
    with app_start():
        window = build_window()  # never shown: nothing is built unless asked for
    qtbot.addWidget(window)
    first = engine.Network([784, 16, 10], seed=1)
    window.session.set_model(first, None, origin="file")
    images, _ = engine.load_mnist("test")
    window.reader.show_test_digit(images[0] / 255)  # a reading before Look inside exists
    assert found(window) == []
    inside = window.inside_panel  # built now, and told what it missed
    assert window.inside_dock.widget() is inside
    qtbot.waitUntil(lambda: inside.drawing.explanation is not None, timeout=10000)
    qtbot.waitUntil(lambda: inside.backquery.net is not None
                    and inside.backquery.net.sizes == [784, 16, 10], timeout=10000)
    second = engine.Network([784, 24, 10], seed=2)
    window.session.set_model(second, None, origin="file")  # and it follows the session now
    qtbot.waitUntil(lambda: inside.backquery.net.sizes == [784, 24, 10], timeout=10000)
    window.close()
    assert found(window) == ["insidePanel"]  # closing built none of the others to stop them


def test_the_lab_builds_its_pages_only_once_its_dock_is_raised(window, qtbot):
    qtbot.waitUntil(lambda: "labPanel" in found(window), timeout=10000)
    qtbot.wait(100)
    lab = window.lab_panel
    assert lab._pages == []  # behind the Train tab: "shown", yet out of sight
    window.lab_dock.raise_()
    qtbot.waitUntil(lambda: len(lab._pages) == 7, timeout=5000)


def test_a_reading_given_before_the_plots_exist_shows_once_they_do(qtbot):
    panel = ReadPanel(plots_later=True)
    qtbot.addWidget(panel)
    probs = np.full(10, 0.02)
    probs[7] = 0.82
    image = np.random.default_rng(0).random((28, 28)).astype(np.float32)
    panel.show_reading(probs, image)
    assert panel.findChild(QWidget, "probabilityChart") is None
    assert panel.prediction_label.text().startswith("7")  # the label needs no plot
    panel.build_plots()
    np.testing.assert_allclose(panel.chart.values, probs)
    np.testing.assert_allclose(panel.input_view.image, image)
    assert "784 pixels" in panel.input_view.toolTip()
