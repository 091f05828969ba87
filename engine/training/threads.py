"""How many threads BLAS gets while a run trains: one when the batch feed augments.

OpenBLAS's two threads wait for each other by spinning; on this 2-core
machine, with a third busy thread (the batch feed's augmentation, the window
painting, any other program) one of them loses its core and the other spins.
``benchmarks/blas_threads.py`` on an idle machine: the augmented default recipe
trains as fast with one BLAS thread as with two (13,573 vs 13,914 samples/s),
and beside a busy process faster with one (8,742 vs 7,163); under a heavier
load (a test suite beside it) two threads fell to ~1,000 samples/s where one
kept ~10,000. So an augmenting run gives BLAS one thread and the feed the other
core. A plain run keeps both: alone, two threads train it 1.31x faster (though
beside a busy process only 0.37x as fast).
"""
from contextlib import contextmanager, nullcontext

AUGMENTING_BLAS_THREADS = 1


def training_threads(config):
    """A context: BLAS limited to ``AUGMENTING_BLAS_THREADS`` when ``config`` augments."""
    if config.augment == "none" or config.augment_fraction <= 0:
        return nullcontext()
    return _limited(AUGMENTING_BLAS_THREADS)


@contextmanager
def _limited(threads):
    from threadpoolctl import threadpool_limits  # here: only an augmenting run needs it

    with threadpool_limits(limits=threads, user_api="blas"):
        yield
