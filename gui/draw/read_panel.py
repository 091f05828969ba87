"""The panel beside the canvas: the answer, the ten probabilities, the network's input, teaching."""
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (QButtonGroup, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QPushButton, QToolButton, QVBoxLayout, QWidget)

from ..language import Retranslatable

BLANK_TEXT = QT_TRANSLATE_NOOP("ReadPanel", "Nothing drawn yet")
PICK_TEXT = QT_TRANSLATE_NOOP("ReadPanel", "Learn: pick the right digit first")


class ReadPanel(Retranslatable, QWidget):
    """Shows what the network reads and offers 'this is a N, learn it' (and taking it back)."""

    learnRequested = Signal(int)
    undoLearnRequested = Signal()

    def __init__(self, parent=None, plots_later=False):
        """``plots_later``: the bars and the input view (pyqtgraph: the longest import of
        the window) wait for ``build_plots`` (the app calls it after the window's first
        paint) or for the first use of ``chart`` or ``input_view``; their places are held
        meanwhile."""
        super().__init__(parent)
        self.setObjectName("readPanel")
        # Enough for the bars and the teach buttons; the rest of the width goes to the canvas.
        self.setMaximumWidth(380)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)

        self.prediction_label = QLabel()
        self.prediction_label.setObjectName("predictionLabel")
        self.prediction_label.setAlignment(Qt.AlignCenter)
        font = QFont(self.prediction_label.font())
        font.setPointSize(max(font.pointSize(), 10) * 2)
        font.setBold(True)
        self.prediction_label.setFont(font)
        layout.addWidget(self.prediction_label)

        self._chart = self._input_view = None
        self._chart_place = QWidget()
        self._chart_place.setMinimumHeight(140)  # the chart's own
        layout.addWidget(self._chart_place, 3)

        seen = self._seen_box = QGroupBox()
        seen_layout = QHBoxLayout(seen)
        self._input_place = QWidget()
        self._input_place.setMinimumSize(84, 84)  # the view's own
        seen_layout.addWidget(self._input_place)
        layout.addWidget(seen, 2)
        layout.addWidget(self._teach_box())
        self._has_drawing = False
        self._probs = None  # the reading shown, for its words in another language
        self._seen = None  # and the input it was read from, for plots built later
        self._undo_digit = None  # what Undo Learn would take back
        self._personal = 0
        self.retranslate()
        if not plots_later:
            self.build_plots()

    @property
    def chart(self):
        self.build_plots()
        return self._chart

    @property
    def input_view(self):
        self.build_plots()
        return self._input_view

    def build_plots(self):
        """Build the bars and the input view in their places, showing the reading so far
        (once: later calls do nothing)."""
        if self._chart is not None:
            return
        # Imported here: pyqtgraph takes longer to import than the window takes to come up.
        from .digit_view import DigitView
        from .probability_chart import ProbabilityChart

        self._chart = ProbabilityChart()
        self._input_view = DigitView()
        self._input_view.setObjectName("inputView")
        for place, plot in ((self._chart_place, self._chart),
                            (self._input_place, self._input_view)):
            place.parentWidget().layout().replaceWidget(place, plot)
            place.deleteLater()
        self._chart_place = self._input_place = None
        self._input_tooltip()
        self._chart.set_probabilities(self._probs)
        self._input_view.set_image(self._seen)

    def _input_tooltip(self):
        self._input_view.setToolTip(self.tr(
            "Your drawing after MNIST's preprocessing: cropped, fit into 20x20 keeping its "
            "shape, centred by mass in 28x28. These 784 pixels are the network's input."))

    def retranslate(self):
        self.prediction_label.setToolTip(self.tr("The digit the network reads, and how sure "
                                                 "it is."))
        self._seen_box.setTitle(self.tr("What the network sees"))
        if self._input_view is not None:
            self._input_tooltip()
        self._teach.setTitle(self.tr("Teach it your handwriting"))
        self._this_is.setText(self.tr("This is a:"))
        for d in range(10):
            self.digit_group.button(d).setToolTip(
                self.tr("Label the drawing as {digit} (Ctrl+{digit})").format(digit=d))
        self.learn_button.setToolTip(self.tr(
            "Add the drawing to your personal digits with the chosen label and let the network "
            "take a few steps on it (Ctrl+L). The label is asked for every drawing."))
        self.undo_learn_button.setToolTip(self.tr(
            "Put the network back as it was before the last Learn and forget that personal "
            "digit (Ctrl+Z right after Learn does the same)"))
        self._show_prediction()
        self._update_learn_button()
        self.set_undo_available(self._undo_digit)
        self.set_personal_count(self._personal)

    def _teach_box(self):
        box = self._teach = QGroupBox()
        grid = QGridLayout(box)
        self._this_is = QLabel()
        grid.addWidget(self._this_is, 0, 0, 1, 5)
        self.digit_group = QButtonGroup(self)
        self.digit_group.setExclusive(True)
        for d in range(10):
            button = QToolButton()
            button.setText(str(d))
            button.setCheckable(True)
            button.setObjectName(f"teachDigit{d}")
            button.setMinimumWidth(28)
            self.digit_group.addButton(button, d)
            grid.addWidget(button, 1 + d // 5, d % 5)
            QShortcut(QKeySequence(f"Ctrl+{d}"), self, activated=lambda d=d: self.choose_digit(d))
        self.digit_group.idToggled.connect(lambda *_: self._update_learn_button())
        self.learn_button = QPushButton()
        self.learn_button.setObjectName("learnButton")
        self.learn_button.setShortcut(QKeySequence("Ctrl+L"))
        self.learn_button.clicked.connect(self._learn_clicked)
        grid.addWidget(self.learn_button, 3, 0, 1, 5)
        self.undo_learn_button = QPushButton()
        self.undo_learn_button.setObjectName("undoLearnButton")
        self.undo_learn_button.setEnabled(False)
        self.undo_learn_button.clicked.connect(self.undoLearnRequested)
        grid.addWidget(self.undo_learn_button, 4, 0, 1, 5)
        self.personal_label = QLabel()
        self.personal_label.setObjectName("personalLabel")
        self.personal_label.setWordWrap(True)
        grid.addWidget(self.personal_label, 5, 0, 1, 5)
        return box

    # -- the label to learn ------------------------------------------------------------
    def choose_digit(self, digit):
        self.digit_group.button(digit).setChecked(True)

    def chosen_digit(self):
        return self.digit_group.checkedId()

    def forget_digit(self):
        """No label chosen: each drawing gets its own, never the previous one's."""
        checked = self.digit_group.checkedButton()
        if checked is not None:
            # An exclusive group refuses to uncheck its last button.
            self.digit_group.setExclusive(False)
            checked.setChecked(False)
            self.digit_group.setExclusive(True)
        self._update_learn_button()

    def _update_learn_button(self):
        digit = self.chosen_digit()
        if not self._has_drawing:
            self.learn_button.setText(self.tr("Learn: draw a digit first"))
        elif digit < 0:
            self.learn_button.setText(QCoreApplication.translate("ReadPanel", PICK_TEXT))
        else:
            self.learn_button.setText(
                self.tr("Learn this drawing as a {digit}").format(digit=digit))
        self.learn_button.setEnabled(self._has_drawing and digit >= 0)

    def _learn_clicked(self):
        digit = self.chosen_digit()
        if digit >= 0 and self._has_drawing:
            self.learnRequested.emit(digit)

    def set_undo_available(self, digit):
        """``digit``: the digit Undo Learn would take back, or None."""
        self._undo_digit = digit
        self.undo_learn_button.setEnabled(digit is not None)
        self.undo_learn_button.setText(self.tr("Undo Learn") if digit is None else
                                       self.tr("Undo Learn ({digit})").format(digit=digit))

    def set_personal_count(self, count):
        self._personal = count
        self.personal_label.setText(
            self.tr("No personal digits yet") if count == 0 else
            self.tr("%n personal digit(s)", "", count))

    # -- the reading -----------------------------------------------------------------
    def show_reading(self, probs, seen_image):
        """Update the label, the bars and the input view (``probs`` None: blank canvas)."""
        self._probs, self._seen = probs, seen_image
        self._show_prediction()
        if self._chart is not None:  # else build_plots shows it
            self._chart.set_probabilities(probs)
            self._input_view.set_image(seen_image)
        if self._has_drawing != (probs is not None):
            self._has_drawing = probs is not None
            self._update_learn_button()

    def _show_prediction(self):
        if self._probs is None:
            self.prediction_label.setText(QCoreApplication.translate("ReadPanel", BLANK_TEXT))
        else:
            digit = int(self._probs.argmax())
            self.prediction_label.setText(f"{digit}  ({self._probs[digit]:.1%})")
