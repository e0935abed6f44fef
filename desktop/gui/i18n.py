"""Choosing and installing the interface language: Casefile's translator, Qt's own base
translations (standard dialogs), the default QLocale and, for Arabic, right-to-left layout.

The language is, in order: ``CASEFILE_LANGUAGE`` (tests and scripts), the one chosen in
Preferences, the system locale's, else English. Other code reads the display language from
the default ``QLocale`` (``QLocale().name()``), so this module is the one place that sets it.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator, Qt
from PySide6.QtGui import QGuiApplication

import resources
from desktop import preferences

ENV_LANGUAGE = "CASEFILE_LANGUAGE"
"""Environment variable naming the interface language ("en", "ru", "ar"); overrides the rest."""
LANGUAGES = preferences.LANGUAGES
RIGHT_TO_LEFT = frozenset({"ar"})

_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators


def chosen_language() -> str:
    """The language to show: the environment's, the saved preference, the system's, else English."""
    forced = os.environ.get(ENV_LANGUAGE, "").strip().lower()
    if forced in LANGUAGES:
        return forced
    saved = preferences.saved_language()
    if saved:
        return saved
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def install(app: QCoreApplication, language: str | None = None) -> str:
    """Install ``language`` (default: :func:`chosen_language`) into ``app`` before any window
    is made; replaces what an earlier call installed. Returns the language installed."""
    lang = language if language in LANGUAGES else chosen_language()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(lang))
    if lang != "en":
        _load(app, "qtbase_" + lang, QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    _load(app, "casefile_" + lang, str(resources.path("translations")))
    if isinstance(app, QGuiApplication):
        direction = Qt.LayoutDirection.RightToLeft if lang in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
        app.setLayoutDirection(direction)
    return lang


def _load(app: QCoreApplication, name: str, folder: str) -> None:
    translator = QTranslator(app)
    if translator.load(name, folder):
        app.installTranslator(translator)
        _installed.append(translator)
