"""The forward pass for your drawing in the book's notation, with the numbers to check by hand.

Deep Learning from Scratch, chapter 3: a1 = x W1 + b1, z1 = h(a1), ...,
y = softmax(a). The shown class's score is taken apart term by term.
"""
import numpy as np
from PySide6.QtCore import QCoreApplication

TERMS = 5  # the biggest terms of the score, by size; the rest are summed in one line
HIDDEN = {"relu": "relu", "sigmoid": "sigmoid", "tanh": "tanh"}


def _column(label, value, pad):
    """``label`` then ``value`` in the numbers' column; a label in letters wider than the font's
    cells (Hangul, drawn from another font) goes after the value, which then stays aligned."""
    if label.isascii():
        return f"{label:<{pad}}{value}"
    return f"{'':<{pad}}{value}  {label.strip()}"


def _plus_b(net, k):
    return "" if net.biases is None else f" + b{k}"


def layer_lines(net, e):
    """One line per step of the forward pass: the equation, then what came out."""
    lo, hi = net.input_scale
    if (lo, hi) == (0.0, 1.0):
        lines = ["x      = " + QCoreApplication.translate(
            "ForwardPass", "your drawing, 784 pixels in 0..1 ({inked} inked)").format(
            inked=int((e.pixels > 0).sum()))]
    else:
        lines = [f"x      = {lo:g} + {hi - lo:g} p: " + QCoreApplication.translate(
            "ForwardPass", "your 784 pixels p (0..1), scaled as in training")]
    source = "x"
    for i, (a, z) in enumerate(zip(e.pre_activations, e.activations)):
        k = i + 1
        lines.append(f"a{k}     = {source} W{k}{_plus_b(net, k)}: " + QCoreApplication.translate(
            "ForwardPass", "{n} sums, {low} to {high}").format(
            n=len(a), low=f"{a.min():.3g}", high=f"{a.max():.3g}"))
        h = HIDDEN.get(net.hidden_activation, net.hidden_activation)
        if net.hidden_activation == "relu":
            state = QCoreApplication.translate(
                "ForwardPass", "{active} of {n} units active ({z} > 0)").format(
                active=int((z > 0).sum()), n=len(z), z=f"z{k}")
        else:
            state = QCoreApplication.translate(
                "ForwardPass", "{low} to {high}, mean {mean}").format(
                low=f"{z.min():.3g}", high=f"{z.max():.3g}", mean=f"{z.mean():.3g}")
        lines.append(f"z{k}     = {h}(a{k}): {state}")
        source = f"z{k}"
    k = len(e.activations) + 1
    best = int(np.argmax(e.scores))
    lines.append(f"a{k}     = {source} W{k}{_plus_b(net, k)}: " + QCoreApplication.translate(
        "ForwardPass", "ten scores, the largest {formula}").format(
        formula=f"a{k}[{best}] = {e.scores[best]:.4g}"))
    out = "softmax" if net.output_activation == "softmax" else "sigmoid"
    lines.append(f"y      = {out}(a{k}): " + QCoreApplication.translate(
        "ForwardPass", "it reads {digit} ({share})").format(
        digit=e.predicted, share=f"{e.probabilities[e.predicted]:.1%}"))
    return lines


def score_lines(net, e):
    """The shown class's score as the sum of its biggest terms, the rest, and the bias."""
    label, k = e.label, len(e.activations) + 1
    source = "x" if not e.activations else f"z{k - 1}"
    values = e.inputs if not e.activations else e.activations[-1]
    weights = net.weights[-1][:, label]
    terms = e.contributions
    order = np.argsort(-np.abs(terms))[:TERMS]
    width = len(str(len(terms) - 1))
    bias = "" if net.biases is None else f" + b{k}[{label}]"
    lines = [QCoreApplication.translate(
        "ForwardPass", "The score of {label}, term by term: {formula}").format(
        label=label, formula=f"a{k}[{label}] = sum_j {source}[j] W{k}[j,{label}]{bias}")]
    for j in order:
        name = f"{source}[{j:>{width}}] W{k}[{j:>{width}},{label}]"
        lines.append(f"  {name} = {values[j]:9.4g} x {weights[j]:9.4g} = {terms[j]:+9.4g}")
    pad = len(f"  {source}[{0:>{width}}] W{k}[{0:>{width}},{label}] = ") + 24
    rest = float(terms.sum() - terms[order].sum())
    others = QCoreApplication.translate("ForwardPass", "the other {n} terms").format(
        n=len(terms) - len(order))
    lines.append(_column("  " + others, f"{rest:+9.4g}", pad))
    if net.biases is not None:
        lines.append(f"{f'  b{k}[{label}]':<{pad}}{e.bias:+9.4g}")
    lines.append(f"{f'  a{k}[{label}]':<{pad}}{e.scores[label]:+9.4g}")
    return lines


def output_lines(net, e):
    """How the score becomes the probability the window shows."""
    label, k = e.label, len(e.activations) + 1
    scores = np.asarray(e.scores, np.float64)
    if net.output_activation == "softmax":
        # Shifted by the largest score, as the network computes it: exp(1000) overflows.
        top = scores.max()
        total = np.exp(scores - top).sum()
        return [f"y[{label}] = exp(a{k}[{label}] - m) / sum_k exp(a{k}[k] - m), "
                f"m = max(a{k}) = {top:.4g}",
                f"     = {np.exp(scores[label] - top):.4g} / {total:.4g} = "
                f"{e.probabilities[label]:.2%}"]
    outputs = np.asarray(e.outputs, np.float64)
    return [f"y[{label}] = sigmoid(a{k}[{label}]) = 1 / (1 + exp({-scores[label]:.4g})) = "
            f"{outputs[label]:.4g}",
            "     " + QCoreApplication.translate(
                "ForwardPass", "shown as a share of the ten outputs (sum {total}): {share}").format(
                total=f"{outputs.sum():.4g}", share=f"{e.probabilities[label]:.2%}")]


def forward_pass_text(net, explanation):
    """The whole text: the layers, the shown class's score term by term, its probability."""
    e = explanation
    return "\n".join(layer_lines(net, e) + [""] + score_lines(net, e) + [""]
                     + output_lines(net, e))
