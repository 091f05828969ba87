"""The books' networks bundled in resources/models/ (issue 13), and load_model by name."""
import numpy as np
import pytest

import engine
from engine.resources import MODELS_DIR


def test_every_bundled_name_has_a_file_and_a_line_on_where_it_comes_from():
    assert {"default", "rashid", "dlfs-ch3"} <= set(engine.BUNDLED_MODELS)
    for name, where in engine.BUNDLED_MODELS.items():
        assert (MODELS_DIR / f"{name}.npz").is_file()
        assert where and "\n" not in where
        # Small enough to ship in the repository.
        assert (MODELS_DIR / f"{name}.npz").stat().st_size < 4_000_000


def test_dlfs_ch3_scores_exactly_what_the_book_prints():
    net = engine.load_model("dlfs-ch3")
    assert net.sizes == [784, 50, 100, 10]
    assert (net.hidden_activation, net.output_activation) == ("sigmoid", "softmax")
    assert round(engine.evaluate(net, *engine.load_mnist("test"))["accuracy"], 4) == 0.9352
    assert "Saito" in net.meta["source"] and "MIT" in net.meta["licence"]


def test_dlfs_ch3_weights_are_the_books_values_unchanged():
    net = engine.load_model("dlfs-ch3")
    src = MODELS_DIR.parent.parent.parent / "shared" / "datasets" / "dlfs-ch3" / "sample_weight.npz"
    if not src.exists():
        pytest.skip("the shared dlfs-ch3 data set is not beside the project")
    with np.load(src, allow_pickle=False) as npz:
        for i in range(3):
            np.testing.assert_array_equal(net.weights[i], npz[f"W{i + 1}"])
            np.testing.assert_array_equal(net.biases[i], npz[f"b{i + 1}"])


def test_rashid_is_the_books_network_trained_on_mnist():
    net = engine.load_model("rashid")
    assert net.sizes == [784, 200, 10] and net.biases is None
    assert net.hidden_activation == "sigmoid" and net.input_scale == pytest.approx((0.01, 1.0))
    accuracy = engine.evaluate(net, *engine.load_mnist("test"))["accuracy"]
    assert accuracy >= 0.97
    assert net.meta["test_accuracy"] == pytest.approx(accuracy, abs=1e-6)
    assert net.meta["preset"] == "rashid" and "Rashid" in net.meta["source"]


def test_load_model_by_name_path_or_nothing():
    assert engine.load_model().meta["bundled"] == "default"
    for name in engine.BUNDLED_MODELS:
        net = engine.load_model(name)
        assert net.meta["bundled"] == name
        assert net.meta["path"] == str(MODELS_DIR / f"{name}.npz")
    by_path = engine.load_model(MODELS_DIR / "dlfs-ch3.npz")
    assert "bundled" not in by_path.meta and by_path.sizes == [784, 50, 100, 10]


def test_an_unknown_name_lists_the_bundled_ones():
    with pytest.raises(engine.DataFormatError, match="no such file") as info:
        engine.load_model("rashidd")
    for name in engine.BUNDLED_MODELS:
        assert name in str(info.value)
    assert "rashidd" in str(info.value)
