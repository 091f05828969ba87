"""Ticked runs of the Runs tab drawn over the live plots, each in its own colour.

A run's curves are made once, when it is first ticked, and kept while it stays
ticked; ``legend_entries`` names them by what differs between the ticked runs
(tick a third run with another batch size and "lr 0.5" becomes "lr 0.5, batch 128").
"""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt

from .markers import TEST_SYMBOL, TRAIN_SYMBOL


def _epochs(record, name):
    xs = np.array([h.epoch for h in record.history], float)
    ys = np.array([getattr(h, name, np.nan) for h in record.history], float)
    return xs, ys


class RunOverlays:
    def __init__(self, loss_plot, accuracy_plot):
        self.loss_plot, self.accuracy_plot = loss_plot, accuracy_plot
        self.curves = {}  # record number -> (loss curves, accuracy curves)
        self.names = {}  # record number -> legend name

    def numbers(self):
        return set(self.curves)

    def show(self, records, names, colours):
        """Draw exactly ``records``, named ``names``, in ``colours[record.number]``."""
        wanted = {r.number for r in records}
        for number in list(self.curves):
            if number not in wanted:
                self._remove(number)
        for record, name in zip(records, names):
            if record.number not in self.curves:
                self.curves[record.number] = self._make(record, colours[record.number])
            self.names[record.number] = (QCoreApplication.translate(
                "RunOverlays", "{name} (failed)").format(name=name) if record.failed else name)

    def legend_entries(self):
        """([(loss trend, name)], [(test accuracy, name)]): one entry per run and plot."""
        loss, accuracy = [], []
        for number, ((trend, _), (_, test)) in self.curves.items():
            loss.append((trend, self.names[number]))
            accuracy.append((test, self.names[number]))
        return loss, accuracy

    def clear(self):
        for number in list(self.curves):
            self._remove(number)

    def _make(self, record, colour):
        dash = Qt.DashLine if record.failed else Qt.SolidLine
        pen = pg.mkPen(colour, width=2, style=dash)
        thin = pg.mkPen(colour, width=1, style=Qt.DashLine)
        trend = pg.PlotDataItem(record.loss_x, record.loss_smooth, pen=pen, connect="finite")
        test_loss = pg.PlotDataItem(*_epochs(record, "test_loss"), pen=thin, symbol=TEST_SYMBOL,
                                    symbolSize=6, symbolBrush=colour, symbolPen=colour)
        train = pg.PlotDataItem(*_epochs(record, "train_accuracy"), pen=thin,
                                symbol=TRAIN_SYMBOL, symbolSize=9, symbolBrush=None,
                                symbolPen=pg.mkPen(colour, width=1.5))  # a ring, as live
        test = pg.PlotDataItem(*_epochs(record, "test_accuracy"), pen=pen, symbol=TEST_SYMBOL,
                               symbolSize=6, symbolBrush=colour, symbolPen=colour)
        for item in (trend, test_loss):
            self.loss_plot.addItem(item)
        for item in (train, test):
            self.accuracy_plot.addItem(item)
        return (trend, test_loss), (train, test)

    def _remove(self, number):
        loss_items, accuracy_items = self.curves.pop(number)
        self.names.pop(number, None)
        for item in loss_items:
            self.loss_plot.removeItem(item)
        for item in accuracy_items:
            self.accuracy_plot.removeItem(item)
