"""Passphrases on the command line: from the terminal (getpass) or, for scripts, from
``CASEFILE_PASSPHRASE`` (``CASEFILE_NEW_PASSPHRASE`` for a new one); and the one way every
command opens an archive, encrypted or not."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path
from typing import Any

from db.archive import Archive
from db.engine import ArchiveKey, is_encrypted
from db.errors import CasefileError

PASSPHRASE_ENV = "CASEFILE_PASSPHRASE"
NEW_PASSPHRASE_ENV = "CASEFILE_NEW_PASSPHRASE"


def current_key(path: Path) -> ArchiveKey:
    """The passphrase of an existing encrypted archive."""
    text = os.environ.get(PASSPHRASE_ENV)
    if text is None:
        text = _ask(f"Passphrase for {path.name}: ")
    return _key(text)


def new_key(fallback_to_current: bool = False) -> ArchiveKey:
    """A new passphrase: ``CASEFILE_NEW_PASSPHRASE`` (or, with ``fallback_to_current``,
    ``CASEFILE_PASSPHRASE``), else asked twice at the terminal."""
    text = os.environ.get(NEW_PASSPHRASE_ENV)
    if text is None and fallback_to_current:
        text = os.environ.get(PASSPHRASE_ENV)
    if text is None:
        text = _ask("New passphrase: ")
        if _ask("Repeat the new passphrase: ") != text:
            raise CasefileError("the two passphrases differ; nothing was changed")
    return _key(text)


def open_archive(path: Path, user: str | None = None, exclusive: bool = False, **options: Any) -> Archive:
    """Open ``path``, asking for the passphrase only when the file is encrypted (``options``
    go to :meth:`Archive.open`)."""
    key = current_key(path) if path.is_file() and is_encrypted(path) else None
    return Archive.open(path, user=user, exclusive=exclusive, key=key, **options)


def _key(text: str) -> ArchiveKey:
    if not text:
        raise CasefileError("an empty passphrase cannot encrypt an archive")
    return ArchiveKey(text)


def _ask(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise CasefileError(f"a passphrase is needed: run in a terminal or set {PASSPHRASE_ENV}")
    return getpass.getpass(prompt)
