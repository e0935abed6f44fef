"""The open archive as the GUI sees it: plain-data reads, undoable edits, change notifications.

This is the only adapter between widgets and the data layer: widgets call its methods and
never hold a session or write SQL. Every edit goes through :meth:`Workspace.execute`, which
runs an undo command's first step *before* pushing it, so an edit the archive refuses (a
:class:`db.errors.ValidationError`) raises to the caller and leaves the undo stack untouched.
"""

from __future__ import annotations

import logging
import os
import threading
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy import select

from db import (
    backups,
    delete_effects,
    details,
    field_input,
    lists,
    match_reason,
    purge,
    queries,
    records,
    reference_text,
    search,
    services,
    timeline,
    vocabulary,
)
from db import search_backlog
from db.archive import Archive
from db.errors import EditConflict, NotFound
from db.lists import NamedRow
from db.models import RECORD_MODELS
from db.purge import PurgeReport
from db.queries import EventFilter
from db.services import ChangeSet
from db.timeline import TimelineColumns
from desktop.gui.date_language import display_language
from desktop.gui import build_process
from desktop.gui.tasks import TaskCancelled, TaskHandle, TaskRunner
from desktop.gui.wording import words
from desktop.opened_files import OpenedFiles

LOG = logging.getLogger(__name__)
T = TypeVar("T")
CLOSE_BACKUP_DEADLINE_S = 20.0
"""Closing waits at most this long for its backup (then gives up; the last one stays)."""
CLOSE_COPY_BYTES_PER_S = 150e6
"""How fast a backup copies and verifies, conservatively (a 5 GB archive took 29 s here): an
archive too large to back up within the deadline is not tried on close — the window would
freeze for the whole deadline and then fail anyway. The backup on open covers it."""
Cancelled = Callable[[], bool]


def _file_bytes(path: Any) -> int:
    """The archive's size on disk with its write-ahead log (what a backup copies)."""
    total = 0
    for name in (str(path), f"{path}-wal"):
        try:
            total += os.stat(name).st_size
        except OSError:
            pass
    return total


def _update_steps(command: QUndoCommand) -> list[Any]:
    """The field edits inside an undo step (a compound step holds several): the commands
    that can tell a conflict (``UpdateRecordCommand``; named by duck type, as the commands
    module builds on this one)."""
    if callable(getattr(command, "conflict", None)):
        return [command]
    return [step for child in getattr(command, "commands", ()) for step in _update_steps(child)]


def refusal_message(conflict: EditConflict, back: bool) -> str:
    """Why an undo (``back``) or redo was refused, in the interface language (the db's own
    message is English)."""
    if conflict.removes:  # undoing a create or redoing a delete: the record itself would go
        if back:
            text = QCoreApplication.translate("Workspace", "Cannot undo: %1 has changed this %2 since (%4 UTC); undo would remove it with their change.")
        else:
            text = QCoreApplication.translate("Workspace", "Cannot redo: %1 has changed this %2 since (%4 UTC); redo would remove it with their change.")
    elif back:
        text = QCoreApplication.translate("Workspace", "Cannot undo: %1 has since changed this %2's %3 again (%4 UTC); undo would overwrite their change.")
    else:
        text = QCoreApplication.translate("Workspace", "Cannot redo: %1 has since changed this %2's %3 again (%4 UTC); redo would overwrite their change.")
    names = ", ".join(words(key) for key in conflict.fields)
    when = conflict.changed_at.replace("T", " ").removesuffix("Z")
    return text.replace("%1", conflict.changed_by).replace("%2", words(conflict.table)).replace("%3", names).replace("%4", when)


class Workspace(QObject):
    """One open archive with its undo stack. Lives on the GUI thread."""

    sig_changed = Signal(object)
    """Emitted with the :class:`ChangeSet` of every edit, undo and redo."""
    sig_remote_changed = Signal(object)
    """Another client's :class:`ChangeSet`, just before :attr:`sig_changed` carries it."""
    sig_search_indexing = Signal(object)
    """While a large import's search index is built after its commit (:mod:`db.search_backlog`):
    the percent indexed (int); None once search is complete."""
    sig_refused = Signal(str)
    """An undo or redo was refused (someone changed the same fields since): the reason."""

    def __init__(self, archive: Archive, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.undo_stack = QUndoStack(self)
        self.reader = TaskRunner(self)
        """Background reads a click waits for (id lists, search pages, counts); never writes."""
        self.builder = TaskRunner(self, name="casefile-build")
        """Long background reads nobody clicked for (the timeline's rows): their own lane, so
        a re-sort or a search never queues behind a million-row build; never writes."""
        self.opened_files = OpenedFiles(in_ram=archive.encrypted)
        """Attachments opened with the desktop's viewer; removed when the archive closes."""
        self._stop_on_close: list[tuple[TaskHandle, threading.Event]] = []
        self._indexing = False
        self._live: Any = None
        self.own_entries: set[int] = set()
        """Change-log entries this client wrote (its own edits are never a conflict with itself)."""

    # --- edits ---------------------------------------------------------------------------

    def execute(self, command: QUndoCommand) -> None:
        """Apply ``command`` now and push it for undo; raises if the archive refuses it."""
        command.first_run()  # type: ignore[attr-defined]
        self.undo_stack.push(command)

    def undo(self) -> str | None:
        """Undo the last step unless it would overwrite someone else's later change to the
        same fields; returns the refusal (also sent as :attr:`sig_refused`) or ``None``."""
        return self._step(back=True)

    def redo(self) -> str | None:
        """Redo the next step, refused like :meth:`undo` when its fields changed since."""
        return self._step(back=False)

    def undo_conflict(self, table: str, uid: str, restore: dict[str, Any], expect: dict[str, Any]) -> EditConflict | None:
        """Why putting ``restore`` back would overwrite a later change (see
        :func:`db.services.undo_conflict`); ``None`` when the fields still hold ``expect``."""
        with self.archive.session() as session:
            try:
                return services.undo_conflict(session, table, uid, restore, expect)
            except NotFound:
                return None  # gone: the step's own write says so

    def changed_by_others(self, table: str, uid: str, after_entry: int | None) -> EditConflict | None:
        """Someone else's change to the record after ``after_entry`` (see
        :func:`db.services.changed_by_others`), or ``None``."""
        with self.archive.session() as session:
            return services.changed_by_others(session, table, uid, after_entry, self.own_entries)

    def row_version(self, table: str, uid: str) -> int | None:
        """The record's row version now (``None`` when it is gone): what an edit starts from."""
        with self.archive.session() as session:
            try:
                return services.row_version(session, table, uid)
            except NotFound:
                return None

    def last_change(self, table: str, uid: str) -> tuple[str, str]:
        """(who, when UTC) of the latest change-log entry about the record ("", "" when none)."""
        with self.archive.session() as session:
            return services.last_change(session, table, uid)

    def _step(self, back: bool) -> str | None:
        stack = self.undo_stack
        index = stack.index() - 1 if back else stack.index()
        if not 0 <= index < stack.count():
            return None
        command = stack.command(index)
        steps = _update_steps(command)
        refused = next((c for c in (s.conflict() for s in steps) if c is not None), None)
        if refused is None:
            (stack.undo if back else stack.redo)()
            late = next((s.refused for s in steps if s.refused is not None), None)
            if late is not None:  # changed elsewhere between the check and the write
                for step in steps:
                    step.refused = None
                (stack.redo if back else stack.undo)()  # a no-op step: the stack is as it was
                refused = late
        if refused is None:
            return None
        message = refusal_message(refused, back)
        self.sig_refused.emit(message)
        return message

    def notify(self, changes: ChangeSet) -> None:
        if changes:
            self.sig_changed.emit(changes)

    # --- live refresh --------------------------------------------------------------------

    def start_live(self, timeout: float | None = None) -> None:
        """Hear other clients' changes (another desktop on the server, another process on the
        file) and refresh the views as for our own edits (see :mod:`desktop.gui.live_changes`)."""
        from desktop.gui.live_changes import LiveChanges

        if self._live is not None:
            return
        self._live = LiveChanges(self.archive, **({"timeout": timeout} if timeout else {}), parent=self)
        self._live.sig_changed.connect(self._on_live_changed)
        self._live.start()

    def stop_live(self) -> None:
        if self._live is not None:
            self._live.stop()
            self._live = None

    def _on_live_changed(self, changes: ChangeSet) -> None:
        if self._live is None:  # heard just before the stop, delivered after: the archive is closing
            return
        self.sig_remote_changed.emit(changes)
        self.notify(changes)

    # --- backups -------------------------------------------------------------------------

    def backup_due(self) -> bool:
        """Whether opening should take a backup (the last is older than 30 minutes)."""
        return backups.due(self.archive)

    def take_backup(self, reason: str, progress: Callable[[int, int], None] | None = None,
                    deadline_s: float = backups.DEADLINE_S) -> backups.BackupInfo:  # fmt: skip
        """A verified backup into the archive's rotation (any thread; the task runner's for a
        large archive); raises :class:`db.backups.BackupFailed`."""
        return backups.take(self.archive, reason, progress=progress, deadline_s=deadline_s)

    def index_search_in_background(self, runner: TaskRunner) -> None:
        """Build the search index a large import left for after its commit (also what a killed
        app left: the marker is in the archive), one committed step at a time on ``runner``;
        :attr:`sig_search_indexing` tells the percent. Nothing to do costs one small read."""
        if self._indexing or self.archive.read_only:
            return
        self._indexing = True

        def on_progress(done: int, total: int) -> None:
            self.sig_search_indexing.emit(min(99, done * 100 // max(total, 1)))

        def ended(*_args: object) -> None:
            self._indexing = False
            self.sig_search_indexing.emit(None)

        done = threading.Event()

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> object:
            try:
                return search_backlog.run(self.archive, cancelled, on_step=progress)
            finally:
                done.set()

        handle = runner.submit(work, on_finished=ended, on_failed=ended, on_cancelled=ended, on_progress=on_progress)
        self._stop_on_close.append((handle, done))  # closing stops it between steps (the marker keeps the rest)

    def backup_in_background(self, runner: TaskRunner, reason: str, on_finished: Callable[[Any], object] | None = None,
                             on_failed: Callable[[str], object] | None = None,
                             on_progress: Callable[[int, int], object] | None = None) -> TaskHandle:  # fmt: skip
        """A backup in the worker lane (a large archive takes seconds); closing the archive
        cancels it and waits for it to stop (see :meth:`backup_on_close`)."""
        done = threading.Event()

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> backups.BackupInfo:
            def step(copied: int, total: int) -> None:
                if cancelled():
                    raise TaskCancelled()
                progress(copied, total)

            try:
                if cancelled():
                    raise TaskCancelled()
                return self.take_backup(reason, step)
            finally:
                done.set()

        handle = runner.submit(work, on_finished=on_finished, on_failed=on_failed, on_progress=on_progress)
        self._stop_on_close.append((handle, done))
        return handle

    def backup_on_close(self) -> str | None:
        """On the GUI thread as the archive closes: stop background backups and search indexing, then back up if
        anything changed since the last, within :data:`CLOSE_BACKUP_DEADLINE_S`; returns why
        it failed, or ``None``."""
        for handle, done in self._stop_on_close:
            handle.cancel()
            done.wait(CLOSE_BACKUP_DEADLINE_S)
        self._stop_on_close.clear()
        if self.archive.on_server:
            return None  # the server keeps its own backups
        size = _file_bytes(self.archive.path)
        if size / CLOSE_COPY_BYTES_PER_S > CLOSE_BACKUP_DEADLINE_S:
            return (f"not backed up on close: {self.archive.path.name} ({size / 1e9:.1f} GB) takes longer than "
                    f"{CLOSE_BACKUP_DEADLINE_S:.0f} s to copy; the backup taken in the background after opening stays the newest")
        try:
            if backups.changed_since_last(self.archive):
                self.take_backup("on close", deadline_s=CLOSE_BACKUP_DEADLINE_S)
        except backups.BackupFailed as error:
            return str(error)
        return None

    def backup_list(self) -> list[backups.BackupInfo]:
        return backups.list_backups(self.archive)

    # --- reads: plain data only ----------------------------------------------------------

    def event_ids(self, flt: EventFilter, sort: str = "date", descending: bool = False, cancelled: Cancelled | None = None) -> array[int]:
        """Every matching id in list order (an ``array('q')``); ``cancelled`` (reader
        threads) is polled while the database works and stops the query (raising
        :class:`db.errors.QueryCancelled`) when it turns true."""
        with self.archive.cancellable_session(cancelled) as session:
            return queries.event_ids(session, flt, sort, descending)

    def events_page(
        self, flt: EventFilter, sort: str = "date", descending: bool = False, limit: int = 200, cancelled: Cancelled | None = None,
        text_matches: int | None = None,
    ) -> list[queries.EventRow]:  # fmt: skip
        with self.archive.cancellable_session(cancelled) as session:
            return queries.events_page(session, flt, sort, descending, limit=limit, text_matches=text_matches)

    def event_rows(self, ids: Sequence[int]) -> list[queries.EventRow]:
        with self.archive.session() as session:
            return queries.event_rows(session, ids)

    def count_events(self, flt: EventFilter = EventFilter(), cap: int | None = None, cancelled: Cancelled | None = None) -> int:
        """Matching events; with ``cap`` counting stops at ``cap + 1``."""
        with self.archive.cancellable_session(cancelled) as session:
            return queries.count_events(session, flt, cap)

    def event_detail(self, uid: str) -> details.EventDetail:
        with self.archive.session() as session:
            return details.event_detail(session, uid, display_language())

    def record_detail(self, table: str, uid: str) -> details.RecordDetail:
        with self.archive.session() as session:
            return details.record_detail(session, table, uid)

    def record(self, table: str, uid: str) -> dict[str, Any]:
        with self.archive.session() as session:
            return records.to_dict(session, services.get(session, table, uid))

    def named_rows(self, table: str, text: str = "", limit: int = 100_000) -> list[NamedRow]:
        """The first ``limit`` sources, actors or places matching ``text``, by label."""
        with self.archive.session() as session:
            return lists.named(table).page(session, text, limit=limit)

    def named_ids(self, table: str, text: str = "", column: int = 0, descending: bool = False, cancelled: Cancelled | None = None) -> array[int]:
        """Ordered ids of the sources, actors or places matching ``text`` (see ``db.lists``);
        ``cancelled`` (reader threads) stops the query as for :meth:`event_ids`."""
        with self.archive.cancellable_session(cancelled) as session:
            return lists.named(table).ids(session, text, column, descending)

    def names_of(self, table: str, ids: Sequence[int]) -> dict[int, list[str]]:
        """Every name of these records: label, other names, aliases (see ``db.lists``)."""
        with self.archive.session() as session:
            return lists.named(table).names_of(session, ids)

    def named_exactly(self, table: str, name: str) -> NamedRow | None:
        """The record one of whose names (label, original-script or local name, alias) is ``name``."""
        with self.archive.session() as session:
            return lists.named(table).named_exactly(session, name)

    def named_rows_by_id(self, table: str, ids: Sequence[int]) -> list[NamedRow]:
        with self.archive.session() as session:
            return lists.named(table).rows(session, ids)

    def record_count(self, table: str) -> int:
        with self.archive.session() as session:
            return queries.count_of(session, table)

    def place_choices(self) -> list[tuple[str, str]]:
        with self.archive.session() as session:
            return queries.place_choices(session)

    def record_counts(self) -> dict[str, int]:
        """Number of rows per record table."""
        with self.archive.session() as session:
            return queries.counts(session)

    def record_id(self, table: str, uid: str) -> int | None:
        """The row id of a record, or ``None`` when there is no record with that uid."""
        with self.archive.session() as session:
            try:
                return services.get(session, table, uid).id
            except NotFound:
                return None

    def uid_for_event_id(self, event_id: int) -> str | None:
        rows = self.event_rows([event_id])
        return rows[0].uid if rows else None

    def timeline(self, flt: EventFilter, lane: str, build: Callable[[Iterable[TimelineColumns]], T],
                 cancelled: Cancelled | None = None) -> T:  # fmt: skip
        """``build(batches)`` over the streamed timeline columns (``db.timeline.timeline_columns``):
        the rows reach the caller's compact arrays without ever being held as a list.
        ``cancelled`` is polled between batches (raising :class:`TaskCancelled`)."""
        with self.archive.session() as session:
            batches = timeline.timeline_columns(session, flt, lane)
            return build(batches if cancelled is None else _until_cancelled(batches, cancelled))

    def prepare_builds(self) -> None:
        """Start the helper processes' fork server now when :meth:`timeline_apart` will use it:
        it imports the build's modules in its own process (~0.5 s of a core), which then
        overlaps the first paint instead of competing with the first clicks after it."""
        if build_process.available(self.archive.path, self.archive.encrypted):
            try:
                build_process.warm_up()
            except Exception as error:  # noqa: BLE001 — the build will fall back to its thread
                LOG.warning("No fork server for timeline builds: %s", error)

    def timeline_apart(self, flt: EventFilter, lane: str, build: Callable[[Iterable[TimelineColumns]], T],
                       cancelled: Cancelled | None = None) -> T:  # fmt: skip
        """As :meth:`timeline`, but built in a helper process when the archive allows it
        (:mod:`desktop.gui.build_process`: a plain SQLite file), so the build never holds the
        GIL the GUI thread needs; ``build`` must then be picklable. Falls back to this thread."""
        stop = cancelled or (lambda: False)
        if build_process.available(self.archive.path, self.archive.encrypted):
            try:
                return build_process.run(self.archive.path, flt, lane, build, stop)  # type: ignore[arg-type]
            except build_process.Cancelled:
                raise TaskCancelled() from None
            except build_process.BuildFailed as error:
                LOG.warning("Building the timeline in this thread instead: %s", error)
        return self.timeline(flt, lane, build, cancelled)

    def terms(self, kind: str) -> list[str]:
        with self.archive.session() as session:
            return vocabulary.terms(session, kind)

    def tag_names(self) -> list[str]:
        with self.archive.session() as session:
            return queries.tag_names(session)

    def search_events(self, text: str, limit: int = 50) -> list[queries.EventRow]:
        """The best ``limit`` events for ``text`` (ranked while matches are few, else newest):
        for pickers, which must answer as the user types, even for a word in every event."""
        with self.archive.session() as session:
            return queries.event_rows(session, search.search_events(session, text, limit))

    def search_sources(self, text: str, limit: int = 50) -> list[NamedRow]:
        """The best ``limit`` sources for ``text``, best first (by title when there is no text)."""
        with self.archive.session() as session:
            return lists.sources.best_matches(session, text, limit)

    def attachment_content(self, uid: str) -> bytes:
        with self.archive.session() as session:
            return services.attachment_content(session, uid)

    def dump(self) -> dict[str, dict[str, dict[str, Any]]]:
        """Every record of every record table as ``{table: {uid: record dict}}`` (for checks
        that undo restores the archive exactly; reads the whole archive)."""
        with self.archive.session() as session:
            return {
                table: {obj.uid: records.to_dict(session, obj) for obj in session.scalars(select(model))}
                for table, model in RECORD_MODELS.items()
            }

    def purge(self, uids: list[str]) -> PurgeReport:
        """Purge records for good, from the archive and from every backup of it (any thread:
        rewriting the file takes seconds on a large archive). The caller then hands the report
        to :meth:`purged` on the GUI thread."""
        def each_backup(apply: Callable[[Archive], None]) -> int:
            return backups.rewrite_backups(self.archive, apply)

        return purge.purge(self.archive, uids, backups=each_backup)

    def purged(self, report: PurgeReport) -> None:
        """After a purge, on the GUI thread: the undo history is dropped (its entries hold the
        purged values in memory and could bring them back) and the views are told."""
        self.undo_stack.clear()
        changes = ChangeSet()
        for uid, table in report.removed:
            changes.add("deleted", table, uid)
        self.notify(changes)

    def read_field(self, table: str, key: str, text: str) -> Any:
        """``text`` typed for field ``key``, read as the detail form reads it (raises
        :class:`db.errors.ValidationError` naming the field)."""
        with self.archive.session() as session:
            return field_input.read_value(session, table, key, text)

    def match_reasons(self, event_ids: list[int], text: str, cancelled: Cancelled | None = None) -> dict[int, str]:
        """Why each of these events matched the search ``text`` (any thread; see
        :mod:`db.match_reason`)."""
        with self.archive.cancellable_session(cancelled) as session:
            return match_reason.reasons(session, event_ids, text)

    def reference_text(self, table: str, uid: str) -> str:
        """The record as one line of plain text (Copy as Text)."""
        with self.archive.session() as session:
            return reference_text.reference(session, table, uid, display_language())

    def delete_effects(self, table: str, uids: list[str]) -> list[str]:
        """What deleting these records also removes or changes, in sentences (for the warning)."""
        with self.archive.session() as session:
            return delete_effects.describe(session, table, uids)

    def backup_count(self) -> int:
        """How many backups the archive has (a purge rewrites each)."""
        return len(backups.list_backups(self.archive))

    def cases(self) -> list[tuple[str, str]]:
        with self.archive.session() as session:
            return queries.cases(session)

    def default_case(self) -> str:
        with services.edit(self.archive) as ed:
            uid = services.ensure_default_case(ed)
            changes = ed.changes
        self.notify(changes)
        return uid


def _until_cancelled(batches: Iterable[TimelineColumns], cancelled: Cancelled) -> Iterator[TimelineColumns]:
    for batch in batches:
        if cancelled():
            raise TaskCancelled()
        yield batch
