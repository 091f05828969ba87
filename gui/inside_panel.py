"""Look inside: back-query images for all ten labels, first-layer weights, a gradient check."""
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton,
                               QSizePolicy, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

import engine
from engine import Network, gradient_check, save_digit_png

from .background import BackgroundJobs

COLORMAP = "inferno"
WEIGHT_TILES = 64  # first-layer units shown: an 8x8 grid


class ClickableImage(pg.ImageItem):
    def __init__(self, on_click, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._on_click = on_click

    def mouseClickEvent(self, event):
        if event.button() == Qt.LeftButton:
            self._on_click()
            event.accept()


class BackqueryView(QWidget):
    """Ten back-query images side by side, with a colour bar and a classic/refined switch."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("backqueryView")
        self.setToolTip("What the network imagines for each label: the label run backwards "
                        "through the network (Rashid's back-query). Click one to enlarge it.")
        v = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel("Back-query"))
        self.mode = QComboBox()
        self.mode.setObjectName("backqueryMode")
        self.mode.addItem("classic (Rashid's logit recipe)", "classic")
        self.mode.addItem("refined (read back as its label)", "refined")
        self.mode.setToolTip("classic: targets 0.01/0.99 through logit and the transposed weights;\n"
                             "refined: the classic image improved until the network reads it back")
        self.mode.currentIndexChanged.connect(self.refresh)
        row.addWidget(self.mode)
        row.addStretch(1)
        v.addLayout(row)
        self.status = QLabel("")
        # Wraps on its own line: a long read-back sentence must not widen the dock.
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        v.addWidget(self.status)
        self.canvas = pg.GraphicsLayoutWidget()
        self.canvas.setBackground("w")
        v.addWidget(self.canvas, 1)
        cmap = pg.colormap.get(COLORMAP)
        self.items, self.images = [], [None] * 10
        layout = self.canvas.ci.layout
        for d in range(10):
            row, col = 2 * (d // 5), d % 5  # two rows of five: big enough to see strokes
            box = self.canvas.addViewBox(row=row, col=col, lockAspect=True, enableMouse=False,
                                         invertY=True)
            box.setMenuEnabled(False)
            item = ClickableImage(lambda d=d: self.enlarge(d), np.zeros((28, 28), np.float32))
            item.setColorMap(cmap)
            box.addItem(item)
            box.setRange(xRange=(0, 28), yRange=(0, 28), padding=0.02)
            self.items.append(item)
            self.canvas.addLabel(str(d), row=row + 1, col=col)
        self.colorbar = pg.ColorBarItem(values=(0, 1), colorMap=cmap, interactive=False,
                                        orientation="horizontal", label="pixel value (each image on its own range)")
        self.canvas.addItem(self.colorbar, row=4, col=0, colspan=5)
        for r in (1, 3):
            layout.setRowMaximumHeight(r, 22)
        layout.setRowMaximumHeight(4, 70)
        self.net = None
        self._token = 0
        self._jobs = BackgroundJobs(self)
        self.refresh_count = 0

    def set_network(self, net):
        self.net = net.copy()  # a private snapshot: training may go on meanwhile
        self.refresh()

    def refresh(self):
        """Recompute the ten images in a background thread; the newest request wins."""
        if self.net is None:
            return
        self._token += 1
        # Each job gets its own copy: a network caches activations as it runs.
        token, net, mode = self._token, self.net.copy(), self.mode.currentData()
        self.status.setText("computing...")

        def work():
            images = [net.backquery(d, mode) for d in range(10)]
            probs = net.predict_proba(np.stack(images).reshape(10, -1))
            return images, [float(probs[d, d]) for d in range(10)]

        self._jobs.submit(work, lambda result: self._show(token, result))

    def _show(self, token, result):
        if token != self._token:
            return  # a newer model or mode has been asked for
        if isinstance(result, Exception):
            self.status.setText(f"failed: {result}")
            return
        images, readback = result
        self.images = images
        for item, image in zip(self.items, images):
            # Each image on its own range: a refined back-query is faint but sharp.
            lo, hi = float(image.min()), float(image.max())
            item.setImage(image, levels=(lo, hi if hi > lo else lo + 1))
        self.status.setText(f"the network reads them back as their own labels with "
                            f"{min(readback):.0%} to {max(readback):.0%}")
        self.refresh_count += 1

    def enlarge(self, digit):
        if self.images[digit] is None:
            return None
        dialog = QDialog(self)
        dialog.setWindowTitle(f"Back-query of {digit} ({self.mode.currentData()})")
        v = QVBoxLayout(dialog)
        view = pg.ImageView()
        view.setImage(self.images[digit])
        view.setColorMap(pg.colormap.get(COLORMAP))
        v.addWidget(view)
        save = QPushButton("Save as PNG...")
        save.setToolTip("Save this image (28x28, enlarged 10 times)")

        def save_png():
            path, _ = QFileDialog.getSaveFileName(dialog, "Save back-query", str(Path.home() / f"backquery-{digit}.png"),
                                                  "PNG (*.png)")
            if path:
                save_digit_png(self.images[digit], path)

        save.clicked.connect(save_png)
        v.addWidget(save)
        dialog.resize(520, 560)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()
        return dialog


class WeightsView(pg.GraphicsLayoutWidget):
    """The first layer's weights, one 28x28 tile per hidden unit."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("weightsView")
        self.setToolTip("Each tile: the 784 weights into one first-layer unit, as a 28x28 picture "
                        "(blue negative, red positive). The pixels a unit 'looks for'.")
        self.setBackground("w")
        self.box = self.addViewBox(lockAspect=True, enableMouse=False, invertY=True)
        self.image = pg.ImageItem()
        self.image.setColorMap(pg.colormap.get("CET-D1"))
        self.box.addItem(self.image)
        self.mosaic = None

    def set_network(self, net):
        w = net.weights[0]
        n = min(WEIGHT_TILES, w.shape[1])
        side = int(np.ceil(np.sqrt(n)))
        mosaic = np.full((side * 29 + 1, side * 29 + 1), np.nan, np.float32)
        for k in range(n):
            tile = w[:, k].reshape(28, 28)
            tile = tile / max(float(np.abs(tile).max()), 1e-12)
            r, c = divmod(k, side)
            mosaic[1 + r * 29:1 + r * 29 + 28, 1 + c * 29:1 + c * 29 + 28] = tile
        self.mosaic = mosaic
        self.image.setImage(np.nan_to_num(mosaic, nan=0.0), levels=(-1, 1))


class GradientCheckView(QWidget):
    """Chapter 4 of the book: numerical gradients against backprop, per parameter tensor."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("gradcheckView")
        v = QVBoxLayout(self)
        self.explain = QLabel("A small float64 copy of the current architecture (784-16-10, same "
                              "activations and loss) on 3 test digits: each parameter's gradient "
                              "by central differences (h = 1e-4) against backpropagation.")
        self.explain.setWordWrap(True)
        v.addWidget(self.explain)
        self.button = QPushButton("Run gradient check")
        self.button.setObjectName("gradcheckButton")
        self.button.setToolTip("Compute numerical gradients and compare (takes a second or two)")
        self.button.clicked.connect(self.run)
        v.addWidget(self.button)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("gradcheckTable")
        self.table.setHorizontalHeaderLabels(["parameter", "shape", "relative error"])
        self.table.horizontalHeader().setStretchLastSection(True)
        v.addWidget(self.table, 1)
        self.verdict = QLabel("")
        v.addWidget(self.verdict)
        self.net = None
        self.errors = None
        self._jobs = BackgroundJobs(self)

    def set_network(self, net):
        self.net = net

    def run(self):
        if self.net is None:
            return
        self.button.setEnabled(False)
        self.verdict.setText("checking...")
        template = self.net

        def work():
            small = Network([784, 16, 10], template.hidden_activation, template.output_activation,
                            init="xavier", seed=0, loss=template.loss, dtype=np.float64)
            images, labels = engine.load_mnist("test")
            x = images[:3].reshape(3, -1) / 255.0
            targets = np.eye(10)[labels[:3]]
            shapes = {p.name: p.value.shape for p in small.parameters()}
            return gradient_check(small, x, targets), shapes

        self._jobs.submit(work, self._show)

    def _show(self, result):
        self.button.setEnabled(True)
        if isinstance(result, Exception):
            self.verdict.setText(f"failed: {result}")
            return
        errors, shapes = result
        self.errors = errors
        self.table.setRowCount(len(errors))
        for row, (name, err) in enumerate(errors.items()):
            for col, text in enumerate((name, "x".join(map(str, shapes[name])), f"{err:.2e}")):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemIsEditable)
                self.table.setItem(row, col, item)
        worst = max(errors.values())
        self.verdict.setText(f"largest relative error {worst:.1e}: "
                             + ("backprop agrees with the numerical gradient." if worst < 1e-6
                                else "backprop and the numerical gradient DISAGREE."))


class InsidePanel(QTabWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("insidePanel")
        self.backquery = BackqueryView()
        self.weights = WeightsView()
        self.gradcheck = GradientCheckView()
        self.addTab(self.backquery, "Back-query")
        self.addTab(self.weights, "First-layer weights")
        self.addTab(self.gradcheck, "Gradient check")
        # Model changes come in bursts (every epoch, every taught digit): coalesce them.
        self._pending = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._apply)

    def set_network(self, net):
        self._pending = net
        self._timer.start()

    def _apply(self):
        net, self._pending = self._pending, None
        if net is None:
            return
        self.backquery.set_network(net)
        self.weights.set_network(net)
        self.gradcheck.set_network(net)
