"""The Recipe tab: the recipe form and the training data side by side, scrolling up and down."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGroupBox, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from ...language import Retranslatable
from .data_box import DataBox
from .form import RecipeForm


class RecipePage(Retranslatable, QScrollArea):
    """Never scrolls sideways, so it is never narrower than its content; a recipe with
    "More settings" open is taller than a 720 px screen allows, so it scrolls down."""

    def __init__(self, personal=None, parent=None):
        super().__init__(parent)
        self.form = RecipeForm()
        self.data = DataBox(personal)
        self.recipe_box = recipe = QGroupBox()
        QVBoxLayout(recipe).addWidget(self.form)
        data_column = QVBoxLayout()
        data_column.addWidget(self.data)
        data_column.addStretch(1)
        content = QWidget()
        row = QHBoxLayout(content)
        row.setContentsMargins(4, 4, 4, 4)
        row.addWidget(recipe, 1, Qt.AlignTop)
        row.addLayout(data_column, 1)
        self.setFrameShape(QFrame.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setWidget(content)
        self.retranslate()

    def retranslate(self):
        self.recipe_box.setTitle(self.tr("Recipe"))

    def minimumSizeHint(self):
        hint = super().minimumSizeHint()
        hint.setWidth(self.widget().minimumSizeHint().width()
                      + self.verticalScrollBar().sizeHint().width())
        return hint
