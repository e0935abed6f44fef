"""CSV import of events in bulk: a reader thread parses and plans batches while the caller's
thread writes them, one statement per table and batch, in a single transaction.

Why a thread: SQLite releases Python's GIL while it runs a statement, so parsing the next
batch overlaps with inserting and indexing this one; one statement per table and batch (rows
passed as a JSON array) keeps the writer from fighting the reader for the GIL row by row.
Memory stays bounded: the file is read line by line and at most a few batches are in flight.
"""

from __future__ import annotations

import json
import queue
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from db import services
from db.errors import ImportFailed
from db.interchange.csv_batches import Batch, Known, Planner
from db.interchange.csv_digest import METHOD, RowsDigest
from db.interchange.csv_mapping import CsvMapping
from db.interchange.csv_rows import BadRow, ImportCancelled, IsCancelled, Lines, Progress, Row
from db.interchange.csv_shape import Shape, read_rows, shape_of
from db.interchange.csv_writer import Writer
from db.models import Meta

if TYPE_CHECKING:
    from db.archive import Archive

BATCH_ROWS = 10_000
"""Rows per batch: progress is reported and cancellation checked between batches. FTS5 writes
one index segment per statement, so larger batches also mean less merging."""
IN_FLIGHT = 1
"""Batches the reader may plan ahead of the writer (bounds memory)."""
_CANCELLED = "The import was cancelled; nothing was imported."


@dataclass
class ImportReport:
    """What an import created, the rows it skipped as (line, message), and its change set:
    the uids of every event, source, place, actor and tag it created (its involvements and
    citations are counted in ``changes.counted``), for the views to refresh from."""

    events_created: int = 0
    sources_created: int = 0
    places_created: int = 0
    actors_created: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)
    tags_created: int = 0
    changes: services.ChangeSet = field(default_factory=services.ChangeSet, repr=False)
    read_as: str = ""
    """How a mapped file was read ("windows-1251 (detected), semicolon-separated (detected)")."""


def import_events_csv(
    archive: Archive,
    path: str | Path,
    skip_bad: bool = False,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
    *,
    case_uid: str | None = None,
    mapping: CsvMapping | None = None,
) -> ImportReport:
    """Import the events of a CSV file (see :mod:`db.interchange.csv_events`) into one case.

    ``progress(done, total)`` counts the bytes of the file as they are read and written; an
    eighth more stands for the work after the last row (indexes, sources, commit), so
    ``total`` is ``size + size // 8``, from ``(0, total)`` to ``(total, total)`` (both divided
    by the same factor for files over 1 GiB, so they fit a Qt progress bar's int). ``case_uid``
    defaults to the archive's first case (created when there is none). ``mapping`` reads a
    spreadsheet with other column names, delimiter, encoding or dates in words
    (:mod:`db.interchange.csv_mapping`); without one the file must be Casefile's own layout. Raises
    :class:`ImportFailed` (nothing written; every bad row is listed) or
    :class:`ImportCancelled` (nothing written).
    """
    path = Path(path)
    shape = shape_of(path, mapping)
    size = path.stat().st_size
    total = size + size // 8
    cancelled = is_cancelled or (lambda: False)

    scale = max(1, -(-total // 2**30))  # 1 below 1 GiB

    def report(done: int) -> None:
        if progress:
            progress(done // scale, total // scale)

    report(0)
    with services.edit(archive) as ed:
        writer = Writer(ed, case_uid or services.ensure_default_case(ed))
        writer.defer_search(size)
        reader = _Reader(path, writer.known, skip_bad, mapping, shape)
        problems: list[tuple[int, str]] = []
        with writer.tuned(), reader.running():
            writer.defer_indexes(size)
            for batch in reader.batches(cancelled):
                problems += batch.problems
                if skip_bad or not problems:
                    writer.write(batch)
                report(batch.end_byte)
            if problems and not skip_bad:
                line, first = problems[0]
                if len(problems) == 1:  # said once: the lists below skip a problem the headline holds
                    message = f"{path.name}: line {line} cannot be imported, so nothing was imported: {first.rstrip('.')}."
                else:
                    message = f"{path.name}: {len(problems):,} rows (the first on line {line}) cannot be imported, so nothing was imported."
                raise ImportFailed(message, problems)
            for step, finish in enumerate((writer.restore_indexes, writer.index_sources), start=1):
                if cancelled():
                    raise ImportCancelled(_CANCELLED)
                finish()
                report(size + step * (total - size) // 3)
        summary = {
            "format": "csv-events",
            "file": path.name,
            "sha256": reader.sha256,
            "bytes": size,
            "case": writer.case_uid,
            "created": dict(sorted((t, n) for t, n in writer.created.items() if n)),
            "skipped_lines": [line for line, _ in problems],
            **({"mapping": json.loads(mapping.to_json()), "read_as": shape.describe()} if mapping else {}),
            **writer.provenance(),
            "digest": {"method": METHOD, "sha256": reader.digest.hexdigest(), "tables": reader.digest.tables()},
        }
        ed.log("import", "meta", ed.session.get_one(Meta, "archive_uid").value, summary)
    report(total)
    count = writer.created.get
    read_as = shape.describe() if mapping else ""
    return ImportReport(count("event", 0), count("source", 0), count("place", 0), count("actor", 0), problems, count("tag", 0), ed.changes, read_as)


class _Reader:
    """Reads, checks and plans batches on its own thread; the caller iterates :meth:`batches`.

    Until the first bad row (or always, with ``skip_bad``) each batch is planned for writing;
    after it the rest of the file is only checked, so the error lists every bad row.
    """

    def __init__(self, path: Path, known: Known, skip_bad: bool, mapping: CsvMapping | None = None, shape: Shape | None = None) -> None:
        self.path = path
        self.mapping = mapping
        self.shape = shape or Shape()
        self.planner = Planner(known)
        self.skip_bad = skip_bad
        self.sha256 = ""
        self.digest = RowsDigest()
        self._queue: queue.Queue[Batch | BaseException | None] = queue.Queue(maxsize=IN_FLIGHT)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="csv-import-reader", daemon=True)

    @contextmanager
    def running(self) -> Iterator[None]:
        self._thread.start()
        try:
            yield
        finally:
            self._stop.set()
            while self._thread.is_alive():
                try:
                    self._queue.get(timeout=0.05)
                except queue.Empty:
                    pass
            self._thread.join()

    def batches(self, cancelled: IsCancelled) -> Iterator[Batch]:
        while True:
            if cancelled():
                raise ImportCancelled(_CANCELLED)
            try:
                item = self._queue.get(timeout=0.1)
            except queue.Empty:
                continue
            if item is None:
                return
            if isinstance(item, BaseException):
                raise item
            yield item

    def _put(self, item: Batch | BaseException | None) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def _run(self) -> None:
        try:
            with self.path.open("rb") as handle:
                lines = Lines(handle, self.path.name, self.shape.encoding)
                self._read(lines)
                self.sha256 = lines.sha256.hexdigest()
            self._put(None)
        except BaseException as error:  # noqa: BLE001 - handed to the writer thread, which raises it
            self._put(error)

    def _read(self, lines: Lines) -> None:
        rows: list[Row] = []
        batch = Batch()
        failing = False
        for line, row in read_rows(lines, self.mapping, self.shape.delimiter):
            if isinstance(row, BadRow):
                batch.problems.append((line, str(row)))
                failing = not self.skip_bad
            else:
                rows.append(row)
            batch.rows += 1
            if batch.rows == BATCH_ROWS:
                if not self._emit(batch, rows, lines, failing):
                    return
                rows, batch = [], Batch()
        self._emit(batch, rows, lines, failing)

    def _emit(self, batch: Batch, rows: list[Row], lines: Lines, failing: bool) -> bool:
        batch.end_byte = lines.bytes_read
        if not failing:
            self.planner.plan(rows, batch)
            for table, rows_json in batch.tables.items():
                self.digest.add_batch(table, rows_json)
        return self._put(batch)
