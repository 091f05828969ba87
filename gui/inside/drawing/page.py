"""The "Your drawing" page: follows each reading of the canvas and explains it.

Readings come in bursts (every 40 ms while the pen moves, after each stroke,
on every new model): a single-shot timer coalesces them, so the views update
once per burst. ``engine.explain`` is one forward and one backward pass of a
single sample (under a millisecond for the default model), so it runs right
here in the GUI thread.
"""
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QPalette
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

import engine

from ...language import Retranslatable
from .activation_view import ActivationView
from .colours import qimage
from .forward_pass import forward_pass_text
from .saliency_view import SaliencyView
from .steady_text import HoverSelectableLabel

GRID_SHARE = 0.42
PICTURE_SHARE = 0.22
COALESCE_MS = 0  # the next turn of the event loop: a burst already queued is one update
HINT = QT_TRANSLATE_NOOP(
    "DrawingPage", "<p style='font-size:large'><b>Draw a digit on the canvas.</b></p><p>Here you "
                   "will watch every layer of the network light up for your drawing, see which "
                   "of your pixels pushed it toward its answer, and follow the forward pass in "
                   "numbers.</p>")


class DrawingPage(Retranslatable, QWidget):
    """A hint while the canvas is blank; else the activation and saliency views and the numbers.

    The hint is laid over the views rather than swapped with them: a view
    shown again is laid out again, and that made every drawing's first stroke
    the slowest.

    ``overlayChanged(image, frame)``: what to paint over the canvas (a
    QImage of 28x28 colours and the frame from
    ``engine.preprocess_canvas_with_frame``), or (None, None) for nothing.
    """

    overlayChanged = Signal(object, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("drawingPage")
        v = QVBoxLayout(self)
        v.setContentsMargins(6, 6, 6, 6)
        self.activations = ActivationView()
        v.addWidget(self.activations)
        self.saliency = SaliencyView()
        v.addWidget(self.saliency)
        # A label in a scroll area, not a text editor: a third of the cost per reading.
        self.numbers = HoverSelectableLabel()
        self.numbers.setObjectName("forwardPass")
        self.numbers.setTextFormat(Qt.PlainText)
        self.numbers.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        self.numbers.setMargin(4)
        self.numbers.setFont(QFontDatabase.systemFont(QFontDatabase.FixedFont))
        self.numbers.setBackgroundRole(QPalette.Base)
        self.numbers.setAutoFillBackground(True)
        scroll = QScrollArea()
        scroll.setBackgroundRole(QPalette.Base)
        scroll.setWidget(self.numbers)  # sized to its text (_set_numbers): a new text lays
        # out nothing but the label itself
        v.addWidget(scroll, 1)  # the rest of the height: more lines on a bigger screen
        self.hint = QLabel(self)  # over the views, in no layout; its text: retranslate
        self.hint.setObjectName("drawingHint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignCenter)
        self.hint.setMargin(24)
        self.hint.setAutoFillBackground(True)
        self.hint.raise_()
        self.on_screen = True
        self.explanation = None
        self.update_count = 0
        self._reading = (None, None, None)  # network, 28x28 input, frame: the newest reading
        self._stale = False  # a reading arrived while hidden: explain it when shown
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self._apply)
        self.saliency.targetChanged.connect(self._apply)
        self.saliency.onCanvasToggled.connect(lambda on: self._send_overlay())
        self._problem = None  # why the network cannot be taken apart, when the hint says so
        self.retranslate()

    def retranslate(self):
        self.numbers.setToolTip(self.tr("The forward pass for your drawing in the book's "
                                        "notation, for checking by hand; select and copy any "
                                        "of it."))
        self.hint.setText(self._hint_text())
        if self.explanation is not None:
            self._set_numbers(forward_pass_text(self._reading[0], self.explanation))

    def _hint_text(self):
        if self._problem is None:
            return QCoreApplication.translate("DrawingPage", HINT)
        return self.tr("Nothing to show for this network: {problem}").format(
            problem=self._problem)

    def showing_hint(self):
        return not self.hint.isHidden()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.hint.setGeometry(self.rect())
        # Shares of the height: the layers first, then the pixels, the numbers get the rest.
        height = self.height()
        side = max(100, min(220, int(height * PICTURE_SHARE)))
        self.activations.detail.set_picture_side(side)
        self.saliency.set_picture_side(side)
        # At least as tall as the unit detail beside it: no empty band under the grid.
        self.activations.grid.set_height_limit(
            max(int(height * GRID_SHARE), self.activations.detail.sizeHint().height()))

    def show_reading(self, net, image, frame=None):
        """The canvas was read: ``image`` (28x28, or None when blank) by ``net``."""
        self._reading = (net, image, frame)
        self._timer.start()

    def set_on_screen(self, on_screen):
        """Hidden, nothing is computed and the canvas overlay goes; shown, it catches up."""
        self.on_screen = bool(on_screen)
        if not self.on_screen:
            self.overlayChanged.emit(None, None)
        elif self._stale:
            self._timer.start()
        else:
            self._send_overlay()  # nothing new was read meanwhile: the colours come back

    def _apply(self):
        if not self.on_screen:
            self._stale = True
            return
        self._stale = False
        net, image, _ = self._reading
        self.explanation = None
        self._problem = None
        if net is None or image is None:
            self._show_hint(self._hint_text())
        else:
            try:
                self.explanation = engine.explain(net, image, self.saliency.target())
            except ValueError as exc:  # a network this page cannot take apart: say so
                self._problem = exc
                self._show_hint(self._hint_text())
        if self.explanation is not None:
            self.activations.set_explanation(net, self.explanation)
            self.saliency.set_explanation(self.explanation)
            self._set_numbers(forward_pass_text(net, self.explanation))
            self.hint.hide()
        self._send_overlay()
        self.update_count += 1

    def _set_numbers(self, text):
        """The text, and the label sized to it from the fixed-width font's metrics: QLabel's
        own adjustSize() lays the text out again to measure it, 3 ms per reading."""
        self.numbers.setText(text)
        metrics = self.numbers.fontMetrics()
        lines = text.split("\n")
        margin = 2 * (self.numbers.margin() + self.numbers.frameWidth()) + 4
        self.numbers.resize(metrics.horizontalAdvance(max(lines, key=len)) + margin,
                            metrics.lineSpacing() * len(lines) + margin)

    def _show_hint(self, text):
        if self.hint.text() != text:
            self.hint.setText(text)
        self.hint.show()

    def _send_overlay(self):
        frame = self._reading[2]
        if not self.saliency.on_canvas.isChecked() or self.explanation is None or frame is None:
            self.overlayChanged.emit(None, None)
        else:
            self.overlayChanged.emit(qimage(self.saliency.overlay()), frame)
