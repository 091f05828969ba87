import os
import pathlib
import struct
import subprocess
import sys

import pytest

import main
from gui import display_check
from conftest import ROOT

QT_ENV = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE")


def env_without_display(**extra):
    env = {k: v for k, v in os.environ.items() if k not in QT_ENV}
    env.update(extra)
    return env


def test_main_without_a_display_exits_2_with_a_message():
    proc = subprocess.run([sys.executable, "main.py"], cwd=ROOT, env=env_without_display(),
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert "no display" in proc.stderr and "xvfb-run" in proc.stderr


@pytest.mark.parametrize("env, xcb", [
    ({"DISPLAY": ":0"}, True),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, True),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb:nograb"}, True),
    ({"QT_QPA_PLATFORM": "xcb;wayland"}, True),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, False),
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, False),  # Qt tries wayland first
    ({"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"}, False),
    ({}, False),
])
def test_platform_is_xcb_follows_qts_choice(monkeypatch, env, xcb):
    for key in QT_ENV:
        monkeypatch.delenv(key, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert display_check.platform_is_xcb() is xcb


def test_smoke_test_opens_the_window_and_exits_0():
    proc = subprocess.run([sys.executable, "main.py", "--smoke-test"], cwd=ROOT,
                          env=env_without_display(QT_QPA_PLATFORM="offscreen"),
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "smoke test passed" in proc.stdout


@pytest.fixture
def smoke(monkeypatch, qapp, fresh_state):
    """gui.smoke_test in this process, with sys.excepthook put back afterwards."""
    from gui.smoke_test import smoke_test

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    return lambda: smoke_test(["main.py"], seconds=0.2)


def test_smoke_test_fails_when_the_window_cannot_be_built(monkeypatch, smoke, capsys):
    import gui.app

    def broken():
        raise RuntimeError("no model")
    monkeypatch.setattr(gui.app, "build_window", broken)
    assert smoke() == 1
    err = capsys.readouterr().err
    assert "smoke test failed: RuntimeError: no model" in err


@pytest.mark.qt_no_exception_capture
def test_smoke_test_fails_on_an_error_raised_inside_the_event_loop(monkeypatch, smoke, capsys):
    import gui.app
    from PySide6.QtCore import QTimer

    build = gui.app.build_window

    def build_with_a_failing_slot():
        window = build()
        QTimer.singleShot(0, lambda: 1 / 0)
        return window
    monkeypatch.setattr(gui.app, "build_window", build_with_a_failing_slot)
    assert smoke() == 1
    assert "smoke test failed: ZeroDivisionError" in capsys.readouterr().err


def test_smoke_test_fails_when_a_dialog_is_left_open(monkeypatch, smoke, capsys):
    import gui.app
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    build = gui.app.build_window

    def build_with_an_error_box():
        window = build()
        QTimer.singleShot(0, lambda: QMessageBox.warning(window, "Oops", "model unreadable"))
        return window
    monkeypatch.setattr(gui.app, "build_window", build_with_an_error_box)
    assert smoke() == 1
    assert "a dialog was open: Oops model unreadable" in capsys.readouterr().err


def test_lang_takes_en_or_ko_only(capsys):
    from gui import language

    assert main.LANGUAGES == tuple(language.LANGUAGES)
    assert main.parse_args(["main.py", "--lang", "ko"])[0].lang == "ko"
    assert main.parse_args(["main.py"])[0].lang is None
    with pytest.raises(SystemExit) as exit_:
        main.parse_args(["main.py", "--lang", "fr"])
    assert exit_.value.code == 2 and "invalid choice: 'fr'" in capsys.readouterr().err


def test_smoke_test_with_lang_ko_runs_the_korean_window(monkeypatch, smoke, capsys):
    import gui.app
    from gui import language

    build, titles = gui.app.build_window, []

    def build_and_note(**kwargs):
        window = build(**kwargs)
        titles.append(window.windowTitle())
        return window
    monkeypatch.setattr(gui.app, "build_window", build_and_note)
    try:
        assert main.main(["main.py", "--smoke-test", "--lang", "ko"]) == 0, capsys.readouterr()
    finally:
        language.set_language("en")
    assert titles == ["기본 모델 - 숫자 읽기"]


def test_run_with_a_language_uses_it_and_remembers_it(monkeypatch, qapp, fresh_state):
    import gui.app
    from PySide6.QtCore import QTimer
    from gui import language, settings

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    build, titles = gui.app.build_window, []

    def build_and_quit(**kwargs):
        window = build(**kwargs)
        window.questions.answers = {"save_discard_cancel": "discard"}
        titles.append(window.windowTitle())
        QTimer.singleShot(100, qapp.quit)
        return window
    monkeypatch.setattr(gui.app, "build_window", build_and_quit)
    try:
        assert gui.app.run(["main.py"], language="ko") == 0
    finally:
        language.set_language("en")
    assert titles == ["기본 모델 - 숫자 읽기"] and settings.language() == "ko"


def fake_loader(absent):
    def load(soname):
        if soname in absent:
            raise OSError(f"{soname}: cannot open shared object file: No such file or directory")
        return object()
    return load


def test_missing_libraries_names_what_the_loader_cannot_open():
    absent = {"libxcb-icccm.so.4", "libxcb-cursor.so.0"}
    assert set(display_check.missing_libraries(fake_loader(absent))) == absent
    assert display_check.missing_libraries(fake_loader(set())) == []


def test_message_names_the_debian_packages_once_each():
    text = display_check.missing_libraries_message(
        ["libxcb-icccm.so.4", "libglib-2.0.so.0", "libgthread-2.0.so.0"])
    assert "libxcb-icccm.so.4" in text
    assert "sudo apt-get install -y libxcb-icccm4 libglib2.0-0\n" in text


def test_main_on_xcb_with_a_missing_library_exits_2_naming_the_package(monkeypatch, capsys):
    for key in QT_ENV:
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(display_check.ctypes, "CDLL", fake_loader({"libxcb-keysyms.so.1"}))
    assert main.main(["main.py"]) == 2
    err = capsys.readouterr().err
    assert "libxcb-keysyms.so.1" in err and "apt-get install -y libxcb-keysyms1" in err


def test_missing_library_is_found_before_qt_is_imported():
    # A fresh interpreter, so "Qt not imported" means something; the loader is the stand-in.
    code = ("import ctypes, sys, main\n"
            "def load(name):\n"
            "    if name == 'libxcb-icccm.so.4': raise OSError(name)\n"
            "ctypes.CDLL = load\n"
            "code = main.main(['main.py'])\n"
            "print(code, any(m.startswith('PySide6') for m in sys.modules))\n")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT,
                          env=env_without_display(DISPLAY=":0"),
                          capture_output=True, text=True, timeout=60)
    assert proc.stdout.split() == ["2", "False"], proc.stderr
    assert "sudo apt-get install -y libxcb-icccm4" in proc.stderr


def elf_needed(path):
    """The DT_NEEDED sonames of a 64-bit little-endian ELF file (what `readelf -d` lists),
    read here because binutils may not be installed."""
    data = pathlib.Path(path).read_bytes()
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize)
                for i in range(shnum)]
    dynamic = next(s for s in sections if s[1] == 6)  # SHT_DYNAMIC
    strings = sections[dynamic[6]][4]  # its sh_link: the string table's offset
    names = []
    for offset in range(dynamic[4], dynamic[4] + dynamic[5], 16):
        tag, value = struct.unpack_from("<qQ", data, offset)
        if tag == 0:  # DT_NULL ends the table
            break
        if tag == 1:  # DT_NEEDED
            start = strings + value
            names.append(data[start:data.index(b"\0", start)].decode())
    return names


RUNTIME = ("ld-linux", "libc.so", "libm.so", "libdl.so", "libpthread.so", "libstdc++.so",
           "libgcc_s.so")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux wheels only")
def test_library_table_matches_what_the_installed_qt_needs():
    import PySide6

    package = pathlib.Path(PySide6.__file__).parent
    bundled = {p.name: p for folder in (package, package.parent / "shiboken6")
               for p in folder.glob("**/*.so*")}
    todo = [package / "Qt" / "plugins" / "platforms" / "libqxcb.so"]
    todo += [next(package.glob(f"{module}.*.so")) for module in ("QtCore", "QtGui", "QtWidgets")]
    seen, system = set(), set()
    while todo:
        for soname in elf_needed(todo.pop()):
            if soname in bundled:
                if soname not in seen:
                    seen.add(soname)
                    todo.append(bundled[soname])
            elif not soname.startswith(RUNTIME):
                system.add(soname)
    assert "libQt6XcbQpa.so.6" in seen  # the walk really went through the xcb plugin
    assert system == set(display_check.XCB_LIBRARIES)


def test_readme_quick_start_installs_every_package_the_check_can_ask_for():
    quick_start = (ROOT / "README.md").read_text().split("## Quick start")[1].split("\n## ")[0]
    always_there = {"zlib1g", "libzstd1"}  # apt itself depends on them
    for package in set(display_check.XCB_LIBRARIES.values()) - always_there:
        assert f" {package} " in quick_start.replace("\\\n", " ").replace("\n", " "), package
