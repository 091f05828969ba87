"""The network itself: layers, losses, the network, optimizers and model files.

Import from ``engine`` (the facade); the modules here import each other in
one direction: layers, losses <- network <- model_io.
"""
