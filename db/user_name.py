"""The user name written into change logs: one the user chose, cleaned to one plain line.

Casefile never logs the operating system's login: an archive handed on should not carry the
account name of the laptop it was written on. Light on purpose (no SQLAlchemy), so the command
line can resolve a name before it opens anything.
"""

from __future__ import annotations

from db.file_names import is_invisible

UNNAMED = "unnamed"
"""Logged when nobody gave a name."""
MAX_USER_CHARS = 100


def clean_user_name(name: str) -> str:
    """A chosen name as logged: one line, no invisible or bidi characters, at most 100
    characters ("" when nothing is left)."""
    text = "".join(c for c in " ".join(name.split()) if not is_invisible(c))
    return text[:MAX_USER_CHARS].strip()


def logged_name(name: str | None) -> str:
    """What the change log records for ``name``: the cleaned name, or "unnamed"."""
    return clean_user_name(name or "") or UNNAMED
