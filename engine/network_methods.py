"""``net.save(path)`` and ``net.backquery(label, mode)``: methods outside scripts rely on.

The engine's own ways are ``engine.save_model(net, path)`` and
``engine.backquery(net, label, mode=...)``. Both modules import
``nn.network``, so the class may not import them back (that was an import
cycle); the two methods are attached here, from outside, when the facade is
imported.
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


Network.save = _save
Network.backquery = _backquery
