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

import io
import logging
import multiprocessing
import pickle
from array import array
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
        while True:  # cancelled first: a cancelled build never delivers, even if it is done
            if cancelled():
                child.kill()
                raise Cancelled()
            if receiver.poll(POLL_S):
                break
            if not child.is_alive() and not receiver.poll(0):
                raise BuildFailed(f"the helper process ended without a result (exit code {child.exitcode})")
        try:
            return _receive(receiver)  # type: ignore[no-any-return]
        except (EOFError, OSError, pickle.UnpicklingError) as error:
            raise BuildFailed(f"the helper process's result was lost: {error!r}") from error
    finally:
        receiver.close()
        child.join(1)


def _child(sender: Connection, path: str, flt: EventFilter, lane: str, build: Build[Any]) -> None:
    """In the child: read the rows through a read-only engine, build, send the result back."""
    try:
        from db import timeline

        result = timeline.build_from_file(Path(path), flt, lane, build)
        _send(sender, result)
    except BaseException as error:  # noqa: BLE001 — reported to the parent, which falls back
        sender.send_bytes(pickle.dumps(("error", f"{type(error).__name__}: {error}")))
    finally:
        sender.close()


# --- the result, sent in slices ------------------------------------------------------------
# One pickle of a million-row result is ~40 MB: unpickling it is one C call that holds the GIL
# while it allocates and copies everything (measured 0.2-0.8 s on two busy cores). Instead the
# large arrays go first, in slices of SLICE_BYTES that the parent appends one call at a time,
# then the rest of the object, whose pickle refers to them by number (``persistent_id``).

SLICE_BYTES = 1 << 18
BIG_ARRAY = 4096
"""Arrays of at least this many items are sent in slices; smaller ones inside the pickle."""


class _ArrayPickler(pickle.Pickler):
    def __init__(self, file: io.BytesIO, arrays: list[array]) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.arrays = arrays
        self._numbers: dict[int, int] = {}  # id(array) -> its number: an array shared stays one

    def persistent_id(self, obj: object) -> int | None:  # noqa: D102 — pickle's hook
        if type(obj) is not array or len(obj) < BIG_ARRAY:
            return None
        number = self._numbers.get(id(obj))
        if number is None:
            number = self._numbers[id(obj)] = len(self.arrays)
            self.arrays.append(obj)
        return number


class _ArrayUnpickler(pickle.Unpickler):
    def __init__(self, file: io.BytesIO, arrays: list[array]) -> None:
        super().__init__(file)
        self.arrays = arrays

    def persistent_load(self, pid: object) -> array:  # noqa: D102 — pickle's hook
        return self.arrays[int(pid)]  # type: ignore[call-overload]


def _send(sender: Connection, result: object) -> None:
    arrays: list[array] = []
    skeleton = io.BytesIO()
    _ArrayPickler(skeleton, arrays).dump(result)
    sender.send_bytes(pickle.dumps(("ok", [(a.typecode, len(a)) for a in arrays])))
    for values in arrays:
        raw = memoryview(values).cast("B")
        for start in range(0, len(raw), SLICE_BYTES):
            sender.send_bytes(raw[start : start + SLICE_BYTES])
    sender.send_bytes(skeleton.getbuffer())


def _receive(receiver: Connection) -> object:
    """The parent's side of :func:`_send`: every step a short C call, so the GIL moves on."""
    outcome, payload = pickle.loads(receiver.recv_bytes())
    if outcome != "ok":
        raise BuildFailed(str(payload))
    arrays = []
    for typecode, count in payload:
        values = array(typecode)
        while len(values) < count:
            values.frombytes(receiver.recv_bytes())
        arrays.append(values)
    return _ArrayUnpickler(io.BytesIO(receiver.recv_bytes()), arrays).load()
