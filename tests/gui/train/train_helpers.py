"""What the training-panel tests share: short recipes, a run to its end, a panel alone."""
import pytest
from PySide6.QtWidgets import QSpinBox

import engine
from gui.questions import Questions
from gui.train.panel import TrainPanel

ANSWERS = {"save_discard_cancel": "discard", "yes_no": False, "go_ahead": True}


def quick_recipe(panel, epochs=1, subset=3000, hidden="32"):
    panel.form.choose_preset("default")
    panel.form.hidden.setText(hidden)
    panel.form.hidden.textEdited.emit(hidden)
    panel.findChild(QSpinBox, "epochsSpin").setValue(epochs)
    panel.subset.setValue(subset)


def rashid_recipe(panel, epochs, subset):
    """Rashid's preset: batch size 1, so every digit is a batch."""
    panel.form.choose_preset("rashid")
    panel.form.epochs.setValue(epochs)
    panel.subset.setValue(subset)


def run(panel, qtbot, timeout=60000):
    with qtbot.waitSignal(panel.runner_finished_signal(), timeout=timeout):
        assert panel.start_training()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=5000)


def loss_points(panel):
    """What the loss curve was given (before pyqtgraph's own downsampling for the screen)."""
    x, _ = panel.plots.raw_curve.getOriginalDataset()
    return 0 if x is None else len(x)


def make_panel(qtbot, tmp_path, size=(700, 600)):
    questions = Questions()
    questions.answers = dict(ANSWERS)
    panel = TrainPanel(engine.PersonalDigits(tmp_path / "personal.npz"), questions)
    qtbot.addWidget(panel)
    panel.resize(*size)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


@pytest.fixture
def panel(qtbot, tmp_path):
    """The training panel alone, its questions answered from ANSWERS (no window around it)."""
    panel = make_panel(qtbot, tmp_path)
    yield panel
    panel.shutdown()
