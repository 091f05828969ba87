"""Every text a person can read in a window: for the language tests."""
import re

import pyqtgraph as pg
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QDockWidget, QGroupBox, QLabel,
                               QLineEdit, QListWidget, QMenu, QPlainTextEdit, QTabWidget,
                               QTextEdit, QWidget)

# Names that stay as they are in the Korean edition too (the list, and their kin).
TECHNICAL = ("MNIST", "ReLU", "SGD", "Adam", "softmax", "Softmax", "sigmoid", "tanh", "PNG",
             "CSV", "IDX", "npz", "NumPy", "PyTorch", "Qt", "He", "Xavier", "Glorot", "Nesterov",
             "momentum", "Momentum", "cosine", "ln", "exp", "log", "float32", "float64", "np",
             "nan", "inf", "TwoLayerNet", "dlfs", "ch3", "rashid", "default", "SSE", "CE", "MSE",
             "kNN", "PCA", "SVG", "JSON", "Ctrl", "Shift", "Alt", "Del", "Esc", "Enter", "Space",
             "Tab", "Backspace", "English", "x", "y", "h", "W", "b", "a", "z", "w", "lr",
             "relu", "sum", "max", "sum_j", "sum_k", "KB", "MB", "GB", "ms", "s", "px", "dpi", "Python", "CLI", "GPU", "CPU", "MIT")
# ASCII edges, not \b: Hangul counts as a word character, so "softmax의" has no \b after "softmax".
_TECHNICAL = re.compile(r"(?<![A-Za-z0-9_])(" + "|".join(map(re.escape, TECHNICAL))
                        + r")(?![A-Za-z0-9_])")
_MARKUP = re.compile(r"<[^>]+>|&[a-z]+;")
_PATHS = re.compile(r"\S+\.(npz|png|csv|py|json|log|ts|qm|idx|gz)(?![A-Za-z0-9_])|\S*/\S+")


def widget_texts(widget):
    """``(where, text)`` for each text ``widget`` shows or gives as a tooltip."""
    texts = []
    name = type(widget).__name__ + (f"#{widget.objectName()}" if widget.objectName() else "")

    def add(kind, text):
        if text:
            texts.append((f"{name}.{kind}", text))

    add("toolTip", widget.toolTip())
    add("statusTip", widget.statusTip())
    if isinstance(widget, QLabel):
        add("text", widget.text())
    if isinstance(widget, QAbstractButton):
        add("text", widget.text())
    if isinstance(widget, QGroupBox):
        add("title", widget.title())
    if isinstance(widget, QDockWidget):
        add("windowTitle", widget.windowTitle())
    if isinstance(widget, QLineEdit):
        add("placeholder", widget.placeholderText())
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        add("placeholder", widget.placeholderText())
        add("text", widget.toPlainText())
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            add(f"tab{i}", widget.tabText(i))
            add(f"tab{i}.toolTip", widget.tabToolTip(i))
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            add(f"item{i}", widget.itemText(i))
    if isinstance(widget, QListWidget):
        for i in range(min(widget.count(), 50)):
            add(f"item{i}", widget.item(i).text())
    if isinstance(widget, QMenu):
        add("title", widget.title())
    for action in widget.actions():
        add("action", action.text())
        add("action.toolTip", action.toolTip() if action.toolTip() != action.text().replace("&", "")
            else "")
    if isinstance(widget, pg.PlotWidget):
        item = widget.getPlotItem()
        add("plotTitle", item.titleLabel.text)
        for side in ("left", "bottom", "right", "top"):
            axis = item.getAxis(side)
            if axis.isVisible():
                add(f"axis.{side}", axis.labelText)
        legend = item.legend
        if legend is not None:
            for _, label in legend.items:
                add("legend", label.text)
    return texts


def window_texts(window):
    """The texts of ``window`` and everything inside it, menus included."""
    texts = []
    for widget in [window, *window.findChildren(QWidget)]:
        texts += widget_texts(widget)
    for menu in window.menuBar().findChildren(QMenu):
        texts += widget_texts(menu)
    return texts


def english_words(text):
    """The words of ``text`` that are English, once technical names, paths and markup are gone."""
    text = _PATHS.sub(" ", _MARKUP.sub(" ", text))
    text = _TECHNICAL.sub(" ", text.replace("&", ""))
    return re.findall(r"[A-Za-z]{2,}", text)


def has_hangul(text):
    return any("\uac00" <= ch <= "\ud7a3" or "\u1100" <= ch <= "\u11ff" for ch in text)
