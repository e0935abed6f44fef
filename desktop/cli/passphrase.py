"""Passphrases on the command line: from the terminal (getpass) or, for scripts, from
``CASEFILE_PASSPHRASE`` (``CASEFILE_NEW_PASSPHRASE`` for a new one); and the one way every
command opens an archive, encrypted or not, a file or a ``postgresql://`` URL (whose password,
when ``~/.pgpass`` and ``PGPASSWORD`` have none, is asked at the terminal and kept only in
memory)."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path
from typing import Any

from db.archive import Archive
from db.engine import ArchiveKey, is_encrypted
from db.errors import CasefileError, CredentialsRequired
from db.location import Location, ServerLocation, location_of

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


def archive_argument(text: str) -> Location:
    """The ARCHIVE of a command: a file path, or a server URL (``postgresql://user@host/db``)."""
    try:
        return location_of(text)
    except ValueError as error:
        import argparse

        raise argparse.ArgumentTypeError(str(error)) from None


def open_archive(path: Location, user: str | None = None, exclusive: bool = False, **options: Any) -> Archive:
    """Open ``path``, asking for the passphrase only when the file is encrypted, or for the
    server's password only when libpq found none (``options`` go to :meth:`Archive.open`)."""
    if isinstance(path, ServerLocation):
        try:
            return Archive.open(path, user=user, exclusive=exclusive, **options)
        except CredentialsRequired:
            return Archive.open(with_password(path), user=user, exclusive=exclusive, **options)
    key = current_key(path) if path.is_file() and is_encrypted(path) else None
    return Archive.open(path, user=user, exclusive=exclusive, key=key, **options)


def create_archive(path: Location, user: str | None = None, key: ArchiveKey | None = None) -> Archive:
    """Create an archive at ``path`` (a new file, or an empty server database)."""
    if isinstance(path, ServerLocation):
        try:
            return Archive.create(path, user=user)
        except CredentialsRequired:
            return Archive.create(with_password(path), user=user)
    return Archive.create(path, user=user, key=key)


def with_password(location: ServerLocation) -> ServerLocation:
    """``location`` with the password typed at the terminal (never stored anywhere)."""
    if not sys.stdin.isatty():
        raise CredentialsRequired(f"{location.name}: the server asks for a password: put it in ~/.pgpass or PGPASSWORD, or run in a terminal")
    return location.with_password(getpass.getpass(f"Password for {location.url.username or 'you'} on {location.name}: "))


def _key(text: str) -> ArchiveKey:
    if not text:
        raise CasefileError("an empty passphrase cannot encrypt an archive")
    return ArchiveKey(text)


def _ask(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise CasefileError(f"a passphrase is needed: run in a terminal or set {PASSPHRASE_ENV}")
    return getpass.getpass(prompt)
