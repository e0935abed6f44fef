"""Long Python builds over an archive's rows in a helper process (no Qt in it).

A million-row timeline build is seconds of Python. In a thread of the app it holds the
interpreter lock the GUI thread needs for every cell it paints and every click it handles: each
hand-over waits up to the switch interval, and a builder thread descheduled by the OS while
holding the lock blocks the GUI thread until it runs again (measured: 50-300 ms stalls on two
busy cores, issue 15). In a child process the build shares no lock with the GUI; the worker
thread that waits for it only blocks on a pipe, and the result comes back as arrays.

Children are forked from a ``forkserver`` started once per app with the build's modules
already imported (``warm_up``), so a build starts in milliseconds. Plain SQLite archives only
(an encrypted one would need its key in another process; a server archive is another engine):
:func:`available` says when, and the caller builds in its thread otherwise, or when the
process fails for any reason (e.g. a frozen bundle without ``forkserver``).
"""

from __future__ import annotations

import logging
import multiprocessing
import sys
from collections.abc import Callable, Iterable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, TypeVar

from db.queries import EventFilter
from db.timeline import TimelineColumns

LOG = logging.getLogger(__name__)
T = TypeVar("T")
Build = Callable[[Iterable[TimelineColumns]], T]
PRELOAD = ["db.timeline", "db.engine.sqlite", "desktop.gui.panes.timeline.data"]
"""Imported once by the fork server, so every child starts with them."""
POLL_S = 0.05


class BuildFailed(Exception):
    """The helper process could not build (the caller then builds in its own thread)."""


class Cancelled(Exception):
    """The build was cancelled; the child was killed."""


_context: Any = None


def available(path: object, encrypted: bool) -> bool:
    """Whether builds over this archive can run in a helper process here."""
    return (isinstance(path, Path) and not encrypted and not getattr(sys, "frozen", False)
            and "forkserver" in multiprocessing.get_all_start_methods())  # fmt: skip


def warm_up() -> None:
    """Start the fork server now (it imports :data:`PRELOAD`), so the first build need not wait."""
    global _context
    if _context is None:
        _context = multiprocessing.get_context("forkserver")
        _context.set_forkserver_preload(PRELOAD)
        from multiprocessing import forkserver

        forkserver.ensure_running()


def run(path: Path, flt: EventFilter, lane: str, build: Build[T], cancelled: Callable[[], bool]) -> T:
    """``build(db.timeline.timeline_columns(...))`` in a child process; on the caller's (worker)
    thread, which only waits on the pipe. ``build`` must be picklable (a module-level function
    or a ``functools.partial`` of one). Raises :class:`Cancelled` or :class:`BuildFailed`."""
    warm_up()
    receiver, sender = _context.Pipe(duplex=False)
    child = _context.Process(target=_child, args=(sender, str(path), flt, lane, build), daemon=True, name="casefile-timeline")
    try:
        child.start()
    except Exception as error:  # noqa: BLE001 — no process here (OS limits, an unpicklable build): the caller builds
        receiver.close()
        sender.close()
        raise BuildFailed(f"could not start the helper process: {error}") from error
    sender.close()
    try:
        while not receiver.poll(POLL_S):
            if cancelled():
                child.kill()
                raise Cancelled()
            if not child.is_alive() and not receiver.poll(0):
                raise BuildFailed(f"the helper process ended without a result (exit code {child.exitcode})")
        try:
            outcome, payload = receiver.recv()
        except (EOFError, OSError) as error:
            raise BuildFailed(f"the helper process's result was lost: {error}") from error
    finally:
        receiver.close()
        child.join(1)
    if outcome != "ok":
        raise BuildFailed(str(payload))
    return payload  # type: ignore[no-any-return]


def _child(sender: Connection, path: str, flt: EventFilter, lane: str, build: Build[Any]) -> None:
    """In the child: read the rows through a read-only engine, build, send the result back."""
    try:
        from sqlalchemy.orm import Session

        from db import engine as engines
        from db import timeline

        location = Path(path)
        backend = engines.for_archive(location, None)
        engine = backend.connect(location, read_only=True)
        try:
            with Session(engine) as session:
                result = build(timeline.timeline_columns(session, flt, lane))
        finally:
            backend.close(engine)
        sender.send(("ok", result))
    except BaseException as error:  # noqa: BLE001 — reported to the parent, which falls back
        sender.send(("error", f"{type(error).__name__}: {error}"))
    finally:
        sender.close()
