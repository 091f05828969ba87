"""Training files chosen in the panel's dialog are read in a thread: a big CSV never freezes the
window, and a file that is no file of digits (a FIFO, garbage) gives a message, not a hang."""
import os
import threading
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from helpers import random_digits, write_csv
from train_helpers import panel  # noqa: F401  (a fixture)


def gaps_while(qtbot, until, timeout=60000):
    """The longest wait (s) between ticks of a 10 ms timer until ``until()`` is true."""
    ticks = [time.monotonic()]
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(10)
    qtbot.waitUntil(until, timeout=timeout)
    timer.stop()
    return max(b - a for a, b in zip(ticks, ticks[1:] + [time.monotonic()]))


def test_a_big_csv_is_read_without_freezing_the_panel(panel, qtbot, tmp_path):
    images, labels = random_digits(15000)
    path = write_csv(tmp_path / "many.csv", images, labels)
    t0 = time.monotonic()
    panel.data.adding(str(path))  # what the dialog calls for each chosen CSV
    assert time.monotonic() - t0 < 0.4  # read here, in the GUI thread, it takes ~0.75 s
    assert "Reading many.csv" in panel.files_label.text()
    assert QGuiApplication.overrideCursor() is not None
    longest = gaps_while(qtbot, lambda: bool(panel.user_files))
    # Generous: late in a full test run one garbage collection of the whole heap alone can
    # take ~0.5 s; the return time above is what tells a thread from a read in place.
    assert longest < 1.0, f"the window stood still for {longest:.2f} s"
    assert len(panel.training_data()[1]) == 60000 + 15000
    assert "many.csv (15,000 digits)" in panel.files_label.text()
    assert QGuiApplication.overrideCursor() is None


def test_a_fifo_chosen_as_training_data_gives_a_message(panel, qtbot, tmp_path):
    fifo = tmp_path / "digits.csv"
    os.mkfifo(fifo)
    rescue = threading.Timer(5, lambda: open(fifo, "w").close())  # a hang fails, not hangs
    rescue.start()
    messages = []
    panel.message.connect(lambda title, text: messages.append(text))
    try:
        panel.data.adding(str(fifo))
        qtbot.waitUntil(lambda: bool(messages), timeout=2000)
    finally:
        rescue.cancel()
    assert "FIFO" in messages[0] or "pipe" in messages[0]
    assert panel.user_files == [] and panel.files_label.text() == "No extra files"
