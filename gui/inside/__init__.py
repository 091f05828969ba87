"""Look inside the network: your drawing layer by layer, back-query images, first-layer
weights, a gradient check.

``panel.InsidePanel`` holds the views as tabs, "Your drawing" (the ``drawing``
subpackage) first; each view is a module of its own and only shows what the
engine computes.
"""
