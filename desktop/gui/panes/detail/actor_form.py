"""The actor form: names, aliases, protection and pseudonym, and the events the actor appears in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from db import models
from db.dependents import VIEWS
from db.details import RecordDetail
from db.field_readers import format_aliases, parse_aliases
from desktop.gui.panes.detail.event_form import banner_style
from desktop.gui.panes.detail.fields import BoundCheckBox, BoundComboBox, BoundLineEdit, BoundTextEdit
from desktop.gui.panes.detail.form_base import RecordForm
from desktop.gui.panes.detail.labels import choices
from desktop.gui.panes.detail.linked_events import LinkedEvents
from desktop.gui.panes.detail.widgets import is_dark

if TYPE_CHECKING:
    from desktop.gui.workspace import Workspace

def protection_text(protected: bool, pseudonym: str) -> str:
    if not protected:
        return ""
    if pseudonym.strip():
        return QCoreApplication.translate("ActorForm", "Protected person: reports print “%1” instead of the name.").replace("%1", pseudonym.strip())
    return QCoreApplication.translate("ActorForm", "Protected person: set a pseudonym (e.g. “Witness A”) for reports to print instead of the name.")


class ActorForm(RecordForm):
    """An actor (person, organisation, group, state body); a protected person's pseudonym is
    shown prominently; "Appears in N events" lists them (click to open). GUI thread only."""

    table = "actor"
    linked_tables = VIEWS["actor_form"]

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        ws = workspace
        self.protection = QLabel()
        self.protection.setWordWrap(True)
        self.add_widget(self.protection)
        form = self.add_section(QCoreApplication.translate("ActorForm", "Actor"))
        self.kind = self.bind(form, QCoreApplication.translate("ActorForm", "Kind"), BoundComboBox(ws, "actor", "kind", choices(models.ACTOR_KINDS), "kind"))
        self.name = self.bind(form, QCoreApplication.translate("ActorForm", "Name"), BoundLineEdit(ws, "actor", "name", "name"))
        self.name_original = self.bind(form, QCoreApplication.translate("ActorForm", "Original script"), BoundLineEdit(ws, "actor", "name_original", QCoreApplication.translate("ActorForm", "name in original script"), placeholder=QCoreApplication.translate("ActorForm", "e.g. Новая газета")))
        self.aliases = self.bind(form, QCoreApplication.translate("ActorForm", "Aliases"), BoundLineEdit(ws, "actor", "aliases", "aliases", parse=parse_aliases, format=format_aliases, placeholder=QCoreApplication.translate("ActorForm", "separate with ;")))
        self.description = self.bind(form, QCoreApplication.translate("ActorForm", "Description"), BoundTextEdit(ws, "actor", "description", "description"))
        form = self.add_section(QCoreApplication.translate("ActorForm", "Protection"))
        self.protected = self.bind(form, "", BoundCheckBox(ws, "actor", "protected", QCoreApplication.translate("ActorForm", "Protected person: never print the real name")))
        self.pseudonym = self.bind(form, QCoreApplication.translate("ActorForm", "Pseudonym"), BoundLineEdit(ws, "actor", "pseudonym", "pseudonym", placeholder=QCoreApplication.translate("ActorForm", "e.g. Witness A")))
        self.events = self.add_widget(LinkedEvents(QCoreApplication.translate("ActorForm", "Appears in")))
        self.finish()

    def read(self, uid: str) -> RecordDetail:
        return self.workspace.record_detail("actor", uid)

    def populate(self, data: RecordDetail) -> None:
        protected, pseudonym = bool(data.fields.get("protected")), str(data.fields.get("pseudonym") or "")
        self.protection.setText(protection_text(protected, pseudonym))
        self.protection.setStyleSheet(banner_style(1, is_dark(self)))
        self.protection.setVisible(protected)
        self.events.set_events(data.events)
