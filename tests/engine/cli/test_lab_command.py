"""``python -m engine lab``: the book's figures as one JSON object, or as a table."""
import contextlib
import io
import json

import pytest

from conftest import ROOT  # noqa: F401  (puts the project on sys.path)
from engine.cli import main

KEYS = {"numerical_diff_at_5", "numerical_diff_at_10", "gradient_at_3_4", "gradient_at_0_2",
        "gradient_at_3_0", "descent_lr_0.1", "descent_lr_10", "descent_lr_1e-10", "sse_right",
        "sse_wrong", "ce_right", "ce_wrong", "softmax_naive", "softmax_stable", "float32_1e-50",
        "ch3_accuracy", "ch3_batch_speedup", "twolayernet_gradient_difference"}


@pytest.fixture(scope="module")
def lab_json():
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["lab", "--json"])  # in-process: the same functions the panel calls
    return code, out.getvalue().strip().splitlines()


def test_lab_json_is_one_object_with_exactly_the_issues_keys(lab_json):
    code, lines = lab_json
    assert code == 0 and len(lines) == 1
    assert set(json.loads(lines[0])) == KEYS


def test_lab_json_holds_the_books_figures(lab_json):
    r = json.loads(lab_json[1][0])
    assert r["numerical_diff_at_5"] == 0.1999999999990898
    assert r["numerical_diff_at_10"] == 0.2999999999986347
    for key, expected in (("gradient_at_3_4", [6, 8]), ("gradient_at_0_2", [0, 4]),
                          ("gradient_at_3_0", [6, 0])):
        assert r[key] == pytest.approx(expected, abs=1e-10)
    assert [f"{v:.8e}" for v in r["descent_lr_0.1"]] == ["-6.11110793e-10", "8.14814391e-10"]
    assert [f"{v:.8e}" for v in r["descent_lr_10"]] == ["-2.58983747e+13", "-1.29524862e+12"]
    assert [f"{v:.8f}" for v in r["descent_lr_1e-10"]] == ["-2.99999994", "3.99999992"]
    assert round(r["sse_right"], 10) == 0.0975 and round(r["sse_wrong"], 10) == 0.5975
    assert f"{r['ce_right']:.6f}" == "0.510825" and f"{r['ce_wrong']:.6f}" == "2.302584"
    assert r["softmax_naive"] == ["nan", "nan", "nan"]
    assert [f"{v:.8e}" for v in r["softmax_stable"]] == ["9.99954600e-01", "4.53978686e-05",
                                                       "2.06106005e-09"]
    assert r["float32_1e-50"] == 0.0
    assert r["ch3_accuracy"] == 0.9352
    assert r["ch3_batch_speedup"] > 0  # its size: tests/engine/lab (it depends on the load)
    diff = r["twolayernet_gradient_difference"]
    assert set(diff) == {"W1", "b1", "W2", "b2"} and all(0 < v < 1e-6 for v in diff.values())


def test_lab_without_json_prints_a_readable_table(capsys, monkeypatch):
    # The table's lines, not the figures: those are the JSON test's (and take seconds).
    import engine.cli.lab_command as command

    def figures(details):
        details.update(ch3={"seconds": {1: 0.3, 100: 0.025}},
                       twolayernet={"batch": 3, "seconds_numerical": 5.0,
                                    "seconds_backprop": 1e-4})
        return {"softmax_naive": [float("nan")] * 3, "ch3_accuracy": 0.9352,
                "twolayernet_gradient_difference": {"W1": 4e-9}}

    monkeypatch.setattr(command, "lab_figures", figures)
    assert main(["lab"]) == 0
    out = capsys.readouterr().out
    assert "softmax_naive" in out and "[nan, nan, nan]" in out and "0.9352" in out
    assert "W1 4.00e-09" in out
    assert "0.300 s one at a time, 0.025 s in batches of 100" in out
