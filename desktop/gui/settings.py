"""User settings (window layout, recent archives, report options) in one INI file.

The file lives in the platform's config folder (``platformdirs``), so tests that point
``XDG_CONFIG_HOME`` elsewhere never touch the user's real settings. The change-log user name is
not here but in :mod:`desktop.preferences` (a Qt-free JSON file the command line reads too).
"""

from __future__ import annotations

from pathlib import Path

from db.location import SERVER_SCHEMES, ServerLocation
from platformdirs import user_config_path
from PySide6.QtCore import QCoreApplication, QSettings

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


Remembered = Path | ServerLocation


def _read(text: str) -> Remembered | None:
    """A remembered archive: a file that still exists, or a server URL (checked when opened)."""
    if text.split("://", 1)[0].split("+", 1)[0] in SERVER_SCHEMES and "://" in text:
        try:
            return ServerLocation(text)
        except ValueError:
            return None
    return Path(text) if Path(text).is_file() else None


def remembered_key(where: Remembered) -> str:
    """How a remembered archive is written down: an absolute path, or a URL without password."""
    return where.without_password() if isinstance(where, ServerLocation) else str(where.resolve())


def recent_archives(settings: QSettings) -> list[Remembered]:
    """Recently opened archives (files that still exist, server URLs), newest first."""
    items = read_list(settings, "recent/archives") or []
    return [found for found in (_read(p) for p in items if p) if found is not None]


def remember_archive(settings: QSettings, where: Remembered) -> None:
    """Put ``where`` first in the recent archives; a server URL without its password."""
    key = remembered_key(where)
    items = [key] + [remembered_key(p) for p in recent_archives(settings) if remembered_key(p) != key]
    settings.setValue("recent/archives", items[:MAX_RECENT])
    settings.setValue("recent/last", key)


def last_archive(settings: QSettings) -> Remembered | None:
    value = settings.value("recent/last", "")
    return _read(str(value)) if value else None


def label_of(where: Remembered) -> str:
    """How a menu or list names a remembered archive."""
    if isinstance(where, ServerLocation):
        url = where.url
        port = f":{url.port}" if url.port else ""
        server = f"{url.username + '@' if url.username else ''}{url.host or 'localhost'}{port}"
        return QCoreApplication.translate("Settings", "%1 — %2 (server)").replace("%1", str(url.database)).replace("%2", server)
    return f"{where.name} — {where.parent}"
