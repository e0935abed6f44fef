"""An event's actors with their roles, and the dialog that adds one (an unknown name creates the actor)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QWidget

from db import models
from db.details import InvolvementView
from db.errors import ValidationError
from desktop.gui.panes.detail.citations import combo
from desktop.gui.panes.detail.dialog_base import RecordDialog, Submit, line, whole_number
from desktop.gui.panes.detail.edits import CompoundCommand, ExactUpdateCommand, new_record_command
from desktop.gui.panes.detail.labels import choices, count, words
from desktop.gui.panes.detail.linked_table import LinkedTable, Row
from desktop.gui.panes.detail.pickers import NewName, find_named, name_completer, offered_names
from desktop.gui.panes.detail.widgets import muted_label

if TYPE_CHECKING:
    from desktop.gui.workspace import Workspace


class InvolvementDialog(RecordDialog):
    """Add or edit an actor's part in an event: actor (completion over existing actors; a new
    name creates the actor, of the kind chosen), role (the ``role`` vocabulary or free text),
    count and note. ``values()["actor"]`` is a uid or a :class:`NewName`. GUI thread only.
    """

    def __init__(self, workspace: Workspace, submit: Submit, roles: Sequence[str], involvement: InvolvementView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("InvolvementDialog", "Edit actor role") if involvement else QCoreApplication.translate("InvolvementDialog", "Add actor"), submit, parent)
        self.workspace = workspace
        self.actor = line(involvement.actor_name if involvement else "", QCoreApplication.translate("InvolvementDialog", "Type a name: existing actors are offered"))
        self.completer, self._names = name_completer(self.actor, self._on_name_chosen)
        self._picked: tuple[str, str] | None = None
        self.new_kind = combo(choices(models.ACTOR_KINDS), "person")
        self.new_hint = muted_label(QCoreApplication.translate("InvolvementDialog", "New actor, kind:"))
        actor_box = QWidget()
        row = QHBoxLayout(actor_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.actor, 1)
        row.addWidget(self.new_hint)
        row.addWidget(self.new_kind)
        self.add_row("actor", QCoreApplication.translate("InvolvementDialog", "Actor"), actor_box, styled=self.actor)
        self.role = combo([])
        self.add_row("role", QCoreApplication.translate("InvolvementDialog", "Role"), self.role)
        self.role.setEditable(True)
        for term in roles:
            self.role.addItem(words(term).capitalize(), term)
        current = involvement.role if involvement else "participant"
        index = self.role.findData(current)
        if index >= 0:
            self.role.setCurrentIndex(index)
        else:
            self.role.setEditText(current)
        self.count = self.add_row("count", QCoreApplication.translate("InvolvementDialog", "Count"), line(count(involvement.count) if involvement else "", QCoreApplication.translate("InvolvementDialog", "how many (optional)")))
        self.note = self.add_row("note", QCoreApplication.translate("InvolvementDialog", "Note"), line(involvement.note if involvement else ""))
        self.actor.textEdited.connect(self._on_actor_text_edited)
        self._update_new_hint()

    def values(self) -> dict[str, Any]:
        name = self.actor.text().strip()
        if not name:
            raise ValidationError(QCoreApplication.translate("InvolvementDialog", "Choose an actor or type a new name."), "actor")
        text = self.role.currentText().strip()
        index = self.role.findText(text, Qt.MatchFlag.MatchFixedString)  # any case
        return {
            "actor": self._actor_uid(name) or NewName(name),
            "new_kind": self.new_kind.currentData(),
            "role": self.role.itemData(index) if index >= 0 else text,
            "count": whole_number(self.count.text(), "count", "count"),
            "note": self.note.text().strip(),
        }

    def _actor_uid(self, name: str) -> str | None:
        if self._picked is not None and self._picked[0] == name:  # the very actor chosen from the list
            return self._picked[1]
        return find_named(self.workspace, "actor", name)

    def _on_actor_text_edited(self, text: str) -> None:
        self._names.offer(offered_names(self.workspace, "actor", text.strip()) if text.strip() else {})
        self._update_new_hint()

    def _on_name_chosen(self, label: str, uid: str) -> None:
        self._picked = (label, uid)
        self.actor.setText(label)
        self._update_new_hint()

    def _update_new_hint(self) -> None:
        name = self.actor.text().strip()
        new = bool(name) and self._actor_uid(name) is None
        self.new_hint.setVisible(new)
        self.new_kind.setVisible(new)


class InvolvementsSection(LinkedTable):
    """The actors of the shown event with their roles; protected people are marked. GUI thread."""

    record_table = "involvement"
    open_text = QT_TRANSLATE_NOOP("LinkedTable", "Open actor")

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace, [QCoreApplication.translate("InvolvementsSection", "Actor"), QCoreApplication.translate("InvolvementsSection", "Role"), QCoreApplication.translate("InvolvementsSection", "Count"), QCoreApplication.translate("InvolvementsSection", "Note")], (0, 3), QCoreApplication.translate("InvolvementsSection", "Add actor…"), QCoreApplication.translate("InvolvementsSection", "No actors yet."))
        self.views: dict[str, InvolvementView] = {}

    def set_data(self, event_uid: str, involvements: Sequence[InvolvementView]) -> None:
        self.owner_uid = event_uid
        self.views = {i.uid: i for i in involvements}
        rows: list[Row] = []
        for i in involvements:
            name = f"{i.actor_name} (protected)" if i.protected else i.actor_name
            tip = i.actor_name + QCoreApplication.translate("InvolvementsSection", "\nProtected: reports print a pseudonym instead of the name.") if i.protected else i.actor_name
            rows.append((i.uid, [name, words(i.role), count(i.count), i.note], [tip]))
        self.set_rows(rows)

    def add_dialog(self) -> QDialog:
        return InvolvementDialog(self.workspace, lambda v: self._write(None, v), self.workspace.terms("role"), parent=self)

    def edit_dialog(self, uid: str) -> QDialog:
        seen = self.views[uid].version  # what the dialog shows: a change made while it is open is not overwritten
        return InvolvementDialog(self.workspace, lambda v: self._write(uid, v, seen), self.workspace.terms("role"), self.views[uid], parent=self)

    def open_target(self, uid: str) -> tuple[str, str] | None:
        return ("actor", self.views[uid].actor_uid) if uid in self.views else None

    def _write(self, uid: str | None, values: dict[str, Any], base_version: int | None = None) -> None:
        """Create or change an involvement (a change based on ``base_version``, the row version
        the dialog showed); a new actor name creates the actor in the same step."""
        values = dict(values)
        actor, kind = values.pop("actor"), values.pop("new_kind")
        commands = []
        if isinstance(actor, NewName):
            create_actor, actor = new_record_command(self.workspace, "actor", {"name": actor.name, "kind": kind})
            commands.append(create_actor)
        values["actor"] = actor
        if uid is None:
            commands.append(new_record_command(self.workspace, "involvement", {"event": self.owner_uid, **values})[0])
        else:
            commands.append(ExactUpdateCommand(self.workspace, "involvement", uid, values, base_version=base_version))
        self.workspace.execute(CompoundCommand("Add actor" if uid is None else "Edit actor role", commands))

