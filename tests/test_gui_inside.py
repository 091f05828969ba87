import numpy as np
from PySide6.QtWidgets import QWidget

from conftest import ROOT  # noqa: F401


def test_backquery_view_holds_ten_images(window, qtbot):
    view = window.findChild(QWidget, "backqueryView")
    qtbot.waitUntil(lambda: view.refresh_count >= 1, timeout=20000)
    assert len(view.items) == 10 and all(i.image.shape == (28, 28) for i in view.items)
    assert all(img is not None for img in view.images)


def test_refined_mode_switch_recomputes(window, qtbot):
    view = window.inside_panel.backquery
    qtbot.waitUntil(lambda: view.refresh_count >= 1, timeout=20000)
    before = view.refresh_count
    view.mode.setCurrentIndex(1)
    qtbot.waitUntil(lambda: view.refresh_count > before, timeout=30000)
    probs = window.model.predict_proba(np.stack(view.images).reshape(10, -1))
    assert all(probs[d, d] >= 0.9 for d in range(10))


def test_backquery_refreshes_after_a_training_epoch(window, qtbot):
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
    assert view.net.layers == [784, 16, 10]
    assert not np.allclose(first[0], view.images[0])


def test_clicking_an_image_enlarges_it(window, qtbot):
    view = window.inside_panel.backquery
    qtbot.waitUntil(lambda: view.refresh_count >= 1, timeout=20000)
    dialog = view.enlarge(3)
    assert dialog is not None and "3" in dialog.windowTitle()
    dialog.close()


def test_weights_grid_and_gradient_check(window, qtbot):
    inside = window.inside_panel
    qtbot.waitUntil(lambda: inside.weights.mosaic is not None, timeout=5000)
    assert inside.weights.mosaic.shape[0] > 28 * 7
    inside.gradcheck.run()
    qtbot.waitUntil(lambda: inside.gradcheck.errors is not None, timeout=30000)
    assert inside.gradcheck.table.rowCount() == 4
    assert max(inside.gradcheck.errors.values()) < 1e-6
    assert "agrees" in inside.gradcheck.verdict.text()
