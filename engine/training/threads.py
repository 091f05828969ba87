"""How many threads BLAS gets while a run trains: one when the batch feed augments.

On this 2-core machine OpenBLAS's two threads wait for each other by
spinning; with a third busy thread (the batch feed's augmentation, the
window painting, any other program) one of them loses its core and the
other spins: the default recipe fell from ~11,000 to ~1,000 samples a
second. With one BLAS thread the network runs on one core at full speed
and the feed augments on the other. A recipe that does not augment keeps
both BLAS threads: its feed only gathers rows, and on an idle machine two
threads train the plain network ~1.4x faster.
(``benchmarks/time_to_accuracy.py`` prints the figures.)
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
