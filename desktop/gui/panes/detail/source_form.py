"""The source form: bibliographic data, provenance, reliability, attachments and the events it backs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db import models
from db.dependents import VIEWS
from db.details import RecordDetail
from db.field_readers import parse_language, parse_moment
from desktop.gui.panes.detail.attachments import AttachmentsSection
from desktop.gui.panes.detail.date_field import BoundDateField
from desktop.gui.panes.detail.fields import BoundCheckBox, BoundComboBox, BoundLineEdit, BoundTextEdit
from desktop.gui.panes.detail.form_base import RecordForm
from desktop.gui.panes.detail.labels import RELIABILITY, choices, reliability_choices
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
        form = self.add_section("Source")
        self.kind = self.bind(form, "Kind", BoundComboBox(ws, "source", "kind", choices(models.SOURCE_KINDS), "kind"))
        self.title = self.bind(form, "Title", BoundLineEdit(ws, "source", "title", "title"))
        self.title_translated = self.bind(form, "Translated title", BoundLineEdit(ws, "source", "title_translated", "translated title"))
        self.author = self.bind(form, "Author", BoundLineEdit(ws, "source", "author", "author"))
        self.outlet = self.bind(form, "Outlet", RecordPicker(ws, "source", "outlet", "actor", "outlet", {"kind": "organisation"}, "Type an outlet; a new name creates it"))
        self.published = self.bind(form, "Published", BoundDateField(ws, "source", "published", "publication date"))
        self.language = self.bind(form, "Language", BoundLineEdit(ws, "source", "language", "language", parse=parse_language, placeholder="BCP 47, e.g. en, ru"))
        self.doi = self.bind(form, "DOI", BoundLineEdit(ws, "source", "doi", "DOI", placeholder="10.…/…"))
        self.isbn = self.bind(form, "ISBN", BoundLineEdit(ws, "source", "isbn", "ISBN"))
        self.issn = self.bind(form, "ISSN", BoundLineEdit(ws, "source", "issn", "ISSN"))
        self.tags = self.add_widget(TagsEditor(ws, "source"), "Tags")
        form = self.add_section("Provenance")
        self.url = self.bind(form, "URL", BoundLineEdit(ws, "source", "url", "URL", placeholder="https://…"))
        self.archived_url = self.bind(form, "Archived URL", BoundLineEdit(ws, "source", "archived_url", "archived URL", placeholder="e.g. a Wayback Machine copy"))
        self.retrieved_at = self.bind(form, "Retrieved", BoundLineEdit(ws, "source", "retrieved_at", "retrieval time", parse=parse_moment, placeholder="2017-05-02 or 2017-05-02T14:30Z"))
        self.collected_by = self.bind(form, "Collected by", BoundLineEdit(ws, "source", "collected_by", "collector"))
        self.archive_location = self.bind(form, "Archive location", BoundLineEdit(ws, "source", "archive_location", "archive location", placeholder="archive, shelf mark"))
        form = self.add_section("Reliability")
        grades = reliability_choices()
        self.reliability = self.bind(form, "Grade", BoundComboBox(ws, "source", "reliability", grades, "reliability", tooltips=dict(RELIABILITY)))
        self.reliability_rationale = self.bind(form, "Rationale", BoundTextEdit(ws, "source", "reliability_rationale", "rationale"))
        form = self.add_section("Content and handling")
        self.summary = self.bind(form, "Summary", BoundTextEdit(ws, "source", "summary", "summary"))
        self.notes = self.bind(form, "Private notes", BoundTextEdit(ws, "source", "notes", "notes"))
        self.sensitive = self.bind(form, "", BoundCheckBox(ws, "source", "sensitivity", "Sensitive: leave out of redacted reports", on="sensitive", off="normal", label="sensitivity"))
        self.attachments = self.add_widget(AttachmentsSection(ws), "Attachments")
        self.events = self.add_widget(LinkedEvents("Cited by"))
        self.finish()

    def read(self, uid: str) -> RecordDetail:
        return self.workspace.record_detail("source", uid)

    def populate(self, data: RecordDetail) -> None:
        uid = str(data.fields["uid"])
        self.tags.set_data(uid, data.fields.get("tags", []))
        self.attachments.set_data(uid, data.attachments)
        self.events.set_events(data.events)
