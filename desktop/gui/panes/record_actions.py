"""What a record's context menus do, shared by the list's and the timeline's menus."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from desktop.gui.panes.detail import edits
from desktop.gui.wording import words

if TYPE_CHECKING:
    from desktop.gui.panes.detail.detail_pane import DetailPane
    from desktop.gui.panes.list_pane import ListPane
    from desktop.gui.workspace import Workspace


ONLY_STATUS = {
    "confirmed": QT_TRANSLATE_NOOP("RecordActions", "Only Confirmed Events"),
    "likely": QT_TRANSLATE_NOOP("RecordActions", "Only Likely Events"),
    "possible": QT_TRANSLATE_NOOP("RecordActions", "Only Possible Events"),
    "unlikely": QT_TRANSLATE_NOOP("RecordActions", "Only Unlikely Events"),
    "unknown": QT_TRANSLATE_NOOP("RecordActions", "Only Events of Unknown Status"),
}
"""The filter item for each verification status (whole phrases: word order differs by language)."""


class Workbench(Protocol):
    """What these actions use of the workbench (the panes it holds)."""

    list_pane: ListPane
    detail_pane: DetailPane

NAME_KEYS = {"event": "title", "source": "title", "actor": "name", "place": "name"}
NOT_COPIED = ("uid", "created_at", "updated_at")


def filter_choices(workspace: Workspace, uid: str) -> list[tuple[str, str, str]]:
    """(filter field, value, menu text) of the filters an event offers: its place, type, status."""
    event = workspace.record("event", uid)
    choices = []
    if event.get("place"):
        choices.append(("place", event["place"], QCoreApplication.translate("RecordActions", "Only Events at %1").replace("%1", workspace.record('place', event['place'])['name'])))
    if event.get("event_type"):
        choices.append(("type", event["event_type"], QCoreApplication.translate("RecordActions", "Only Events of Type “%1”").replace("%1", words(event['event_type']))))
    choices.append(("status", event["status"], QCoreApplication.translate("RecordActions", ONLY_STATUS[str(event["status"])]) if str(event["status"]) in ONLY_STATUS else QCoreApplication.translate("RecordActions", "Only %1 Events").replace("%1", words(event['status']))))
    return choices


def duplicate(workspace: Workspace, bench: Workbench, table: str, uid: str) -> str:
    """A copy of the record's own fields (not its citations, involvements or files), named
    "… (copy)", as one undo step; selected and opened for editing."""
    values = {k: v for k, v in workspace.record(table, uid).items() if k not in NOT_COPIED}
    key = NAME_KEYS[table]
    values[key] = f"{values[key]} (copy)"
    copy = edits.create(workspace, table, values, QCoreApplication.translate("RecordActions", "Duplicate %1").replace("%1", words(table)))
    bench.list_pane.select_record(table, copy)
    open_record(bench, table, copy)
    return copy


def open_record(bench: Workbench, table: str, uid: str) -> None:
    bench.detail_pane.show_record(table, uid)
    form = bench.detail_pane.form
    if form is not None:
        form.focus_name()
