"""Crash harness: a child process edits an archive through the services and acknowledges each
commit on a pipe; the parent SIGKILLs it at a random moment, reopens the archive and checks
that it is sound (integrity, change-log chain, custody audit), that every acknowledged edit is
there, and that no edit is there by half.

An operation is one entry of :data:`OPERATIONS`: a function that makes one atomic change marked
``marker``, and a function that says, from a read session, which markers are there completely
and whether any is there by half. Adding one (backup, encrypt, purge…) is one pair of functions.

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

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import changelog, custody, services
from db.archive import Archive
from db.interchange.csv_import import import_events_csv
from db.models import CaseFile, Event, Place

IMPORT_ROWS = 3


@dataclass(frozen=True)
class Operation:
    """One kind of atomic change the child makes and the parent checks."""

    run: Callable[[Archive, str], None]
    """Make the change marked ``marker`` (one commit)."""
    present: Callable[[Session], tuple[set[str], set[str]]]
    """(markers present completely, markers present by half) after a crash."""


def _edit(archive: Archive, marker: str) -> None:
    """An event and a place in one edit: both or neither may survive."""
    with services.edit(archive) as ed:
        case = ed.session.scalars(select(CaseFile.uid).limit(1)).one()
        place = services.create(ed, "place", {"name": marker})
        services.create(ed, "event", {"case": case, "title": marker, "date_text": "2017-04", "place": place})


def _edits_present(session: Session) -> tuple[set[str], set[str]]:
    events = set(session.scalars(select(Event.title).where(Event.title.like("edit-%"))))
    places = set(session.scalars(select(Place.name).where(Place.name.like("edit-%"))))
    return events & places, events ^ places


def _import(archive: Archive, marker: str) -> None:
    """A CSV import of :data:`IMPORT_ROWS` events: all rows or none."""
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, encoding="utf-8", newline="") as handle:
        handle.write("title,date\n" + "".join(f"{marker} row {k},2017-05-0{k + 1}\n" for k in range(IMPORT_ROWS)))
    try:
        import_events_csv(archive, handle.name)
    finally:
        os.unlink(handle.name)


def _imports_present(session: Session) -> tuple[set[str], set[str]]:
    counts: dict[str, int] = {}
    for title in session.scalars(select(Event.title).where(Event.title.like("import-%"))):
        marker = title.rsplit(" row ", 1)[0]
        counts[marker] = counts.get(marker, 0) + 1
    return {m for m, n in counts.items() if n == IMPORT_ROWS}, {m for m, n in counts.items() if n != IMPORT_ROWS}


OPERATIONS: dict[str, Operation] = {
    "edit": Operation(_edit, _edits_present),
    "import": Operation(_import, _imports_present),
}


def child(path: Path, names: list[str], seed: int) -> None:
    """Edit forever, printing ``ack <marker>`` after each commit (flushed: the parent counts it)."""
    rng = random.Random(seed)
    with Archive.open(path, user="crash-harness") as archive:
        n = 0
        while True:
            name = rng.choice(names)
            marker = f"{name}-{seed}-{n}"
            print(f"start {marker}", flush=True)
            OPERATIONS[name].run(archive, marker)
            print(f"ack {marker}", flush=True)
            n += 1


@dataclass
class Tally:
    kills: int = 0
    acknowledged: int = 0
    lost: list[str] = field(default_factory=list)
    half: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    by_operation: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not (self.lost or self.half or self.problems)


def new_archive(path: Path) -> Path:
    with Archive.create(path, user="crash-harness") as archive, services.edit(archive) as ed:
        services.create(ed, "case_file", {"title": "Crash case"})
    return path


def _forked_child(path: Path, names: list[str], seed: int) -> tuple[int, IO[str]]:
    """Fork (no exec: a kill every ~0.2 s instead of every ~1.5 s of interpreter start-up); the
    parent holds no open archive at that moment, so the child shares no SQLite state with it."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: edit until killed
        os.close(read_end)
        try:
            sys.stdout = os.fdopen(write_end, "w", buffering=1)
            child(path, names, seed)
        finally:
            os._exit(1)
    os.close(write_end)
    return pid, os.fdopen(read_end, "r")


def one_kill(path: Path, names: list[str], seed: int, tally: Tally, audit_every: int = 1) -> None:
    """Start a child, let it commit a few times, SIGKILL it mid-work, reopen and check."""
    rng = random.Random(seed)
    pid, pipe = _forked_child(path, names, seed)
    acked: list[str] = []
    started = None
    wanted = rng.randint(0, 4)  # commits to let through; then kill during the next one
    with pipe:
        for line in pipe:
            kind, marker = line.split()
            if kind == "ack":
                acked.append(marker)
            elif len(acked) >= wanted:
                started = marker
                break
        if started is not None:
            time.sleep(rng.random() * 0.03)  # somewhere inside the operation, or just after it
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        acked += [line.split()[1] for line in pipe.read().splitlines() if line.startswith("ack ")]
    if started is None or not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
        tally.problems.append(f"child {seed} ended before the kill")
    tally.kills += 1
    tally.acknowledged += len(acked)
    for marker in acked:
        op = marker.split("-", 1)[0]
        tally.by_operation[op] = tally.by_operation.get(op, 0) + 1
    check(path, names, acked, tally, audit=tally.kills % audit_every == 0)


def check(path: Path, names: list[str], acked: list[str], tally: Tally, audit: bool = True) -> None:
    with Archive.open(path, user="crash-harness") as archive:
        problems = archive.integrity_check(quick=False)
        tally.problems += [f"integrity: {p}" for p in problems]
        with archive.session() as session:
            chain = changelog.verify(session)
            if not chain.ok:
                tally.problems.append(f"change log broken at {chain.broken_at}: {chain.reason}")
            if audit:
                report = custody.audit(session)
                tally.problems += [f"custody: {m.table} {m.uid}: {m.problem}" for m in report.mismatches]
            complete: set[str] = set()
            for name in names:
                whole, half = OPERATIONS[name].present(session)
                complete |= whole
                tally.half += sorted(half)
    tally.lost += [marker for marker in acked if marker not in complete]


def run(kills: int, names: list[str], folder: Path, seed: int = 1, audit_every: int = 1) -> Tally:
    path = new_archive(folder / "crash.casefile")
    tally = Tally()
    for k in range(kills):
        one_kill(path, names, seed * 1_000_003 + k, tally, audit_every)
    return tally


if __name__ == "__main__" and sys.argv[1:2] == ["child"]:
    child(Path(sys.argv[2]), sys.argv[3].split(","), int(sys.argv[4]))
