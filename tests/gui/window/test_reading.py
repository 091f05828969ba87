"""What the canvas reads: imported pictures, dropped files, test digits from the gallery."""
import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

import engine
from gui.draw.canvas import DrawingCanvas
from gui.draw.robot import draw_digit, send_mouse, send_stroke
from gui.draw.read_panel import BLANK_TEXT



def label_text(window):
    return window.findChild(QLabel, "predictionLabel").text()


def first_digit(text):
    return next((int(c) for c in text if c.isdigit()), None)


def test_import_image_puts_the_digit_on_the_canvas(window, tmp_path):
    images, labels = engine.load_mnist("test")
    path = tmp_path / "scan.png"
    Image.fromarray(255 - images[3]).resize((200, 200), Image.BILINEAR).save(path)
    assert window.reader.import_image(path)
    assert not window.canvas.is_blank()
    assert first_digit(label_text(window)) == labels[3]


def test_import_of_a_bad_image_shows_a_message(window, tmp_path):
    path = tmp_path / "nope.png"
    path.write_bytes(b"not an image")
    assert window.reader.import_image(path) is False
    assert window.canvas.is_blank()
    assert any("nope.png" in b.text() for b in window.findChildren(QMessageBox))


def test_dropping_an_image_file_on_the_canvas_imports_it(window, tmp_path):
    from PySide6.QtCore import QMimeData, QPoint, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    images, labels = engine.load_mnist("test")
    path = tmp_path / "dropped.png"
    Image.fromarray(255 - images[4]).resize((120, 120), Image.BILINEAR).save(path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    window.canvas.dragEnterEvent(enter)
    assert enter.isAccepted()
    # Qt delivers a drop only inside a real drag-and-drop session, which needs a
    # window system: hand the event to the handler the session would call.
    drop = QDropEvent(QPointF(50, 50), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    window.canvas.dropEvent(drop)
    assert not window.canvas.is_blank()
    assert first_digit(label_text(window)) == labels[4]


def test_a_gallery_test_digit_is_read_exactly_as_in_the_gallery(window):
    images, _ = engine.load_mnist("test")
    for i in range(20):
        digit = images[i].astype(np.float32) / 255
        window.train_panel.showDigit.emit(digit)
        expected = window.model.predict_proba(digit.reshape(1, -1))[0]
        np.testing.assert_allclose(window.panel.chart.values, expected, rtol=1e-6)
        np.testing.assert_array_equal(window.reader.current_input(), digit)
    # A stroke over it makes it a drawing again, read through the canvas preprocessing.
    w, h = window.canvas.width(), window.canvas.height()
    send_stroke(window.canvas, [(w * 0.1, h * 0.1), (w * 0.2, h * 0.1)])
    assert window.canvas.exact_input() is None
