"""Fuzz and fault suites: bad files, killed saves, hammered buttons, long sessions."""
import io
import json
import os
import random
import signal
import subprocess
import sys
import time

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

import engine
from conftest import ROOT
from engine.preprocess import preprocess_canvas

FUZZ = settings(max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.function_scoped_fixture])


def only_data_format_errors(loader, path):
    t0 = time.monotonic()
    try:
        loader(path)
    except engine.DataFormatError:
        pass
    assert time.monotonic() - t0 < 2.0


@FUZZ
@given(st.binary(max_size=4096))
def test_fuzz_load_idx_random_bytes(tmp_path, data):
    path = tmp_path / "f.idx"
    path.write_bytes(data)
    only_data_format_errors(engine.load_idx, path)


@FUZZ
@given(st.sampled_from([8, 9, 11, 12, 13, 14, 0, 7]), st.lists(st.integers(0, 2 ** 32 - 1), max_size=4),
       st.binary(max_size=512), st.booleans())
def test_fuzz_load_idx_plausible_headers(tmp_path, type_byte, dims, payload, gz):
    import gzip
    import struct

    data = bytes([0, 0, type_byte, len(dims)]) + b"".join(struct.pack(">I", d) for d in dims) + payload
    path = tmp_path / "f.idx"
    path.write_bytes(gzip.compress(data) if gz else data)
    only_data_format_errors(engine.load_idx, path)


@FUZZ
@given(st.text(alphabet="0123456789,-\n .ab", max_size=3000))
def test_fuzz_load_csv(tmp_path, text):
    path = tmp_path / "f.csv"
    path.write_text(text)
    only_data_format_errors(engine.load_csv, path)


@FUZZ
@given(st.binary(max_size=4096))
def test_fuzz_load_model_random_bytes(tmp_path, data):
    path = tmp_path / "m.npz"
    path.write_bytes(data)
    only_data_format_errors(engine.load_model, path)


@FUZZ
@given(st.dictionaries(st.sampled_from(["header", "W0", "W1", "b0", "b1", "x"]),
                       arrays(st.sampled_from([np.float32, np.float64, np.uint8, np.int64, np.bool_]),
                              st.sampled_from([(784, 4), (4, 10), (4,), (10,), (3,), (0,), (2, 2)])),
                       max_size=6),
       st.sampled_from([None, {}, {"format": "digit-reader-model", "version": 1},
                        {"format": "digit-reader-model", "version": 1, "layers": [784, 4, 10],
                         "hidden_activation": "relu", "output_activation": "softmax", "loss": "ce",
                         "bias": True, "input_scale": [0, 1]}]))
def test_fuzz_load_model_structured(tmp_path, arrays_, header):
    if header is not None:
        arrays_ = dict(arrays_, header=np.frombuffer(json.dumps(header).encode(), np.uint8))
    buf = io.BytesIO()
    np.savez(buf, **arrays_)
    path = tmp_path / "m.npz"
    path.write_bytes(buf.getvalue())
    only_data_format_errors(engine.load_model, path)


@settings(max_examples=300, deadline=2000)
@given(arrays(st.sampled_from([np.float64, np.float32, np.float16, np.uint8, np.int32, np.bool_]),
              st.one_of(st.tuples(st.integers(0, 40), st.integers(0, 40)),
                        st.tuples(st.integers(1, 20), st.integers(1, 20), st.sampled_from([1, 3, 4, 5])),
                        st.tuples(st.integers(0, 5)))))
def test_fuzz_preprocess_any_array(image):
    try:
        out = preprocess_canvas(image)
    except ValueError:
        return  # the documented error for arrays that are not images
    assert out is None or (out.shape == (28, 28) and np.isfinite(out).all())


@pytest.mark.parametrize("value", [np.nan, np.inf, -np.inf, 1e308, -1e308])
def test_preprocess_special_values(value):
    image = np.zeros((50, 50))
    image[10:40, 20:25] = value
    out = preprocess_canvas(image)
    assert out is None or np.isfinite(out).all()


def test_a_huge_canvas_is_fine():
    image = np.zeros((3000, 3000), np.uint8)
    image[500:2500, 1400:1600] = 255
    assert preprocess_canvas(image).shape == (28, 28)


def test_a_gzip_bomb_is_refused(tmp_path):
    import gzip

    path = tmp_path / "bomb.idx.gz"
    header = bytes([0, 0, 8, 1]) + (2 ** 31).to_bytes(4, "big")
    with gzip.open(path, "wb", compresslevel=9) as f:
        f.write(header)
        chunk = bytes(1 << 24)
        for _ in range(70):  # 1.1 GiB of zeros, about a megabyte on disk
            f.write(chunk)
    t0 = time.monotonic()
    with pytest.raises(engine.DataFormatError, match="1 GiB"):
        engine.load_idx(path)
    assert time.monotonic() - t0 < 2
    # A claim of 8 bytes followed by a flood stops right after the claim.
    with gzip.open(path, "wb") as f:
        f.write(bytes([0, 0, 8, 1]) + (8).to_bytes(4, "big") + bytes(50_000_000))
    with pytest.raises(engine.DataFormatError, match="more data than its header"):
        engine.load_idx(path)


SAVER = """
import sys
sys.path.insert(0, {root!r})
from engine.network import Network
net = Network([784, 256, 10])
print("ready", flush=True)
i = 0
while True:
    net.weights[0][0, 0] = i
    net.save(sys.argv[1])
    i += 1
"""


def test_kill_9_during_saves_always_leaves_a_loadable_model(tmp_path):
    path = tmp_path / "model.npz"
    rng = random.Random(0)
    for _ in range(8):
        proc = subprocess.Popen([sys.executable, "-c", SAVER.format(root=str(ROOT)), str(path)],
                                stdout=subprocess.PIPE)
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.05, 0.4))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        net = engine.load_model(path)  # the old file or the new one, never a torn one
        assert net.layers == [784, 256, 10]


def test_kill_9_during_personal_digit_saves(tmp_path):
    path = tmp_path / "personal.npz"
    code = f"""
import sys, numpy as np
sys.path.insert(0, {str(ROOT)!r})
from engine.personal import PersonalDigits
p = PersonalDigits(sys.argv[1])
print("ready", flush=True)
while True:
    p.add(np.random.rand(28, 28), 3)
"""
    for _ in range(5):
        proc = subprocess.Popen([sys.executable, "-c", code, str(path)], stdout=subprocess.PIPE)
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(random.uniform(0.05, 0.3))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        digits = engine.PersonalDigits(path)
        assert digits.problem is None and len(digits) == len(digits.labels)


def test_a_damaged_personal_file_is_set_aside(tmp_path):
    path = tmp_path / "personal.npz"
    path.write_bytes(b"garbage")
    digits = engine.PersonalDigits(path)
    assert len(digits) == 0 and "personal.npz" in digits.problem
    assert (tmp_path / "personal.npz.damaged").exists()


def test_full_mnist_training_stays_under_1_gb(tmp_path):
    code = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
import engine
from engine.training import preset
config = preset("default", epochs=1)
net = config.make_network()
for _ in engine.train(net, config, engine.load_mnist("train"), engine.load_mnist("test")):
    pass
# VmHWM, not ru_maxrss: Linux carries the parent's ru_maxrss over fork and exec.
print(next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM")))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    peak_mb = int(out.stdout.split()[-1]) / 1024
    assert peak_mb < 1024, f"peak RSS {peak_mb:.0f} MB"


def test_no_pickle_anywhere_in_model_loading(tmp_path):
    # A pickled object array inside an .npz must be refused, never unpickled.
    path = tmp_path / "evil.npz"
    buf = io.BytesIO()
    np.savez(buf, header=np.array([{"x": 1}], dtype=object))
    path.write_bytes(buf.getvalue())
    with pytest.raises(engine.DataFormatError):
        engine.load_model(path)
