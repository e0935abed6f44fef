"""Preferences the GUI and the command line share, in a small Qt-free JSON file: the name
written into archives' change logs, report defaults (TLP marking, redaction profile, folder),
where backups go and how many are kept, the interface language, the date style and whether
Delete asks first.

The name is one the user chose (first run, or Preferences), never the operating system's
login: an archive handed to someone else should not carry the account name of the laptop it
was written on. The file sits in the platform's config folder (``platformdirs``), next to
the GUI's settings; tests point ``XDG_CONFIG_HOME`` elsewhere.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_config_path

from db.user_name import clean_user_name, logged_name

if TYPE_CHECKING:
    from db.backups import Rotation

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
    """Remember ``name`` (cleaned; empty means "unnamed"); returns what will be logged."""
    cleaned = clean_user_name(name)
    _write(_load() | {_USER_KEY: cleaned})
    return logged_name(cleaned)


def _write(data: dict[str, object]) -> None:
    """Replace the file with ``data`` atomically (a temporary file renamed over it), so a crash
    never leaves half a file."""
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


# --- the other preferences (Edit ▸ Preferences…) ---------------------------------------------

TLP_CHOICES = ("", "CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED")
"""Default report marking: "" takes each case's own marking (db.models.TLP_LABELS otherwise)."""
REDACTION_CHOICES = ("standard", "strict", "none")
"""db.redaction.REDACTION_PROFILES, safest usual choice first."""
DATE_STYLES = ("words", "numeric")
KEEP_DEFAULT = (10, 7, 4)
"""Backups kept: the newest N, then one a day for N days, then one a week for N weeks."""
KEEP_LIMITS = ((1, 999), (0, 365), (0, 520))


@dataclass(frozen=True)
class Preferences:
    """Every preference but the user name and the language, as the dialog edits them."""

    report_tlp: str = ""
    report_redaction: str = "standard"
    report_folder: str = ""
    """"" is the Documents folder."""
    backup_folder: str = ""
    """"" is the default folder in the user's data folder."""
    backup_keep: tuple[int, int, int] = KEEP_DEFAULT
    date_style: str = "words"
    confirm_delete: bool = True


def load_preferences() -> Preferences:
    """The saved preferences; anything missing or not understood takes its default."""
    data, default = _load(), Preferences()

    def pick(key: str, choices: tuple[str, ...], fallback: str) -> str:
        value = data.get(key)
        return value if isinstance(value, str) and value in choices else fallback

    def text(key: str) -> str:
        value = data.get(key)
        return value if isinstance(value, str) else ""

    keep = data.get("backup_keep")
    numbers = tuple(keep) if isinstance(keep, list) and len(keep) == 3 and all(type(n) is int for n in keep) else KEEP_DEFAULT
    kept = tuple(min(max(n, low), high) for n, (low, high) in zip(numbers, KEEP_LIMITS, strict=True))
    confirm = data.get("confirm_delete")
    return Preferences(
        report_tlp=pick("report_tlp", TLP_CHOICES, default.report_tlp),
        report_redaction=pick("report_redaction", REDACTION_CHOICES, default.report_redaction),
        report_folder=text("report_folder"), backup_folder=text("backup_folder"),
        backup_keep=(kept[0], kept[1], kept[2]),
        date_style=pick("date_style", DATE_STYLES, default.date_style),
        confirm_delete=confirm if isinstance(confirm, bool) else default.confirm_delete,
    )  # fmt: skip


def save_preferences(chosen: Preferences, *, user_name: str | None = None, language: str | None = None) -> None:
    """Keep ``chosen``, and the user name and language when given, in one atomic write (the
    dialog's OK never leaves half its choices saved)."""
    if chosen.report_tlp not in TLP_CHOICES or chosen.report_redaction not in REDACTION_CHOICES or chosen.date_style not in DATE_STYLES:
        raise ValueError(f"not a preference Casefile knows: {chosen}")
    if language and language not in LANGUAGES:
        raise ValueError(f"not an interface language: {language!r}")
    values: dict[str, object] = asdict(chosen) | {"backup_keep": list(chosen.backup_keep)}
    if user_name is not None:
        values[_USER_KEY] = clean_user_name(user_name)
    if language is not None:
        values[_LANGUAGE_KEY] = language
    _write(_load() | values)


_WELCOMED_KEY = "welcomed"


def needs_welcome() -> bool:
    """The very first start: neither the welcome was shown nor a name ever asked (older
    versions asked for the name alone; their users have had their first run)."""
    data = _load()
    return _WELCOMED_KEY not in data and _USER_KEY not in data


def mark_welcomed() -> None:
    _write(_load() | {_WELCOMED_KEY: True})


def saved_date_style() -> str:
    """How the interface writes dates: "words" ("5 April 2017") or "numeric" ("2017-04-05")."""
    return load_preferences().date_style


def confirm_delete() -> bool:
    """Whether Delete in the lists and on the timeline asks first (it can be undone either way)."""
    return load_preferences().confirm_delete


def report_folder() -> Path | None:
    """The folder reports are proposed in, when the user chose one that still exists."""
    folder = load_preferences().report_folder
    path = Path(folder).expanduser() if folder else None
    return path if path is not None and path.is_absolute() and path.is_dir() else None


def backup_rotation() -> Rotation:
    """Where backups go and how many are kept, for :func:`db.backups.use_rotation`."""
    from db.backups import Rotation

    chosen = load_preferences()
    folder = Path(chosen.backup_folder).expanduser() if chosen.backup_folder else None
    recent, daily, weekly = chosen.backup_keep
    return Rotation(folder if folder is not None and folder.is_absolute() else None, recent, daily, weekly)


def use_backup_preferences() -> None:
    """Make every backup (GUI and command line) follow these preferences; called by the
    composition roots, since db/ may not read desktop's files."""
    from db import backups

    backups.use_rotation(backup_rotation)


_LANGUAGE_KEY = "language"
LANGUAGES = ("en", "ru", "ar")


def saved_language() -> str:
    """The interface language the user chose ("en", "ru" or "ar"); "" follows the system."""
    value = _load().get(_LANGUAGE_KEY)
    return value if value in LANGUAGES else ""


def save_language(language: str) -> None:
    """Keep the interface language ("" follows the system); it applies at the next start."""
    if language and language not in LANGUAGES:
        raise ValueError(f"not an interface language: {language!r}")
    _write(_load() | {_LANGUAGE_KEY: language})
