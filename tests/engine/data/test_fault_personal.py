"""Personal digits are never lost: not to a second process, a damaged file, a permission, a cap."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

import numpy as np
import pytest

import engine
from conftest import ROOT
from engine.data.personal import MAX_DIGITS
from fault_files import huge_npy, write_npz, write_zip_bomb


def _digit(seed):
    return np.random.default_rng(seed).integers(0, 256, (28, 28), dtype=np.uint8)


def _keys(digits):
    return sorted(bytes(i) + bytes([int(l)]) for i, l in zip(digits.images, digits.labels))


def test_two_objects_on_one_file_lose_nothing(tmp_path):
    path = tmp_path / "personal.npz"
    a, b = engine.PersonalDigits(path), engine.PersonalDigits(path)
    a.add(_digit(1), 1)
    a.add(_digit(2), 2)
    a.add(_digit(3), 3)
    b.add(_digit(4), 4)  # b never saw a's three: they must survive its save
    b.add(_digit(5), 5)
    assert len(engine.PersonalDigits(path)) == 5 and len(b) == 5
    a.remove(0)  # a's digit 1 goes; b's digits stay
    on_disk = engine.PersonalDigits(path)
    assert sorted(on_disk.labels.tolist()) == [2, 3, 4, 5] and len(a) == 4
    b.clear()  # clears what b has seen, which is everything
    assert len(engine.PersonalDigits(path)) == 0


def test_a_save_that_failed_loses_neither_our_digit_nor_the_other_process_digits(tmp_path,
                                                                                monkeypatch):
    from engine.data import personal

    path = tmp_path / "personal.npz"
    a, b = engine.PersonalDigits(path), engine.PersonalDigits(path)
    b.add(_digit(1), 1)
    real_write = personal.atomic_write

    def disk_full(target, data):
        raise engine.SaveError(target, "not enough free space on the disk")

    monkeypatch.setattr(personal, "atomic_write", disk_full)
    with pytest.raises(engine.SaveError):
        a.add(_digit(2), 2)  # a has read b's digit, but could not write the merge
    assert len(a) == 1  # its own digit kept in memory, waiting
    monkeypatch.setattr(personal, "atomic_write", real_write)
    a.add(_digit(3), 3)
    assert sorted(engine.PersonalDigits(path).labels.tolist()) == [1, 2, 3]


ADDER = """
import sys, time, numpy as np
sys.path.insert(0, {root!r})
import engine
path, go, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
digits = engine.PersonalDigits(path)
import os
while not os.path.exists(go):
    time.sleep(0.001)
rng = np.random.default_rng(seed)
for i in range(25):
    digits.add(rng.integers(0, 256, (28, 28), dtype=np.uint8), i % 10)
print(len(digits))
"""


def test_two_processes_adding_at_once_lose_no_digit(tmp_path):
    path = tmp_path / "personal.npz"
    go = tmp_path / "go"
    engine.PersonalDigits(path).add(_digit(0), 0)
    procs = [subprocess.Popen([sys.executable, "-c", ADDER.format(root=str(ROOT)), str(path),
                               str(go), str(seed)], stdout=subprocess.PIPE, text=True)
             for seed in (11, 12)]
    go.write_text("go")
    for proc in procs:
        out, _ = proc.communicate(timeout=120)
        assert proc.returncode == 0
    digits = engine.PersonalDigits(path)
    assert digits.problem is None
    assert len(digits) == 1 + 25 + 25
    assert len(set(_keys(digits))) == 51


def test_a_second_damaged_file_never_overwrites_the_first_backup(tmp_path):
    path = tmp_path / "personal.npz"
    path.write_bytes(b"first garbage")
    first = engine.PersonalDigits(path)
    assert first.set_aside.name == "personal.npz.damaged" and "personal.npz" in first.problem
    path.write_bytes(b"second garbage")
    second = engine.PersonalDigits(path)
    assert second.set_aside.name == "personal.npz.damaged-2"
    assert (tmp_path / "personal.npz.damaged").read_bytes() == b"first garbage"
    assert (tmp_path / "personal.npz.damaged-2").read_bytes() == b"second garbage"
    assert "damaged-2" in second.problem and "\n" not in second.problem


def _truncated(path):
    digits = engine.PersonalDigits(path)
    for seed in range(3):
        digits.add(_digit(seed), seed)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


@pytest.mark.parametrize("damage", [
    _truncated,
    lambda p: write_npz(p, {"images": huge_npy(), "labels": np.zeros(3, np.uint8)}),
    lambda p: write_zip_bomb(p, "images", 200 << 20),
    lambda p: write_npz(p, {"images": np.zeros((3, 28, 28), np.uint8),
                            "labels": np.array([1, 2, 11], np.uint8)}),
], ids=["truncated", "huge-array", "zip-bomb", "bad-label"])
def test_a_damaged_file_is_set_aside_with_one_line_never_an_exception(tmp_path, damage):
    path = tmp_path / "personal.npz"
    damage(path)
    damaged = path.read_bytes()
    digits = engine.PersonalDigits(path)
    assert len(digits) == 0 and digits.problem and "\n" not in digits.problem
    assert not digits.access_problem
    assert digits.set_aside.read_bytes() == damaged
    digits.add(_digit(9), 9)  # a fresh start works
    assert len(engine.PersonalDigits(path)) == 1


def test_the_cap_on_adding_and_the_loader_limit_agree(tmp_path):
    path = tmp_path / "personal.npz"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:  # MAX_DIGITS blank digits
        for name, array in (("images", np.zeros((MAX_DIGITS, 28, 28), np.uint8)),
                            ("labels", np.zeros(MAX_DIGITS, np.uint8))):
            with archive.open(f"{name}.npy", "w", force_zip64=True) as f:
                np.lib.format.write_array(f, array)
    before = path.read_bytes()
    full = engine.PersonalDigits(path)
    assert full.problem is None and len(full) == MAX_DIGITS  # the loader takes a full collection
    with pytest.raises(ValueError, match="full: 100,000 is the most"):
        full.add(_digit(1), 1)
    assert len(full) == MAX_DIGITS and path.read_bytes() == before
    full.remove(0)
    other = engine.PersonalDigits(path)
    full.add(_digit(1), 1)  # back at the cap
    with pytest.raises(ValueError, match="full"):
        other.add(_digit(2), 2)  # merged with full's digit it would pass the cap
    reread = engine.PersonalDigits(path)
    assert reread.problem is None and len(reread) == MAX_DIGITS


PERMISSION_PROBE = """
import json, sys
sys.path.insert(0, {root!r})
import numpy as np
import engine
digits = engine.PersonalDigits(sys.argv[1])
out = {{"problem": digits.problem, "access": digits.access_problem, "count": len(digits)}}
try:
    digits.add(np.zeros((28, 28), np.uint8), 1)
    out["add"] = "saved"
except engine.FileAccessError as exc:
    out["add"] = "FileAccessError: " + str(exc)
print(json.dumps(out))
"""


def _as_another_user(path):
    """Run the probe as a user without the rights root has (root reads every file)."""
    cmd = [sys.executable, "-c", PERMISSION_PROBE.format(root=str(ROOT)), str(path)]
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv: permissions cannot be tested")
        cmd = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *cmd]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.fixture
def shared_folder():
    folder = tempfile.mkdtemp(prefix="personal-perm-")
    os.chmod(folder, 0o777)
    yield folder
    os.chmod(folder, 0o755)
    shutil.rmtree(folder, ignore_errors=True)


def test_an_unreadable_healthy_file_is_reported_as_such_and_never_set_aside(shared_folder):
    path = os.path.join(shared_folder, "personal.npz")
    engine.PersonalDigits(path).add(_digit(1), 1)
    os.chmod(path, 0o000)
    before = open(path, "rb").read()
    result = _as_another_user(path)
    assert result["access"] is True and "permission denied" in result["problem"]
    assert result["add"].startswith("FileAccessError") and result["count"] == 0
    assert sorted(os.listdir(shared_folder)) == [".personal.npz.lock", "personal.npz"]
    assert open(path, "rb").read() == before


def test_a_damaged_file_in_a_read_only_folder_stays_and_is_not_saved_over(shared_folder):
    path = os.path.join(shared_folder, "personal.npz")
    with open(path, "wb") as f:
        f.write(b"garbage")
    os.chmod(path, 0o644)
    os.chmod(shared_folder, 0o755)  # not writable by the other user
    result = _as_another_user(path)
    assert result["access"] is True and "could not be set aside" in result["problem"]
    assert result["add"].startswith("FileAccessError")
    assert open(path, "rb").read() == b"garbage" and os.listdir(shared_folder) == ["personal.npz"]
