"""The source form: bibliographic data, provenance, reliability, attachments and the events it backs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from db import models
from db.dependents import VIEWS
from db.details import RecordDetail
from db.field_readers import parse_language, parse_moment
from desktop.gui.panes.detail.attachments import AttachmentsSection
from desktop.gui.panes.detail.date_field import BoundDateField
from desktop.gui.panes.detail.fields import BoundCheckBox, BoundComboBox, BoundLineEdit, BoundTextEdit
from desktop.gui.panes.detail.form_base import RecordForm
from desktop.gui.panes.detail.labels import choices, reliability_choices, reliability_words
from desktop.gui.panes.detail.linked_events import LinkedEvents
from desktop.gui.panes.detail.pickers import RecordPicker
from desktop.gui.panes.detail.tags_editor import TagsEditor

if TYPE_CHECKING:
    from desktop.gui.workspace import Workspace

class SourceForm(RecordForm):
    """A source: every bibliographic and provenance field, reliability A–F with rationale,
    tags, attachments and the events that cite it (click to open). GUI thread only."""

    table = "source"
    linked_tables = VIEWS["source_form"]

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        ws = workspace
        form = self.add_section(QCoreApplication.translate("SourceForm", "Source"))
        self.kind = self.bind(form, QCoreApplication.translate("SourceForm", "Kind"), BoundComboBox(ws, "source", "kind", choices(models.SOURCE_KINDS), "kind"))
        self.title = self.bind(form, QCoreApplication.translate("SourceForm", "Title"), BoundLineEdit(ws, "source", "title", "title"))
        self.title_translated = self.bind(form, QCoreApplication.translate("SourceForm", "Translated title"), BoundLineEdit(ws, "source", "title_translated", QCoreApplication.translate("SourceForm", "translated title")))
        self.author = self.bind(form, QCoreApplication.translate("SourceForm", "Author"), BoundLineEdit(ws, "source", "author", "author"))
        self.outlet = self.bind(form, QCoreApplication.translate("SourceForm", "Outlet"), RecordPicker(ws, "source", "outlet", "actor", "outlet", {"kind": "organisation"}, QCoreApplication.translate("SourceForm", "Type an outlet; a new name creates it")))
        self.published = self.bind(form, QCoreApplication.translate("SourceForm", "Published"), BoundDateField(ws, "source", "published", QCoreApplication.translate("SourceForm", "publication date")))
        self.language = self.bind(form, QCoreApplication.translate("SourceForm", "Language"), BoundLineEdit(ws, "source", "language", "language", parse=parse_language, placeholder=QCoreApplication.translate("SourceForm", "BCP 47, e.g. en, ru")))
        self.doi = self.bind(form, "DOI", BoundLineEdit(ws, "source", "doi", "DOI", placeholder="10.…/…"))
        self.isbn = self.bind(form, "ISBN", BoundLineEdit(ws, "source", "isbn", "ISBN"))
        self.issn = self.bind(form, "ISSN", BoundLineEdit(ws, "source", "issn", "ISSN"))
        self.tags = self.add_widget(TagsEditor(ws, "source"), QCoreApplication.translate("SourceForm", "Tags"))
        form = self.add_section(QCoreApplication.translate("SourceForm", "Provenance"))
        self.url = self.bind(form, "URL", BoundLineEdit(ws, "source", "url", "URL", placeholder="https://…"))
        self.archived_url = self.bind(form, QCoreApplication.translate("SourceForm", "Archived URL"), BoundLineEdit(ws, "source", "archived_url", QCoreApplication.translate("SourceForm", "archived URL"), placeholder=QCoreApplication.translate("SourceForm", "e.g. a Wayback Machine copy")))
        self.retrieved_at = self.bind(form, QCoreApplication.translate("SourceForm", "Retrieved"), BoundLineEdit(ws, "source", "retrieved_at", QCoreApplication.translate("SourceForm", "retrieval time"), parse=parse_moment, placeholder=QCoreApplication.translate("SourceForm", "2017-05-02 or 2017-05-02T14:30Z")))
        self.collected_by = self.bind(form, QCoreApplication.translate("SourceForm", "Collected by"), BoundLineEdit(ws, "source", "collected_by", "collector"))
        self.archive_location = self.bind(form, QCoreApplication.translate("SourceForm", "Archive location"), BoundLineEdit(ws, "source", "archive_location", QCoreApplication.translate("SourceForm", "archive location"), placeholder=QCoreApplication.translate("SourceForm", "archive, shelf mark")))
        form = self.add_section(QCoreApplication.translate("SourceForm", "Reliability"))
        grades = reliability_choices()
        self.reliability = self.bind(form, QCoreApplication.translate("SourceForm", "Grade"), BoundComboBox(ws, "source", "reliability", grades, "reliability", tooltips={g: reliability_words(g) for g in models.RELIABILITY_GRADES}))
        self.reliability_rationale = self.bind(form, QCoreApplication.translate("SourceForm", "Rationale"), BoundTextEdit(ws, "source", "reliability_rationale", "rationale"))
        form = self.add_section(QCoreApplication.translate("SourceForm", "Content and handling"))
        self.summary = self.bind(form, QCoreApplication.translate("SourceForm", "Summary"), BoundTextEdit(ws, "source", "summary", "summary"))
        self.notes = self.bind(form, QCoreApplication.translate("SourceForm", "Private notes"), BoundTextEdit(ws, "source", "notes", "notes"))
        self.sensitive = self.bind(form, "", BoundCheckBox(ws, "source", "sensitivity", QCoreApplication.translate("SourceForm", "Sensitive: leave out of redacted reports"), on="sensitive", off="normal", label="sensitivity"))
        self.attachments = self.add_widget(AttachmentsSection(ws), QCoreApplication.translate("SourceForm", "Attachments"))
        self.events = self.add_widget(LinkedEvents(QCoreApplication.translate("SourceForm", "Cited by")))
        self.finish()

    def read(self, uid: str) -> RecordDetail:
        return self.workspace.record_detail("source", uid)

    def populate(self, data: RecordDetail) -> None:
        uid = str(data.fields["uid"])
        self.tags.set_data(uid, data.fields.get("tags", []))
        self.attachments.set_data(uid, data.attachments)
        self.events.set_events(data.events)
