"""One BLAS thread while an augmenting run trains, the machine's own number otherwise."""
import engine
from engine import BatchStats


def _blas_threads():
    from threadpoolctl import threadpool_info

    return {info["num_threads"] for info in threadpool_info() if info["user_api"] == "blas"}


def _threads_during(config):
    seen = set()
    for record in engine.train(config.make_network(), config, engine.load_mnist("test"), None):
        if isinstance(record, BatchStats):
            seen |= _blas_threads()
    return seen


def test_an_augmenting_run_trains_with_one_blas_thread_and_gives_them_back():
    before = _blas_threads()
    config = engine.preset("default", layers=(784, 16, 10), epochs=1, subset=512,
                           extra_data=())
    assert _threads_during(config) == {1}
    assert _blas_threads() == before


def test_a_plain_run_keeps_the_blas_threads():
    before = _blas_threads()
    config = engine.preset("default", layers=(784, 16, 10), epochs=1, subset=512, augment="none",
                           extra_data=())
    assert _threads_during(config) == before
