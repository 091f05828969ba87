"""Where the app keeps its state: QSettings (INI) and the user's data folder."""
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

ORGANIZATION = "DigitReader"
APPLICATION = "Digit Reader"
MAX_RECENT = 8


def app_settings():
    return QSettings(QSettings.IniFormat, QSettings.UserScope, ORGANIZATION, APPLICATION)


def data_dir():
    """The user's data folder (QStandardPaths.AppDataLocation), created if missing."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def recent_models():
    value = app_settings().value("recentModels", [])
    if isinstance(value, str):  # QSettings gives a lone string for a one-item list
        value = [value]
    return [v for v in (value or []) if isinstance(v, str)]


def remember_model(path):
    items = [str(path)] + [p for p in recent_models() if p != str(path)]
    app_settings().setValue("recentModels", items[:MAX_RECENT])


def forget_model(path):
    app_settings().setValue("recentModels", [p for p in recent_models() if p != str(path)])


def last_folder():
    """Where file dialogs open: the folder last used, else home (a bad stored value too)."""
    value = app_settings().value("lastFolder", str(Path.home()))
    return value if isinstance(value, str) and value else str(Path.home())


def remember_folder(path):
    app_settings().setValue("lastFolder", str(Path(path).parent))
