"""``python -m engine lab``: the figures of Deep Learning from Scratch ch. 3-4, computed now."""
import json
import math
import sys

from ..lab.figures import lab_figures


def lab(args):
    print("computing the book's figures (the TwoLayerNet's numerical gradient takes several "
          "seconds)...", file=sys.stderr)
    details = {}
    figures = lab_figures(details)
    if args.json:
        print(json.dumps(json_safe(figures)))
        return 0
    width = max(len(k) for k in figures)
    for key, value in figures.items():
        print(f"{key:<{width}}  {_text(value)}")
    ch3, net = details["ch3"], details["twolayernet"]
    print(f"\nchapter-3 network: 10,000 test digits in {ch3['seconds'][1]:.3f} s one at a time, "
          f"{ch3['seconds'][100]:.3f} s in batches of 100")
    print(f"TwoLayerNet gradient on {net['batch']} digits: {net['seconds_numerical']:.2f} s "
          f"numerically, {net['seconds_backprop'] * 1000:.3f} ms by backprop")
    return 0


def json_safe(value):
    """``value`` with NaN and infinities as the strings "nan", "inf", "-inf" (JSON has none)."""
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, dict):
        return {k: json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_safe(v) for v in value]
    return value


def _text(value):
    if isinstance(value, dict):
        return ", ".join(f"{k} {v:.2e}" for k, v in value.items())
    if isinstance(value, list):
        return "[" + ", ".join(repr(v) for v in value) + "]"
    return repr(value)
