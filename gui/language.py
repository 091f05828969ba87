"""The window's language: Qt translators (.qm under resources/translations) and a Hangul font.

Every user-visible text goes through ``tr()`` / ``QCoreApplication.translate``;
``set_language`` swaps the installed translators, and Qt then sends every
widget a ``LanguageChange`` event, on which ``Retranslatable`` widgets set
their texts again. English is the source language: it needs no file.
"""
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase

import engine

LANGUAGES = {"en": "English", "ko": "한국어"}  # each named in its own language, for the menu
# Preferred first: the faces Korean desktops ship; any other font with Hangul will do.
HANGUL_FAMILIES = ("Noto Sans CJK KR", "Noto Sans KR", "NanumGothic", "NanumBarunGothic",
                   "Malgun Gothic", "Apple SD Gothic Neo", "UnDotum", "Baekmuk Gulim")
FONT_HINT = "sudo apt-get install -y fonts-nanum"

_state = {"language": "en", "translators": [], "font": None}


class Retranslatable:
    """Mixin for widgets whose texts are set in ``retranslate()``: called once by the
    widget itself when built, and again by Qt whenever the language changes."""

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        raise NotImplementedError


def current():
    """The language in use now: a key of ``LANGUAGES``."""
    return _state["language"]


def system_default():
    """The language the system's locale asks for, if we have it; else English."""
    return "ko" if QLocale.system().language() == QLocale.Korean else "en"


def initial(asked=None, remembered=None):
    """The language to start in: the one asked for (``--lang``), else the one chosen last,
    else the system's. A name we do not have is passed on: ``set_language`` says so."""
    if asked is not None:
        return asked
    return remembered if remembered in LANGUAGES else system_default()


def hangul_font():
    """The family of an installed font that has Hangul, or None."""
    korean = set(QFontDatabase.families(QFontDatabase.Korean))
    for family in HANGUL_FAMILIES:
        if family in korean:
            return family
    return sorted(korean)[0] if korean else None


def translation_files(language):
    """The .qm files of ``language``, ours and Qt's own (standard buttons and dialogs)."""
    ours = sorted(engine.resource_path("translations").glob(f"*_{language}.qm"))
    qt_dir = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
    return ours, [f"{qt_dir}/qtbase_{language}.qm"]


def set_language(language):
    """Use ``language`` from now on; returns ``(used, problem)``.

    ``problem`` is None, or a sentence saying why another language is in
    use (no font with Hangul, an unknown name): text in boxes a reader
    cannot read would be worse than English.
    """
    app = QCoreApplication.instance()
    problem = None
    if language not in LANGUAGES:
        problem = QCoreApplication.translate(
            "Language", "Unknown language {name}; use one of {names}.").format(
            name=repr(language), names=", ".join(LANGUAGES))
        language = "en"
    if language == "ko":
        family = hangul_font()
        if family is None:
            problem = QCoreApplication.translate(
                "Language", "No font with Korean letters (Hangul) is installed, so the window "
                            "stays in English. On Debian or Ubuntu: {command}").format(
                command=FONT_HINT)
            language = "en"
        else:
            _use_font(app, family)
    for translator in _state["translators"]:
        app.removeTranslator(translator)
    _state["translators"] = []
    ours, qts = translation_files(language)  # English has ours too: its plural forms
    for path in [*qts, *map(str, ours)]:
        translator = QTranslator(app)
        if Path(path).exists() and translator.load(path):
            app.installTranslator(translator)
            _state["translators"].append(translator)
    _state["language"] = language
    QLocale.setDefault(QLocale(QLocale.Korean if language == "ko" else QLocale.English))
    return language, problem


def _use_font(app, family):
    """Hangul from ``family`` wherever the default font has no glyph for it."""
    if _state["font"] == family or not hasattr(app, "font"):
        return
    font = QFont(app.font())
    font.setFamilies([font.family(), family])
    app.setFont(font)
    _state["font"] = family
