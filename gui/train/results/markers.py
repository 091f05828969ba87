"""How train and test are told apart on every plot: colour and marker shape both, so
that they differ in grey print and for colour-blind eyes too."""
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

TRAIN_COLOUR = (230, 120, 30)  # orange circles: the clean training digits
TEST_COLOUR = (30, 140, 60)  # green squares: the test digits
TRAIN_SYMBOL = "o"
TEST_SYMBOL = "s"
TRAIN_NAME = QT_TRANSLATE_NOOP("Markers", "train (clean)")
TEST_NAME = QT_TRANSLATE_NOOP("Markers", "test")
FAILED_COLOUR = "#c0392b"


def train_name():
    """The legend's name for the training digits, in the language of the moment."""
    return QCoreApplication.translate("Markers", TRAIN_NAME)


def test_name():
    return QCoreApplication.translate("Markers", TEST_NAME)


def epoch_curves(plot):
    """Train and test per epoch on ``plot``: orange rings and green squares, with thin lines.

    Train and test figures are often within a point of each other: the train
    marker is a larger hollow ring drawn on top, so it stays visible around the
    test square instead of hiding behind it. Unnamed: their legend names them.
    """
    train = plot.plot([], [], pen=pg.mkPen(TRAIN_COLOUR, width=1.5), symbol=TRAIN_SYMBOL,
                      symbolSize=11, symbolBrush=None, symbolPen=pg.mkPen(TRAIN_COLOUR, width=2))
    test = plot.plot([], [], pen=pg.mkPen(TEST_COLOUR, width=1.5), symbol=TEST_SYMBOL,
                     symbolSize=7, symbolBrush=TEST_COLOUR, symbolPen=TEST_COLOUR)
    train.setZValue(test.zValue() + 1)
    return [train, test]
