"""Automatic rotating backups of an archive, as Anki keeps them (Qt-free).

Each archive has a folder of its own, named by its ``archive_uid``, under the user's data
folder (``$CASEFILE_BACKUP_DIR`` overrides it, for tests and portable set-ups). A backup is
one consistent file written with the engine's backup API from a read connection of its own
(``Archive.backup``) under a deadline, then opened and checked with ``quick_check``; one that
fails is deleted and reported. Next to each file a small JSON note says when, why and how many
events, so listing never opens an (possibly encrypted) copy. The rotation keeps the 10 newest,
the newest of each of 7 more days and of 4 more weeks, and prunes the rest.

Where and how many are the user's choice (Preferences): the composition roots hand this module
a :class:`Rotation` source with :func:`use_rotation`, read afresh at every backup, so db/ never
reads desktop's preference file. ``$CASEFILE_BACKUP_DIR`` still wins over the chosen folder.

An encrypted archive (``archive.key`` set) is backed up encrypted and opened with its key.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from platformdirs import user_data_path

from db import queries
from db.archive import Archive
from db.errors import CasefileError

ENV_DIR = "CASEFILE_BACKUP_DIR"
DUE_AFTER = timedelta(minutes=30)
KEEP_RECENT, KEEP_DAILY, KEEP_WEEKLY = 10, 7, 4
DEADLINE_S = 60.0
"""A backup still copying after this long gives up (the archive is busy or the disk slow)."""
SUFFIX = ".casefile"
_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(\d{8}T\d{12}Z)-([a-z0-9-]+)\.casefile$")

Clock = Callable[[], datetime]


class BackupFailed(CasefileError):
    """A backup could not be written or did not verify; nothing of it was kept."""


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup in an archive's rotation (or an explicit copy)."""

    path: Path
    taken_at: datetime
    """UTC."""
    size: int
    events: int | None
    """Events in the copy when it was taken (``None`` when its note is missing)."""
    reason: str


@dataclass(frozen=True, slots=True)
class Rotation:
    """Where the backup folders live (``None``: the user's data folder) and how many are kept."""

    folder: Path | None = None
    keep_recent: int = KEEP_RECENT
    keep_daily: int = KEEP_DAILY
    keep_weekly: int = KEEP_WEEKLY


_rotation_source: Callable[[], Rotation] = Rotation


def use_rotation(source: Callable[[], Rotation]) -> None:
    """Take the folder and retention from ``source`` (called at each backup) from now on."""
    global _rotation_source
    _rotation_source = source


def rotation() -> Rotation:
    return _rotation_source()


def utc_now() -> datetime:
    return datetime.now(UTC)


# --- where ----------------------------------------------------------------------------------


def backup_root() -> Path:
    """The folder holding every archive's backup folder."""
    override = os.environ.get(ENV_DIR)
    if override:
        return Path(override)
    return rotation().folder or default_root()


def default_root() -> Path:
    """The backup folder when the user chose none: in the user's data folder."""
    return user_data_path("casefile", appauthor=False) / "backups"


def folder_of(archive_or_uid: Archive | str) -> Path:
    """The backup folder of an archive (or of an ``archive_uid``)."""
    uid = archive_or_uid if isinstance(archive_or_uid, str) else archive_or_uid.meta().get("archive_uid", "")
    if not re.fullmatch(r"[0-9a-fA-F-]{8,64}", uid):
        raise BackupFailed(f"not an archive uid: {uid!r}")
    return backup_root() / uid


# --- taking ---------------------------------------------------------------------------------


def take(
    archive: Archive, reason: str, *, now: datetime | None = None, deadline_s: float = DEADLINE_S,
    progress: Callable[[int, int], None] | None = None, prune: bool = True,
) -> BackupInfo:  # fmt: skip
    """Back ``archive`` up into its rotation, verify the copy, then prune old ones.

    Raises :class:`BackupFailed` (nothing kept) when the copy takes longer than
    ``deadline_s`` or does not verify.
    """
    when = now or utc_now()
    folder = folder_of(archive)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BackupFailed(f"cannot write backups in {folder}: {error.strerror or error}") from None
    slug = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-")[:40] or "backup"
    path = folder / f"{when.astimezone(UTC).strftime(_STAMP)}-{slug}{SUFFIX}"
    events = copy_to(archive, path, deadline_s=deadline_s, progress=progress)
    info = BackupInfo(path, when.astimezone(UTC), path.stat().st_size, events, reason)
    _write_note(info, _log_entries(archive))
    if prune:
        prune_backups(folder)
    return info


def copy_to(
    archive: Archive, destination: Path, *, deadline_s: float = DEADLINE_S, progress: Callable[[int, int], None] | None = None
) -> int:
    """Write one verified copy of ``archive`` to ``destination`` (File ▸ Save a Copy…, ``casefile
    backup -o``); returns its event count. The copy is made under a temporary name and renamed
    only once it verifies, so ``destination`` never holds half a file."""
    destination = Path(destination).resolve()
    if destination.exists():
        raise BackupFailed(f"{destination.name} already exists; choose a new file name.")
    partial = destination.with_name(f".{destination.name}.partial")
    _remove(partial)
    started = time.monotonic()

    def step(done: int, total: int) -> None:
        if time.monotonic() - started > deadline_s:
            raise BackupFailed(f"the backup of {archive.path.name} gave up after {deadline_s:.0f} s (the archive is busy)")
        if progress is not None:
            progress(done, total)

    try:
        archive.backup(partial, progress=step)
        events = verify(partial, getattr(archive, "key", None))
        os.replace(partial, destination)
    except BackupFailed:
        _remove(partial)
        raise
    except (CasefileError, OSError, ValueError) as error:
        _remove(partial)
        raise BackupFailed(f"the backup of {archive.path.name} failed: {' '.join(str(error).split())}") from None
    except BaseException:
        _remove(partial)
        raise
    return events


def verify(path: Path, key: Any = None) -> int:
    """Open a copy as it is (no migration), run ``quick_check``; its event count, or
    :class:`BackupFailed`."""
    try:
        with _open(path, key) as copy:
            problems = copy.integrity_check(quick=True)
            if problems:
                raise BackupFailed(f"{path.name} does not verify: {'; '.join(problems[:3])}")
            with copy.session() as session:
                return queries.count_of(session, "event")
    except BackupFailed:
        raise
    except Exception as error:  # noqa: BLE001 — any failure to read the copy means it is no backup
        raise BackupFailed(f"{path.name} does not verify: {' '.join(str(error).split()) or type(error).__name__}") from None


def _open(path: Path, key: Any) -> Archive:
    options: dict[str, Any] = {"migrate_schema": False, "before_migration": None}
    if key is not None:
        options["key"] = key
    copy = Archive.open(path, **options)
    copy.tracks_head = False  # a backup's head is not the archive's
    return copy


# --- listing --------------------------------------------------------------------------------


def list_backups(archive_or_uid: Archive | str) -> list[BackupInfo]:
    """Every backup in the rotation, newest first."""
    folder = folder_of(archive_or_uid)
    if not folder.is_dir():
        return []
    found = [info for path in folder.iterdir() if (info := _info(path)) is not None]
    return sorted(found, key=lambda info: info.taken_at, reverse=True)


def newest(archive_or_uid: Archive | str) -> BackupInfo | None:
    backups = list_backups(archive_or_uid)
    return backups[0] if backups else None


def newest_good(archive_or_uid: Archive | str, key: Any = None) -> BackupInfo | None:
    """The newest backup that still verifies now (a damaged one is skipped, not deleted)."""
    if key is None and isinstance(archive_or_uid, Archive):
        key = getattr(archive_or_uid, "key", None)
    for info in list_backups(archive_or_uid):
        try:
            verify(info.path, key)
        except BackupFailed:
            continue
        return info
    return None


def due(archive: Archive, now: datetime | None = None) -> bool:
    """Whether the newest backup is older than :data:`DUE_AFTER` (or there is none)."""
    last = newest(archive)
    return last is None or (now or utc_now()) - last.taken_at >= DUE_AFTER


def changed_since_last(archive: Archive) -> bool:
    """Whether the change log grew since the newest backup (closing needs no new one if not)."""
    last = newest(archive)
    if last is None:
        return True
    return _note(last.path).get("log_entries") != _log_entries(archive)


# --- rotation -------------------------------------------------------------------------------


def prune_backups(folder: Path) -> list[Path]:
    """Delete the backups the rotation no longer keeps; returns what was deleted. Only files
    named as this module names them are ever touched."""
    backups = sorted((i for p in folder.iterdir() if (i := _info(p)) is not None), key=lambda i: i.taken_at, reverse=True)
    keep = {info.path for info in kept(backups, rotation())}
    deleted = [info.path for info in backups if info.path not in keep]
    for path in deleted:
        _remove(path)
        _remove(_note_path(path))
    return deleted


def kept(backups: list[BackupInfo], policy: Rotation | None = None) -> list[BackupInfo]:
    """Of ``backups`` (newest first): the ``keep_recent`` newest, then the newest of each
    further day up to ``keep_daily`` days, then of each further ISO week up to ``keep_weekly``
    weeks (by default 10, 7 and 4). A day or week already holding a kept backup is covered."""
    policy = policy or Rotation()
    keep: list[BackupInfo] = []
    days: set[object] = set()
    weeks: set[object] = set()
    daily = weekly = 0
    for info in backups:
        day, week = info.taken_at.date(), info.taken_at.isocalendar()[:2]
        if len(keep) < max(policy.keep_recent, 1):
            pass
        elif day not in days and daily < policy.keep_daily:
            daily += 1
        elif week not in weeks and day not in days and weekly < policy.keep_weekly:
            weekly += 1
        else:
            continue
        keep.append(info)
        days.add(day)
        weeks.add(week)
    return keep


# --- restoring ------------------------------------------------------------------------------


def restore(archive_path: str | Path, backup: BackupInfo | str | Path, *, key: Any = None, now: datetime | None = None) -> Path:
    """Put ``backup`` in place of the (closed) archive at ``archive_path``; returns where the
    current file was kept (it is never thrown away).

    The backup is copied next to the archive and verified first; then the current file is kept
    as ``<name>.replaced-<UTC time>.casefile`` (with its ``-wal``, which must not meet the
    restored file) and the copy renamed over the archive in one atomic step.
    """
    from db import engine as engines

    target = Path(archive_path).resolve()
    source = Path(backup.path if isinstance(backup, BackupInfo) else backup).resolve()
    if source == target:
        raise ValueError("A backup cannot be restored over itself.")
    lock = engines.for_location(target).lock(target) if target.exists() else None  # refuses while open elsewhere
    try:
        staged = target.with_name(f".{target.name}.restoring")
        _remove(staged)
        try:
            _copy_file(source, staged)
            verify(staged, key)
        except BaseException:
            _remove(staged)
            raise
        stamp = (now or utc_now()).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        kept_as = target.with_name(f"{target.stem}.replaced-{stamp}{target.suffix}")
        n = 2
        while kept_as.exists():  # a second restore within the same second keeps both files
            kept_as = target.with_name(f"{target.stem}.replaced-{stamp}-{n}{target.suffix}")
            n += 1
        if target.exists():
            try:
                os.link(target, kept_as)  # the current file stays in place until the swap
            except OSError:
                _copy_file(target, kept_as)
            for side in ("-wal", "-shm"):
                old = Path(f"{target}{side}")
                if old.exists():
                    os.replace(old, Path(f"{kept_as}{side}"))
        os.replace(staged, target)
        _fsync_dir(target.parent)
        _accept_restored_head(target, key)
    finally:
        if lock is not None:
            lock.close()
    return kept_as


def _accept_restored_head(path: Path, key: Any) -> None:
    """The user chose to go back to this copy: from now on its log head is the one this
    computer knows, so opening it does not warn that changes are missing."""
    from db import log_head

    with _open(path, key) as restored, restored.session() as session:
        log_head.remember(restored.uid, log_head.head(session))


# --- rewriting (purge) ----------------------------------------------------------------------


def rewrite_backups(archive: Archive, apply: Callable[[Archive], None]) -> int:
    """Open each backup of ``archive``, ``apply`` a change to it (a purge), verify it again;
    returns how many were rewritten. A backup that cannot be rewritten is deleted (it would
    keep what the purge removed) and :class:`BackupFailed` says so after the others are done."""
    key = getattr(archive, "key", None)
    rewritten, dropped = 0, []
    for info in list_backups(archive):
        try:
            with _open(info.path, key) as copy:
                copy.user = archive.user
                apply(copy)
            events = verify(info.path, key)
        except Exception as error:  # noqa: BLE001 — reported below, after the others
            _remove(info.path)
            _remove(_note_path(info.path))
            dropped.append(f"{info.path.name} ({' '.join(str(error).split())})")
            continue
        note = _note(info.path)
        note.update(events=events, size=info.path.stat().st_size, rewritten_at=utc_now().isoformat())
        _note_path(info.path).write_text(json.dumps(note, indent=1), encoding="utf-8")
        rewritten += 1
    if dropped:
        raise BackupFailed(f"{len(dropped)} backup(s) could not be rewritten and were deleted: {'; '.join(dropped)}")
    return rewritten


def convert_backups(archive_uid: str, old_key: Any, new_key: Any) -> int:
    """Write every backup of an archive again in its new form after Encrypt, Decrypt or
    Change Passphrase, so that the rotation neither keeps plaintext copies of a now
    encrypted archive nor needs a passphrase the user has just retired. Each copy is
    exported into a new file, verified with ``new_key`` and swapped in; returns how many.
    A backup that cannot be converted is deleted and :class:`BackupFailed` says so after
    the others are done."""
    from db import engine as engines
    from db.engine.sqlcipher import export_copy

    converted, dropped = 0, []
    for info in list_backups(archive_uid):
        staged = info.path.with_name(info.path.name + ".converting")
        _remove(staged)
        try:
            version = engines.for_archive(info.path, old_key).probe(info.path)
            export_copy(info.path, old_key, staged, new_key, version)
            verify(staged, new_key)
            os.replace(staged, info.path)
        except Exception as error:  # noqa: BLE001 — reported below, after the others
            _remove(staged)
            _remove(info.path)
            _remove(_note_path(info.path))
            dropped.append(f"{info.path.name} ({' '.join(str(error).split())})")
            continue
        converted += 1
    if dropped:
        raise BackupFailed(f"{len(dropped)} backup(s) could not be converted and were deleted: {'; '.join(dropped)}")
    return converted


# --- internals ------------------------------------------------------------------------------


def _info(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if match is None or not path.is_file():
        return None
    note = _note(path)
    taken = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
    events = note.get("events")
    return BackupInfo(path, taken, path.stat().st_size, events if isinstance(events, int) else None,
                      str(note.get("reason") or match.group(2).replace("-", " ")))  # fmt: skip


def _note_path(path: Path) -> Path:
    return path.with_name(path.name + ".json")


def _note(path: Path) -> dict[str, Any]:
    try:
        value = json.loads(_note_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def _write_note(info: BackupInfo, log_entries: int) -> None:
    note = {"taken_at": info.taken_at.isoformat(), "reason": info.reason, "events": info.events, "size": info.size,
            "log_entries": log_entries}  # fmt: skip
    _note_path(info.path).write_text(json.dumps(note, indent=1), encoding="utf-8")


def _log_entries(archive: Archive) -> int:
    from sqlalchemy import func, select

    from db.models import ChangeLog

    with archive.session() as session:
        return int(session.scalar(select(func.count()).select_from(ChangeLog)) or 0)


def _copy_file(source: Path, destination: Path) -> None:
    with source.open("rb") as src, destination.open("xb") as dst:
        while chunk := src.read(1 << 20):
            dst.write(chunk)
        dst.flush()
        os.fsync(dst.fileno())


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    for victim in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            victim.unlink()
        except FileNotFoundError:
            pass
