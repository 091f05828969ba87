"""Nonsense in the recipe form, shown where it is: the field gets a red frame and says
why in its tooltip, and the panel keeps Train and Run sweep off until it is fixed.

What counts as nonsense is the engine's word (``TrainConfig.problems()``, field name ->
message), plus hidden-layer text that does not parse.
"""
import html

# TrainConfig field -> the form's attribute that edits it
WIDGETS = {"layers": "hidden", "lr": "lr", "batch_size": "batch", "epochs": "epochs",
           "iterations": "iterations", "label_smoothing": "smoothing",
           "weight_decay": "weight_decay", "warmup_epochs": "warmup",
           "augment_fraction": "augment_fraction", "thickness": "thickness", "seed": "seed",
           "hidden_activation": "activation", "loss": "loss", "optimizer": "optimizer",
           "augment": "augment", "init": "init", "schedule": "schedule",
           "input_scale": "input_scale", "extra_data": "strokes"}
MARK = "{name} {{ border: 2px solid #c0392b; background: #fdecea; }}"
TIP_KEY = "plainToolTip"  # the widget's own tooltip, kept while a problem is shown
PROBLEM_KEY = "problemText"  # the problem shown, to show it again over a new tooltip


def config_problems(config):
    """``{field: message}`` for ``config``; the engine's list when it has one."""
    problems = getattr(config, "problems", None)
    if problems is not None:
        return dict(problems())
    try:  # an engine without problems(): validate() names the first problem only
        config.validate()
    except ValueError as exc:
        return {"": str(exc)}
    return {}


def form_problems(form, subset=0):
    """``{field: message}`` for what the form's fields describe (``""``: no one field)."""
    try:
        config = form.raw_config(subset)
    except ValueError as exc:  # the hidden layers did not parse
        return {"layers": str(exc)}
    return config_problems(config)


def mark(widget, message):
    """Frame ``widget`` in red with ``message`` first in its tooltip; ``None`` unmarks."""
    kept = widget.property(TIP_KEY)
    if message is None:
        if kept is not None:
            widget.setToolTip(kept)
            widget.setProperty(TIP_KEY, None)
            widget.setProperty(PROBLEM_KEY, None)
            widget.setStyleSheet("")
        return
    if kept is None:
        kept = widget.toolTip()
        widget.setProperty(TIP_KEY, kept)
    widget.setProperty(PROBLEM_KEY, message)
    widget.setStyleSheet(MARK.format(name=type(widget).__name__))
    widget.setToolTip(_marked(message, kept))


def set_tip(widget, tip):
    """Give ``widget`` the tooltip ``tip`` (new words for it): under its problem while
    one is shown, and alone once the problem is fixed."""
    if widget.property(TIP_KEY) is None:
        widget.setToolTip(tip)
        return
    widget.setProperty(TIP_KEY, tip)
    widget.setToolTip(_marked(widget.property(PROBLEM_KEY), tip))


def _marked(message, tip):
    return f"<p><b style='color:#c0392b'>{html.escape(message)}</b></p>{tip}"


def show_problems(form, problems):
    """Mark the fields of ``problems`` and unmark every other; returns the problems no
    field shows (the panel says those on the Train button)."""
    shown = {}
    for name, attribute in WIDGETS.items():
        widget = getattr(form, attribute)
        mark(widget, problems.get(name))
        if name in problems:
            shown[name] = problems[name]
    return {name: text for name, text in problems.items() if name not in shown}
