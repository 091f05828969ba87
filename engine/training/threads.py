"""How many threads BLAS gets while a run trains: one, and the batch feed has the other core.

On this 2-core machine OpenBLAS's two threads wait for each other by
spinning; with a third busy thread (the batch feed's augmentation, the
window painting, any other program) one of them loses its core, and the
other spins: the default recipe fell from 12,000 to 900 samples a second.
With one BLAS thread the network runs on one core at full speed and the
feed augments on the other. (``benchmarks/time_to_accuracy.py`` and
``benchmarks/train_throughput.py`` print both.)
"""
from contextlib import contextmanager

TRAINING_BLAS_THREADS = 1


@contextmanager
def training_threads(threads=None):
    """BLAS limited to ``threads`` (default ``TRAINING_BLAS_THREADS``) inside the block."""
    from threadpoolctl import threadpool_limits  # here: only a training run needs it

    with threadpool_limits(limits=threads or TRAINING_BLAS_THREADS, user_api="blas"):
        yield
