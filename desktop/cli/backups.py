"""``casefile backup``, ``casefile backups`` and ``casefile restore``: the rotation from the command line."""

from __future__ import annotations

from desktop.cli.passphrase import archive_argument

import argparse
from collections.abc import Callable
from pathlib import Path

from db.archive import Archive
from db.engine import ArchiveKey
from db.errors import CasefileError
from desktop.cli.passphrase import current_key, open_archive

Command = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def add_backup_commands(command: Command) -> None:
    p = command("backup", _cmd_backup, "Back an archive up: into its rotation of automatic backups, or to FILE.")
    p.add_argument("archive", type=archive_argument)
    p.add_argument("-o", "--output", type=Path, metavar="FILE", help="write one verified copy here instead (must not exist)")

    p = command("backups", _cmd_backups, "List an archive's backups, newest first.")
    p.add_argument("archive", type=archive_argument)

    p = command("restore", _cmd_restore, "Replace an archive by a backup (the newest good one by default); the current file is kept aside.")
    p.add_argument("archive", type=archive_argument)
    p.add_argument("--from", dest="source", type=Path, metavar="BACKUP", help="the backup file to restore")


def _cmd_backup(args: argparse.Namespace) -> int:
    from db import backups

    with open_archive(args.archive) as archive:
        if args.output is not None:
            events = backups.copy_to(archive, args.output)
            print(f"Wrote a verified copy of {args.archive.name} ({events:,} events) to {args.output}")
        else:
            info = backups.take(archive, "manual")
            print(f"Backed up {args.archive.name} ({info.events:,} events) to {info.path}")
    return 0


def _cmd_backups(args: argparse.Namespace) -> int:
    from db import backups

    found = backups.list_backups(_identity(args.archive)[0])
    if not found:
        print(f"{args.archive.name} has no backups yet (they are kept in {backups.backup_root()})")
        return 0
    for info in found:
        events = "?" if info.events is None else f"{info.events:,}"
        print(f"{info.taken_at.astimezone():%Y-%m-%d %H:%M:%S}\t{_size(info.size)}\t{events} events\t{info.reason}\t{info.path}")
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    from db import backups
    from db.engine import is_encrypted

    if args.source is not None:
        if not args.source.is_file():
            raise FileNotFoundError(2, "no such file", str(args.source))
        source = args.source
        key = current_key(source) if is_encrypted(source) else None
    else:
        uid, key = _identity(args.archive)
        newest = backups.newest_good(uid, key)
        if newest is None:
            raise CasefileError(f"{args.archive.name} has no good backup to restore")
        source = newest.path
    kept = backups.restore(args.archive, source, key=key)
    print(f"Restored {args.archive} from {source}")
    print(f"The file it replaced was kept as {kept}")
    return 0


def _identity(path: Path) -> tuple[str, ArchiveKey | None]:
    """The archive's uid, read without migrating it, and the key it was opened with (its
    backups need the same); a damaged archive cannot say: name the backup with --from."""
    from db.engine import is_encrypted

    if not isinstance(path, Path):
        raise CasefileError(f"{path.name} is a server archive: its server keeps its backups (pg_dump, replication); a local copy is `casefile copy`.")
    if not path.is_file():
        raise FileNotFoundError(2, "no such file", str(path))
    key = current_key(path) if is_encrypted(path) else None
    try:
        with Archive.open(path, key=key, migrate_schema=False, before_migration=None) as archive:
            return archive.meta()["archive_uid"], key
    except CasefileError as error:
        raise CasefileError(f"{error} Name the backup to restore with --from BACKUP (see the backups folder).") from None


def _size(size: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return f"{size} B"
