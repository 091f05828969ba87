import json
import subprocess
import sys

import numpy as np
import pytest
from PIL import Image

import engine
from conftest import ROOT


def cli(*args, check=True):
    proc = subprocess.run([sys.executable, "-m", "engine", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def last_json(proc):
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_train_json_has_the_contract_keys_and_saves(tmp_path):
    out = tmp_path / "m.npz"
    proc = cli("train", "--preset", "default", "--layers", "784,32,10", "--subset", "2000",
               "--epochs", "1", "--seed", "3", "--out", str(out), "--json")
    result = last_json(proc)
    for key in ("epochs", "seconds_per_epoch", "samples_per_second", "train_accuracy",
                "test_accuracy", "out"):
        assert key in result
    assert result["epochs"] == 1 and result["out"] == str(out)
    assert "diverged" not in result
    net = engine.load_model(out)
    assert net.sizes == [784, 32, 10]
    assert net.meta["recipe"]["seed"] == 3
    assert net.meta["test_accuracy"] == pytest.approx(result["test_accuracy"])
    figures = ("epoch", "loss", "train_accuracy", "test_accuracy", "train_loss", "test_loss")
    assert set(figures) <= set(result["initial"]) and result["initial"]["epoch"] == 0
    assert [h["epoch"] for h in result["history"]] == [1]
    assert set(figures + ("seconds", "batch_accuracy")) <= set(result["history"][0])
    # The train figure is the saved model's own accuracy on the clean training sample.
    from engine.training.loop import train_digits

    config = engine.preset("default", layers=(784, 32, 10), subset=2000, epochs=1, seed=3)
    images, labels = train_digits(config, engine.load_mnist("train"))
    clean = engine.evaluate(net, images, labels)["accuracy"]
    assert abs(result["train_accuracy"] - clean) <= 0.01
    assert result["history"][0]["train_accuracy"] == result["train_accuracy"]


def test_train_flags_override_the_preset(tmp_path):
    out = tmp_path / "override.npz"
    result = last_json(cli("train", "--preset", "rashid", "--subset", "2000", "--epochs", "1",
                           "--layers", "784,50,10", "--out", str(out), "--json"))
    assert result["preset"] == "rashid" and result["test_accuracy"] > 0.5
    net = engine.load_model(out)
    assert net.sizes == [784, 50, 10] and net.hidden_activation == "sigmoid"
    assert net.input_scale == (0.01, 1.0)


def test_train_reports_divergence():
    proc = cli("train", "--layers", "784,16,10", "--subset", "1000", "--epochs", "2",
               "--batch", "16", "--lr", "100000", "--augment", "none", "--json", check=False)
    result = last_json(proc)
    assert proc.returncode == 1
    assert result["diverged"] is True and "learning rate" in result["message"]


ISSUE_12_RUN = ("train", "--layers", "784,64,10", "--activation", "relu", "--loss", "ce",
                "--optimizer", "sgd", "--lr", "1e4", "--batch", "64", "--epochs", "1", "--json")


def test_a_run_that_cannot_learn_exits_1_with_a_hint_and_writes_no_model(tmp_path):
    out = tmp_path / "m.npz"
    proc = cli(*ISSUE_12_RUN, "--out", str(out), check=False)
    result = last_json(proc)
    assert proc.returncode == 1 and result["diverged"] is True
    assert "diverged" in result["message"] and "initial weights" in result["message"]
    assert result["hint"] == "learning rate 10000 is far too high; the default preset uses 0.05"
    assert f"hint: {result['hint']}\n" in proc.stderr
    assert not out.exists() and result["out"] is None
    assert result["initial"]["test_accuracy"] < 0.15


def test_a_failed_run_leaves_an_existing_good_model_file_untouched(tmp_path):
    out = tmp_path / "good.npz"
    out.write_bytes(engine.resource_path("models/default.npz").read_bytes())
    before = out.read_bytes()
    proc = cli(*ISSUE_12_RUN, "--out", str(out), check=False)
    assert proc.returncode == 1
    assert out.read_bytes() == before
    assert engine.load_model(out).meta["test_accuracy"] > 0.99


@pytest.mark.parametrize("flag, value, field", [
    ("--lr", "0", "lr"), ("--lr", "-0.1", "lr"), ("--lr", "nan", "lr"), ("--lr", "inf", "lr"),
    ("--batch", "0", "batch_size"), ("--batch", "-5", "batch_size"), ("--epochs", "-1", "epochs"),
    ("--layers", "", "layers"), ("--layers", "784,0,10", "layers"),
    ("--layers", "784,-3,10", "layers"), ("--subset", "-1", "subset")])
def test_each_nonsense_parameter_gives_one_line_and_exit_code_2(flag, value, field, tmp_path):
    out = tmp_path / "m.npz"
    proc = cli("train", f"{flag}={value}", "--out", str(out), "--json", check=False)
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {field}: "), proc.stderr
    assert proc.stdout == "" and not out.exists()


def test_bad_flag_values_give_a_message_not_a_traceback():
    proc = cli("train", "--layers", "784,16,9", "--json", check=False)
    assert proc.returncode == 2 and "784" in proc.stderr and "Traceback" not in proc.stderr


def test_evaluate_bundled_model_json():
    result = last_json(cli("evaluate", "--json"))
    assert result["accuracy"] >= 0.985
    confusion = np.array(result["confusion"])
    assert confusion.shape == (10, 10) and confusion.sum() == 10000


def test_evaluate_predict_and_backquery_take_a_bundled_models_name(tmp_path):
    result = last_json(cli("evaluate", "--model", "rashid", "--json"))
    assert result["accuracy"] >= 0.97 and result["model"].endswith("rashid.npz")
    result = last_json(cli("evaluate", "--model", "dlfs-ch3", "--json"))
    assert round(result["accuracy"], 4) == 0.9352
    out = tmp_path / "three.png"
    result = last_json(cli("backquery", "3", "--model", "dlfs-ch3", "--out", str(out), "--json"))
    assert out.exists() and result["labels"] == [3]
    proc = cli("evaluate", "--model", "no-such-model", check=False)
    assert proc.returncode == 2 and "rashid" in proc.stderr and "Traceback" not in proc.stderr


def test_evaluate_a_bad_model_file(tmp_path):
    bad = tmp_path / "bad.npz"
    bad.write_text("hello")
    proc = cli("evaluate", "--model", str(bad), check=False)
    assert proc.returncode == 2 and "bad.npz" in proc.stderr and "Traceback" not in proc.stderr


def test_predict_reads_mnist_digits_saved_as_png(tmp_path):
    images, labels = engine.load_mnist("test")
    paths = []
    for i in range(5):
        # Dark ink on white paper, enlarged: the way a scan looks.
        img = Image.fromarray(255 - images[i]).resize((140, 140), Image.BILINEAR)
        paths.append(tmp_path / f"d{i}.png")
        img.save(paths[-1])
    result = last_json(cli("predict", *map(str, paths), "--json"))
    digits = [p["digit"] for p in result["predictions"]]
    assert digits == labels[:5].tolist()


def test_predict_reports_an_unreadable_file(tmp_path):
    bad = tmp_path / "x.png"
    bad.write_bytes(b"\x89PNG nope")
    result = last_json(cli("predict", str(bad), "--json", check=False))
    assert "error" in result["predictions"][0]


def test_backquery_writes_a_png_and_a_sheet(tmp_path):
    one = tmp_path / "three.png"
    sheet = tmp_path / "all.png"
    run = lambda *a: cli("backquery", *a, check=False)  # noqa: E731
    proc = run("3", "--out", str(one), "--json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.splitlines()[-1])["labels"] == [3]
    assert Image.open(one).size == (280, 280)
    proc = run("--all", "--mode", "refined", "--out", str(sheet))
    assert proc.returncode == 0, proc.stderr
    assert Image.open(sheet).size[0] > 10 * 28
    proc = run("--out", str(sheet))
    assert proc.returncode == 2 and "LABEL" in proc.stderr


def test_gradcheck_json():
    result = last_json(cli("gradcheck", "--json"))
    assert result["max_relative_error"] < 1e-6
