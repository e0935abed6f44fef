"""The language dates are written in on screen: the interface language, from the default QLocale.

The interface sets ``QLocale.setDefault`` to the chosen language at start; the db layer's date
wording (:mod:`db.date_phrases`) knows English, Russian and Arabic, so any other locale shows
English dates, like the rest of an untranslated interface.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

_LANGUAGES = {QLocale.Language.Russian: "ru", QLocale.Language.Arabic: "ar"}


def display_language() -> str:
    """"ru" or "ar" when the default locale is Russian or Arabic, else "en"."""
    return _LANGUAGES.get(QLocale().language(), "en")
