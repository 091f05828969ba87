"""What the network trains on: all or part of MNIST, personal digits, the user's own files."""
from pathlib import Path

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QFileDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton,
                               QSpinBox, QVBoxLayout)

import engine


class DataBox(QGroupBox):
    changed = Signal()  # what training_data() gives changed
    problem = Signal(str, str)  # title, text: a file that could not be added

    def __init__(self, personal=None, parent=None):
        super().__init__("Training data", parent)
        self.personal = personal
        self.user_files = []  # (path, (images, labels))
        v = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel("MNIST samples"))
        self.subset = QSpinBox()
        self.subset.setObjectName("subsetSpin")
        self.subset.setRange(0, 60000)
        self.subset.setSingleStep(1000)
        self.subset.setSpecialValueText("all 60,000")
        self.subset.setToolTip("Train on a random subset for a quick run (0: all 60,000)")
        row.addWidget(self.subset)
        v.addLayout(row)
        self.use_personal = QCheckBox("Add my personal digits")
        self.use_personal.setObjectName("personalCheck")
        self.use_personal.setToolTip("Include the digits you taught on the canvas")
        v.addWidget(self.use_personal)
        files_row = QHBoxLayout()
        self.files_label = QLabel("No extra files")
        self.files_label.setWordWrap(True)
        add = QPushButton("Add IDX/CSV...")
        add.setToolTip("Add your own training files: an IDX image file (with its labels file), "
                       "or a CSV of Rashid's format label,p0..p783")
        add.clicked.connect(self._add_files_dialog)
        clear = QPushButton("Remove")
        clear.setToolTip("Forget the extra files")
        clear.clicked.connect(self.clear_user_files)
        files_row.addWidget(add)
        files_row.addWidget(clear)
        v.addWidget(self.files_label)
        v.addLayout(files_row)
        self.subset.valueChanged.connect(self.changed)
        self.use_personal.toggled.connect(self.changed)

    def add_user_file(self, path, labels=None):
        """Add a CSV, or an IDX images file with its labels file (checked now, not at Train)."""
        path = Path(path)
        if path.suffix.lower() == ".csv":
            data = engine.load_csv(path)
        else:
            if labels is None:
                raise engine.DataFormatError(path, "an IDX images file needs its labels file too")
            data = engine.load_idx(path, labels=labels)
        self.user_files.append((path, data))
        names = ", ".join(p.name for p, _ in self.user_files)
        self.files_label.setText(f"{names} ({self._user_count():,} digits)")
        self.changed.emit()
        return len(data[1])

    def clear_user_files(self):
        self.user_files.clear()  # in place: the panel shows the same list
        self.files_label.setText("No extra files")
        self.changed.emit()

    def _add_files_dialog(self):
        paths, _ = QFileDialog.getOpenFileNames(self, "Add training files", str(Path.home()),
                                                "Digits (*.csv *.idx *ubyte *.gz);;All files (*)")
        try:
            csvs = [p for p in paths if p.lower().endswith(".csv")]
            idx = sorted(p for p in paths if not p.lower().endswith(".csv"))
            for p in csvs:
                self.add_user_file(p)
            if idx:
                if len(idx) != 2:
                    raise engine.DataFormatError(idx[0], "choose the IDX images file and its labels file together")
                labels = next((p for p in idx if "label" in Path(p).name.lower()), idx[0])
                images = next(p for p in idx if p != labels)
                self.add_user_file(images, labels)
        except engine.DataFormatError as exc:
            self.problem.emit("Could not add the training file", str(exc))

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
            return f"{self.subset.value():,} random digits"
        extras = [f"{self._user_count():,} from your files"] if self.user_files else []
        if self._personal_used():
            extras.append(f"{len(self.personal)} personal digits")
        return "all 60,000 MNIST digits" + "".join(f" + {e}" for e in extras)

    def _personal_used(self):
        return self.use_personal.isChecked() and self.personal is not None and len(self.personal)

    def _user_count(self):
        return sum(len(d[1]) for _, d in self.user_files)
