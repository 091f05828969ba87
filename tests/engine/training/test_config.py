import math
from dataclasses import replace

import pytest

import engine
from engine import PRESETS, TrainConfig, loss_settings, preset


def test_bad_config_values_are_refused():
    with pytest.raises(ValueError, match="learning rate"):
        preset("default", lr=-1)
    with pytest.raises(ValueError, match="augment"):
        preset("default", augment="blur")
    with pytest.raises(ValueError, match="preset"):
        preset("fast")


@pytest.mark.parametrize("field, value", [("hidden_activation", "swish"), ("loss", "hinge"),
                                          ("optimizer", "lbfgs"), ("init", "zeros"),
                                          ("schedule", "step"), ("output_activation", "tanh")])
def test_names_outside_the_registries_are_refused(field, value):
    with pytest.raises(ValueError, match=field):
        preset("default", **{field: value})


def test_the_loss_rule_gives_output_and_targets():
    assert loss_settings("ce") == {"loss": "ce", "output_activation": "softmax",
                                   "target_range": (0.0, 1.0)}
    assert loss_settings("sse") == {"loss": "sse", "output_activation": "sigmoid",
                                    "target_range": (0.01, 0.99)}
    with pytest.raises(ValueError, match="loss must be one of ce, sse"):
        loss_settings("hinge")


def test_defaults_and_presets_follow_the_loss_rule():
    for config in [TrainConfig(), *PRESETS.values()]:
        rule = loss_settings(config.loss)
        assert (config.output_activation, config.target_range) == (
            rule["output_activation"], rule["target_range"])
    switched = replace(PRESETS["default"], **loss_settings("sse")).validate()
    assert switched.make_network().loss.name == "sse"
    assert switched.label_smoothing == 0.1  # the rule touches its three fields only


def test_the_network_a_recipe_makes_has_the_recipes_loss_object():
    net = preset("rashid").make_network()
    assert net.loss.name == "sse" and net.loss.target_range == (0.01, 0.99)
    assert net.output_activation == "sigmoid" and net.sizes == [784, 200, 10]


def test_cosine_schedule_warms_up_then_decays_to_zero():
    config = preset("default", lr=0.1, warmup_epochs=1.0)
    lr_at = config.lr_schedule(steps=100, per_epoch=10)
    assert lr_at(0) == pytest.approx(0.01) and lr_at(9) == pytest.approx(0.1)
    assert lr_at(10) == pytest.approx(0.1)
    assert lr_at(55) == pytest.approx(0.05)
    assert lr_at(100) == pytest.approx(0.0, abs=1e-12)
    constant = preset("dlfs").lr_schedule(steps=100, per_epoch=10)
    assert {constant(s) for s in (0, 50, 99)} == {0.1}


def test_to_dict_is_plain_json_data():
    d = PRESETS["default"].to_dict()
    assert d["layers"] == [784, 512, 512, 10] and d["extra_data"] == ["strokes", "styles", "styles"]
    assert all(not isinstance(v, tuple) for v in d.values())
    assert math.isclose(d["label_smoothing"], 0.1)
    assert set(d) == set(TrainConfig.__dataclass_fields__)
    assert engine.SCHEDULES == ("constant", "cosine")
