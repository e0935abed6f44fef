"""What the merge dialogs ask of the open archive: the merge as a background task, reads of
open conflicts and duplicate candidates as plain data, and settling them as edits.

Settling a conflict is a :class:`ResolveConflictCommand` on the workspace's undo stack (undo
puts the record back and reopens the conflict); deciding on a possible duplicate is a
:class:`DecideDuplicateCommand` (undo brings the other record back with its uid, moves every
reference back and offers the pair again). No widget here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from db.merge import candidates, conflicts, status
from db.merge.run import MergeReport, merge
from desktop.gui.commands import _ArchiveCommand

if TYPE_CHECKING:
    from desktop.gui.workspace import Workspace


def merge_task(workspace: Workspace, paths: list[Path]) -> Any:
    """A task function for the runner: merge each source in turn into the open archive."""
    from db.archive import Archive

    archive = workspace.archive

    def work(progress: Any, is_cancelled: Any) -> list[MergeReport]:
        reports = []
        for path in paths:
            key = archive.key if _encrypted(path) else None  # a copy of an encrypted archive: the same passphrase
            with Archive.open(path, user=archive.user, key=key) as source:
                reports.append(merge(archive, source, progress, is_cancelled))
        return reports

    return work


def _encrypted(path: Path) -> bool:
    from db.engine import is_encrypted

    return is_encrypted(path)


def open_conflicts(workspace: Workspace) -> list[conflicts.OpenConflict]:
    return status.open_conflicts(workspace.archive)


def open_candidates(workspace: Workspace) -> list[candidates.Candidate]:
    return status.open_candidates(workspace.archive)


def count_open(workspace: Workspace) -> int:
    return status.count_open(workspace.archive)


def read_typed(workspace: Workspace, conflict_uid: str, text: str) -> Any:
    return status.read_typed(workspace.archive, conflict_uid, text)


class DecideDuplicateCommand(_ArchiveCommand):
    """Combine two offered records (``same``) or stop offering them; one undo step either way."""

    def __init__(self, workspace: Workspace, pair: candidates.Candidate, same: bool) -> None:
        text = f"Combine “{pair.theirs_label}” into “{pair.ours_label}”" if same else f"Mark “{pair.ours_label}” and “{pair.theirs_label}” as different"
        super().__init__(workspace, text)
        self.keep, self.other, self.same = pair.ours_uid, pair.theirs_uid, same
        self.done: candidates.Decision | None = None

    def _apply(self) -> None:
        decide = candidates.confirm_same if self.same else candidates.dismiss
        self.done = self._edit(lambda ed: decide(ed, self.keep, self.other))

    def _revert(self) -> None:
        done = self.done
        assert done is not None
        self._edit(lambda ed: candidates.undo(ed, done))


class ResolveConflictCommand(_ArchiveCommand):
    """Settle one conflict (ours, theirs or a typed value); undo reopens it as it was."""

    def __init__(self, workspace: Workspace, conflict: conflicts.OpenConflict, take: str, value: Any = None) -> None:
        what = conflict.field.replace("_", " ") if conflict.field else conflict.table.replace("_", " ")
        super().__init__(workspace, QCoreApplication.translate("MergeOps", "Resolve conflict in %1").replace("%1", what))
        self.table, self.uid = conflict.table, conflict.record_uid
        self.conflict_uid, self.take, self.value = conflict.uid, take, value
        self.done: conflicts.Resolution | None = None

    def _apply(self) -> None:
        self.done = self._edit(lambda ed: conflicts.resolve(ed, self.conflict_uid, self.take, self.value))

    def _revert(self) -> None:
        done = self.done
        assert done is not None
        self._edit(lambda ed: conflicts.unresolve(ed, done))
