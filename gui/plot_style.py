"""pyqtgraph's global options, set once on import by every module that draws with it.

Row-major images (the way NumPy holds a 28x28 digit) and light plots that
match the window; importing this first keeps every view consistent.
"""
import pyqtgraph as pg

pg.setConfigOptions(antialias=True, imageAxisOrder="row-major", background="w", foreground="k")
