"""User settings (window layout, recent archives, report options) in one INI file.

The file lives in the platform's config folder (``platformdirs``), so tests that point
``XDG_CONFIG_HOME`` elsewhere never touch the user's real settings. The change-log user name is
not here but in :mod:`desktop.preferences` (a Qt-free JSON file the command line reads too).
"""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_config_path
from PySide6.QtCore import QSettings

MAX_RECENT = 10


def settings_path() -> Path:
    return user_config_path("casefile", appauthor=False) / "casefile.ini"


def open_settings() -> QSettings:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)


def store(settings: QSettings, key: str, value: object) -> None:
    """``settings.setValue`` that never writes ``@Invalid()``: the INI format has no empty list
    and no None, and stores both that way (unreadable to people, ``None`` to some readers).
    Both are written as the empty string, which :func:`read_list` reads as no items."""
    settings.setValue(key, "" if value is None or (isinstance(value, (list, tuple)) and not value) else value)


def read_list(settings: QSettings, key: str) -> list[str] | None:
    """A list of strings stored with :func:`store`; ``None`` when the key was never written.
    Older bad values (``@Invalid()``, read as None) and one-item lists (read as a string) are
    read safely."""
    if not settings.contains(key):
        return None
    value = settings.value(key)
    if value is None or value == "":
        return []
    items = [value] if isinstance(value, str) else list(value) if isinstance(value, (list, tuple)) else []
    return [str(item) for item in items if item not in (None, "")]


def recent_archives(settings: QSettings) -> list[Path]:
    """Recently opened archives that still exist, newest first."""
    items = read_list(settings, "recent/archives") or []
    return [Path(p) for p in items if p and Path(p).is_file()]


def remember_archive(settings: QSettings, path: Path) -> None:
    items = [str(path.resolve())] + [str(p) for p in recent_archives(settings) if p.resolve() != path.resolve()]
    settings.setValue("recent/archives", items[:MAX_RECENT])
    settings.setValue("recent/last", str(path.resolve()))


def last_archive(settings: QSettings) -> Path | None:
    value = settings.value("recent/last", "")
    return Path(value) if value and Path(value).is_file() else None
