"""Model files from the window: no file can hang or freeze it, and a save that fails never loses
the model (the user is told and offered another place); broken weights are never written."""
import errno
import os
import threading
import time

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

import engine
from gui.draw.robot import draw_digit
from gui.window import model_files


def boxes(window):
    return [b.text() for b in window.findChildren(QMessageBox) if b.isVisible()]


def open_quickly(window, path, seconds=2.0):
    """open_model(path) returns, or fails the test, within ``seconds``."""
    t0 = time.monotonic()
    result = window.files.open_model(path)
    assert time.monotonic() - t0 < seconds
    return result


def test_a_fifo_chosen_as_a_model_gives_a_message_not_a_hang(window, tmp_path):
    fifo = tmp_path / "model.npz"
    os.mkfifo(fifo)
    # Should the open block on the FIFO, a writer comes after 5 s: the test then fails, not hangs.
    rescue = threading.Timer(5, lambda: open(fifo, "wb").close())
    rescue.start()
    before = window.session.net
    try:
        assert open_quickly(window, fifo) is False
    finally:
        rescue.cancel()
    assert window.session.net is before
    (text,) = boxes(window)
    assert "FIFO" in text or "pipe" in text
    assert "current model is kept" in text


def test_a_link_to_dev_zero_gives_a_message_not_a_hang(window, tmp_path):
    link = tmp_path / "zero.npz"
    link.symlink_to("/dev/zero")
    before = window.session.net
    assert open_quickly(window, link) is False
    assert window.session.net is before
    assert [t for t in boxes(window) if "device" in t]


def big_model(tmp_path):
    net = engine.Network([784, 4096, 1024, 10], seed=0)
    path = tmp_path / "big.npz"
    engine.save_model(net, path)
    assert path.stat().st_size > model_files.READ_HERE_BYTES
    return path


def test_a_big_model_is_read_in_the_background(window, qtbot, tmp_path):
    path = big_model(tmp_path)
    with qtbot.waitSignal(window.files.opened, timeout=30000) as opened:
        assert open_quickly(window, path, 0.5) is None  # still reading: the window is free
        assert QApplication.overrideCursor() is not None  # and says it is busy
        assert "Opening big.npz" in window.statusBar().currentMessage()
    assert opened.args == [True] and QApplication.overrideCursor() is None
    assert window.session.path == path and window.session.net.sizes == [784, 4096, 1024, 10]


def test_a_big_file_that_is_no_model_leaves_the_model_after_a_background_read(
        window, qtbot, tmp_path):
    path = tmp_path / "noise.npz"
    path.write_bytes(np.random.default_rng(0).bytes(model_files.READ_HERE_BYTES + 1000))
    before = window.session.net
    with qtbot.waitSignal(window.files.opened, timeout=30000) as opened:
        assert open_quickly(window, path, 0.5) is None
    assert opened.args == [False] and window.session.net is before
    assert [t for t in boxes(window) if "current model is kept" in t]


# -- saves ---------------------------------------------------------------------------------

def unsaved_model(window):
    images, labels = engine.load_mnist("test")
    draw_digit(window.canvas, images[0])
    window.teacher.learn(int(labels[0]))
    assert window.session.dirty
    return window.session.net


def nowhere(tmp_path):
    """A path whose folder cannot be made (a file is in its way)."""
    (tmp_path / "a-file").write_text("in the way")
    return tmp_path / "a-file" / "model.npz"


def test_a_failed_save_keeps_the_model_and_offers_another_place(window, tmp_path, monkeypatch):
    net = unsaved_model(window)
    elsewhere = tmp_path / "elsewhere.npz"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(elsewhere), ""))
    window.questions.answers["yes_no"] = True
    assert window.files.save_model(nowhere(tmp_path))
    kind, title, text = window.questions.asked[-1]
    assert kind == "yes_no" and "somewhere else" in text and "a-file" in text
    assert window.session.net is net and window.session.path == elsewhere
    assert not window.session.dirty
    assert engine.load_model(elsewhere).sizes == net.sizes


def test_a_failed_save_declined_keeps_the_model_unsaved_in_memory(window, tmp_path):
    net = unsaved_model(window)
    window.questions.answers["yes_no"] = False
    assert not window.files.save_model(nowhere(tmp_path))
    assert window.session.net is net and window.session.dirty


@pytest.mark.parametrize("full", ["no room before writing", "no room while writing"])
def test_a_full_disk_keeps_the_model_and_the_old_file(window, tmp_path, monkeypatch, full):
    net = unsaved_model(window)
    path = tmp_path / "mine.npz"
    path.write_bytes(b"the old file")
    if full == "no room before writing":
        usage = type("Usage", (), {"total": 10 ** 9, "used": 10 ** 9, "free": 0})
        monkeypatch.setattr("shutil.disk_usage", lambda where: usage)
    else:
        def fsync(fd):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        monkeypatch.setattr(os, "fsync", fsync)
    window.questions.answers["yes_no"] = False
    assert not window.files.save_model(path)
    assert path.read_bytes() == b"the old file"
    assert window.session.net is net and window.session.dirty
    (_, _, text), = [q for q in window.questions.asked if q[0] == "yes_no"]
    assert "space" in text
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_quitting_with_a_save_that_fails_keeps_the_window_open(window, tmp_path, monkeypatch):
    unsaved_model(window)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(nowhere(tmp_path)), ""))
    window.questions.answers.update(save_discard_cancel="save", yes_no=False)
    assert not window.close()
    assert window.isVisible() and window.session.dirty
    window.questions.answers["save_discard_cancel"] = "discard"


def test_broken_weights_are_never_written(window, tmp_path):
    net = window.session.net.copy()
    net.weights[0][3, 3] = np.nan
    window.session.set_model(net, None, dirty=True, origin="training")
    path = tmp_path / "broken.npz"
    assert not window.files.save_model(path)
    assert not path.exists()
    assert [t for t in boxes(window) if "NaN" in t and "Nothing was written" in t]
    assert not [q for q in window.questions.asked if q[0] == "yes_no"]  # elsewhere won't help
    assert window.session.net is net and window.session.dirty


@pytest.mark.filterwarnings("ignore::RuntimeWarning")  # the huge network reads the canvas
def test_teaching_a_network_with_huge_weights_leaves_it_as_it_was(window):
    net = window.session.net.copy()
    for w in net.weights:
        w *= 1e18
    window.session.set_model(net, None, dirty=False, origin="file")
    before = [w.copy() for w in net.weights]
    images, labels = engine.load_mnist("test")
    draw_digit(window.canvas, images[0])
    assert window.teacher.learn(int(labels[0])) is None
    assert window.session.net is net and not window.session.dirty
    for w, b in zip(net.weights, before):
        np.testing.assert_array_equal(w, b)
    assert [t for t in boxes(window) if "teach" in t.lower() and "unchanged" in t]
