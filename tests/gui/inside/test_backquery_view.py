"""The back-query gallery: modes explained, confidences, grey by default, an honest colour bar,
a plain enlarged view."""
import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtWidgets import QPushButton

import engine
from conftest import ROOT  # noqa: F401  (puts the project on sys.path)
from gui.inside.backquery_modes import GREY
from gui.inside.panel import InsidePanel


@pytest.fixture(scope="module")
def bundled():
    return engine.load_model()


@pytest.fixture
def view(qtbot, bundled):
    inside = InsidePanel()
    qtbot.addWidget(inside)
    inside.show()  # a hidden panel computes nothing until it is shown
    qtbot.waitExposed(inside)
    inside.set_network(bundled)
    qtbot.waitUntil(lambda: inside.backquery.refresh_count >= 1, timeout=20000)
    yield inside.backquery
    inside.shutdown()


def switch(view, qtbot, mode):
    before, index = view.refresh_count, view.mode.findData(mode)
    assert index >= 0, f"no {mode} mode in the switch"
    view.mode.setCurrentIndex(index)
    qtbot.waitUntil(lambda: view.refresh_count > before, timeout=60000)


def test_the_switch_offers_three_modes_each_explained(view):
    modes = [view.mode.itemData(i) for i in range(view.mode.count())]
    assert modes == ["classic", "refined", "unconstrained"] == list(engine.BACKQUERY_MODES)
    sentences = set()
    for i, mode in enumerate(modes):
        view.mode.setCurrentIndex(i)
        assert view.explain.text() == engine.BACKQUERY_EXPLANATIONS[mode]
        sentences.add(view.explain.text())
    assert len(sentences) == 3 and all(sentences)
    assert "fooling" in view.mode.itemText(modes.index("unconstrained")).lower()


def test_each_image_shows_the_networks_confidence_under_it(view, bundled):
    probs = bundled.predict_proba(np.stack(view.images).reshape(10, -1))
    for d, caption in enumerate(view.captions):
        assert caption.toPlainText() == f"{d}: {probs[d, d]:.0%}"
        # right under its own image: its top edge is the image's bottom edge, give or take
        assert 28 <= caption.pos().y() <= 30 and caption.pos().x() == 14


def test_unconstrained_images_are_called_fooling_images(view, qtbot, bundled):
    switch(view, qtbot, "unconstrained")
    p3 = bundled.predict_proba(view.images[3].reshape(1, -1))[0, 3]
    assert f"the network is {p3:.0%} sure the 3 is a 3; you are not" in view.status.text()
    assert "Fooling" in view.status.text()


def test_grey_by_default_colour_on_request(view):
    assert not view.colour.isChecked()
    assert all(item.getColorMap() is GREY for item in view.items)
    assert view.colorbar.colorMap().name == "Greys"
    grey = GREY.getLookupTable(nPts=256)
    # low is paper white and high is ink black, as in Rashid's matplotlib "Greys"
    np.testing.assert_array_equal(grey[[0, -1], :3], [[255, 255, 255], [0, 0, 0]])
    view.colour.setChecked(True)
    assert view.items[0].getColorMap().name != "Greys"
    assert view.colorbar.colorMap().name != "Greys"


def test_the_colour_bar_range_is_the_range_of_all_ten_images(view, qtbot):
    switch(view, qtbot, "unconstrained")  # images of different ranges: stretching would show
    assert len({round(float(im.max()), 3) for im in view.images}) > 1
    lo = min(float(im.min()) for im in view.images)
    hi = max(float(im.max()) for im in view.images)
    np.testing.assert_allclose(view.colorbar.levels(), (lo, hi))
    for item in view.items:
        np.testing.assert_allclose(item.getLevels(), (lo, hi))
    assert "one range shared by all ten" in view.range_note.text().replace("\n", " ")
    assert f"{lo:.2g}" in view.range_note.text() and f"{hi:.2g}" in view.range_note.text()


def test_the_enlarged_image_has_no_roi_menu_or_histogram(view, qtbot):
    dialog = view.enlarge(3)
    qtbot.addWidget(dialog)
    assert not dialog.findChildren(pg.ImageView)
    items = dialog.canvas.scene().items()
    assert not [i for i in items if isinstance(i, (pg.HistogramLUTItem, pg.ROI))]
    buttons = [b.text() for b in dialog.findChildren(QPushButton)]
    assert buttons == ["Save as PNG..."]
    np.testing.assert_array_equal(dialog.item.image, view.images[3])
    np.testing.assert_allclose(dialog.item.getLevels(), view.levels)
    assert f"{view.confidence[3]:.0%}" in dialog.caption.text()
    dialog.close()
