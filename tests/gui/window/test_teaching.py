"""Teaching: the label is asked each time, a Learn can be undone, removals can be re-taught."""
import numpy as np
from PySide6.QtCore import Qt

import engine
from gui.draw.robot import draw_digit, send_stroke


def proba(window, seen, digit):
    return float(window.model.predict_proba(seen.reshape(1, -1))[0][digit])


def weights(net):
    return [p.value.copy() for p in net.parameters()]


def test_learn_uses_the_chosen_label_once_and_then_asks_again(window):
    images, _ = engine.load_mnist("test")
    learn = window.panel.learn_button
    assert not learn.isEnabled()  # nothing drawn yet
    draw_digit(window.canvas, images[2])
    assert not learn.isEnabled() and "pick" in learn.text().lower()
    window.panel.choose_digit(7)
    assert learn.isEnabled() and "7" in learn.text()  # shows what will be learned
    learn.click()
    assert len(window.personal) == 1
    # The next drawing does not inherit the 7.
    assert window.panel.chosen_digit() == -1 and not learn.isEnabled()
    window.canvas.clear()
    draw_digit(window.canvas, images[1])
    learn.click()
    assert len(window.personal) == 1


def test_undo_learn_puts_the_network_back_and_forgets_the_digit(window, qtbot):
    images, _ = engine.load_mnist("test")
    draw_digit(window.canvas, images[2])  # a clear 1
    seen = window.reader.current_input()
    before, p_before = weights(window.model), proba(window, seen, 7)
    window.panel.choose_digit(7)
    window.panel.learn_button.click()
    assert proba(window, seen, 7) > p_before + 0.05
    assert window.panel.undo_learn_button.isEnabled()
    strokes = window.canvas.stroke_count()
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)  # right after Learn: undoes the Learn
    assert window.canvas.stroke_count() == strokes
    assert len(window.personal) == 0 and len(engine.PersonalDigits(window.personal.path)) == 0
    for a, b in zip(before, weights(window.model)):
        np.testing.assert_array_equal(a, b)
    assert proba(window, seen, 7) == p_before
    assert not window.panel.undo_learn_button.isEnabled()


def test_ctrl_z_after_a_new_stroke_undoes_the_stroke_not_the_learn(window, qtbot):
    images, _ = engine.load_mnist("test")
    draw_digit(window.canvas, images[0])
    window.teacher.learn(7)
    strokes = window.canvas.stroke_count()
    w, h = window.canvas.width(), window.canvas.height()
    send_stroke(window.canvas, [(w * 0.2, h * 0.2), (w * 0.3, h * 0.3)])
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert window.canvas.stroke_count() == strokes and len(window.personal) == 1
    window.panel.undo_learn_button.click()  # the button still can
    assert len(window.personal) == 0


def test_status_bar_accuracy_is_measured_again_after_learning(window, qtbot):
    images, labels = engine.load_mnist("test")
    old = window.model.meta["test_accuracy"]
    draw_digit(window.canvas, images[0])
    window.teacher.learn(3)
    assert f"{old:.2%}" not in window.model_status.text()
    qtbot.waitUntil(lambda: "test accuracy 9" in window.model_status.text(), timeout=20000)
    measured = engine.evaluate(window.model, images, labels)["accuracy"]
    assert f"test accuracy {measured:.2%}" in window.model_status.text()


def test_removing_a_personal_digit_offers_to_reteach_from_the_rest(window):
    images, _ = engine.load_mnist("test")
    draw_digit(window.canvas, images[2])
    seen_one = window.reader.current_input()
    p_start = proba(window, seen_one, 7)
    window.teacher.learn(7)  # a wrong label, to be removed
    assert proba(window, seen_one, 7) > p_start + 0.05
    window.canvas.clear()
    draw_digit(window.canvas, images[0])
    window.teacher.learn(7)  # a right one, to be kept
    window.questions.answers["yes_no"] = True
    dialog = window.show_personal_digits()
    dialog.list.item(0).setSelected(True)
    dialog.remove_selected()
    dialog.close()
    asked = [text for kind, _, text in window.questions.asked if kind == "yes_no"]
    assert asked and "remaining 1 digit" in asked[-1]
    assert len(window.personal) == 1 and window.personal.labels[0] == 7
    # Re-taught from the model before teaching: the removed 1-as-7 is no longer pulled toward 7.
    assert proba(window, seen_one, 7) < p_start + 0.05


def test_removing_without_reteaching_keeps_the_model(window):
    images, _ = engine.load_mnist("test")
    draw_digit(window.canvas, images[2])
    window.teacher.learn(7)
    model = window.model
    window.questions.answers["yes_no"] = False
    dialog = window.show_personal_digits()
    dialog.clear_all()
    dialog.close()
    assert window.model is model and len(window.personal) == 0
