"""Look inside > Your drawing: the layers and the deciding pixels follow every stroke."""
import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import QWidget

import engine
from gui.draw.robot import draw_digit, send_mouse, send_stroke
from gui.inside.drawing.unit_detail import weight_picture

ONE, ZERO = 2, 3  # MNIST test-set indices of a 1 and a 0


@pytest.fixture(scope="module")
def mnist_test():
    return engine.load_mnist("test")[0]


@pytest.fixture
def inside(window, qtbot):
    """The window with Look inside raised (it computes only while it can be seen)."""
    window.inside_dock.raise_()
    qtbot.waitUntil(lambda: window.inside_panel.on_screen, timeout=2000)
    return window.inside_panel.drawing


def settled(page, qtbot, before):
    qtbot.waitUntil(lambda: page.update_count > before, timeout=3000)
    qtbot.wait(20)  # let a burst finish: the page shows the newest reading


def picture(widget):
    image = widget.grab().toImage()
    return bytes(image.constBits())


def vertical_stroke(canvas, x=0.5):
    send_stroke(canvas, [(canvas.width() * x, canvas.height() * y)
                         for y in np.linspace(0.2, 0.8, 12)])


def test_a_blank_canvas_shows_a_hint_not_empty_views(window, inside, qtbot):
    assert inside.showing_hint() and "Draw a digit" in inside.hint.text()
    assert inside.hint.geometry() == inside.rect()  # over the whole page: nothing empty shows
    before = inside.update_count
    vertical_stroke(window.canvas)
    settled(inside, qtbot, before)
    assert not inside.showing_hint() and not inside.hint.isVisible()
    assert inside.findChild(QWidget, "activationView").isVisible()
    before = inside.update_count
    window.canvas.clear()
    settled(inside, qtbot, before)
    assert inside.showing_hint() and inside.explanation is None


def test_both_views_change_after_a_stroke(window, inside, qtbot):
    activations = window.findChild(QWidget, "activationView")
    saliency = window.findChild(QWidget, "saliencyView")
    before = inside.update_count
    vertical_stroke(window.canvas, 0.45)
    settled(inside, qtbot, before)
    first = [z.copy() for z in inside.explanation.activations], saliency.saliency.copy()
    pictures = picture(activations), picture(saliency)
    before = inside.update_count
    send_stroke(window.canvas, [(window.canvas.width() * x, window.canvas.height() * 0.3)
                                for x in np.linspace(0.3, 0.6, 8)])
    settled(inside, qtbot, before)
    assert not np.allclose(inside.explanation.activations[0], first[0][0])
    assert not np.allclose(saliency.saliency, first[1])
    assert picture(activations) != pictures[0] and picture(saliency) != pictures[1]
    # What the views show is engine.explain of what the canvas reads, with the canvas's model.
    expected = engine.explain(window.model, window.reader.current_input())
    for shown, z in zip(inside.explanation.activations, expected.activations):
        np.testing.assert_array_equal(shown, z)
    np.testing.assert_array_equal(saliency.saliency, expected.saliency)
    np.testing.assert_array_equal(activations.grid.bands[-1].values, expected.probabilities)


def test_a_drawn_1_and_a_drawn_0_look_different_inside(window, inside, qtbot, mnist_test):
    seen = {}
    for name, index in (("one", ONE), ("zero", ZERO)):
        window.canvas.clear()
        before = inside.update_count
        draw_digit(window.canvas, mnist_test[index])
        settled(inside, qtbot, before)
        e = inside.explanation
        seen[name] = e, picture(inside.activations), picture(inside.saliency)
    one, zero = seen["one"][0], seen["zero"][0]
    assert (one.predicted, zero.predicted) == (1, 0)
    assert inside.activations.grid.bands[-1].marked == [0]  # the answer is outlined
    # Different units light up: the strongest units of the first layer are not the same.
    top = [set(np.argsort(e.activations[0])[-20:]) for e in (one, zero)]
    assert len(top[0] & top[1]) < 10
    assert np.corrcoef(one.activations[0], zero.activations[0])[0, 1] < 0.9
    assert np.abs(one.saliency - zero.saliency).max() > 0.1
    assert seen["one"][1] != seen["zero"][1] and seen["one"][2] != seen["zero"][2]
    # The numbers follow the drawing too, as text to select and copy (once the mouse is on it).
    assert "it reads 0" in inside.numbers.text()
    assert "The score of 0" in inside.numbers.text()
    inside.numbers.enterEvent(QEnterEvent(QPointF(5, 5), QPointF(5, 5), QPointF(5, 5)))
    assert inside.numbers.textInteractionFlags() & Qt.TextSelectableByMouse
    inside.numbers.leaveEvent(QEvent(QEvent.Leave))
    assert not inside.numbers.textInteractionFlags() & Qt.TextSelectableByMouse


def test_the_views_follow_the_live_reading_while_the_pen_moves(window, inside, qtbot):
    canvas = window.canvas
    x = canvas.width() / 2
    send_mouse(canvas, QEvent.MouseButtonPress, (x, canvas.height() * 0.2), Qt.LeftButton)
    try:
        for y in np.linspace(0.2, 0.8, 10):
            send_mouse(canvas, QEvent.MouseMove, (x, canvas.height() * y), Qt.LeftButton)
        # The pen is still down: only the throttled live reading can have reached the page.
        qtbot.waitUntil(lambda: inside.explanation is not None, timeout=2000)
    finally:
        send_mouse(canvas, QEvent.MouseButtonRelease, (x, canvas.height() * 0.8), Qt.NoButton)


def test_hovering_or_clicking_a_unit_shows_its_weights(window, inside, qtbot, mnist_test):
    before = inside.update_count
    draw_digit(window.canvas, mnist_test[ZERO])
    settled(inside, qtbot, before)
    view = inside.activations
    grid, detail = view.grid, view.detail
    net, e = window.model, inside.explanation
    unit = 37
    send_mouse(grid, QEvent.MouseMove, grid.unit_rect(0, unit).center(), Qt.NoButton)
    assert detail.unit == (0, unit)
    np.testing.assert_array_equal(detail.weights, weight_picture(net.weights[0][:, unit])[0])
    assert detail.weights.shape == (28, 28, 3)  # a first-layer unit: its weights are a picture
    text = detail.text.text()
    assert f"input sum: {e.pre_activations[0][unit]:.4g}" in text
    assert f"output: {e.activations[0][unit]:.4g}" in text
    # A unit of the second layer: its 512 weights come from the first layer's units.
    send_mouse(grid, QEvent.MouseMove, grid.unit_rect(1, 5).center(), Qt.NoButton)
    assert detail.unit == (1, 5)
    assert f"input sum: {e.pre_activations[1][5]:.4g}" in detail.text.text()
    # A click keeps a unit shown after the mouse leaves; an output unit shows its probability.
    centre = grid.unit_rect(2, 0).center()
    send_mouse(grid, QEvent.MouseButtonPress, centre, Qt.LeftButton)
    send_mouse(grid, QEvent.MouseButtonRelease, centre, Qt.NoButton)
    grid.leaveEvent(QEvent(QEvent.Leave))
    assert detail.unit == (2, 0) and view.pinned == (2, 0)
    assert f"probability: {e.probabilities[0]:.1%}" in detail.text.text()


def test_why_not_another_class_changes_the_saliency(window, inside, qtbot, mnist_test):
    before = inside.update_count
    draw_digit(window.canvas, mnist_test[ZERO])
    settled(inside, qtbot, before)
    view = inside.saliency
    answer = view.saliency.copy()
    shown = picture(view.picture)
    view.target_box.setCurrentIndex(view.target_box.findData(6))
    assert inside.explanation.label == 6 and inside.explanation.predicted == 0
    assert not np.allclose(view.saliency, answer)
    x = window.reader.current_input()
    np.testing.assert_array_equal(view.saliency, engine.explain(window.model, x, target=6).saliency)
    assert "Why not a 6?" in view.legend.text()
    assert "The score of 6" in inside.numbers.text()
    assert picture(view.picture) != shown
    view.target_box.setCurrentIndex(0)
    np.testing.assert_array_equal(view.saliency, answer)


def test_the_saliency_goes_on_the_canvas_and_comes_off(window, inside, qtbot, mnist_test):
    canvas = window.canvas
    before = inside.update_count
    draw_digit(canvas, mnist_test[ZERO])
    settled(inside, qtbot, before)
    plain, raster = picture(canvas), canvas.raster()
    inside.saliency.on_canvas.setChecked(True)
    assert canvas.has_overlay()
    painted = picture(canvas)
    assert painted != plain
    np.testing.assert_array_equal(canvas.raster(), raster)  # the network never sees it
    inside.saliency.on_canvas.setChecked(False)
    assert not canvas.has_overlay() and picture(canvas) == plain
    inside.saliency.on_canvas.setChecked(True)
    canvas.clear()
    assert not canvas.has_overlay()
    # Drawn again with the toggle still on: the new drawing gets its own colours.
    before = inside.update_count
    vertical_stroke(canvas)
    settled(inside, qtbot, before)
    assert canvas.has_overlay()


def test_a_hidden_dock_computes_nothing_and_catches_up(window, qtbot):
    page = window.inside_panel.drawing
    window.train_dock.raise_()
    qtbot.waitUntil(lambda: not window.inside_panel.on_screen, timeout=2000)
    vertical_stroke(window.canvas)
    qtbot.wait(50)
    assert page.explanation is None
    window.inside_dock.raise_()
    qtbot.waitUntil(lambda: page.explanation is not None, timeout=2000)
    # Its colours on the canvas go with the dock, and come back with it.
    page.saliency.on_canvas.setChecked(True)
    assert window.canvas.has_overlay()
    window.train_dock.raise_()
    qtbot.waitUntil(lambda: not window.canvas.has_overlay(), timeout=2000)
    window.inside_dock.raise_()
    qtbot.waitUntil(window.canvas.has_overlay, timeout=2000)


def test_the_page_follows_the_model_on_the_canvas(window, inside, qtbot, mnist_test):
    before = inside.update_count
    draw_digit(window.canvas, mnist_test[ONE])
    settled(inside, qtbot, before)
    assert len(inside.activations.grid.bands) == 3  # the default model: two hidden layers
    before = inside.update_count
    window.files.open_bundled("rashid")
    settled(inside, qtbot, before)
    hidden = inside.explanation.activations
    assert len(hidden) == 1 and len(hidden[0]) == 200
    assert "0.01 + 0.99 p" in inside.numbers.text()  # Rashid's input scaling, told
