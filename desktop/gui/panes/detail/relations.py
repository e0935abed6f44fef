"""Relations between the shown event and others (part of, precedes, causes, response to), and their dialog."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QDialog, QListWidgetItem, QVBoxLayout, QWidget

from db.details import RelationView
from db.errors import ValidationError
from db.queries import EventFilter
from desktop.gui.panes.detail import edits
from desktop.gui.panes.detail.dialog_base import RecordDialog, Submit, line, result_list
from desktop.gui.panes.detail.labels import RELATIONS
from desktop.gui.panes.detail.linked_table import LinkedTable, Row
from desktop.gui.panes.detail.widgets import UID_ROLE

if TYPE_CHECKING:
    from desktop.gui.workspace import Workspace

SEARCH_RESULTS = 30


class RelationDialog(RecordDialog):
    """Relate the shown event to another: how ("part of", "follows", …, read from the shown
    event) and which event (searched as you type). ``values()`` gives the relation record dict.
    GUI thread only.
    """

    def __init__(self, workspace: Workspace, submit: Submit, event_uid: str, relation: RelationView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("RelationDialog", "Edit relation") if relation else QCoreApplication.translate("RelationDialog", "Relate to another event"), submit, parent)
        self.workspace, self.event_uid = workspace, event_uid
        self.kind: QComboBox = self.add_row("relation_type", QCoreApplication.translate("RelationDialog", "This event is"), QComboBox())  # type: ignore[assignment]
        for (kind, outgoing), text in RELATIONS.items():
            self.kind.addItem(QCoreApplication.translate("Labels", text), (kind, outgoing))
        if relation:
            self.kind.setCurrentIndex(self.kind.findData((relation.relation_type, relation.outgoing)))
        self.search = line(placeholder=QCoreApplication.translate("RelationDialog", "Search events by title, place, actor…"))
        self.results = result_list()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.results)
        self.add_row("to_event", QCoreApplication.translate("RelationDialog", "Event"), box, styled=self.results)
        self.other_uid: str | None = relation.other_uid if relation else None
        self.search.textChanged.connect(self._on_search_text_changed)
        self.results.currentItemChanged.connect(self._on_results_current_item_changed)
        self._on_search_text_changed("")

    def choose_event(self, uid: str) -> bool:
        for index in range(self.results.count()):
            if self.results.item(index).data(UID_ROLE) == uid:
                self.results.setCurrentRow(index)
                return True
        return False

    def values(self) -> dict[str, Any]:
        if not self.other_uid:
            raise ValidationError(QCoreApplication.translate("RelationDialog", "Choose the other event."), "to_event")
        kind, outgoing = self.kind.currentData()
        ends = (self.event_uid, self.other_uid) if outgoing else (self.other_uid, self.event_uid)
        return {"from_event": ends[0], "to_event": ends[1], "relation_type": kind}

    def _on_search_text_changed(self, text: str) -> None:
        if text.strip():
            rows = self.workspace.search_events(text, SEARCH_RESULTS + 1)
        else:
            rows = self.workspace.events_page(EventFilter(), limit=SEARCH_RESULTS + 1)
        self.results.blockSignals(True)
        self.results.clear()
        for row in rows:
            if row.uid == self.event_uid:
                continue
            entry = QListWidgetItem(f"{row.date_text or 'undated'} · {row.title}")
            entry.setData(UID_ROLE, row.uid)
            entry.setToolTip(row.title)
            self.results.addItem(entry)
            if row.uid == self.other_uid:
                self.results.setCurrentItem(entry)
        self.results.blockSignals(False)

    def _on_results_current_item_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.other_uid = current.data(UID_ROLE)


class RelationsSection(LinkedTable):
    """How the shown event relates to others; Open jumps to the other event. GUI thread only."""

    record_table = "event_relation"
    open_text = QT_TRANSLATE_NOOP("LinkedTable", "Open event")

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace, [QCoreApplication.translate("RelationsSection", "Relation"), QCoreApplication.translate("RelationsSection", "Event")], 1, QCoreApplication.translate("RelationsSection", "Relate…"), QCoreApplication.translate("RelationsSection", "Not related to other events."))
        self.views: dict[str, RelationView] = {}

    def set_data(self, event_uid: str, relations: Sequence[RelationView]) -> None:
        self.owner_uid = event_uid
        self.views = {r.uid: r for r in relations}
        rows: list[Row] = [(r.uid, [QCoreApplication.translate("Labels", RELATIONS[(r.relation_type, r.outgoing)]), r.other_title], []) for r in relations]
        self.set_rows(rows)

    def add_dialog(self) -> QDialog:
        assert self.owner_uid is not None
        return RelationDialog(self.workspace, lambda v: edits.create(self.workspace, "event_relation", v, QCoreApplication.translate("RelationsSection", "Relate events")), self.owner_uid, parent=self)

    def edit_dialog(self, uid: str) -> QDialog:
        assert self.owner_uid is not None
        return RelationDialog(self.workspace, lambda v: edits.update(self.workspace, "event_relation", uid, v, QCoreApplication.translate("RelationsSection", "Edit relation")), self.owner_uid, self.views[uid], parent=self)

    def open_target(self, uid: str) -> tuple[str, str] | None:
        return ("event", self.views[uid].other_uid) if uid in self.views else None
