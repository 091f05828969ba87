"""The panel beside the canvas: the answer, the ten probabilities, the network's input, teaching."""
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QGridLayout, QGroupBox, QHBoxLayout,
                               QLabel, QPushButton, QSlider, QToolButton, QVBoxLayout, QWidget)

from .canvas import DEFAULT_PEN
from .views import DigitView, ProbabilityChart

BLANK_TEXT = "Draw a digit"


class ReadPanel(QWidget):
    """Shows what the network reads; offers pen settings and 'this is a N, learn it'."""

    learnRequested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)

        self.prediction_label = QLabel(BLANK_TEXT)
        self.prediction_label.setObjectName("predictionLabel")
        self.prediction_label.setAlignment(Qt.AlignCenter)
        font = QFont(self.prediction_label.font())
        font.setPointSize(max(font.pointSize(), 10) * 2)
        font.setBold(True)
        self.prediction_label.setFont(font)
        self.prediction_label.setToolTip("The digit the network reads, and how sure it is.")
        layout.addWidget(self.prediction_label)

        self.chart = ProbabilityChart()
        layout.addWidget(self.chart, 3)

        seen = QGroupBox("What the network sees")
        seen_layout = QHBoxLayout(seen)
        self.input_view = DigitView(tooltip="Your drawing after MNIST's preprocessing: cropped, "
                                            "fit into 20x20 keeping its shape, centred by mass "
                                            "in 28x28. These 784 pixels are the network's input.")
        self.input_view.setObjectName("inputView")
        seen_layout.addWidget(self.input_view)
        layout.addWidget(seen, 2)

        pen_row = QHBoxLayout()
        pen_row.addWidget(QLabel("Pen"))
        self.pen_slider = QSlider(Qt.Horizontal)
        self.pen_slider.setObjectName("penWidthSlider")
        self.pen_slider.setRange(4, 40)
        self.pen_slider.setValue(DEFAULT_PEN)
        self.pen_slider.setToolTip("Pen width")
        pen_row.addWidget(self.pen_slider, 1)
        self.invert_check = QCheckBox("Dark ink")
        self.invert_check.setObjectName("invertCheck")
        self.invert_check.setToolTip("Show black ink on white paper (display only: the network "
                                     "always gets bright ink on black, as in MNIST).")
        pen_row.addWidget(self.invert_check)
        layout.addLayout(pen_row)

        buttons = QHBoxLayout()
        self.undo_button = QPushButton("Undo")
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setToolTip("Remove the last stroke (Ctrl+Z)")
        self.clear_button = QPushButton("Clear")
        self.clear_button.setObjectName("clearButton")
        self.clear_button.setToolTip("Clear the canvas (Delete or Escape)")
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.clear_button)
        layout.addLayout(buttons)

        layout.addWidget(self._teach_box())

    def _teach_box(self):
        box = QGroupBox("Teach it your handwriting")
        grid = QGridLayout(box)
        grid.addWidget(QLabel("This is a:"), 0, 0, 1, 5)
        self.digit_group = QButtonGroup(self)
        self.digit_group.setExclusive(True)
        for d in range(10):
            button = QToolButton()
            button.setText(str(d))
            button.setCheckable(True)
            button.setObjectName(f"teachDigit{d}")
            button.setToolTip(f"Label the drawing as {d} (Ctrl+{d})")
            button.setMinimumWidth(28)
            self.digit_group.addButton(button, d)
            grid.addWidget(button, 1 + d // 5, d % 5)
            QShortcut(QKeySequence(f"Ctrl+{d}"), self, activated=lambda d=d: self.choose_digit(d))
        self.learn_button = QPushButton("Learn")
        self.learn_button.setObjectName("learnButton")
        self.learn_button.setToolTip("Add the drawing to your personal digits with the chosen "
                                     "label and let the network take a few steps on it (Ctrl+L)")
        self.learn_button.setShortcut(QKeySequence("Ctrl+L"))
        self.learn_button.clicked.connect(self._learn_clicked)
        grid.addWidget(self.learn_button, 3, 0, 1, 5)
        self.personal_label = QLabel("")
        self.personal_label.setObjectName("personalLabel")
        grid.addWidget(self.personal_label, 4, 0, 1, 5)
        return box

    def choose_digit(self, digit):
        self.digit_group.button(digit).setChecked(True)

    def chosen_digit(self):
        return self.digit_group.checkedId()

    def _learn_clicked(self):
        digit = self.chosen_digit()
        if digit >= 0:
            self.learnRequested.emit(digit)

    def show_reading(self, probs, seen_image):
        """Update the label, the bars and the input view (``probs`` None: blank canvas)."""
        if probs is None:
            self.prediction_label.setText(BLANK_TEXT)
        else:
            digit = int(probs.argmax())
            self.prediction_label.setText(f"{digit}  ({probs[digit]:.1%})")
        self.chart.set_probabilities(probs)
        self.input_view.set_image(seen_image)
