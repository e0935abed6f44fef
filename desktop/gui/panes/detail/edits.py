"""Undoable edits of the detail pane: helpers that build :mod:`desktop.gui.commands` commands
and run them through ``Workspace.execute``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from db.models import new_uid
from desktop.gui.commands import CompoundCommand, CreateRecordCommand, UpdateRecordCommand
from desktop.gui.wording import counted

if TYPE_CHECKING:
    from desktop.gui.workspace import Workspace


ExactUpdateCommand = UpdateRecordCommand  # exact redo and typing sessions live in desktop.gui.commands


def update(workspace: Workspace, table: str, uid: str, values: dict[str, Any], text: str = "", base_version: int | None = None) -> None:
    """Change fields of one record as one undo step; raises ValidationError if refused, and
    EditConflict when ``base_version`` is given and someone else has changed the record since."""
    workspace.execute(ExactUpdateCommand(workspace, table, uid, values, text, base_version=base_version))


def create(workspace: Workspace, table: str, values: dict[str, Any], text: str = "") -> str:
    """Create one record as one undo step; returns its uid."""
    command = CreateRecordCommand(workspace, table, {"uid": new_uid(), **values}, text)
    workspace.execute(command)
    assert command.uid is not None
    return command.uid


def new_record_command(workspace: Workspace, table: str, values: dict[str, Any]) -> tuple[CreateRecordCommand, str]:
    """A command creating a record with a uid chosen now, so later steps can refer to it."""
    uid = new_uid()
    return CreateRecordCommand(workspace, table, {"uid": uid, **values}), uid


def cite_new_source(workspace: Workspace, event_uid: str, source_title: str, citation: dict[str, Any]) -> str:
    """Make a source titled ``source_title`` and cite it from the event, as one undo step (a
    cancelled or refused citation leaves no stray source); returns the source's uid."""
    source, source_uid = new_record_command(workspace, "source", {"title": source_title})
    cite, _ = new_record_command(workspace, "citation", {**citation, "event": event_uid, "source": source_uid})
    workspace.execute(CompoundCommand("Add citation of a new source", [source, cite]))
    return source_uid


def cite_sources(workspace: Workspace, event_uid: str, source_uids: Sequence[str]) -> list[str]:
    """Cite each source from the event (a drop of sources on it), as one undo step; the new
    citations' uids."""
    commands, uids = [], []
    for source_uid in dict.fromkeys(source_uids):
        command, uid = new_record_command(workspace, "citation", {"event": event_uid, "source": source_uid})
        commands.append(command)
        uids.append(uid)
    if commands:
        text = QCoreApplication.translate("Edits", "Cite a source") if len(commands) == 1 else counted("cite_sources", len(commands))
        workspace.execute(CompoundCommand(text, commands))
    return uids


def set_tags(workspace: Workspace, table: str, uid: str, names: list[str], known: Sequence[str], base_version: int | None = None) -> None:
    """Replace the tags of an event or source; tags not yet in the archive are created in the
    same undo step, so undo removes them again and the archive is exactly as before."""
    folded = {name.casefold() for name in known}
    commands: list[QUndoCommand] = []
    for name in names:
        if name.casefold() not in folded:
            folded.add(name.casefold())
            commands.append(new_record_command(workspace, "tag", {"name": name})[0])
    commands.append(ExactUpdateCommand(workspace, table, uid, {"tags": names}, base_version=base_version))
    workspace.execute(CompoundCommand("Edit tags", commands))
