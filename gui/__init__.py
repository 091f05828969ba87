"""The PySide6 + pyqtgraph window; talks to the engine through its public API."""
