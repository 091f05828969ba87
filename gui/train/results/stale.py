"""What the result tabs say when the model in use changes under them: their results
describe a network no longer in use, so they go, with a line saying why."""
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# Why the results were cleared, by where the new model came from (see TrainPanel.model_replaced).
REPLACED = {"teaching": QT_TRANSLATE_NOOP(
    "StaleResults", "The network has since been taught your digits: press Train for a new run")}
REPLACED_OTHER = QT_TRANSLATE_NOOP(
    "StaleResults", "Another model is in use now: press Train to train a new network here")
NEW_RUN = QT_TRANSLATE_NOOP("StaleResults", "The loss and accuracy of a new run will appear here")


def stale_hints(origin):
    """(why the results went, what the accuracy plot will show) after a model from
    ``origin`` replaced the run's: functions giving the words (see PlotHint)."""
    why = REPLACED.get(origin, REPLACED_OTHER)
    return (lambda: QCoreApplication.translate("StaleResults", why),
            lambda: QCoreApplication.translate("StaleResults", NEW_RUN))
