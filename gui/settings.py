"""Where the app keeps its state: QSettings (INI) and the user's data folder.

The settings file is the user's: a hand edit, a crash mid-write or a full
disk can leave anything in it. So every value is read through a check with
a fallback (``read``), and at start-up ``check_file`` sets a damaged file
aside under a unique name before Qt ever reads it.
"""
import os
import shutil
import stat
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QSettings,
                            QStandardPaths)

from .language import LANGUAGES

ORGANIZATION = "DigitReader"
APPLICATION = "Digit Reader"
MAX_RECENT = 8
MAX_FILE_BYTES = 1 << 20  # ours is about 2 KB; a bigger one is not ours to parse in full
MAX_BLOB_BYTES = 1 << 16  # a saved geometry or dock layout is a few hundred bytes
MAX_PATH_CHARS = 4096


def app_settings():
    return QSettings(QSettings.IniFormat, QSettings.UserScope, ORGANIZATION, APPLICATION)


def settings_path():
    """The INI file ``app_settings`` uses, found without opening it (a FIFO would hang Qt)."""
    config = QStandardPaths.writableLocation(QStandardPaths.GenericConfigLocation)
    return Path(config) / ORGANIZATION / f"{APPLICATION}.ini"


def data_dir():
    """The user's data folder (QStandardPaths.AppDataLocation), created if missing.

    When it cannot be created (a file in its place, no permission) the path
    is still returned: whoever writes there reports the error in words.
    """
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.AppDataLocation))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass
    return folder


# -- checked values ---------------------------------------------------------------------
def _integer(lo, hi):
    def check(value):
        if isinstance(value, str) and value.strip().lstrip("+-").isdigit():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
            raise ValueError
        return value
    return check


def _flag(value):
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    raise ValueError


def _blob(value):
    if isinstance(value, (bytes, QByteArray)) and 0 < len(value) <= MAX_BLOB_BYTES:
        return QByteArray(value)
    raise ValueError


def _text(value):
    if isinstance(value, str) and 0 < len(value) <= MAX_PATH_CHARS and "\0" not in value:
        return value
    raise ValueError


def _language(value):
    if value in LANGUAGES:
        return value
    raise ValueError


def _paths(value):
    if isinstance(value, str):  # QSettings gives a lone string for a one-item list
        value = [value]
    if not isinstance(value, list) or len(value) > 4 * MAX_RECENT:
        raise ValueError
    return [_text(v) for v in value]


# key: (check turning a stored value into a sound one or raising ValueError, fallback)
CHECKS = {
    "geometry": (_blob, None),
    "windowState": (_blob, None),
    "penWidth": (_integer(1, 200), None),
    "invert": (_flag, False),
    "lastFolder": (_text, None),
    "recentModels": (_paths, []),
    "language": (_language, None),
}

WORDS = {"geometry": QT_TRANSLATE_NOOP("Settings", "window size and place"),
         "windowState": QT_TRANSLATE_NOOP("Settings", "panel layout"),
         "penWidth": QT_TRANSLATE_NOOP("Settings", "pen width"),
         "invert": QT_TRANSLATE_NOOP("Settings", "dark ink"),
         "lastFolder": QT_TRANSLATE_NOOP("Settings", "last folder"),
         "recentModels": QT_TRANSLATE_NOOP("Settings", "recent models"),
         "language": QT_TRANSLATE_NOOP("Settings", "language")}


def read(key, settings=None):
    """The value stored under ``key`` (one of CHECKS), or its fallback when it is missing or
    not a value of the right kind."""
    check, fallback = CHECKS[key]
    value = (settings or app_settings()).value(key)
    if value is None:
        return fallback
    try:
        return check(value)
    except (ValueError, TypeError, OverflowError):
        return fallback


def recent_models():
    return read("recentModels")[:MAX_RECENT]


def remember_model(path):
    items = [str(path)] + [p for p in recent_models() if p != str(path)]
    app_settings().setValue("recentModels", items[:MAX_RECENT])


def forget_model(path):
    app_settings().setValue("recentModels", [p for p in recent_models() if p != str(path)])


def language():
    """The language chosen last (a key of gui.language.LANGUAGES), or None."""
    return read("language")


def remember_language(key):
    app_settings().setValue("language", key)


def last_folder():
    """Where file dialogs open: the folder last used while it exists, else home."""
    folder = read("lastFolder")
    try:
        return folder if folder is not None and Path(folder).is_dir() else str(Path.home())
    except OSError:  # a name too long for the file system, say
        return str(Path.home())


def remember_folder(path):
    app_settings().setValue("lastFolder", str(Path(path).parent))


# -- start-up ---------------------------------------------------------------------------
def check_file():
    """Before anything reads the settings: a damaged file goes aside, the app starts afresh.

    Not a regular file (a folder, a FIFO, a link to a device), too big, not
    text, or not INI that Qt can parse: the whole file is moved aside.
    Values of the wrong kind (a pen width of ``12.5``, text for a geometry):
    the file is copied aside and those values removed. The copy never
    replaces an earlier one. Returns a sentence for the user, or None.
    """
    path = settings_path()
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return QCoreApplication.translate(
            "Settings", "Your settings file {path} cannot be read ({error}); defaults are used."
        ).format(path=path, error=exc.strerror or exc)
    why = _file_problem(path, info)
    if why is not None:
        return _set_aside(path, why, move=True)
    s = app_settings()
    if s.status() == QSettings.FormatError:
        return _set_aside(path, QCoreApplication.translate("Settings", "Qt could not parse it"),
                          move=True)
    bad = [key for key, (check, _) in CHECKS.items() if s.contains(key)
           and not _sound(check, s.value(key))]
    if not bad:
        return None
    words = ", ".join(QCoreApplication.translate("Settings", WORDS.get(key, key)) for key in bad)
    told = _set_aside(path, QCoreApplication.translate(
        "Settings", "these settings were not usable: {keys}").format(keys=words), move=False)
    for key in bad:
        s.remove(key)
    s.sync()
    return told


def _sound(check, value):
    try:
        check(value)
    except (ValueError, TypeError, OverflowError):
        return False
    return True


def _file_problem(path, info):
    if not stat.S_ISREG(info.st_mode):
        return QCoreApplication.translate("Settings", "it is not a regular file")
    if info.st_size > MAX_FILE_BYTES:
        return QCoreApplication.translate(
            "Settings", "it is {size} bytes, far more than settings take").format(
            size=f"{info.st_size:,}")
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return QCoreApplication.translate("Settings", "it is not text")
    except OSError as exc:
        return QCoreApplication.translate("Settings", "it cannot be read ({error})").format(
            error=exc.strerror or exc)
    if any(ord(c) < 32 and c not in "\t\r\n" for c in text):
        return QCoreApplication.translate("Settings", "it holds binary garbage")
    return None


def _set_aside(path, why, move):
    """Keep the damaged file as ``<name>.damaged-<time>[-n]``; a sentence saying so."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while os.path.lexists(target):
        n += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    try:
        if move:
            os.replace(path, target)
        else:
            shutil.copyfile(path, target)
    except OSError as exc:
        if move:  # Qt must never open it (a FIFO would hang): this session's settings go elsewhere
            QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp())
        text = (QCoreApplication.translate(
            "Settings", "Your settings file {path} was damaged ({why}) and could not be kept "
                        "aside ({error}); nothing is remembered this time.") if move else
                QCoreApplication.translate(
            "Settings", "Your settings file {path} was damaged ({why}) and could not be kept "
                        "aside ({error}); defaults are used for what was wrong."))
        return text.format(path=path, why=why, error=exc.strerror or exc)
    if move:
        s = app_settings()  # the process may hold the old contents: start empty
        s.clear()
        s.sync()
    text = (QCoreApplication.translate(
        "Settings", "Your settings file was damaged ({why}), so the settings were reset. The "
                    "old file is kept as {target}.") if move else
            QCoreApplication.translate(
        "Settings", "Your settings file was damaged ({why}), so those were reset. The old file "
                    "is kept as {target}."))
    return text.format(why=why, target=target)
