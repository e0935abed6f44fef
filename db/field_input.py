"""The editable fields of every record kind, by name and by form label, and the reading of their typed text.

A field is named as the record dict names it (``casefile show``: ``date_text``, ``outlet``)
or by the label the detail form shows it under ("Date", "Outlet"), in any case.
:func:`read_value` reads text exactly as the form reads it (dates through
:func:`db.date_reading.read_date`, choices by stored value or shown label, counts with
thousands separators) and raises :class:`ValidationError` naming the field. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import field_readers as read
from db import models, records, vocabulary
from db.errors import ValidationError
from db.field_labels import choices, credibility_choices, reliability_choices, words
from db.lists.base import escape_like

TEXT, LINE, DATE, CHOICE, FLAG, WHOLE, ORDER, COORDINATE = "text", "line", "date", "choice", "flag", "whole", "order", "coordinate"
TAGS, ALIASES, REFERENCE, TERM, LANGUAGE, MOMENT, COUNTRY = "tags", "aliases", "reference", "term", "language", "moment", "country"

_FIELDS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "case_file": (("title", "Title", TEXT), ("summary", "Summary", TEXT), ("organisation", "Organisation", TEXT), ("author", "Author", TEXT), ("tlp", "TLP", CHOICE)),
    "vocabulary": (("kind", "Kind", LINE), ("term", "Term", TEXT), ("label", "Label", TEXT), ("sort_order", "Order", WHOLE)),
    "place": (
        ("name", "Name", TEXT), ("local_name", "Local name", TEXT), ("country", "Country", COUNTRY), ("region", "Region", TEXT),
        ("city", "City", TEXT), ("latitude", "Latitude", COORDINATE), ("longitude", "Longitude", COORDINATE), ("precision", "Precision", CHOICE),
    ),
    "tag": (("name", "Name", TEXT),),
    "actor": (
        ("kind", "Kind", CHOICE), ("name", "Name", TEXT), ("name_original", "Original script", TEXT), ("aliases", "Aliases", ALIASES),
        ("description", "Description", TEXT), ("protected", "Protected person", FLAG), ("pseudonym", "Pseudonym", TEXT),
    ),
    "event": (
        ("case", "Case", REFERENCE), ("title", "Title", TEXT), ("date_text", "Date", DATE), ("place", "Place", REFERENCE),
        ("location_precision", "Location", CHOICE), ("event_type", "Type", TERM), ("status", "Status", CHOICE),
        ("disputed", "Disputed", FLAG), ("description", "Description", TEXT), ("tags", "Tags", TAGS),
        ("sensitivity", "Sensitive", FLAG), ("day_order", "Order that day", ORDER), ("notes", "Private notes", TEXT),
        ("date_typed", "Date as written", LINE),
    ),
    "event_relation": (("from_event", "From event", REFERENCE), ("to_event", "To event", REFERENCE), ("relation_type", "Relation", CHOICE)),
    "involvement": (("event", "Event", REFERENCE), ("actor", "Actor", REFERENCE), ("role", "Role", TERM), ("count", "Count", WHOLE), ("note", "Note", LINE)),
    "source": (
        ("kind", "Kind", CHOICE), ("title", "Title", TEXT), ("title_translated", "Translated title", TEXT), ("author", "Author", TEXT),
        ("outlet", "Outlet", REFERENCE), ("published", "Published", DATE), ("language", "Language", LANGUAGE), ("tags", "Tags", TAGS),
        ("url", "URL", TEXT), ("archived_url", "Archived URL", TEXT), ("retrieved_at", "Retrieved", MOMENT), ("collected_by", "Collected by", TEXT),
        ("reliability", "Grade", CHOICE), ("reliability_rationale", "Rationale", TEXT), ("summary", "Summary", TEXT),
        ("notes", "Private notes", TEXT), ("sensitivity", "Sensitive", FLAG),
        ("doi", "DOI", LINE), ("isbn", "ISBN", LINE), ("issn", "ISSN", LINE), ("archive_location", "Archive location", TEXT),
        ("published_typed", "Published as written", LINE),
    ),
    "citation": (
        ("event", "Event", REFERENCE), ("source", "Source", REFERENCE), ("locator_type", "Locator type", CHOICE), ("locator", "Locator", LINE),
        ("quote", "Quote", TEXT), ("quote_language", "Quote language", LINE), ("quote_translation", "Translation", TEXT),
        ("stance", "Stance", CHOICE), ("credibility", "Credibility", CHOICE), ("independent", "Independent", FLAG),
        ("printable", "Quote may be printed", FLAG), ("rationale", "Rationale", TEXT),
        ("quote_translation_language", "Translation language", LINE),
    ),
    "figure": (
        ("event", "Event", REFERENCE), ("citation", "Reported by", REFERENCE), ("minimum", "Minimum", WHOLE),
        ("maximum", "Maximum", WHOLE), ("unit", "Unit", LINE), ("qualifier", "Qualifier", CHOICE),
    ),
    "attachment": (
        ("source", "Source", REFERENCE), ("file_name", "File", TEXT), ("kind", "Kind", CHOICE), ("media_type", "Media type", LINE),
        ("captured_at", "Captured at", LINE), ("derived_from", "Derived from", REFERENCE), ("transformation_note", "Transformation note", TEXT),
    ),
}  # fmt: skip
"""Per record kind: (record dict key, form label, how its text is read). Not listed, so never
edited by hand: uid, created/updated stamps, and an attachment's SHA-256 and size (its content)."""

FLAG_VALUES = {("event", "sensitivity"): ("sensitive", "normal"), ("source", "sensitivity"): ("sensitive", "normal")}
"""Yes/no fields stored as two codes (on, off), as the form's check box stores them."""
NAME_COLUMNS: dict[str, Any] = {
    "case_file": models.CaseFile.title, "place": models.Place.name, "actor": models.Actor.name, "source": models.Source.title,
    "event": models.Event.title, "attachment": models.Attachment.file_name, "tag": models.Tag.name,
}  # fmt: skip
"""The name a reference may be given by (when exactly one record has it); citations go by uid."""
TERMS = {"event_type": "event_type", "role": "role"}
"""Fields offered from a vocabulary (or typed freely), as the form's editable combo box does."""


@dataclass(frozen=True)
class Field:
    """One editable field: its record dict key, the form's label, and how its text is read."""

    table: str
    key: str
    label: str
    kind: str

    @property
    def target(self) -> str | None:
        """The referenced record kind, for a reference field."""
        return records.foreign_keys(self.table)[self.key][1] if self.kind == REFERENCE else None


def fields(table: str) -> list[Field]:
    """The editable fields of a record kind, in the form's order."""
    if table not in _FIELDS:
        raise ValidationError(f"There is no record type “{table}”.")
    return [Field(table, key, label, kind) for key, label, kind in _FIELDS[table]]


def find_field(table: str, name: str) -> Field:
    """The field called ``name`` (record dict key or form label, any case, "_" or " ")."""
    wanted = " ".join(name.replace("_", " ").split()).casefold()
    for spec in fields(table):
        if wanted in (words(spec.key).casefold(), spec.label.casefold()):
            return spec
    known = ", ".join(spec.key for spec in fields(table))
    fixed = " (it cannot be edited)" if name.strip() in records.columns(table) else ""
    raise ValidationError(f"The {words(table)} has no editable field “{name}”{fixed}; its fields are: {known}.", name)


def with_typed(table: str, key: str, value: Any, text: str) -> dict[str, Any]:
    """``{key: value}`` and, for a date, the words it was typed as ("earlier this year",
    "April 2017"; empty when the EDTF itself was typed), so a brief can print it as written."""
    values = {key: value}
    typed_key = records.TYPED_DATES.get((table, key))
    if typed_key is not None:
        typed = " ".join(text.split())
        values[typed_key] = typed if typed and typed != value else ""
    return values


def choice_list(table: str, key: str) -> list[tuple[Any, str]]:
    """(stored value, label the form shows) of a fixed-choice field."""
    if (table, key) == ("source", "reliability"):
        return reliability_choices()
    if (table, key) == ("citation", "credibility"):
        return credibility_choices()
    return choices(records.CHOICES[(table, key)])


def read_value(session: Session, table: str, key: str, text: str) -> Any:
    """The stored value for ``text`` typed into field ``key`` of a ``table`` record.

    Raises :class:`ValidationError` (with ``field`` = ``key``) when the text cannot be read.
    The session is read only, for references and vocabularies; nothing is written.
    """
    spec = next((f for f in fields(table) if f.key == key), None) or find_field(table, key)
    try:
        return _read(session, spec, text)
    except ValidationError as error:
        error.field = spec.key
        raise


def _read(session: Session, spec: Field, text: str) -> Any:
    kind, label = spec.kind, words(spec.key)
    if kind == TEXT:
        return text
    if kind == LINE:
        return text.strip()
    if kind == DATE:
        return read.read_edtf(text)
    if kind == CHOICE:
        return _choice(spec, text)
    if kind == FLAG:
        on, off = FLAG_VALUES.get((spec.table, spec.key), (True, False))
        if isinstance(on, str) and text.strip().casefold() in (on, off):
            return text.strip().casefold()
        return on if read.parse_flag(text, spec.key, label) else off
    if kind == WHOLE:
        return read.whole_number(text, spec.key, label)
    if kind == ORDER:  # the form's spin box: 0 to 9999
        digits = text.strip()
        if not digits.isdecimal() or int(digits) > 9999:
            raise ValidationError(f"The {spec.label.lower()} must be a whole number from 0 to 9999.")
        return int(digits)
    if kind == COORDINATE:
        return read.number_parser(spec.key, -90 if spec.key == "latitude" else -180, 90 if spec.key == "latitude" else 180)(text)
    if kind == TAGS:
        return read.parse_tags(text)
    if kind == ALIASES:
        return read.parse_aliases(text)
    if kind == LANGUAGE:
        return read.parse_language(text)
    if kind == MOMENT:
        return read.parse_moment(text)
    if kind == COUNTRY:
        return read.parse_country(text)
    if kind == TERM:
        typed = text.strip()
        for term in vocabulary.terms(session, TERMS[spec.key]):
            if typed.casefold() in (term.casefold(), words(term).casefold()):
                return term
        return typed
    if kind == REFERENCE:
        return _reference(session, spec, text)
    raise AssertionError(f"unknown field kind {kind}")


def _choice(spec: Field, text: str) -> Any:
    typed = " ".join(text.split()).casefold()
    for value, shown in choice_list(spec.table, spec.key):
        said = {shown.casefold(), shown.split(" — ")[-1].casefold()} if value is not None else {""}
        if typed in said or (value is not None and typed in (str(value).casefold(), words(value).casefold())):
            return value
    offered = ", ".join(str(value) for value, _ in choice_list(spec.table, spec.key) if value is not None)
    raise ValidationError(f"“{text}” is not a {words(spec.key)}; choose one of: {offered}.")


def _reference(session: Session, spec: Field, text: str) -> str | None:
    """The uid of the record ``text`` names: its uid, or its exact name when only one has it."""
    target = spec.target
    assert target is not None
    name = " ".join(text.split())
    if not name:
        column = records.model_for(spec.table).__table__.columns[records.foreign_keys(spec.table)[spec.key][0]]  # type: ignore[attr-defined]
        if not column.nullable:
            raise ValidationError(f"The {words(spec.key)} must not be empty.")
        return None
    model = records.model_for(target)
    if session.scalar(select(model.uid).where(model.uid == name)) is not None:
        return name
    column = NAME_COLUMNS.get(target)
    if column is None:
        raise ValidationError(f"There is no {words(target)} with uid “{name}” (a {words(target)} is named by its uid).")
    found = list(session.scalars(select(model.uid).where(column == name).limit(2)))
    if not found:  # the same name in another case (ASCII letters), as the form's picker matches
        found = list(session.scalars(select(model.uid).where(column.ilike(escape_like(name), escape="\\")).limit(2)))
    if len(found) > 1:
        raise ValidationError(f"More than one {words(target)} is named “{name}”; give its uid instead.")
    if not found:
        raise ValidationError(f"There is no {words(target)} with the uid or name “{name}”.")
    return found[0]
