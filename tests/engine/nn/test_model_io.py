import io
import json
import zipfile

import numpy as np
import pytest

import engine
from engine import Network


def test_save_load_round_trip(tmp_path):
    net = Network([784, 16, 10], "sigmoid", "sigmoid", init="rashid", bias=False,
                  input_scale=(0.01, 1.0))
    net.meta["test_accuracy"] = 0.5
    path = tmp_path / "m.npz"
    engine.save_model(net, path)
    back = engine.load_model(path)
    assert back.sizes == [784, 16, 10]
    assert back.biases is None and back.input_scale == (0.01, 1.0)
    assert back.hidden_activation == "sigmoid" and back.loss.name == "sse"
    assert back.meta["test_accuracy"] == 0.5
    x = np.random.default_rng(0).random((4, 784), dtype=np.float32)
    np.testing.assert_allclose(back.predict_proba(x), net.predict_proba(x))


def test_save_leaves_no_temp_files_and_replaces_atomically(tmp_path):
    path = tmp_path / "m.npz"
    engine.save_model(Network([784, 4, 10], seed=1), path)
    engine.save_model(Network([784, 4, 10], seed=2), path)
    assert [p.name for p in tmp_path.iterdir()] == ["m.npz"]
    np.testing.assert_allclose(engine.load_model(path).weights[0], Network([784, 4, 10], seed=2).weights[0])


def _npz(path, **arrays):
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    path.write_bytes(buf.getvalue())
    return path


def _header(**changes):
    h = {"format": "digit-reader-model", "version": 1, "layers": [784, 4, 10],
         "hidden_activation": "relu", "output_activation": "softmax", "loss": "ce",
         "bias": False, "input_scale": [0.0, 1.0]}
    h.update(changes)
    return np.frombuffer(json.dumps(h).encode(), np.uint8)


def _weights():
    return {"W0": np.zeros((784, 4), np.float32), "W1": np.zeros((4, 10), np.float32)}


@pytest.mark.parametrize("make, problem", [
    (lambda p: p.write_bytes(b"not a zip"), "not a model file"),
    (lambda p: _npz(p, **_weights()), "no model header"),
    (lambda p: _npz(p, header=_header(version=99), **_weights()), "version"),
    (lambda p: _npz(p, header=_header(layers=[784, 4, 9]), **_weights()), "784 pixels to 10"),
    (lambda p: _npz(p, header=_header(hidden_activation="evil"), **_weights()), "hidden_activation"),
    (lambda p: _npz(p, header=_header(), W0=np.zeros((784, 5), np.float32),
                    W1=np.zeros((4, 10), np.float32)), "shape"),
    (lambda p: _npz(p, header=_header(), W0=np.full((784, 4), np.nan, np.float32),
                    W1=np.zeros((4, 10), np.float32)), "NaN"),
    (lambda p: _npz(p, header=_header(), W0=np.zeros((784, 4), np.int64),
                    W1=np.zeros((4, 10), np.float32)), "dtype"),
    (lambda p: _npz(p, header=_header(), W0=np.zeros((784, 4), np.float32)), "W1 is missing"),
    (lambda p: _npz(p, header=_header(), W0=np.array([object()], dtype=object),
                    W1=np.zeros((4, 10), np.float32)), "not plain numbers"),
])
def test_bad_model_files_raise_data_format_error(tmp_path, make, problem):
    path = tmp_path / "bad.npz"
    make(path)
    with pytest.raises(engine.DataFormatError, match=problem) as info:
        engine.load_model(path)
    assert "bad.npz" in str(info.value)


def test_a_zip_bomb_is_refused_before_unpacking(tmp_path):
    path = tmp_path / "bomb.npz"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        with z.open("W0.npy", "w", force_zip64=True) as f:
            chunk = bytes(1 << 20)
            for _ in range(1100):
                f.write(chunk)
    with pytest.raises(engine.DataFormatError, match="1 GiB"):
        engine.load_model(path)


def test_missing_model_file(tmp_path):
    with pytest.raises(engine.DataFormatError, match="no such file"):
        engine.load_model(tmp_path / "none.npz")


def test_a_folder_is_not_a_model_file(tmp_path):
    with pytest.raises(engine.DataFormatError, match="is a folder, not a model file"):
        engine.load_model(tmp_path)
