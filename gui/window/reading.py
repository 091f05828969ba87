"""Reading the canvas: the live answer while the pen moves and after each stroke."""
import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

import engine

from ..draw.canvas import RASTER

LIVE_INTERVAL_MS = 40  # while the pen moves: often enough to feel live, cheap enough to stay smooth


class Reader(QObject):
    """Turns what is on the canvas into the network's input and shows its answer.

    ``contentReplaced`` fires when the canvas gets new content as a whole
    (cleared, an imported picture, a test digit): a new drawing, which must
    get its own label when taught.
    """

    contentReplaced = Signal()
    # Each reading, for the views that follow it: the network, its 28x28 input (None when
    # blank), and the square of the canvas raster that input covers, (top, left, size).
    reading = Signal(object, object, object)
    status = Signal(str, int)  # a line for the status bar, milliseconds
    problem = Signal(str, str)  # title, text

    def __init__(self, session, canvas, panel, parent=None):
        super().__init__(parent)
        self.session = session
        self.canvas = canvas
        self.panel = panel
        self.last_latency_ms = None
        self.last_reading = None  # what ``reading`` said last, for a view that comes later
        self._live_timer = QTimer(self)
        self._live_timer.setSingleShot(True)
        self._live_timer.setInterval(LIVE_INTERVAL_MS)
        self._live_timer.timeout.connect(self.recognize)
        canvas.changed.connect(self._canvas_changed)
        canvas.imageDropped.connect(self.import_image)

    def _canvas_changed(self, final):
        if self.canvas.is_blank():
            self.contentReplaced.emit()
        if final:
            self._live_timer.stop()
            self.recognize()
        elif not self._live_timer.isActive():
            self._live_timer.start()

    def current_input(self):
        """The canvas as the network's 28x28 input, or None when blank."""
        return self._input_and_frame()[0]

    def _input_and_frame(self):
        if self.canvas.is_blank():
            return None, None
        exact = self.canvas.exact_input()
        if exact is not None:
            return exact, (0.0, 0.0, float(RASTER))  # shown over the whole canvas
        return engine.preprocess_canvas_with_frame(self.canvas.raster())

    def recognize(self):
        """Read the canvas with the session's network and show it; the ten probabilities."""
        start = time.perf_counter()
        net = self.session.net
        seen, frame = self._input_and_frame() if net is not None else (None, None)
        probs = None if seen is None else net.predict_proba(seen.reshape(1, -1))[0]
        self.panel.show_reading(probs, seen)
        self.last_latency_ms = (time.perf_counter() - start) * 1000
        self.last_reading = (net, seen, frame)
        self.reading.emit(net, seen, frame)
        return probs

    def show_test_digit(self, image):
        """A test digit from the gallery, read exactly as the gallery read it."""
        self.canvas.set_image(image, exact=True)
        self.contentReplaced.emit()

    def import_image(self, path):
        """A photo or scan of a handwritten digit onto the canvas; False with a message if not."""
        try:
            digit = engine.import_image(path)
        except engine.DataFormatError as exc:
            self.problem.emit(self.tr("Could not read the image"), str(exc))
            return False
        if digit is None:
            self.problem.emit(self.tr("No digit found"),
                              self.tr("{path}: the image looks blank.").format(path=path))
            return False
        self.canvas.set_image(digit)
        self.contentReplaced.emit()
        self.status.emit(self.tr("Imported {name}").format(name=Path(path).name), 4000)
        return True
