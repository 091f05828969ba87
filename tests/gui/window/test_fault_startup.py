"""Start-up survives any damage to the user's settings and personal digits: the window opens,
a damaged file is kept aside under a unique name, and the user is told once."""
import io
import os
import threading
import zipfile

import numpy as np
import pytest
from PySide6.QtWidgets import QMessageBox

import engine
from gui import app as gui_app
from gui import settings
from gui.draw.area import DEFAULT_PEN

HOSTILE_VALUES = """[General]
penWidth=12.5
invert=maybe
geometry=hello
windowState=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x10QList<int>\\0)
lastFolder=/tmp, /home
recentModels=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x10QList<int>\\0)
"""


@pytest.fixture
def start(qtbot, fresh_state):
    """Build the window the way the app does; returns it and the boxes it showed."""
    windows = []

    def build():
        win = gui_app.build_window()
        win.questions.answers = {"save_discard_cancel": "discard", "yes_no": False,
                                 "go_ahead": True}
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        qtbot.wait(50)  # the start-up notice comes from the event loop
        windows.append(win)
        return win, [b for b in win.findChildren(QMessageBox) if b.isVisible()]

    yield build
    for win in windows:
        win.close()


def settings_file():
    path = settings.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def backups(path):
    return sorted(p for p in path.parent.iterdir() if p.name.startswith(path.name + ".damaged"))


def personal_file():
    gui_app.application()  # the data folder is named after the application
    path = settings.data_dir() / gui_app.PERSONAL_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def test_the_settings_path_is_the_one_qt_uses(qapp):
    gui_app.application()
    assert settings.app_settings().fileName() == str(settings.settings_path())


def test_hostile_values_fall_back_and_are_kept_aside_and_told_once(start):
    path = settings_file()
    path.write_text(HOSTILE_VALUES)
    window, boxes = start()
    assert window.isVisible()
    (box,), = [boxes]
    assert "settings" in box.text() and "pen width" in box.text()
    (kept,) = backups(path)
    assert kept.read_text() == HOSTILE_VALUES and str(kept) in box.text()
    assert window.draw_area.pen_slider.value() == DEFAULT_PEN
    assert not window.draw_area.invert_check.isChecked()
    assert settings.last_folder() == os.path.expanduser("~")
    assert settings.recent_models() == [] and not window.recent_menu.isEnabled()
    window.close()
    _, boxes = start()  # told once: the bad values are gone from the file
    assert boxes == [] and len(backups(path)) == 1


def test_every_checked_value_falls_back_when_read_directly(qapp, fresh_state):
    path = settings_file()
    path.write_text("[General]\npenWidth=tall\nlastFolder=a, b\nrecentModels=1, 2, x\n")
    assert settings.read("penWidth") is None
    assert settings.last_folder() == os.path.expanduser("~")
    assert settings.recent_models() == ["1", "2", "x"]  # strings: harmless paths
    settings.remember_folder("/tmp/x.npz")
    assert settings.last_folder() == "/tmp"


@pytest.mark.parametrize("damage", ["garbage", "not ini", "fifo", "dev zero", "huge"])
def test_a_damaged_settings_file_is_moved_aside_each_time_under_a_new_name(start, damage):
    path = settings_file()

    def spoil():
        if damage == "garbage":
            path.write_bytes(np.random.default_rng(0).bytes(3000))
        elif damage == "not ini":
            path.write_text("[General\npenWidth=3\n")
        elif damage == "fifo":
            os.mkfifo(path)
        elif damage == "dev zero":
            os.symlink("/dev/zero", path)
        else:
            with open(path, "wb") as f:
                f.truncate(settings.MAX_FILE_BYTES + 1)
    for round_ in (1, 2):
        spoil()
        ready = threading.Event()
        threading.Timer(10, lambda: ready.is_set() or os._exit(3)).start()  # a hang fails
        window, boxes = start()
        ready.set()
        assert window.isVisible()
        assert [b for b in boxes if "settings were reset" in b.text()]
        assert len(backups(path)) == round_  # never over the earlier copy
        window.close()  # writes fresh settings
        assert path.is_file()
        if damage in ("fifo", "dev zero"):
            path.unlink()


def truncated_personal(path):
    buf = io.BytesIO()
    np.savez_compressed(buf, images=np.zeros((50, 28, 28), np.uint8), labels=np.zeros(50, np.uint8))
    path.write_bytes(buf.getvalue()[:200])


def huge_personal(path):
    """A valid zip whose images member's header declares 10^10 digits."""
    header = b"{'descr': '|u1', 'fortran_order': False, 'shape': (10000000000, 28, 28), }"
    header += b" " * (117 - len(header)) + b"\n"
    member = b"\x93NUMPY\x01\x00" + len(header).to_bytes(2, "little") + header + b"\0" * 64
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("images.npy", member)
        z.writestr("labels.npy", member)


@pytest.mark.parametrize("spoil", [truncated_personal, huge_personal])
def test_damaged_personal_digits_never_stop_the_window(start, spoil):
    path = personal_file()
    spoil(path)
    window, boxes = start()
    assert window.isVisible() and len(window.personal) == 0
    texts = [b.text() for b in boxes]
    assert len(texts) == 1 and "personal digits" in texts[0]
    assert "permission" not in texts[0]
    window.close()
    _, boxes = start()  # the damaged file was dealt with: not told again
    assert boxes == []


def test_a_personal_file_that_cannot_be_opened_is_left_alone_and_said_so(start, monkeypatch):
    path = personal_file()
    path.write_bytes(b"the user's file, unreadable here")

    def refuse(where):
        raise PermissionError(13, "Permission denied", str(where))

    monkeypatch.setattr(engine, "PersonalDigits", lambda where: (
        refuse(where) if str(where) == str(path) else real(where)))
    real = engine.data.personal.PersonalDigits
    window, boxes = start()
    (box,) = boxes
    assert "permission denied" in box.text() and "damaged" not in box.text()
    assert path.read_bytes() == b"the user's file, unreadable here"
    # Teaching still works, into a new file beside it, never over it.
    window.personal.add(np.zeros((28, 28), np.float32), 4)
    assert window.personal.path != path and window.personal.path.exists()
    assert path.read_bytes() == b"the user's file, unreadable here"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_a_damaged_personal_file_in_a_read_only_folder(start):
    path = personal_file()
    truncated_personal(path)
    os.chmod(path.parent, 0o500)
    try:
        window, boxes = start()
        assert window.isVisible() and len(boxes) == 1
    finally:
        os.chmod(path.parent, 0o700)


def test_a_personal_file_the_system_will_not_open_is_a_permission_problem(start, monkeypatch):
    path = personal_file()
    truncated_personal(path)
    before = path.read_bytes()
    real_open = os.open

    def guarded(name, *args, **kwargs):
        if os.fspath(name) == str(path):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(name, *args, **kwargs)

    monkeypatch.setattr(os, "open", guarded)
    window, boxes = start()
    (box,) = boxes
    assert "permission denied" in box.text().lower() and "set aside" not in box.text()
    assert path.read_bytes() == before and backups(path) == []
