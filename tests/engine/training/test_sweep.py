"""engine.sweep: one new network per value of a field, reported like engine.train."""
import math

import pytest

import engine
from engine import BatchStats, EpochStats, Finished, SweepPoint, preset, sweep_config


@pytest.fixture(scope="module")
def data():
    train_images, train_labels = engine.load_mnist("train")
    test_images, test_labels = engine.load_mnist("test")
    return (train_images, train_labels), (test_images[:300], test_labels[:300])


def small():
    return preset("default", subset=400, epochs=1, layers=(784, 8, 10))


def test_each_value_gives_a_run_and_then_its_point(data):
    records = list(engine.sweep(small(), "lr", [0.05, 0.2], *data))
    points = [r for r in records if isinstance(r, SweepPoint)]
    assert [(p.field, p.value, p.index, p.count) for p in points] == [
        ("lr", 0.05, 0, 2), ("lr", 0.2, 1, 2)]
    for point in points:
        at = records.index(point)
        assert records[at - 1] is point.finished and point.finished.reason == "done"
        assert point.test_accuracy == point.finished.history[-1].test_accuracy
        assert 0 < point.test_accuracy <= 1
    assert {type(r) for r in records} == {BatchStats, EpochStats, Finished, SweepPoint}
    assert sum(isinstance(r, BatchStats) for r in records) == 2 * (400 // 128)


def test_a_hidden_sweep_trains_networks_of_each_size(data):
    config = preset("default", subset=300, epochs=1, layers=(784, 32, 32, 10))
    assert sweep_config(config, "hidden", 4).layers == (784, 4, 4, 10)
    points = [r for r in engine.sweep(config, "hidden", [4, 8], *data)
              if isinstance(r, SweepPoint)]
    assert [p.value for p in points] == [4, 8] and all(type(p.value) is int for p in points)


def test_a_stop_ends_the_sweep_after_the_stopped_run(data):
    batches = []

    def should_stop():
        return len(batches) >= 2

    points = []
    for record in engine.sweep(small(), "lr", [0.05, 0.1, 0.2], *data, should_stop=should_stop):
        if isinstance(record, BatchStats):
            batches.append(record)
        elif isinstance(record, SweepPoint):
            points.append(record)
    assert len(batches) == 2
    (point,) = points
    assert point.finished.reason == "stopped" and point.index == 0
    # The stopped epoch is tested too: the point says what the run reached.
    assert point.test_accuracy == point.finished.history[-1].test_accuracy


def test_every_value_is_checked_before_the_first_run(data):
    with pytest.raises(ValueError, match="above 0"):
        next(engine.sweep(small(), "lr", [0.1, -1], *data))
    with pytest.raises(ValueError, match="whole numbers"):
        next(engine.sweep(small(), "hidden", [10, 2.5], *data))
    with pytest.raises(ValueError, match="cannot sweep"):
        next(engine.sweep(small(), "batch_size", [10], *data))


@pytest.mark.parametrize("field, value, expected", [
    ("lr", 1, 1.0), ("hidden", 64.0, 64), ("epochs", 3.0, 3)])
def test_sweep_values_come_back_as_the_recipe_takes_them(field, value, expected):
    checked = engine.sweep_value(field, value)
    assert checked == expected and type(checked) is type(expected)


@pytest.mark.parametrize("field, value", [
    ("lr", 0), ("lr", math.inf), ("lr", math.nan), ("hidden", 0), ("hidden", 8193),
    ("epochs", 501), ("epochs", 1.5)])
def test_sweep_values_out_of_range_are_refused(field, value):
    with pytest.raises(ValueError):
        engine.sweep_value(field, value)


def test_quick_points_are_one_epoch_on_10000_digits():
    config = sweep_config(preset("default", epochs=25), "lr", 0.1, quick=True)
    assert (config.epochs, config.subset) == (engine.QUICK_EPOCHS, engine.QUICK_SUBSET)
    assert config.lr == 0.1
    assert (engine.QUICK_EPOCHS, engine.QUICK_SUBSET) == (1, 10_000)
    full = sweep_config(preset("default", epochs=25), "lr", 0.1)
    assert (full.epochs, full.subset) == (25, 0)


def test_sweeping_epochs_quickly_cuts_only_the_data():
    quick = sweep_config(preset("default", epochs=25), "epochs", 4, quick=True)
    assert quick.epochs == 4 and quick.subset == 10000
    small_data = sweep_config(preset("default", subset=3000), "lr", 0.1, quick=True)
    assert small_data.subset == 3000 and small_data.epochs == 1  # never more data than asked for


def test_the_books_iterations_give_way_to_the_swept_or_quick_epochs():
    dlfs = preset("dlfs")
    assert dlfs.iterations
    assert sweep_config(dlfs, "epochs", 2).iterations == 0
    assert sweep_config(dlfs, "lr", 0.1, quick=True).iterations == 0
