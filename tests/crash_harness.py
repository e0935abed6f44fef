"""Crash harness: a child process edits an archive through the services and acknowledges each
commit on a pipe; the parent SIGKILLs it at a random moment, reopens the archive and checks
that it is sound (integrity, change-log chain, custody audit), that every acknowledged edit is
there, and that no edit is there by half.

An operation is one entry of :data:`OPERATIONS`: a function that makes one atomic change marked
``marker``, and a function that says, from a read session, which markers are there completely
and whether any is there by half. Adding one is one pair of functions.

Whole-file operations (encrypt, rekey, decrypt, restore) close the child's archive, run, and
reopen it. After a kill the archive must open with the key of the last acknowledged one, or
with the key of the one killed half-way (it was atomic: old form or new, never a mix), and the
change log must hold an entry for every acknowledged one. A purge must leave the purged text
in no byte of the file or its ``-wal``; every backup in the rotation must verify.

The child is forked from the parent (POSIX only); run one by hand with
``python -m tests.crash_harness child ARCHIVE edit,import SEED``.
"""

from __future__ import annotations

import os
import random
import signal
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import backups, changelog, custody, encryption, services
from db.archive import Archive
from db.engine import ArchiveKey, is_encrypted
from db.errors import CasefileError
from db.interchange.csv_import import import_events_csv
from db.models import CaseFile, ChangeLog, Event, Place
from db.purge import purge

IMPORT_ROWS = 3


_KEYS: dict[str, ArchiveKey] = {}


def key_named(name: str | None) -> ArchiveKey | None:
    """The key of passphrase ``name`` (``None``: plain); derived once per process."""
    if name is None:
        return None
    if name not in _KEYS:
        _KEYS[name] = ArchiveKey(f"passphrase of {name}")
    return _KEYS[name]


@dataclass
class ChildState:
    """The child's open archive and the passphrase it is encrypted with (``None``: plain)."""

    path: Path
    key_name: str | None
    archive: Archive

    def reopen(self, key_name: str | None) -> None:
        self.key_name = key_name
        self.archive = Archive.open(self.path, user="crash-harness", key=key_named(key_name))


@dataclass
class Checking:
    """What the parent knows while checking after a kill."""

    archive: Archive
    keys: list[ArchiveKey | None]
    """Every key a backup may rightly have (the archive's, the previous one, none)."""
    acked: list[str]
    """The markers the child acknowledged (a purge leaves nothing else to find them by)."""


@dataclass(frozen=True)
class Operation:
    """One kind of atomic change the child makes and the parent checks."""

    run: Callable[[ChildState, str], None]
    """Make the change marked ``marker`` (one commit, or one whole-file replacement)."""
    present: Callable[[Session, Checking], tuple[set[str], set[str]]] | None
    """(markers present completely, markers present by half) after a crash; ``None`` for a
    change of the file's key, which the parent checks by the key that opens it."""
    applies: Callable[[ChildState], bool] = lambda state: True
    new_key: Callable[[ChildState, str], str | None] | None = None
    """For a change of key: the passphrase name the archive has once ``marker`` is done."""


def _edit(state: ChildState, marker: str) -> None:
    archive = state.archive
    """An event and a place in one edit: both or neither may survive."""
    with services.edit(archive) as ed:
        case = ed.session.scalars(select(CaseFile.uid).limit(1)).one()
        place = services.create(ed, "place", {"name": marker})
        services.create(ed, "event", {"case": case, "title": marker, "date_text": "2017-04", "place": place})


def _edits_present(session: Session, _checking: Checking) -> tuple[set[str], set[str]]:
    events = set(session.scalars(select(Event.title).where(Event.title.like("edit-%"))))
    places = set(session.scalars(select(Place.name).where(Place.name.like("edit-%"))))
    return events & places, events ^ places


def _import(state: ChildState, marker: str) -> None:
    """A CSV import of :data:`IMPORT_ROWS` events: all rows or none."""
    archive = state.archive
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, encoding="utf-8", newline="") as handle:
        handle.write("title,date\n" + "".join(f"{marker} row {k},2017-05-0{k + 1}\n" for k in range(IMPORT_ROWS)))
    try:
        import_events_csv(archive, handle.name)
    finally:
        os.unlink(handle.name)


def _imports_present(session: Session, _checking: Checking) -> tuple[set[str], set[str]]:
    counts: dict[str, int] = {}
    for title in session.scalars(select(Event.title).where(Event.title.like("import-%"))):
        marker = title.rsplit(" row ", 1)[0]
        counts[marker] = counts.get(marker, 0) + 1
    return {m for m, n in counts.items() if n == IMPORT_ROWS}, {m for m, n in counts.items() if n != IMPORT_ROWS}


def _purge(state: ChildState, marker: str) -> None:
    """Create an event, then purge it: once acknowledged, its text is nowhere in the file."""
    with services.edit(state.archive) as ed:
        case = ed.session.scalars(select(CaseFile.uid).limit(1)).one()
        uid = services.create(ed, "event", {"case": case, "title": marker, "description": f"{marker} secret", "date_text": "2018"})
    purge(state.archive, [uid])


def _purges_present(session: Session, checking: Checking) -> tuple[set[str], set[str]]:
    """Purged: no row and no logged value. A row without its logged values, or logged values
    without the row, is a purge by half (the delete and the erasure are one transaction)."""
    rows = set(session.scalars(select(Event.title).where(Event.title.like("purge-%"))))
    logged = {_marker_in(text, "purge-") for text in session.scalars(select(ChangeLog.changes).where(ChangeLog.changes.like("%purge-%secret%")))}
    started = rows | logged
    purged = {m for m in checking.acked if m.startswith("purge-") and m not in started}
    raw = b"".join(p.read_bytes() for p in (checking.archive.path, Path(f"{checking.archive.path}-wal")) if p.exists())
    leaked = {m for m in purged if f"{m} secret".encode() in raw}
    return purged - leaked, (rows ^ logged) | leaked


def _marker_in(text: str, prefix: str) -> str:
    start = text.index(prefix)
    end = start
    while end < len(text) and (text[end].isalnum() or text[end] == "-"):
        end += 1
    return text[start:end]


def _backup(state: ChildState, marker: str) -> None:
    backups.take(state.archive, marker)


def _backups_present(session: Session, checking: Checking) -> tuple[set[str], set[str]]:
    """Every backup in the rotation verifies with a key it may rightly have; a backup that
    does not is there by half."""
    whole, half = set(), set()
    for info in backups.list_backups(checking.archive):
        marker = info.reason
        for key in checking.keys:
            try:
                backups.verify(info.path, key)
            except backups.BackupFailed:
                continue
            whole.add(marker)
            break
        else:
            half.add(f"{marker} ({info.path.name} does not verify)")
    return whole, half


def _restore(state: ChildState, marker: str) -> None:
    """Back up, then restore that backup over the archive (nothing acknowledged is lost: the
    backup holds it all); the restored file records the marker in a one-line edit after."""
    info = backups.take(state.archive, marker)
    key_name = state.key_name
    state.archive.close()
    backups.restore(state.path, info, key=key_named(key_name))
    state.reopen(key_name)
    with services.edit(state.archive) as ed:
        case = ed.session.scalars(select(CaseFile.uid).limit(1)).one()
        services.create(ed, "event", {"case": case, "title": marker, "date_text": "2019"})


def _restores_present(session: Session, _checking: Checking) -> tuple[set[str], set[str]]:
    return set(session.scalars(select(Event.title).where(Event.title.like("restore-%")))), set()


def _cipher(action: str) -> Callable[[ChildState, str], None]:
    def run(state: ChildState, marker: str) -> None:
        old, new = key_named(state.key_name), key_named(_next_key(state, marker, action))
        state.archive.close()
        if action == "encrypt":
            encryption.encrypt(state.path, new, user="crash-harness")  # type: ignore[arg-type]
        elif action == "rekey":
            encryption.rekey(state.path, old, new, user="crash-harness")  # type: ignore[arg-type]
        else:
            encryption.decrypt(state.path, old, user="crash-harness")  # type: ignore[arg-type]
        for kept in state.path.parent.glob(f"{state.path.name}.before-*"):
            kept.unlink()  # the harness keeps no old files (a user would remove them too)
        state.reopen(_next_key(state, marker, action))

    return run


def _next_key(state: ChildState, marker: str, action: str) -> str | None:
    return None if action == "decrypt" else marker


OPERATIONS: dict[str, Operation] = {
    "edit": Operation(_edit, _edits_present),
    "import": Operation(_import, _imports_present),
    "purge": Operation(_purge, _purges_present),
    "backup": Operation(_backup, _backups_present),
    "restore": Operation(_restore, _restores_present),
    "encrypt": Operation(_cipher("encrypt"), None, lambda s: s.key_name is None, lambda s, m: m),
    "rekey": Operation(_cipher("rekey"), None, lambda s: s.key_name is not None, lambda s, m: m),
    "decrypt": Operation(_cipher("decrypt"), None, lambda s: s.key_name is not None, lambda s, m: None),
}
RECORD_OPERATIONS = ("edit", "import")
"""The quick ones (a commit each): make test kills mostly these."""


def child(path: Path, names: list[str], seed: int, key_name: str | None = None) -> None:
    """Work forever, printing ``start <marker> <key>`` before each operation and ``ack <marker>
    <key>`` after it (flushed: the parent counts them); ``<key>`` names the passphrase the
    archive has once the operation is done (``-``: plain)."""
    rng = random.Random(seed)
    state = ChildState(path, key_name, Archive.open(path, user="crash-harness", key=key_named(key_name)))
    n = 0
    while True:
        name = rng.choice([name for name in names if OPERATIONS[name].applies(state)])
        operation = OPERATIONS[name]
        marker = f"{name}-{seed}-{n}"
        after = operation.new_key(state, marker) if operation.new_key else state.key_name
        print(f"start {marker} {after or '-'}", flush=True)
        operation.run(state, marker)
        print(f"ack {marker} {state.key_name or '-'}", flush=True)
        n += 1


@dataclass
class Tally:
    kills: int = 0
    acknowledged: int = 0
    lost: list[str] = field(default_factory=list)
    half: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    by_operation: dict[str, int] = field(default_factory=dict)
    """Acknowledged operations, by kind."""
    killed_during: dict[str, int] = field(default_factory=dict)
    """Kills that struck while an operation of that kind was under way."""
    key_name: str | None = None
    """The passphrase the archive has now (``None``: plain)."""

    @property
    def ok(self) -> bool:
        return not (self.lost or self.half or self.problems)


def new_archive(path: Path) -> Path:
    with Archive.create(path, user="crash-harness") as archive, services.edit(archive) as ed:
        services.create(ed, "case_file", {"title": "Crash case"})
    return path


def _forked_child(path: Path, names: list[str], seed: int, key_name: str | None) -> tuple[int, IO[str]]:
    """Fork (no exec: a kill every ~0.2 s instead of every ~1.5 s of interpreter start-up); the
    parent holds no open archive at that moment, so the child shares no SQLite state with it."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: edit until killed
        os.close(read_end)
        try:
            sys.stdout = os.fdopen(write_end, "w", buffering=1)
            child(path, names, seed, key_name)
        except BaseException as error:  # the parent reports "ended before the kill" with this
            print(f"failed {type(error).__name__}: {' '.join(str(error).split())}", flush=True)
        finally:
            os._exit(1)
    os.close(write_end)
    return pid, os.fdopen(read_end, "r")


def _key_of(word: str) -> str | None:
    return None if word == "-" else word


def one_kill(path: Path, names: list[str], seed: int, tally: Tally, audit_every: int = 1) -> None:
    """Start a child, let it finish a few operations, SIGKILL it mid-work, reopen and check."""
    rng = random.Random(seed)
    before = tally.key_name
    pid, pipe = _forked_child(path, names, seed, before)
    lines: list[str] = []
    started = False
    wanted = rng.randint(0, 4)  # operations to let through; then kill during the next one
    with pipe:
        for line in pipe:
            lines.append(line)
            if line.startswith("start ") and sum(x.startswith("ack ") for x in lines) >= wanted:
                started = True
                break
        if started:
            time.sleep(rng.random() * 0.03)  # somewhere inside the operation, or just after it
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        lines += pipe.read().splitlines()
    if not started or not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
        tally.problems.append(f"child {seed} ended before the kill")
    acked: list[str] = []
    keys_seen: list[str | None] = [before]
    pending: tuple[str, str | None] | None = None
    for line in lines:
        if line.startswith("failed "):
            tally.problems.append(f"child {seed}: {line.strip()}")
            continue
        kind, marker, key = line.split()
        keys_seen.append(_key_of(key))
        if kind == "start":
            pending = (marker, _key_of(key))
        else:
            acked.append(marker)
            tally.key_name, pending = _key_of(key), None
    tally.kills += 1
    tally.acknowledged += len(acked)
    for marker in acked:
        op = marker.split("-", 1)[0]
        tally.by_operation[op] = tally.by_operation.get(op, 0) + 1
    if pending is not None:
        op = pending[0].split("-", 1)[0]
        tally.killed_during[op] = tally.killed_during.get(op, 0) + 1
    expected = [tally.key_name] + ([pending[1]] if pending is not None and pending[1] != tally.key_name else [])
    check(path, names, acked, tally, expected, keys_seen, audit=tally.kills % audit_every == 0)
    for leftover in [*path.parent.glob(f"{path.name}.before-*"), *path.parent.glob(f"{path.stem}.replaced-*")]:
        leftover.unlink()  # the old files encrypt and restore keep aside (checked by their own tests)


def _open_with(path: Path, expected: list[str | None], tally: Tally) -> Archive | None:
    """The archive, opened with the first expected key that opens it; records which."""
    for name in expected:
        if (name is None) == is_encrypted(path):
            continue
        try:
            archive = Archive.open(path, user="crash-harness", key=key_named(name))
        except CasefileError:
            continue
        tally.key_name = name
        return archive
    tally.problems.append(f"the archive opens with none of the keys it may have ({expected})")
    return None


def check(path: Path, names: list[str], acked: list[str], tally: Tally, expected: list[str | None] | None = None,
          keys_seen: list[str | None] | None = None, audit: bool = True) -> None:  # fmt: skip
    archive = _open_with(path, expected or [tally.key_name], tally)
    if archive is None:
        tally.lost += acked
        return
    with archive:
        if archive.missing_tail is not None:
            tally.problems.append(f"missing tail after a kill: {archive.missing_tail.message()}")
        problems = archive.integrity_check(quick=False)
        tally.problems += [f"integrity: {p}" for p in problems]
        checking = Checking(archive, [key_named(k) for k in dict.fromkeys([*(keys_seen or []), tally.key_name, None])], acked)
        with archive.session() as session:
            chain = changelog.verify(session)
            if not chain.ok:
                tally.problems.append(f"change log broken at {chain.broken_at}: {chain.reason}")
            if audit:
                report = custody.audit(session)
                tally.problems += [f"custody: {m.table} {m.uid}: {m.problem}" for m in report.mismatches]
            complete: set[str] = set()
            for name in dict.fromkeys(names):
                present = OPERATIONS[name].present
                if present is None:  # a change of key: the key that opened it proves it (above)
                    complete |= {m for m in acked if m.startswith(f"{name}-")}
                    continue
                whole, half = present(session, checking)
                complete |= whole
                tally.half += sorted(half)
            for action in ("encrypt", "rekey", "decrypt"):
                logged = int(session.scalar(select(func.count()).select_from(ChangeLog).where(ChangeLog.action == action)) or 0)
                if logged < tally.by_operation.get(action, 0):
                    tally.problems.append(f"{tally.by_operation[action]} {action}s acknowledged, {logged} logged")
    tally.lost += [marker for marker in acked if marker not in complete]


def run(kills: int, names: list[str], folder: Path, seed: int = 1, audit_every: int = 1,
        report: Callable[[Tally], None] | None = None) -> Tally:  # fmt: skip
    """``kills`` SIGKILLs of children doing ``names`` on one archive in ``folder`` (its backups
    go to ``folder/backups``); ``report`` hears the tally after every kill."""
    os.environ[backups.ENV_DIR] = str(folder / "backups")
    path = new_archive(folder / "crash.casefile")
    tally = Tally()
    for k in range(kills):
        one_kill(path, names, seed * 1_000_003 + k, tally, audit_every)
        if report is not None:
            report(tally)
    return tally


if __name__ == "__main__" and sys.argv[1:2] == ["child"]:
    child(Path(sys.argv[2]), sys.argv[3].split(","), int(sys.argv[4]), sys.argv[5] if len(sys.argv) > 5 else None)
