"""What the network trains on: all or part of MNIST, personal digits, the user's own files."""
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QCheckBox, QFileDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton,
                               QSpinBox, QVBoxLayout)

import engine

from ... import settings
from ...language import Retranslatable
from .checks import set_tip


class DataBox(Retranslatable, QGroupBox):
    changed = Signal()  # what training_data() gives changed
    problem = Signal(str, str)  # title, text: a file that could not be added

    def __init__(self, personal=None, parent=None):
        super().__init__(parent)
        self.personal = personal
        self.user_files = []  # (path, (images, labels))
        self.adding = self.add_user_file  # what the dialog calls: the panel reads in a thread
        v = QVBoxLayout(self)
        row = QHBoxLayout()
        self.samples_label = QLabel()
        row.addWidget(self.samples_label)
        self.subset = QSpinBox()
        self.subset.setObjectName("subsetSpin")
        self.subset.setRange(0, 60000)
        self.subset.setSingleStep(1000)
        row.addWidget(self.subset)
        v.addLayout(row)
        self.use_personal = QCheckBox()
        self.use_personal.setObjectName("personalCheck")
        v.addWidget(self.use_personal)
        files_row = QHBoxLayout()
        self.files_label = QLabel()
        self.files_label.setWordWrap(True)
        self.add_button = add = QPushButton()
        add.clicked.connect(self._add_files_dialog)
        self.remove_button = clear = QPushButton()
        clear.clicked.connect(self.clear_user_files)
        files_row.addWidget(add)
        files_row.addWidget(clear)
        v.addWidget(self.files_label)
        v.addLayout(files_row)
        self.subset.valueChanged.connect(self.changed)
        self.use_personal.toggled.connect(self.changed)
        self.retranslate()

    def retranslate(self):
        self.setTitle(self.tr("Training data"))
        self.samples_label.setText(self.tr("MNIST samples"))
        self.subset.setSpecialValueText(self.tr("all 60,000"))
        set_tip(self.subset, self.tr("Train on a random subset for a quick run (0: all 60,000)"))
        self.use_personal.setText(self.tr("Add my personal digits"))
        self.use_personal.setToolTip(self.tr("Include the digits you taught on the canvas"))
        self.add_button.setText(self.tr("Add IDX/CSV..."))
        self.add_button.setToolTip(self.tr("Add your own training files: an IDX image file (with "
                                           "its labels file), or a CSV of Rashid's format "
                                           "label,p0..p783"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Forget the extra files"))
        self._show_files()

    def _show_files(self):
        """The extra files' names and how many digits they hold, or that there are none."""
        if not self.user_files:
            self.files_label.setText(self.tr("No extra files"))
            return
        names = ", ".join(p.name for p, _ in self.user_files)
        self.files_label.setText(self.tr("{names} ({count} digits)").format(
            names=names, count=f"{self._user_count():,}"))

    def add_user_file(self, path, labels=None):
        """Add a CSV, or an IDX images file with its labels file (checked now, not at Train)."""
        return self.keep_user_file(path, read_user_file(path, labels))

    def keep_user_file(self, path, data):
        """Add the digits ``data`` (images, labels) read from ``path`` by ``read_user_file``."""
        path = Path(path)
        self.user_files.append((path, data))
        self._show_files()
        self.changed.emit()
        return len(data[1])

    def clear_user_files(self):
        self.user_files.clear()  # in place: the panel shows the same list
        self._show_files()
        self.changed.emit()

    def _add_files_dialog(self):
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add training files"), settings.last_folder(),
                                                self.tr("Digits (*.csv *.idx *ubyte *.gz);;All files (*)"))
        if paths:
            settings.remember_folder(paths[0])
        try:
            csvs = [p for p in paths if p.lower().endswith(".csv")]
            idx = sorted(p for p in paths if not p.lower().endswith(".csv"))
            for p in csvs:
                self.adding(p)
            if idx:
                if len(idx) != 2:
                    raise engine.DataFormatError(idx[0], self.tr("choose the IDX images file and its "
                                                                 "labels file together"))
                # By their headers (three dimensions or one), never by their names.
                for images, labels in engine.idx_pairs(idx):
                    self.adding(str(images), str(labels))
        except engine.DataFormatError as exc:
            self.problem.emit(self.tr("Could not add the training file"), str(exc))

    def training_data(self):
        """(images, labels): MNIST's training set and whatever was added to it."""
        images, labels = engine.load_mnist("train")
        parts = [(images, labels)] + [d for _, d in self.user_files]
        if self._personal_used():
            parts.append((self.personal.images, self.personal.labels))
        if len(parts) == 1:
            return parts[0]
        return np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])

    def describe(self):
        """The data in words, e.g. "all 60,000 MNIST digits + 12 personal digits"."""
        if self.subset.value():
            return self.tr("{count} random digits").format(count=f"{self.subset.value():,}")
        extras = ([self.tr("{count} from your files").format(count=f"{self._user_count():,}")]
                  if self.user_files else [])
        if self._personal_used():
            extras.append(self.tr("{count} personal digits").format(count=len(self.personal)))
        return self.tr("all 60,000 MNIST digits") + "".join(f" + {e}" for e in extras)

    def _personal_used(self):
        return self.use_personal.isChecked() and self.personal is not None and len(self.personal)

    def _user_count(self):
        return sum(len(d[1]) for _, d in self.user_files)


def read_user_file(path, labels=None):
    """(images, labels) of a CSV, or of an IDX images file and its ``labels`` file; plain
    Python, so it can run in a thread. Raises DataFormatError."""
    path = Path(path)
    if path.suffix.lower() == ".csv":
        return engine.load_csv(path)
    if labels is None:
        raise engine.DataFormatError(path, QCoreApplication.translate(
            "DataBox", "an IDX images file needs its labels file too"))
    return engine.load_idx(path, labels=labels)
