"""The Look inside dock: back-query images, first-layer weights, the gradient check."""
import numpy as np
import pytest
from PySide6.QtWidgets import QWidget

import engine
from conftest import ROOT  # noqa: F401  (puts the project on sys.path)
from gui.inside.panel import InsidePanel


@pytest.fixture(scope="module")
def bundled():
    return engine.load_model()


@pytest.fixture
def panel(qtbot):
    inside = InsidePanel()
    qtbot.addWidget(inside)
    inside.show()  # a hidden panel computes nothing until it is shown
    qtbot.waitExposed(inside)
    yield inside
    inside.shutdown()


def test_model_bursts_are_coalesced_into_one_refresh(panel, qtbot):
    nets = [engine.Network([784, n, 10], seed=n) for n in (8, 16, 24)]
    for net in nets:
        panel.set_network(net)
    view = panel.backquery
    qtbot.waitUntil(lambda: view.refresh_count >= 1, timeout=20000)
    qtbot.wait(300)
    assert view.refresh_count == 1
    assert view.net.sizes == [784, 24, 10]
    assert view.net is not nets[-1]  # a snapshot: training may change the original meanwhile


def test_backquery_view_holds_ten_images(panel, qtbot, bundled):
    view = panel.backquery
    assert view.enlarge(3) is None  # nothing to enlarge before the first images
    panel.set_network(bundled)
    qtbot.waitUntil(lambda: view.refresh_count >= 1, timeout=20000)
    assert len(view.items) == 10 and all(i.image.shape == (28, 28) for i in view.items)
    assert all(img is not None and img.shape == (28, 28) for img in view.images)
    # Refined is what the view opens with: the picture a person can recognise.
    assert view.mode.currentData() == "refined"
    np.testing.assert_allclose(view.images[3], engine.backquery_all(bundled, "refined")[3])
    assert "confidence" in view.status.text() and "not how legible" in view.status.text()
    assert "read back" not in view.status.text()


def test_the_mode_switch_recomputes(panel, qtbot, bundled):
    view = panel.backquery
    panel.set_network(bundled)
    qtbot.waitUntil(lambda: view.refresh_count >= 1, timeout=20000)
    probs = bundled.predict_proba(np.stack(view.images).reshape(10, -1))
    assert all(probs[d, d] >= 0.9 for d in range(10))  # refined: read back with p >= 0.9
    before = view.refresh_count
    view.mode.setCurrentIndex(view.mode.findData("classic"))
    qtbot.waitUntil(lambda: view.refresh_count > before, timeout=30000)
    np.testing.assert_allclose(view.images[3], engine.backquery(bundled, 3, mode="classic"))


def test_clicking_an_image_enlarges_it(panel, qtbot):
    view = panel.backquery
    panel.set_network(engine.Network([784, 16, 10]))
    qtbot.waitUntil(lambda: view.refresh_count >= 1, timeout=20000)
    dialog = view.enlarge(3)
    assert dialog is not None and "3" in dialog.windowTitle()
    dialog.close()


def test_a_long_status_wraps_instead_of_widening_the_dock(panel):
    for label in (panel.backquery.status, panel.backquery.explain, panel.backquery.range_note):
        label.setText("the network is 97% sure this is a 3, and a much longer sentence " * 4)
        assert label.wordWrap()
    for mode in range(panel.backquery.mode.count()):
        panel.backquery.mode.setCurrentIndex(mode)
    assert panel.minimumSizeHint().width() <= 560


def test_weights_grid_and_gradient_check(panel, qtbot, bundled):
    panel.set_network(bundled)
    qtbot.waitUntil(lambda: panel.weights.mosaic is not None, timeout=5000)
    assert panel.weights.mosaic.shape[0] > 28 * 7
    panel.gradcheck.run()
    qtbot.waitUntil(lambda: panel.gradcheck.errors is not None, timeout=30000)
    assert panel.gradcheck.table.rowCount() == 4
    assert panel.gradcheck.table.item(0, 1).text() == "784x16"
    assert max(panel.gradcheck.errors.values()) < 1e-6
    assert "agrees" in panel.gradcheck.verdict.text()
    assert panel.gradcheck.button.isEnabled()


def test_gradient_check_of_a_network_without_biases(panel, qtbot):
    rashid = engine.Network([784, 30, 10], "sigmoid", "sigmoid", init="rashid", bias=False)
    panel.set_network(rashid)
    qtbot.waitUntil(lambda: panel.gradcheck.net is rashid, timeout=5000)
    panel.gradcheck.run()
    qtbot.waitUntil(lambda: panel.gradcheck.errors is not None, timeout=30000)
    assert panel.gradcheck.table.rowCount() == 2
    assert "agrees" in panel.gradcheck.verdict.text()


# -- in the window ------------------------------------------------------------------------------
def test_window_shows_the_back_query_of_its_model(window, qtbot):
    window.inside_dock.raise_()  # the panel computes only while it can be seen
    view = window.findChild(QWidget, "backqueryView")
    qtbot.waitUntil(lambda: view.refresh_count >= 1, timeout=20000)
    assert view.net.sizes == window.model.sizes


def test_backquery_refreshes_after_a_training_epoch(window, qtbot):
    window.inside_dock.raise_()  # the panel computes only while it can be seen
    view = window.inside_panel.backquery
    qtbot.waitUntil(lambda: view.refresh_count >= 1, timeout=20000)
    first = [im.copy() for im in view.images]
    count = view.refresh_count
    panel = window.train_panel
    panel.form.hidden.setText("16")
    panel.form.hidden.textEdited.emit("16")
    panel.form.epochs.setValue(1)
    panel.subset.setValue(1000)
    panel.start_training()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=60000)
    qtbot.waitUntil(lambda: view.refresh_count > count, timeout=20000)
    assert view.net.sizes == [784, 16, 10]
    assert not np.allclose(first[0], view.images[0])


def test_a_hidden_panel_waits_until_it_is_shown(qtbot):
    # Behind the Train tab during a run, a back-query would only take cores from training.
    inside = InsidePanel()
    qtbot.addWidget(inside)
    inside.set_on_screen(False)
    inside.set_network(engine.Network([784, 16, 10]), "0.1")
    qtbot.wait(400)  # well past the coalescing timer
    assert inside.backquery.refresh_count == 0 and inside.backquery.net is None
    assert inside.formation.entries[0][2] is None  # the strip's picture waits too
    inside.set_on_screen(True)
    qtbot.waitUntil(lambda: inside.backquery.refresh_count >= 1, timeout=20000)
    qtbot.waitUntil(lambda: inside.formation.entries[0][2] is not None, timeout=20000)
    inside.shutdown()


def test_the_window_tells_the_panel_when_its_dock_is_behind_another(window, qtbot):
    window.train_dock.raise_()
    qtbot.waitUntil(lambda: not window.inside_panel.on_screen, timeout=2000)
    window.inside_dock.raise_()
    qtbot.waitUntil(lambda: window.inside_panel.on_screen, timeout=2000)
