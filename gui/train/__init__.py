"""The Train dock: recipe and data, a run in the background, its results and sweeps.

``panel.TrainPanel`` lays the parts out and routes a run's records to them;
``worker`` is the plain-Python side of a run (no Qt), ``recipe/`` the Recipe
tab, ``results/`` the Curves, Confusion and Mistakes tabs.
"""
