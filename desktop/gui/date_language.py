"""How dates are written on screen: the interface language, from the default QLocale, and the
style chosen in Preferences ("5 April 2017" or "2017-04-05").

The interface sets ``QLocale.setDefault`` to the chosen language at start; the db layer's date
wording (:mod:`db.date_phrases`) knows English, Russian and Arabic, so any other locale shows
English dates, like the rest of an untranslated interface. The style is read from Preferences
once and again when Preferences are saved: lists ask for it on every painted cell.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from desktop import preferences

_LANGUAGES = {QLocale.Language.Russian: "ru", QLocale.Language.Arabic: "ar"}
_style: str | None = None


def display_language() -> str:
    """"ru" or "ar" when the default locale is Russian or Arabic, else "en"."""
    return _LANGUAGES.get(QLocale().language(), "en")


def display_style() -> str:
    """"words" or "numeric", as Preferences say (read once, then kept)."""
    global _style
    if _style is None:
        _style = preferences.saved_date_style()
    return _style


def forget_display_style() -> None:
    """Read the style from Preferences again on the next date written (after they are saved)."""
    global _style
    _style = None
