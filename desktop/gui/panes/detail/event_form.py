"""The event form: what happened, when, where, who, how many, and the citations that back it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from db import models
from db.dependents import VIEWS, affects
from db.details import EventDetail
from db.queries import Corroboration
from db.services import ChangeSet
from desktop.gui.panes.detail.citations import CitationsSection
from desktop.gui.panes.detail.date_field import BoundDateField
from desktop.gui.panes.detail.fields import BoundCheckBox, BoundComboBox, BoundLineEdit, BoundSpinBox, BoundTextEdit
from desktop.gui.panes.detail.figures import FiguresSection
from desktop.gui.panes.detail.form_base import RecordForm
from desktop.gui.panes.detail.involvements import InvolvementsSection
from desktop.gui.panes.detail.labels import STATUS_HELP, choices, counted, words
from desktop.gui.panes.detail.pickers import RecordPicker
from desktop.gui.panes.detail.relations import RelationsSection
from desktop.gui.panes.detail.tags_editor import TagsEditor
from desktop.gui.panes.detail.widgets import is_dark

if TYPE_CHECKING:
    from desktop.gui.workspace import Workspace


def corroboration_text(corroboration: Corroboration, citations: int) -> str:
    """ "2 independent sources graded A–C · weakest grade C3 · figures disagree"."""
    if not citations:
        return QCoreApplication.translate("EventForm", "No sources cited yet: add a citation to back this event.")
    strong = corroboration.independent_strong
    parts = [counted("independent_sources", strong) if strong else QCoreApplication.translate("EventForm", "No independent source graded A–C")]
    if corroboration.weakest_grade:
        parts.append(QCoreApplication.translate("EventForm", "weakest grade %1").replace("%1", corroboration.weakest_grade))
    if corroboration.contradicted:
        parts.append(QCoreApplication.translate("EventForm", "contradicted by a source"))
    if corroboration.figures_disagree:
        parts.append(QCoreApplication.translate("EventForm", "figures disagree"))
    return " · ".join(parts)


def banner_style(level: int, dark: bool) -> str:
    """Background tint of the corroboration line: 2+ strong sources green, 1 amber, else red."""
    tints = {2: (46, 125, 50), 1: (239, 160, 0), 0: (198, 40, 40)}
    red, green, blue = tints[min(level, 2)]
    alpha = 0.30 if dark else 0.14
    return f"QLabel {{ background: rgba({red}, {green}, {blue}, {alpha}); border-radius: 4px; padding: 6px 8px; }}"


class EventForm(RecordForm):
    """An event: fields, tags, figures, actors, citations and relations; the corroboration
    line at the top says how well it is backed. GUI thread only."""

    table = "event"
    linked_tables = VIEWS["event_form"]

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        ws = workspace
        self.corroboration = QLabel()
        self.corroboration.setWordWrap(True)
        self.corroboration.setToolTip(QCoreApplication.translate("EventForm", "Independent sources graded A–C (Admiralty reliability) that support the event, and the weakest grade among supporting citations."))
        self.add_widget(self.corroboration)
        form = self.add_section(QCoreApplication.translate("EventForm", "Event"))
        self.title = self.bind(form, QCoreApplication.translate("EventForm", "Title"), BoundLineEdit(ws, "event", "title", "title"))
        self.date = self.bind(form, QCoreApplication.translate("EventForm", "Date"), BoundDateField(ws, "event", "date_text", "date"))
        self.place = self.bind(form, QCoreApplication.translate("EventForm", "Place"), RecordPicker(ws, "event", "place", "place", "place", placeholder=QCoreApplication.translate("EventForm", "Type a place; a new name creates it")))
        self.precision = self.bind(form, QCoreApplication.translate("EventForm", "Location"), BoundComboBox(ws, "event", "location_precision", choices(models.LOCATION_PRECISIONS), QCoreApplication.translate("EventForm", "location precision")))
        self.event_type = self.bind(form, QCoreApplication.translate("EventForm", "Type"), BoundComboBox(ws, "event", "event_type", [], "type", editable=True))
        self.status = self.bind(form, QCoreApplication.translate("EventForm", "Status"), BoundComboBox(ws, "event", "status", choices(models.STATUSES), "status", tooltips=STATUS_HELP))
        self.disputed = self.bind(form, "", BoundCheckBox(ws, "event", "disputed", QCoreApplication.translate("EventForm", "Disputed: the accounts conflict")))
        self.description = self.bind(form, QCoreApplication.translate("EventForm", "Description"), BoundTextEdit(ws, "event", "description", "description", max_lines=12))
        self.tags = self.add_widget(TagsEditor(ws, "event"), QCoreApplication.translate("EventForm", "Tags"))
        self.figures = self.add_widget(FiguresSection(ws), QCoreApplication.translate("EventForm", "Figures"))
        self.involvements = self.add_widget(InvolvementsSection(ws), QCoreApplication.translate("EventForm", "Actors"))
        self.citations = self.add_widget(CitationsSection(ws), QCoreApplication.translate("EventForm", "Citations"))
        self.relations = self.add_widget(RelationsSection(ws), QCoreApplication.translate("EventForm", "Related events"))
        form = self.add_section(QCoreApplication.translate("EventForm", "Handling"))
        self.sensitive = self.bind(form, "", BoundCheckBox(ws, "event", "sensitivity", QCoreApplication.translate("EventForm", "Sensitive: leave out of redacted reports"), on="sensitive", off="normal", label="sensitivity"))
        self.day_order = self.bind(form, QCoreApplication.translate("EventForm", "Order that day"), BoundSpinBox(ws, "event", "day_order", QCoreApplication.translate("EventForm", "order that day")))
        self.notes = self.bind(form, QCoreApplication.translate("EventForm", "Private notes"), BoundTextEdit(ws, "event", "notes", "notes"))
        self.finish()
        self._type_choices: list[tuple[str, str]] | None = None
        workspace.sig_changed.connect(self._on_workspace_changed)  # before the pane's refresh

    def read(self, uid: str) -> EventDetail:
        return self.workspace.event_detail(uid)

    def populate(self, data: EventDetail) -> None:
        if self._type_choices is None:
            self._type_choices = [(t, words(t).capitalize()) for t in self.workspace.terms("event_type")]
        self.event_type.set_choices(self._type_choices)
        self.corroboration.setText(corroboration_text(data.corroboration, len(data.citations)))
        level = data.corroboration.independent_strong if data.citations else 0
        banner = banner_style(level, is_dark(self))
        if banner != self.corroboration.styleSheet():  # re-styling re-polishes and re-lays out the label
            self.corroboration.setStyleSheet(banner)
        uid = data.uid
        self.tags.set_data(uid, data.fields.get("tags", []))
        self.figures.set_data(uid, data.figures, data.citations)
        self.involvements.set_data(uid, data.involvements)
        self.citations.set_data(uid, data.citations)
        self.relations.set_data(uid, data.relations)

    def _on_workspace_changed(self, changes: ChangeSet) -> None:
        """Forget the event types when the vocabulary or any event changed (a type typed freely
        is offered too); reading them scans every event, ~60 ms at a million, too slow per show."""
        if affects(changes, "type_choices"):
            self._type_choices = None
