"""Model files that lie, hang or exhaust: refused at once, in one line; saves that cannot lose the old file."""
import json
import os
import signal
import subprocess
import sys
import time

import numpy as np
import pytest

import engine
from conftest import ROOT
from fault_files import (finishes, huge_npy, nested_npy, npy_bytes, null_device, release_fifo,
                         write_npz, write_zip_bomb)


def _header(**changes):
    h = {"format": "digit-reader-model", "version": 1, "layers": [784, 4, 10],
         "hidden_activation": "relu", "output_activation": "softmax", "loss": "ce",
         "bias": False, "input_scale": [0.0, 1.0]}
    h.update(changes)
    return np.frombuffer(json.dumps(h).encode(), np.uint8).copy()


def _weights():
    return {"W0": np.zeros((784, 4), np.float32), "W1": np.zeros((4, 10), np.float32)}


def _refused(path, match, seconds=2.0):
    t0 = time.monotonic()
    with pytest.raises(engine.DataFormatError, match=match) as info:
        engine.load_model(path)
    assert time.monotonic() - t0 < seconds
    assert str(path) in str(info.value) and "\n" not in str(info.value)


def test_a_fifo_as_model_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "m.npz"
    os.mkfifo(fifo)
    ended, error = finishes(lambda: engine.load_model(fifo), 3, release_fifo(fifo))
    assert ended, "load_model waited on a FIFO"
    assert isinstance(error, engine.DataFormatError) and "pipe (FIFO)" in str(error)


def test_a_symlink_to_dev_zero_is_refused_without_reading(tmp_path):
    link = tmp_path / "m.npz"
    link.symlink_to("/dev/zero")
    _refused(link, "is a device, not a model file")


def test_a_folder_is_refused(tmp_path):
    _refused(tmp_path, "is a folder")


def test_an_npy_header_declaring_ten_billion_elements_is_refused_before_allocating(tmp_path):
    path = write_npz(tmp_path / "m.npz", {"header": _header(), "W0": huge_npy("W0"),
                                          "W1": np.zeros((4, 10), np.float32)})
    _refused(path, "declares shape \\(10000000000,\\).*more than the file holds")


@pytest.mark.parametrize("member", [
    nested_npy(),
    # Unterminated: numpy's fallback parser (tokenize) raises a TokenError of its own.
    npy_bytes("{'descr': '<f4', 'fortran_order': False, 'shape': (784, 4,"),
], ids=["nested", "unterminated"])
def test_a_broken_npy_header_is_a_data_format_error(tmp_path, member):
    path = write_npz(tmp_path / "m.npz", {"header": _header(), "W0": member,
                                          "W1": np.zeros((4, 10), np.float32)})
    _refused(path, "array 'W0' has an unreadable header")


def test_a_deeply_nested_json_header_is_a_data_format_error(tmp_path):
    nested = np.frombuffer(("[" * 100_000 + "]" * 100_000).encode(), np.uint8).copy()
    path = write_npz(tmp_path / "m.npz", {"header": nested, **_weights()})
    _refused(path, "unreadable model header")


def test_a_structured_dtype_is_refused(tmp_path):
    member = npy_bytes("{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (4,), }",
                       bytes(16))
    path = write_npz(tmp_path / "m.npz", {"header": _header(), "W0": member, "W1": _weights()["W1"]})
    _refused(path, "not plain numbers")


def test_a_zip_bomb_is_refused_before_it_is_inflated(tmp_path):
    path = write_zip_bomb(tmp_path / "m.npz", "W0", (1 << 30) + (16 << 20))
    assert path.stat().st_size < 20 << 20
    _refused(path, "unpacks to .* more than 1 GiB")


def test_a_header_saying_no_biases_while_the_file_has_them_is_refused(tmp_path):
    path = write_npz(tmp_path / "m.npz", {"header": _header(bias=False), **_weights(),
                                          "b0": np.zeros(4, np.float32),
                                          "b1": np.zeros(10, np.float32)})
    _refused(path, "does not account for array 'b0'.*no biases")


def test_saving_nan_weights_is_refused_and_the_old_file_stays(tmp_path):
    path = tmp_path / "m.npz"
    engine.save_model(engine.Network([784, 8, 10], seed=1), path)
    before = path.read_bytes()
    broken = engine.Network([784, 8, 10], seed=2)
    broken.weights[1][3, 2] = np.nan
    with pytest.raises(engine.SaveError, match="W1 holds NaN or infinite"):
        engine.save_model(broken, path)
    broken.weights[1][3, 2] = np.inf
    with pytest.raises(OSError):  # what the window catches around a save
        engine.save_model(broken, path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.npz"]


def test_a_device_or_folder_is_never_replaced_by_a_save(tmp_path):
    device = null_device(tmp_path)
    mode = os.stat(device).st_mode
    with pytest.raises(engine.SaveError, match="is a device"):
        engine.save_model(engine.Network([784, 8, 10]), device)
    assert os.stat(device).st_mode == mode
    (tmp_path / "d").mkdir()
    with pytest.raises(engine.SaveError, match="is a folder"):
        engine.save_model(engine.Network([784, 8, 10]), tmp_path / "d")


def test_a_full_disk_is_found_before_the_old_file_is_touched(tmp_path, monkeypatch):
    import shutil

    path = tmp_path / "m.npz"
    engine.save_model(engine.Network([784, 8, 10], seed=1), path)
    before = path.read_bytes()
    usage = shutil.disk_usage(tmp_path)
    monkeypatch.setattr(shutil, "disk_usage", lambda p: usage._replace(free=1000))
    with pytest.raises(engine.SaveError, match="not enough free space"):
        engine.save_model(engine.Network([784, 8, 10], seed=2), path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.npz"]


SAVER = """
import sys
sys.path.insert(0, {root!r})
import engine
net = engine.Network([784, 256, 10])
engine.save_model(net, sys.argv[1])  # the first save loads what the facade loads lazily
print("ready", flush=True)
while True:
    engine.save_model(net, sys.argv[1])
"""


def test_temp_files_of_killed_saves_are_removed_at_the_next_save(tmp_path):
    path = tmp_path / "model.npz"
    leftovers = set()
    # A kill lands inside the few milliseconds a temp file lives only some of the time: up to
    # twenty kills, until two have left one behind.
    for attempt in range(20):
        if len(leftovers) >= 2:
            break
        delay = (0.2, 0.35, 0.5, 0.65)[attempt % 4]
        proc = subprocess.Popen([sys.executable, "-c", SAVER.format(root=str(ROOT)), str(path)],
                                stdout=subprocess.PIPE)
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        leftovers |= {p.name for p in tmp_path.glob(".model.npz.*.tmp")}
    # A temp file of an old version (no pid in its name), two minutes old.
    old = tmp_path / ".model.npz.abcd1234.tmp"
    old.write_bytes(b"x" * 1000)
    os.utime(old, (time.time() - 120, time.time() - 120))
    assert leftovers, "no save was interrupted: the attack did not happen"
    engine.save_model(engine.Network([784, 8, 10]), path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.npz"]


def test_another_live_process_save_in_progress_is_never_removed(tmp_path):
    path = tmp_path / "model.npz"
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        theirs = tmp_path / f".model.npz.{sleeper.pid}.k2j4h5g6.tmp"
        theirs.write_bytes(b"half a model")
        engine.save_model(engine.Network([784, 8, 10]), path)
        assert theirs.exists()
        assert engine.remove_stale_temp_files(path) == []
    finally:
        sleeper.kill()
        sleeper.wait()
    assert engine.remove_stale_temp_files(path) == [theirs]  # its process is gone now
    assert not theirs.exists() and path.exists()
