"""Network.save and Network.backquery, kept until gui/ moves over (issue 11).

The ways to save and back-query are ``engine.save_model(net, path)`` and
``engine.backquery(net, label, mode)``. Both modules import ``nn.network``, so
the class itself may not import them back (that was the import cycle); the
two methods are attached here, from outside, once the facade is imported.
Users: gui/main_window.py (``self.model.save(path)``), gui/inside_panel.py
and tools/screenshots.py (``net.backquery(d, mode)``).
"""
from .insight.backquery import backquery
from .nn.model_io import save_model
from .nn.network import Network


def _save(self, path):
    """Write this network to ``path`` (.npz), atomically; as ``engine.save_model``."""
    save_model(self, path)


def _backquery(self, label, mode="classic"):
    """What the network 'imagines' for ``label``; as ``engine.backquery``."""
    return backquery(self, label, mode)


# kept until gui/ moves over (issue 11)
Network.save = _save
Network.backquery = _backquery
