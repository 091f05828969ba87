"""Back-query: ask the network what a digit looks like by running the label backwards.

Three modes (``EXPLANATIONS`` says each in a sentence, for the GUI):
``"classic"`` is the recipe below; ``"refined"`` searches the space of real
handwriting (``handwriting.py``); ``"unconstrained"`` climbs the label's
probability on free pixels, starting from the classic picture.

Rashid's recipe (Make Your Own Neural Network, "Backwards query") for a
sigmoid network without biases: targets 0.01 everywhere and 0.99 at the
label; logit of them; through the transposed output weights; rescale to
0.01..0.99; logit; through the transposed hidden weights; rescale.

Generalised layer by layer, for any depth and activation, each inverted
exactly where an inverse exists:
- sigmoid: logit, after rescaling into 0.01..0.99 (logit(0) is -inf);
- tanh: arctanh, after rescaling into -0.99..0.99 (arctanh(1) is inf);
- softmax output: log of the target probabilities (softmax forgets a
  constant shift, so the log is its inverse up to that constant);
- ReLU has no inverse: a negative pre-activation and zero give the same
  output. We take the backward signal itself as the pre-activation (the
  identity, which is ReLU wherever a unit fired), rescaled into -0.99..0.99
  as tanh's is: a range centred on zero, as logit's output is, because an
  all-positive range adds the same offset to every label's picture and,
  through the next weights, drowns what tells the labels apart.
Biases are subtracted before going through the transposed weights.
"""
import numpy as np

from .handwriting import search

LOW, HIGH = 0.01, 0.99


def rescale(v, lo=LOW, hi=HIGH):
    """Min-max rescale into [lo, hi]; a constant vector maps to the middle."""
    v = np.asarray(v, dtype=np.float64)
    span = v.max() - v.min()
    if not np.isfinite(span) or span <= 1e-12:
        return np.full_like(v, (lo + hi) / 2)
    return (v - v.min()) / span * (hi - lo) + lo


def _logit(p):
    # Imported here, as ndimage below: scipy.special and scipy.ndimage cost ~0.5 s at the
    # app's start, and a back-query is asked for long after the window is up.
    from scipy.special import logit

    return logit(p)


def _invert_output(net, label):
    classes = net.sizes[-1]
    t = np.full(classes, LOW)
    t[label] = HIGH
    if net.output_activation == "sigmoid":
        return _logit(t)
    return np.log(t / t.sum())


def _invert_hidden(activation, a):
    if activation == "sigmoid":
        return _logit(rescale(a))
    if activation == "tanh":
        return np.arctanh(rescale(a, -HIGH, HIGH))
    return rescale(a, -HIGH, HIGH)  # relu: see the module docstring


def classic(net, label):
    """Rashid's back-query generalised: float32 (28, 28) in [0.01, 0.99]."""
    z = _invert_output(net, label)
    weights, biases = net.weights, net.biases
    for i in range(len(weights) - 1, -1, -1):
        if biases is not None:
            z = z - biases[i]
        a = weights[i].astype(np.float64) @ z
        z = _invert_hidden(net.hidden_activation, a) if i > 0 else a
    return rescale(z).reshape(28, 28).astype(np.float32)


def unconstrained(net, label, steps=300, min_steps=150, step_size=0.03, smooth=0.5, decay=0.3,
            target=0.97):
    """An image the network reads back as ``label``, found on free pixels.

    Free pixels let it find what the network reads, not what a person
    would: mostly speckle ("fooling images"). Kept to show just that.

    Start from the classic picture, blurred and dimmed to a faint hint (its
    fine grain is mostly the untrained weights of MNIST's always-black
    border), then do projected gradient ascent on the input toward the
    label's log probability. Each step also pulls every pixel toward black
    (ink only where it helps, as on paper) and blends in a blur (a
    smoothness prior: strokes, not speckle); pixels stay in [0, 1]. After
    ``min_steps`` it stops as soon as the label has ``target`` probability;
    should the priors hold it below that, the last steps drop the pull to
    black.
    """
    from scipy import ndimage  # here: see _logit

    x = rescale(ndimage.gaussian_filter(classic(net, label).astype(np.float64), 1.5), 0.0, 0.05)
    onehot = np.zeros((1, net.sizes[-1]), net.dtype)
    onehot[0, label] = 1.0
    for step in range(steps + 200):
        flat = x.reshape(1, -1).astype(net.dtype)
        p = net.predict_proba(flat)[0, label]
        if (step >= min_steps and p >= target) or (step >= steps and p >= 0.9):
            break
        pull = decay if step < steps else 0.0
        grad = net.input_gradient(flat, onehot).reshape(28, 28).astype(np.float64)
        x -= step_size * (grad / max(float(np.abs(grad).max()), 1e-12) + pull * x)
        x = (1 - smooth) * x + smooth * ndimage.gaussian_filter(x, 0.7)
        np.clip(x, 0.0, 1.0, out=x)
    return x.astype(np.float32)


def refined(net, label):
    """A picture in the space of real handwriting that ``net`` reads as ``label``."""
    return search(net, [label])[0][0]


MODES = {"classic": classic, "refined": refined, "unconstrained": unconstrained}
EXPLANATIONS = {
    "classic": "Rashid's recipe: the label run backwards through the inverted layers, "
               "pixel by pixel; mostly grey static on a deep network.",
    "refined": "The picture searched for among real handwriting (the mean MNIST digit "
               "and its main ways of varying) until the network reads it as the label.",
    "unconstrained": "The picture searched for on free pixels until the network reads it "
                     "as the label: what fools the network, mostly speckle no person reads.",
}


def _check(net, label=0, mode="classic"):
    classes = net.sizes[-1]
    if not 0 <= label < classes:
        raise ValueError(f"label must be 0..{classes - 1}, not {label}")
    if net.sizes[0] != 784:
        raise ValueError("back-query draws 28x28 pictures: the network must take 784 inputs")
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(map(repr, MODES))}, not {mode!r}")


def backquery(net, label, mode="classic"):
    """The picture ``net`` 'imagines' for ``label``: float32 (28, 28) in [0, 1].

    ``mode`` is one of ``MODES``; ``EXPLANATIONS`` says what each shows.
    """
    label = int(label)
    _check(net, label, mode)
    return MODES[mode](net, label)


def backquery_all(net, mode="classic"):
    """The pictures for every label, float32 (classes, 28, 28) in [0, 1].

    ``"refined"`` runs all labels as one batch, several times faster than
    one label at a time; the others go label by label.
    """
    _check(net, 0, mode)
    labels = range(net.sizes[-1])
    if mode == "refined":
        return search(net, labels)[0]
    return np.stack([MODES[mode](net, label) for label in labels])
