"""`train --out` never destroys a good model, never writes into a device, never loses a trained one."""
import json
import os
import resource
import signal
import stat
import subprocess
import sys

import numpy as np
import pytest
from PIL import Image

import engine
from conftest import ROOT
from fault_files import null_device, write_npz

QUICK = ("train", "--layers", "784,32,10", "--subset", "1000", "--epochs", "1", "--augment", "none")


def cli(*args, **popen):
    return subprocess.run([sys.executable, "-m", "engine", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, **popen)


def _good_model(path):
    path.write_bytes(engine.resource_path("models/default.npz").read_bytes())
    return path.read_bytes()


def _one_error_line(stderr):
    assert "Traceback" not in stderr, stderr
    errors = [line for line in stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1, stderr
    return errors[0]


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam"])
def test_a_failed_run_leaves_a_good_model_byte_identical(tmp_path, optimizer):
    out = tmp_path / "m.npz"
    before = _good_model(out)
    proc = cli(*QUICK, "--optimizer", optimizer, "--lr", "1e4", "--out", str(out), "--json")
    assert proc.returncode == 1, proc.stderr
    assert out.read_bytes() == before
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["failed"] is True and result["out"] is None
    assert result["problem"] and "\n" not in result["problem"]
    assert "Traceback" not in proc.stderr and "hint: " in proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.npz"]


@pytest.mark.parametrize("target", ["device", "folder", "fifo"])
def test_out_must_be_a_regular_file_path(tmp_path, target):
    if target == "folder":
        out = tmp_path
    elif target == "fifo":
        out = tmp_path / "pipe"
        os.mkfifo(out)
    else:
        out = null_device(tmp_path)
    mode = os.stat(out).st_mode
    proc = cli(*QUICK, "--out", str(out))
    assert proc.returncode == 2
    assert "not a file to save into" in _one_error_line(proc.stderr)
    assert os.stat(out).st_mode == mode  # the device is still a device
    assert "epoch 1" not in proc.stdout  # refused before training, not after
    if target == "device":
        assert stat.S_ISCHR(os.stat(out).st_mode)


def test_a_full_disk_keeps_the_trained_model_in_a_fallback_file(tmp_path, monkeypatch, capsys):
    import shutil

    from engine.cli import main

    out = tmp_path / "m.npz"
    before = _good_model(out)
    real = shutil.disk_usage

    def full_where_out_goes(path):
        usage = real(path)
        return usage._replace(free=0) if os.path.samefile(path, tmp_path) else usage

    monkeypatch.setattr(shutil, "disk_usage", full_where_out_goes)
    code = main([*QUICK, "--out", str(out), "--json"])
    captured = capsys.readouterr()
    assert code == 2
    line = _one_error_line(captured.err)
    assert "not enough free space" in line and "saved to " in line
    result = json.loads(captured.out.strip().splitlines()[-1])
    fallback = result["saved_elsewhere"]
    assert fallback in line and result["out"] is None
    try:
        assert engine.load_model(fallback).sizes == [784, 32, 10]
    finally:
        os.unlink(fallback)
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.npz"]


def _small_file_limit():
    # Every file this process writes stops at 20 KB (EFBIG), like a disk that fills up.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))


def test_a_write_that_fails_half_way_gives_one_line_and_keeps_the_old_file(tmp_path):
    out = tmp_path / "m.npz"
    before = _good_model(out)
    proc = cli(*QUICK, "--out", str(out), preexec_fn=_small_file_limit)
    assert proc.returncode == 2
    line = _one_error_line(proc.stderr)
    assert "could not be written" in line and "could not be saved anywhere" in line
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.npz"]


def _nested_header_model(path):
    nested = np.frombuffer(("[" * 100_000 + "]" * 100_000).encode(), np.uint8).copy()
    return write_npz(path, {"header": nested})


@pytest.mark.parametrize("make", [
    lambda p: os.mkfifo(p),
    lambda p: p.symlink_to("/dev/zero"),
    _nested_header_model,
], ids=["fifo", "dev-zero", "nested-header"])
def test_a_hostile_model_file_exits_2_with_one_line(tmp_path, make):
    path = tmp_path / "m.npz"
    make(path)
    proc = cli("evaluate", "--model", str(path))
    assert proc.returncode == 2
    assert str(path) in _one_error_line(proc.stderr)


def test_predict_refuses_a_long_thin_png_at_once(tmp_path):
    path = tmp_path / "strip.png"
    Image.new("L", (1_000_000, 1), 255).save(path)
    proc = cli("predict", str(path), "--json")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "too long and thin" in json.loads(proc.stdout)["predictions"][0]["error"]
