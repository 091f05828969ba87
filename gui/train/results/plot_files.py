"""Saving the Curves tab: both plots as PNG, the per-epoch figures as CSV."""
import csv
import math
from pathlib import Path

import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

COLUMNS = ("epoch", "loss", "train_loss", "test_loss", "train_accuracy", "test_accuracy",
           "samples_per_second", "train_seconds")


def export_png(plots, folder):
    """``plots``: {name: PlotWidget}; returns the paths written, ``folder/<name>.png``."""
    paths = []
    for name, plot in plots.items():
        path = Path(folder) / f"{name}.png"
        pg.exporters.ImageExporter(plot.plotItem).export(str(path))
        paths.append(path)
    return paths


def export_csv(path, history):
    """One row per epoch (epoch 0, the untrained network, first when known). "loss" is
    the mean batch loss (label smoothing included), train_loss the clean one."""
    with open(path, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(COLUMNS)
        for h in history:
            row = [h.epoch]
            for name in COLUMNS[1:]:
                value = getattr(h, name, math.nan)
                row.append(f"{value:.1f}" if name == "samples_per_second"
                           else f"{value:.3f}" if name == "train_seconds" else f"{value:.6f}")
            writer.writerow(row)
    return path


def save_png_dialog(widget, export):
    """Ask for a folder, ``export(folder)`` (the paths written); ``widget``'s ``saved`` or
    ``problem`` signal says how it went."""
    folder = QFileDialog.getExistingDirectory(
        widget, QCoreApplication.translate("PlotFiles", "Folder for the plot images"),
        str(Path.home()))
    if not folder:
        return
    try:
        paths = export(folder)
    except OSError as exc:
        widget.problem.emit(QCoreApplication.translate("PlotFiles", "Could not save the plots"),
                            f"{folder}: {exc.strerror or exc}")
        return
    widget.saved.emit(QCoreApplication.translate("PlotFiles", "Plots saved"),
                      "\n".join(str(p) for p in paths))
