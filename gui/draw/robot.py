"""Drive the canvas with real mouse events: used by the tests and the screenshot script."""
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from engine import digit_strokes


def send_mouse(widget, kind, pos, buttons):
    """One QMouseEvent of ``kind`` at ``pos`` (widget coordinates), sent synchronously."""
    pos = QPointF(*pos) if isinstance(pos, tuple) else QPointF(pos)
    button = Qt.LeftButton if kind != QEvent.MouseMove else Qt.NoButton
    global_pos = QPointF(widget.mapToGlobal(pos.toPoint()))
    event = QMouseEvent(kind, pos, global_pos, button, buttons, Qt.NoModifier)
    QApplication.sendEvent(widget, event)


def send_stroke(widget, points):
    """Press at the first point, move through the rest, release at the last: always released."""
    points = [QPointF(*p) if not isinstance(p, QPointF) else p for p in points]
    send_mouse(widget, QEvent.MouseButtonPress, points[0], Qt.LeftButton)
    try:
        for p in points[1:]:
            send_mouse(widget, QEvent.MouseMove, p, Qt.LeftButton)
    finally:
        send_mouse(widget, QEvent.MouseButtonRelease, points[-1], Qt.NoButton)


def digit_to_canvas_strokes(image, canvas, margin=0.12):
    """An MNIST digit traced as strokes, in the canvas widget's pixel coordinates."""
    side = min(canvas.width(), canvas.height())
    x0, y0 = (canvas.width() - side) / 2, (canvas.height() - side) / 2
    usable = side * (1 - 2 * margin)
    strokes = []
    for line in digit_strokes(image):
        strokes.append([(x0 + side * margin + (x + 0.5) / 28 * usable,
                         y0 + side * margin + (y + 0.5) / 28 * usable) for y, x in line[::2]])
    return strokes


def draw_digit(canvas, image):
    """Trace an MNIST-style 28x28 digit on the canvas with the mouse, stroke by stroke."""
    for stroke in digit_to_canvas_strokes(image, canvas):
        send_stroke(canvas, stroke)
