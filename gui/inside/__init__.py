"""Look inside the network: back-query images, first-layer weights, a gradient check.

``panel.InsidePanel`` holds the three views as tabs; each view is a module of
its own and only shows what the engine computes.
"""
