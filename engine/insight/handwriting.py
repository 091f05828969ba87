"""The refined back-query: search for the picture inside the space of real handwriting.

Free pixels let gradient ascent find "fooling images": speckle that a
network reads with certainty and no person reads at all. So the search
here may only move along the directions in which real handwriting varies:
the mean MNIST training digit plus its top principal components, each
scaled by its standard deviation,

    image = clip(mean + components.T @ (sd * z), 0, 1),

starting from z = 0 (the mean digit). Adam lowers the label's loss (the
one the network was trained with) plus a Gaussian prior ``beta/2 |z|^2``
that keeps the picture near typical handwriting. A label the network does
not yet read after each ``patience`` steps gets half the prior, so a hard
label may stray further; each label stops as soon as the network reads it
with ``target`` probability. All labels run as one batch.

What it shows depends on the network: a trained one pulls the mean digit
toward a recognisable digit; an untrained one, which reads nothing,
pushes it toward blobs. The gradient is the network's own
``input_gradient`` (one backward pass), carried into z by the chain rule.
"""
from functools import lru_cache

import numpy as np

from ..data.mnist import load_mnist
from ..resources import resource_path

COMPONENTS = 30
SUBSET = 10_000
SEED = 0
BASIS_FILE = resource_path("backquery", "pca.npz")


def compute_basis(components=COMPONENTS, subset=SUBSET, seed=SEED):
    """Mean digit and principal components of a fixed, seeded MNIST training subset.

    Slow-ish (an SVD of 10,000 x 784); ``tools/make_backquery_basis.py``
    bundles its result, which ``handwriting_basis`` reads.

    Returns
    -------
    mean : ndarray, float32, shape (784,), pixels in [0, 1]
    basis : ndarray, float32, shape (components, 784), rows = components * their sd
    """
    images = load_mnist("train")[0]
    pick = np.sort(np.random.default_rng(seed).choice(len(images), subset, replace=False))
    x = images[pick].reshape(subset, -1).astype(np.float64) / 255.0
    mean = x.mean(axis=0)
    _, s, vt = np.linalg.svd(x - mean, full_matrices=False)
    vt = vt[:components]
    # An SVD's signs are arbitrary: make each component's largest weight positive.
    vt *= np.sign(vt[np.arange(components), np.argmax(np.abs(vt), axis=1)])[:, None]
    sd = s[:components] / np.sqrt(subset - 1)
    return mean.astype(np.float32), (vt * sd[:, None]).astype(np.float32)


@lru_cache(maxsize=1)
def handwriting_basis():
    """``(mean, basis)`` as ``compute_basis``, in float64: the bundled file, else computed."""
    if BASIS_FILE.exists():
        with np.load(BASIS_FILE, allow_pickle=False) as data:
            mean, basis = data["mean"], data["basis"]
    else:
        mean, basis = compute_basis()
    mean, basis = mean.astype(np.float64), basis.astype(np.float64)
    mean.flags.writeable = basis.flags.writeable = False
    return mean, basis


def _targets(net, labels):
    lo, hi = net.loss.target_range or (0.0, 1.0)
    t = np.full((len(labels), net.sizes[-1]), lo, net.dtype)
    t[np.arange(len(labels)), labels] = hi
    return t


def search(net, labels, steps=600, lr=0.02, beta=0.03, patience=50, target=0.95):
    """Pictures in the space of handwriting that ``net`` reads as ``labels``.

    labels : sequence of int, length N

    Returns ``(images, probabilities, steps)``: float32 (N, 28, 28) in
    [0, 1]; each label's probability as the network reads its picture; the
    Adam steps each label took. A label not read with ``target`` after
    ``steps`` keeps its best picture.
    """
    labels = np.asarray(labels, dtype=int)
    n = len(labels)
    mean, basis = handwriting_basis()
    targets = _targets(net, labels)
    rows = np.arange(n)
    z = np.zeros((n, len(basis)))
    m, v = np.zeros_like(z), np.zeros_like(z)
    b1, b2 = 0.9, 0.999
    betas = np.full((n, 1), beta)
    best = np.full(n, -1.0)
    best_x = np.empty((n, mean.size))
    used = np.zeros(n, dtype=int)
    active = np.ones(n, dtype=bool)
    for step in range(1, steps + 1):
        raw = mean + z @ basis
        x = np.clip(raw, 0.0, 1.0)
        p = net.predict_proba(x.astype(net.dtype))[rows, labels].astype(np.float64)
        better = active & (p > best)
        best[better], best_x[better] = p[better], x[better]
        used[active] = step - 1
        active &= p < target
        if not active.any():
            break
        if step % patience == 0:
            betas[active] *= 0.5
        idx = np.flatnonzero(active)
        # input_gradient is of the batch's mean loss: times the batch size for each row's own.
        gx = net.input_gradient(x[idx].astype(net.dtype), targets[idx]).astype(np.float64)
        gx *= len(idx) * ((raw[idx] > 0) & (raw[idx] < 1))  # clip passes no gradient
        g = gx @ basis.T + betas[idx] * z[idx]
        m[idx] = b1 * m[idx] + (1 - b1) * g
        v[idx] = b2 * v[idx] + (1 - b2) * g * g
        # Adam's bias correction counts the steps each row has taken, all the same here.
        z[idx] -= lr * (m[idx] / (1 - b1 ** step)) / (np.sqrt(v[idx] / (1 - b2 ** step)) + 1e-8)
    else:
        used[active] = steps
    return best_x.reshape(n, 28, 28).astype(np.float32), best, used
