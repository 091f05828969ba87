"""The Runs tab: every run of this window (finished, stopped or failed, sweeps too), ticked
to overlay its curves on the Curves tab, and saved as CSV."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QVBoxLayout, QWidget)

from ..language import Retranslatable
from .run_record import write_csv
from .save_file import save_with_dialog

# One colour per run, none of them the live run's blue, orange or green.
# Nor red: a failed run's titles are red.
COLOURS = [(148, 60, 190), (20, 150, 170), (140, 90, 40), (220, 60, 160), (40, 40, 160),
           (90, 90, 90), (150, 150, 20), (0, 110, 110)]


class RunsView(Retranslatable, QWidget):
    tickedChanged = Signal()  # the set of ticked runs changed
    saved = Signal(str, str)  # title, text: the list was written
    problem = Signal(str, str)  # title, text: it could not be

    def __init__(self, parent=None):
        super().__init__(parent)
        self.records = []
        self.colours = {}  # record number -> (r, g, b)
        v = QVBoxLayout(self)
        v.setContentsMargins(4, 4, 4, 4)
        self.info = QLabel()
        self.info.setObjectName("runsInfo")
        self.info.setWordWrap(True)
        v.addWidget(self.info)
        self.list = QListWidget()
        self.list.setObjectName("runsList")
        self.list.setWordWrap(True)  # at the dock's width a run takes two or three lines
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.list.setAlternatingRowColors(True)
        v.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.untick_button = QPushButton()
        self.untick_button.setObjectName("runsUntickButton")
        self.csv_button = QPushButton()
        self.csv_button.setObjectName("runsCsvButton")
        row.addWidget(self.untick_button)
        row.addStretch(1)
        row.addWidget(self.csv_button)
        v.addLayout(row)
        self.list.itemChanged.connect(lambda item: self.tickedChanged.emit())
        self.untick_button.clicked.connect(self.untick_all)
        self.csv_button.clicked.connect(self._export_dialog)
        self._enable()
        self.retranslate()

    def retranslate(self):
        self.info.setText(self.tr("Every run of this window joins this list when it ends. Tick "
                                  "runs to draw their curves over the Curves tab, each in its "
                                  "own colour."))
        self.list.setToolTip(self.tr("Tick runs to compare their loss and accuracy on the "
                                     "Curves tab"))
        self.untick_button.setText(self.tr("Untick all"))
        self.csv_button.setText(self.tr("Save list..."))
        self.csv_button.setToolTip(self.tr("Save every run of the list as CSV: outcome, figures, "
                                           "recipe"))
        self.list.blockSignals(True)  # new words, the same ticks
        for i, record in enumerate(self.records):
            self.list.item(i).setText(record.summary())
            self.list.item(i).setToolTip(record.summary())
        self.list.blockSignals(False)

    def add(self, record, ticked=False):
        self.records.append(record)
        colour = COLOURS[(len(self.records) - 1) % len(COLOURS)]
        self.colours[record.number] = colour
        swatch = QPixmap(12, 12)
        swatch.fill(QColor(*colour))
        item = QListWidgetItem(QIcon(swatch), record.summary())
        item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
        item.setData(Qt.UserRole, record.number)
        item.setToolTip(record.summary())
        if record.failed:
            item.setForeground(QColor(190, 30, 30))
        self.list.blockSignals(True)
        item.setCheckState(Qt.Checked if ticked else Qt.Unchecked)
        self.list.addItem(item)
        self.list.blockSignals(False)
        self._enable()
        if ticked:
            self.tickedChanged.emit()
        return item

    def set_ticked(self, record, ticked=True):
        self.item_of(record).setCheckState(Qt.Checked if ticked else Qt.Unchecked)

    def item_of(self, record):
        return self.list.item(self.records.index(record))

    def ticked(self):
        return [r for i, r in enumerate(self.records)
                if self.list.item(i).checkState() == Qt.Checked]

    def untick_all(self):
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            self.list.item(i).setCheckState(Qt.Unchecked)
        self.list.blockSignals(False)
        self.tickedChanged.emit()

    def export_csv(self, path):
        return write_csv(self.records, path)

    def _enable(self):
        self.csv_button.setEnabled(bool(self.records))
        self.untick_button.setEnabled(bool(self.records))

    def _export_dialog(self):
        save_with_dialog(self, self.tr("Save the runs"), "runs.csv", "CSV (*.csv)", self.export_csv,
                         self.tr("Runs saved"), self.tr("Could not save the runs"))
