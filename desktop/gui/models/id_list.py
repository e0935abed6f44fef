"""The ordered ids a lazy list model shows, and how they are read: at once, or on the reader.

Shared by the events list and the sources, actors and places lists, and free of Qt (no
PySide6 import): the models own the Qt side (signals, persistent indexes, the start timer),
this owns the ids and which reads still count.
"""

from __future__ import annotations

import struct
from array import array
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol

Cancelled = Callable[[], bool]
Read = Callable[[Cancelled], Any]
"""A read for the reader thread: ``read(cancelled)``, where ``cancelled()`` turns true once a
newer request supersedes it (pass it on to the workspace, which stops SQLite mid-query)."""
Done = Callable[[Any], None]
"""What to do with a read's result, on the GUI thread."""

_ID = struct.Struct("=q")


class Handle(Protocol):
    """A submitted read that can be cancelled (``desktop.gui.tasks.TaskHandle``)."""

    id: int

    def cancel(self) -> None: ...


class Reader(Protocol):
    """Runs reads off the GUI thread and hands each result to its own ``done``."""

    def submit(self, read: Read, done: Done) -> Handle: ...


class TaskCallbacks:
    """A :class:`Reader` over the workspace's task runner: each read's result reaches its own
    ``done`` through the runner's per-task callback (a failed or cancelled read sends none).
    GUI thread only."""

    def __init__(self, runner: Any) -> None:
        self._runner = runner

    def submit(self, read: Read, done: Done) -> Handle:
        handle: Handle = self._runner.submit(lambda _progress, cancelled: read(cancelled), on_finished=done)
        return handle


class IdList:
    """A list model's ordered ids and the reads that replace them; GUI thread only.

    Contract: the ids are an ``array('q')`` (8 bytes an id: 8 MB at a million), replaced by
    :meth:`set` or partly overwritten in place by :meth:`write_first`, never copied per id.
    Every (re)load starts with :meth:`begin`: up to :attr:`sync_limit` records the caller
    reads at once and the list is complete; above it the caller queues reads with
    :meth:`read`, which go to the reader when ``schedule`` says so (at once without one),
    and the list is complete when the read marked ``final`` is done. ``begin`` cancels every
    earlier read, and a result that still arrives for an earlier request is dropped.
    """

    def __init__(self, reader: Reader, sync_limit: int, schedule: Callable[[], None] | None = None) -> None:
        self.ids: array[int] = array("q")
        self.sync_limit = sync_limit
        self.complete = True
        self._reader = reader
        self._schedule = schedule
        self._generation = 0
        self._queued: list[tuple[Read, Done]] = []
        self._handles: list[Handle] = []
        self._bytes: bytes | None = None

    # --- the ids -------------------------------------------------------------------------

    def set(self, ids: Sequence[int]) -> None:
        self.ids = ids if isinstance(ids, array) else array("q", ids)
        self._bytes = None

    def write_first(self, ids: Iterable[int]) -> None:
        """Overwrite the first ids with ``ids``, in place (copying a million ids took 8 ms)."""
        first = array("q", ids)
        self.ids[: len(first)] = first
        self._bytes = None

    def id_at(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def row_of(self, record_id: int) -> int | None:
        """The row of ``record_id``: a byte search of the packed ids (~1 ms at a million rows)
        instead of a dict of every id (~100 MB at a million)."""
        if self._bytes is None:
            self._bytes = self.ids.tobytes()
        needle = _ID.pack(record_id)
        position = self._bytes.find(needle)
        while position > 0 and position % 8:  # a match straddling two ids
            position = self._bytes.find(needle, position + 1)
        return None if position < 0 else position // 8

    def rows_of(self, record_ids: Iterable[int]) -> dict[int, int]:
        """Rows of many ids at once (one pass over the ids when there are many)."""
        wanted = set(record_ids)
        if len(wanted) <= 32:
            return {i: row for i in wanted if (row := self.row_of(i)) is not None}
        return {record_id: row for row, record_id in enumerate(self.ids) if record_id in wanted}

    # --- reads ---------------------------------------------------------------------------

    def begin(self, total: int) -> bool:
        """Start a request for a list of ``total`` records, superseding every earlier one.

        True: read at once on the GUI thread (the list is complete). False: queue reads with
        :meth:`read`; the list is incomplete until the ``final`` one is done.
        """
        self._generation += 1
        for handle in self._handles:
            handle.cancel()
        self._handles.clear()
        self._queued.clear()
        self.complete = total <= self.sync_limit
        return self.complete

    def read(self, read: Read, done: Done, final: bool = False) -> None:
        """Queue ``read`` for the reader; ``done(result)`` runs unless a newer request came
        first. ``final``: its result completes the list (``complete`` is true within ``done``)."""
        generation = self._generation

        def finish(result: Any) -> None:
            if generation != self._generation:
                return  # superseded: a newer request's reads decide what the list shows
            if final:
                self.complete = True
            done(result)

        self._queued.append((read, finish))
        if self._schedule is None:
            self.start_reads()
        else:
            self._schedule()

    def start_reads(self) -> None:
        """Hand the queued reads to the reader, in the order they were queued (one lane)."""
        for read, finish in self._queued:
            self._handles.append(self._reader.submit(read, finish))
        self._queued.clear()
