"""Undo commands: one per kind of edit, each calling a db service in its own transaction.

A command's first step runs in :meth:`first_run` (called by ``Workspace.execute`` before the
push) so a refused edit raises to the caller and never reaches the stack; ``redo`` skips that
first call. Undo puts back exactly what was there: previous values with their timestamps,
or a deletion snapshot with the same uids.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from db import records, services
from db.errors import EditConflict
from db.file_names import display_name
from desktop.gui.wording import words

if TYPE_CHECKING:
    from desktop.gui.workspace import Workspace

MERGE_TYPING = 1
"""Command id of field edits; those of one typing session merge into one undo step."""


class _ArchiveCommand(QUndoCommand):
    def __init__(self, workspace: Workspace, text: str) -> None:
        super().__init__(text)
        self.workspace = workspace
        self._skip_redo = False
        self.last_entry: int | None = None
        """The last change-log entry this step's latest write made (see :meth:`removal_conflict`)."""
        self.refused: EditConflict | None = None
        self._undone = False
        """Whether the step's last move was an undo (what a conflict check compares against)."""

    def first_run(self) -> None:
        self._apply()
        self._skip_redo = True

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._apply()
        self._undone = False

    def undo(self) -> None:
        self._revert()
        self._undone = True

    def _apply(self) -> None:
        raise NotImplementedError

    def _revert(self) -> None:
        raise NotImplementedError

    def _edit(self, operation: Any) -> Any:
        """Run ``operation(ed)`` in one transaction and announce what changed."""
        with services.edit(self.workspace.archive) as ed:
            result = operation(ed)
            changes, entries = ed.changes, list(ed.entry_ids)
        self.workspace.own_entries.update(entries)
        self.last_entry = max(entries, default=self.last_entry)
        self.workspace.notify(changes)
        return result

    def removal_conflict(self, table: str, uids: Sequence[str]) -> EditConflict | None:
        """Why a step that would delete these records (undo of a create, redo of a delete)
        would lose someone else's change made since this step's last write."""
        for uid in uids:
            conflict = self.workspace.changed_by_others(table, uid, self.last_entry)
            if conflict is not None:
                return conflict
        return None


class CreateRecordCommand(_ArchiveCommand):
    """Create one record; redo after undo recreates it identically (same uid, same stamps)."""

    def __init__(self, workspace: Workspace, table: str, values: dict[str, Any], text: str = "") -> None:
        super().__init__(workspace, text or QCoreApplication.translate("Commands", "New %1").replace("%1", words(table)))
        self.table = table
        self.values = dict(values)
        self.uid: str | None = None

    def conflict(self) -> EditConflict | None:
        """Undo deletes the record: refused once someone else has changed it since."""
        if self._undone or self.uid is None:
            return None
        return self.removal_conflict(self.table, [self.uid])

    def _apply(self) -> None:
        def create(ed: services.Edit) -> str:
            uid = services.create(ed, self.table, self.values)
            self.values = records.to_dict(ed.session, services.get(ed.session, self.table, uid))
            return uid

        self.uid = self._edit(create)

    def _revert(self) -> None:
        assert self.uid is not None
        self._edit(lambda ed: services.delete(ed, self.table, self.uid))


class AddAttachmentCommand(_ArchiveCommand):
    """Store a file for a source; undo removes it (and its content when no longer used)."""

    def __init__(self, workspace: Workspace, source_uid: str, file_name: str, content: bytes, values: dict[str, Any]) -> None:
        super().__init__(workspace, QCoreApplication.translate("Commands", "Attach %1").replace("%1", display_name(file_name)))  # the Edit menu shows it: bidi shown, not obeyed
        self.args = (source_uid, file_name, content, dict(values))
        self.uid: str | None = None
        self._snapshot: services.Snapshot | None = None

    def _apply(self) -> None:
        if self._snapshot is not None:
            self._edit(lambda ed: services.restore(ed, self._snapshot))
            return
        source_uid, file_name, content, values = self.args
        self.uid = self._edit(lambda ed: services.add_attachment(ed, source_uid, file_name, content, **values))

    def _revert(self) -> None:
        self._snapshot = self._edit(lambda ed: services.delete(ed, "attachment", self.uid))


class UpdateRecordCommand(_ArchiveCommand):
    """Change fields of one record. Edits sharing a typing ``session`` (focus in → focus out of
    one field) merge into one undo step; redo puts back the exact after-state, stamp included.

    ``base_version`` (the row version the user's typing started from) makes the first run
    refuse, with :class:`db.errors.EditConflict`, a save over someone else's newer change.
    Undo and redo put values back only while the fields still hold what this step left there
    (:meth:`conflict` tells beforehand; a step refused mid-way sets :attr:`refused`).
    """

    def __init__(self, workspace: Workspace, table: str, uid: str, values: dict[str, Any], text: str = "", session: Hashable | None = None,
                 base_version: int | None = None) -> None:  # fmt: skip
        super().__init__(workspace, text or QCoreApplication.translate("Commands", "Edit %1").replace("%1", words(table)))
        self.table, self.uid = table, uid
        self.values = dict(values)
        self.old: dict[str, Any] = {}
        self.after: dict[str, Any] = {}
        """The changed fields as this step left them (what an undo expects to find)."""
        self.session = session
        self.stamp: str | None = None
        self.base_version = base_version
        self.version_before: int | None = None
        self.version_after: int | None = None

    def id(self) -> int:
        return MERGE_TYPING if self.session is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, UpdateRecordCommand) or self.session is None or other.session != self.session:
            return False
        if (other.table, other.uid, set(other.values)) != (self.table, self.uid, set(self.values)):
            return False
        self.values, self.stamp = other.values, other.stamp
        self.after = {**self.after, **other.after}
        self.version_after = other.version_after
        if not self.old:  # this step changed nothing itself; the merged one did
            self.old = other.old
        return True

    def conflict(self) -> EditConflict | None:
        """Why undoing (or, once undone, redoing) now would overwrite a later change by
        someone else; ``None`` when it may go ahead."""
        restore, expect = (self.values, self.old) if self._undone else (self.old, self.after)
        if not restore or not expect:
            return None
        return self.workspace.undo_conflict(self.table, self.uid, restore, {k: v for k, v in expect.items() if k != "updated_at"})

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        try:
            self._apply()
        except EditConflict as error:  # changed elsewhere since the check: nothing written
            self.refused = error
            self._skip_redo = True  # so the stack's step back (undo) is a no-op too
        else:
            self._undone = False

    def undo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        try:
            self._revert()
        except EditConflict as error:
            self.refused = error
            self._skip_redo = True  # the workspace steps the stack back: a redo that does nothing
        else:
            self._undone = True

    def _apply(self) -> None:
        values = {**self.values, "updated_at": self.stamp} if self.stamp else self.values
        first = self.version_after is None
        base = self.base_version if first else None
        expect = None if first else {k: v for k, v in self.old.items() if k != "updated_at"}

        def update(ed: services.Edit) -> tuple[dict[str, Any], str, int, int, dict[str, Any]]:
            before_version = services.row_version(ed.session, self.table, self.uid)
            old = services.update(ed, self.table, self.uid, values, base_version=base, expect=expect or None)
            obj = services.get(ed.session, self.table, self.uid)
            after = records.to_dict(ed.session, obj)
            return old, obj.updated_at, before_version, services.row_version(ed.session, self.table, self.uid), after

        old, self.stamp, before_version, self.version_after, after = self._edit(update)
        if first:
            self.version_before = before_version
        if not self.old:
            self.old = old
        self.after = {k: after.get(k) for k in self.old if k != "updated_at"}

    def _revert(self) -> None:
        if self.old:
            expect = {k: v for k, v in self.after.items() if k != "updated_at"}
            self._edit(lambda ed: services.update(ed, self.table, self.uid, self.old, expect=expect or None))


class CompoundCommand(QUndoCommand):
    """Several archive commands as one undo step (e.g. create a place and link it).

    The first run applies them in order; if one is refused, those already applied are undone
    and the :class:`db.errors.ValidationError` propagates, so nothing is pushed.
    """

    def __init__(self, text: str, commands: Sequence[QUndoCommand]) -> None:
        super().__init__(text)
        self.commands = list(commands)

    def first_run(self) -> None:
        done: list[QUndoCommand] = []
        try:
            for command in self.commands:
                command.first_run()  # type: ignore[attr-defined]
                done.append(command)
        except Exception:
            for command in reversed(done):
                command.undo()
            raise

    def redo(self) -> None:
        for command in self.commands:  # each skips its own first redo after first_run
            command.redo()

    def undo(self) -> None:
        for command in reversed(self.commands):
            command.undo()


class DeleteRecordsCommand(_ArchiveCommand):
    """Delete records (and what cascades); undo restores them all exactly."""

    def __init__(self, workspace: Workspace, table: str, uids: list[str], text: str = "") -> None:
        count = len(uids)
        noun = words(table)
        super().__init__(workspace, text or (QCoreApplication.translate("Commands", "Delete %1").replace("%1", noun) if count == 1 else QCoreApplication.translate("Commands", "Delete %1: %2").replace("%1", noun).replace("%2", str(count))))
        self.table, self.uids = table, list(uids)
        self.snapshots: list[services.Snapshot] = []

    def conflict(self) -> EditConflict | None:
        """Redo deletes the restored records again: refused once someone else has changed
        one of them since the undo put it back."""
        return self.removal_conflict(self.table, self.uids) if self._undone else None

    def _apply(self) -> None:
        def delete_all(ed: services.Edit) -> list[services.Snapshot]:
            return [services.delete(ed, self.table, uid) for uid in self.uids]

        self.snapshots = self._edit(delete_all)

    def _revert(self) -> None:
        def restore_all(ed: services.Edit) -> None:
            for snapshot in reversed(self.snapshots):
                services.restore(ed, snapshot)

        self._edit(restore_all)
