"""Encrypt, decrypt or change the passphrase of an archive file: export into a new file
beside it, verify the copy, log the operation in its change log, replace atomically, and
keep the old file beside it (``case.casefile.before-encrypt-20261203-0712``) until the user
removes it. No Qt: the GUI runs these in a worker with the progress and cancel callbacks.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from db import backups, changelog, engine as engines, log_head, services
from db.archive import SCHEMA_VERSION, Archive
from db.engine import ArchiveKey
from db.engine.sqlcipher import export_copy
from db.errors import CasefileError
from db.models import Base, Meta

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
STEPS = 4
"""Checkpoint, export, verify, replace: the progress reports ``(step, STEPS)``."""


class EncryptionCancelled(CasefileError):
    """The user stopped the operation; the archive is as it was."""


@dataclass(frozen=True)
class Result:
    """The archive's path (now in its new form), where the old file was kept, and how many of
    its backups were written again in the new form (see :func:`db.backups.convert_backups`)."""

    path: Path
    kept: Path
    backups: int = 0
    backup_problem: str | None = None
    """Why some backups could not be converted (they were deleted), or ``None``."""

    def backups_line(self) -> str:
        """What happened to the backups, in a sentence (empty when there were none)."""
        if self.backup_problem:
            return self.backup_problem
        if not self.backups:
            return ""
        return f"{self.backups} backup{'s' if self.backups != 1 else ''} of it {'were' if self.backups != 1 else 'was'} written again in the new form."


def encrypt(path: str | Path, key: ArchiveKey, user: str | None = None,
            progress: Progress | None = None, cancelled: Cancelled | None = None) -> Result:  # fmt: skip
    """Encrypt the plain archive at ``path`` with ``key``."""
    if engines.is_encrypted(path):
        raise CasefileError(f"{Path(path).name} is already encrypted; change its passphrase instead.")
    return _convert(Path(path), None, key, "encrypt", user, progress, cancelled)


def decrypt(path: str | Path, key: ArchiveKey, user: str | None = None,
            progress: Progress | None = None, cancelled: Cancelled | None = None) -> Result:  # fmt: skip
    """Write the encrypted archive at ``path`` back as a plain file."""
    if not engines.is_encrypted(path):
        raise CasefileError(f"{Path(path).name} is not encrypted.")
    return _convert(Path(path), key, None, "decrypt", user, progress, cancelled)


def rekey(path: str | Path, old_key: ArchiveKey, new_key: ArchiveKey, user: str | None = None,
          progress: Progress | None = None, cancelled: Cancelled | None = None) -> Result:  # fmt: skip
    """Give the encrypted archive at ``path`` a new passphrase (and a new salt)."""
    if not engines.is_encrypted(path):
        raise CasefileError(f"{Path(path).name} is not encrypted; encrypt it instead.")
    return _convert(Path(path), old_key, new_key, "rekey", user, progress, cancelled)


def kept_name(path: Path, action: str, now: float | None = None) -> Path:
    """Where the old file is kept: beside the archive, named after the operation and time."""
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now))
    candidate = path.with_name(f"{path.name}.before-{action}-{stamp}")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.before-{action}-{stamp}-{n}")
        n += 1
    return candidate


def _convert(path: Path, old_key: ArchiveKey | None, new_key: ArchiveKey | None, action: str, user: str | None,
             progress: Progress | None, cancelled: Cancelled | None) -> Result:  # fmt: skip
    path = path.resolve()
    report = progress or (lambda _done, _total: None)
    stop = cancelled or (lambda: False)
    lock = engines.for_archive(path, old_key).lock(path)  # refuses an archive open elsewhere
    try:
        source = Archive.open(path, user=user, key=old_key)
        with source.session() as session:
            expected = _row_counts(session)
        source.close()  # checkpoints the WAL: the main file holds everything
        report(1, STEPS)
        new = path.with_name(f"{path.name}.{action}-new")
        _remove(new)
        try:
            export_copy(path, old_key, new, new_key, SCHEMA_VERSION, stop)
            if stop():
                raise EncryptionCancelled(f"{action} cancelled; the archive is unchanged.")
            report(2, STEPS)
            archive_uid, head = _verify_and_log(new, new_key, expected, action, user)
            report(3, STEPS)
            _fsync(new)
            kept = kept_name(path, action)
            os.link(path, kept)  # the old file stays reachable while the new one replaces it
            os.replace(new, path)
            _fsync_dir(path.parent)
            log_head.remember(archive_uid, head)  # the converted file is the archive now: its head is the known one
        except BaseException as error:
            _remove(new)
            if stop() and not isinstance(error, EncryptionCancelled):
                raise EncryptionCancelled(f"{action} cancelled; the archive is unchanged.") from None
            raise
        converted, problem = _convert_backups(archive_uid, old_key, new_key)
        report(4, STEPS)
        return Result(path, kept, converted, problem)
    finally:
        if lock is not None:
            lock.close()


def _convert_backups(archive_uid: str, old_key: ArchiveKey | None, new_key: ArchiveKey | None) -> tuple[int, str | None]:
    """The archive has its new form; its backups follow (none may stay plaintext, or need
    the retired passphrase). A failure here no longer touches the archive itself."""
    try:
        return backups.convert_backups(archive_uid, old_key, new_key), None
    except backups.BackupFailed as error:
        return 0, str(error)


def _verify_and_log(new: Path, key: ArchiveKey | None, expected: dict[str, int], action: str,
                    user: str | None) -> tuple[str, log_head.Head]:  # fmt: skip
    """Open the copy with its new key and prove it holds the same archive, then log;
    returns the archive's uid and the log's new head."""
    with Archive.open(new, user=user, key=key) as copy:
        copy.tracks_head = False  # until it replaces the archive (a crash before leaves the old file's head)
        if (key is not None) != copy.encrypted:
            raise CasefileError(f"The {action}ed copy is not in the expected form; the archive is unchanged.")
        problems = copy.integrity_check(quick=True)
        if problems:
            raise CasefileError(f"The {action}ed copy failed its check ({problems[0]}); the archive is unchanged.")
        with copy.session() as session:
            if _row_counts(session) != expected:
                raise CasefileError(f"The {action}ed copy lost rows; the archive is unchanged.")
            chain = changelog.verify(session)
            if not chain.ok:
                raise CasefileError(f"The {action}ed copy's change log does not verify; the archive is unchanged.")
            archive_uid = session.scalar(select(Meta.value).where(Meta.key == "archive_uid")) or ""
        with services.edit(copy) as ed:
            ed.log(action, "meta", archive_uid, {"encrypted": key is not None, "cipher": "SQLCipher 4" if key else None})
        with copy.session() as session:
            return archive_uid, log_head.head(session)


def _row_counts(session: object) -> dict[str, int]:
    return {
        name: int(session.scalar(select(func.count()).select_from(table)) or 0)  # type: ignore[attr-defined]
        for name, table in sorted(Base.metadata.tables.items())
    }


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    try:
        _fsync(folder)
    except OSError:  # Windows cannot open a folder
        pass


def _remove(new: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{new}{suffix}").unlink(missing_ok=True)
