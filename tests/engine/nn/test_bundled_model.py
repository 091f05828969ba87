import engine
from engine.resources import DEFAULT_MODEL


def test_bundled_model_reaches_98_5_percent_on_mnist_test():
    net = engine.load_model()
    images, labels = engine.load_mnist("test")
    assert engine.evaluate(net, images, labels)["accuracy"] >= 0.985


def test_bundled_model_records_how_it_was_made():
    net = engine.load_model(DEFAULT_MODEL)
    assert net.meta["recipe"]["layers"] == net.sizes
    assert net.meta["preset"] == "default"
    assert 0 < net.meta["training_seconds"] < 600  # ~150 s idle; 382 s beside other runs
    assert net.meta["test_accuracy"] >= 0.985
