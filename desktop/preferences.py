"""Preferences the GUI and the command line share, in a small Qt-free JSON file: for now the
name written into archives' change logs.

The name is one the user chose (first run, or Preferences), never the operating system's
login: an archive handed to someone else should not carry the account name of the laptop it
was written on. The file sits in the platform's config folder (``platformdirs``), next to
the GUI's settings; tests point ``XDG_CONFIG_HOME`` elsewhere.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from platformdirs import user_config_path

from db.user_name import clean_user_name, logged_name

ENV_USER = "CASEFILE_USER"
"""Environment variable a script can set to name the user logged by ``casefile`` commands."""
_USER_KEY = "user_name"


def preferences_path() -> Path:
    return user_config_path("casefile", appauthor=False) / "preferences.json"


def _load() -> dict[str, object]:
    try:
        data = json.loads(preferences_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def saved_user_name() -> str | None:
    """The name the user chose ("" for none), or ``None`` if they were never asked."""
    value = _load().get(_USER_KEY)
    return clean_user_name(value) if isinstance(value, str) else None


def save_user_name(name: str) -> str:
    """Remember ``name`` (cleaned; empty means "unnamed"); returns what will be logged.
    Written atomically so a crash never leaves half a file."""
    cleaned = clean_user_name(name)
    data = _load() | {_USER_KEY: cleaned}
    path = preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=".preferences.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=2)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return logged_name(cleaned)


def chosen_user() -> str:
    """The name the desktop app logs: the saved choice, else "unnamed"."""
    return logged_name(saved_user_name())


def change_log_user(explicit: str | None = None) -> str:
    """The name to log: ``explicit`` (``--user``; "" for none), else ``$CASEFILE_USER`` when
    set and not empty, else the saved preference, else "unnamed" — never the login name."""
    if explicit is not None:
        return logged_name(explicit)
    from_env = os.environ.get(ENV_USER, "")
    if from_env.strip():
        return logged_name(from_env)
    return logged_name(saved_user_name())


_LANGUAGE_KEY = "language"
LANGUAGES = ("en", "ru", "ar")


def saved_language() -> str:
    """The interface language the user chose ("en", "ru" or "ar"); "" follows the system."""
    value = _load().get(_LANGUAGE_KEY)
    return value if value in LANGUAGES else ""
