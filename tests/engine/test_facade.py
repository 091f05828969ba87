"""engine/__init__.py is the one public surface: what it promised stays, registries come along."""
import math
import subprocess
import sys

import numpy as np
import pytest

import engine
from conftest import ROOT

# engine.__all__ before the reorganisation (issue 11): every name must still be there.
CONTRACT = [
    "BatchStats", "DataFormatError", "EpochStats", "Finished", "Network", "PRESETS",
    "PersonalDigits", "TrainConfig", "check_all", "evaluate", "gradient_check", "import_image",
    "load_csv", "load_idx", "load_mnist", "load_model", "numerical_gradient",
    "preprocess_canvas", "preset", "resource_path", "save_digit_png", "save_sheet_png",
    "digit_strokes", "save_model", "teach", "to_inputs", "train",
]
REGISTRIES = ["ACTIVATIONS", "OUTPUT_ACTIVATIONS", "LOSSES", "OPTIMIZERS", "INITS",
              "AUGMENTATIONS", "SCHEDULES", "BACKQUERY_MODES"]


def test_engine_is_the_package_not_the_tests_folder_of_the_same_name():
    assert engine.__file__ == str(ROOT / "engine" / "__init__.py")


def test_every_promised_name_is_still_exported():
    assert set(CONTRACT) <= set(engine.__all__)
    for name in engine.__all__:
        assert getattr(engine, name) is not None, name


def test_record_and_config_fields_are_unchanged():
    fields = lambda cls: list(cls.__dataclass_fields__)  # noqa: E731
    assert fields(engine.BatchStats) == ["epoch", "batch", "batches", "step", "steps", "loss", "lr",
                                         "elapsed"]
    assert fields(engine.EpochStats) == [
        "epoch", "epochs", "loss", "train_accuracy", "test_accuracy", "samples_per_second",
        "seconds", "elapsed", "train_seconds", "eta", "train_loss", "test_loss", "batch_accuracy"]
    assert fields(engine.Finished) == ["reason", "message", "epochs_done", "steps_done", "elapsed",
                                       "train_seconds", "samples_per_second", "history", "initial",
                                       "hint", "problem"]
    # Fields added later have defaults, so records built the old way still work.
    old = engine.EpochStats(1, 2, 0.5, 0.9, 0.9, 100.0, 1.0, 1.0, 1.0, 0.0)
    assert math.isnan(old.train_loss) and math.isnan(old.batch_accuracy)
    done = engine.Finished("done", "", 1.0, 10, 1.0, 1.0, 100.0, [])
    assert done.initial is None and done.hint == ""
    assert {"layers", "hidden_activation", "output_activation", "loss", "init", "bias",
            "input_scale", "target_range", "label_smoothing", "optimizer", "lr", "weight_decay",
            "batch_size", "epochs", "iterations", "schedule", "warmup_epochs", "augment",
            "augment_fraction", "thickness", "seed", "subset", "extra_data"} == set(
        fields(engine.TrainConfig))


@pytest.mark.parametrize("name", REGISTRIES)
def test_registries_are_tuples_of_names(name):
    registry = getattr(engine, name)
    assert isinstance(registry, tuple) and registry
    assert all(isinstance(key, str) for key in registry)


def test_registries_hold_what_the_recipes_use():
    assert engine.ACTIVATIONS == ("relu", "sigmoid", "tanh")
    assert engine.LOSSES == ("ce", "sse")
    assert engine.OPTIMIZERS == ("sgd", "momentum", "adam")
    assert engine.AUGMENTATIONS == ("none", "rotate", "affine", "elastic")
    assert set(engine.INITS) == {"he", "xavier", "rashid", "book"}
    assert engine.BACKQUERY_MODES == ("classic", "refined", "unconstrained")
    assert set(engine.BACKQUERY_EXPLANATIONS) == set(engine.BACKQUERY_MODES)
    for config in engine.PRESETS.values():
        assert config.hidden_activation in engine.ACTIVATIONS and config.loss in engine.LOSSES
        assert config.optimizer in engine.OPTIMIZERS and config.augment in engine.AUGMENTATIONS
        assert config.init in engine.INITS and config.schedule in engine.SCHEDULES
        assert config.output_activation in engine.OUTPUT_ACTIVATIONS


def test_cli_choices_come_from_the_registries():
    help_text = subprocess.run([sys.executable, "-m", "engine", "train", "--help"], cwd=ROOT,
                               capture_output=True, text=True, check=True).stdout
    for registry in (engine.ACTIVATIONS, engine.LOSSES, engine.OPTIMIZERS, engine.AUGMENTATIONS):
        assert "{" + ",".join(registry) + "}" in help_text


def test_save_load_and_backquery_through_the_facade(tmp_path):
    net = engine.Network([784, 8, 10], seed=5)
    engine.save_model(net, tmp_path / "m.npz")
    back = engine.load_model(tmp_path / "m.npz")
    np.testing.assert_array_equal(back.weights[1], net.weights[1])
    image = engine.backquery(back, 4, mode="classic")
    assert image.shape == (28, 28)


def test_load_model_without_argument_or_by_name_is_the_bundled_model():
    default = engine.load_model()
    named = engine.load_model("default")
    assert default.meta["path"] == named.meta["path"]
    assert default.meta["path"].endswith("resources/models/default.npz")
    with pytest.raises(engine.DataFormatError, match="no such file"):
        engine.load_model("no-such-bundled-model")


def test_the_first_versions_names_still_work(tmp_path):
    # Outside scripts were written against Network(layers=...), net.save, net.backquery,
    # net.layers and load_model(path=...): the contract of the engine's first issue.
    net = engine.Network(layers=[784, 8, 10], seed=5)
    assert net.sizes == [784, 8, 10]
    net.save(tmp_path / "m.npz")
    assert engine.load_model(path=tmp_path / "m.npz").layers == [784, 8, 10]
    np.testing.assert_array_equal(net.backquery(3, "classic"), engine.backquery(net, 3))
    twin = engine.Network([784, 8, 10], net.hidden_activation, net.output_activation, loss=net.loss)
    assert twin.loss.name == "ce"
