"""db.field_input: every editable field of every record kind is named once, and typed text is read as the form reads it."""

from __future__ import annotations

from typing import Any

import pytest

from db import field_input, records
from db.archive import Archive
from db.errors import InvalidDate, ValidationError
from db.models import RECORD_MODELS

FIXED = {"uid", "created_at", "updated_at"}
"""Stamps and identity: written by the services, never typed."""
CONTENT = {("attachment", "sha256"), ("attachment", "size")}
"""What a stored file is; changing it by hand would break the proof of what was captured."""


def dict_keys(table: str) -> set[str]:
    """The keys of a record dict of ``table`` (what ``casefile show`` prints)."""
    fks = records.foreign_keys(table)
    fk_columns = {column for column, _ in fks.values()}
    keys = (set(records.columns(table)) - fk_columns) | set(fks)
    return keys | ({"tags"} if table in records.TAGGED else set())


@pytest.mark.parametrize("table", list(RECORD_MODELS))
def test_every_editable_key_of_every_kind_is_a_field(table: str) -> None:
    expected = dict_keys(table) - FIXED - {key for t, key in CONTENT if t == table}
    assert {f.key for f in field_input.fields(table)} == expected


@pytest.mark.parametrize("table", list(RECORD_MODELS))
def test_no_two_fields_answer_to_the_same_name(table: str) -> None:
    for spec in field_input.fields(table):
        for name in (spec.key, spec.label, spec.label.upper(), spec.key.replace("_", " ")):
            assert field_input.find_field(table, name) == spec


def test_unknown_and_fixed_fields_are_refused_by_name() -> None:
    with pytest.raises(ValidationError, match="has no editable field “colour”") as error:
        field_input.find_field("event", "colour")
    assert error.value.field == "colour"
    with pytest.raises(ValidationError, match=r"“size” \(it cannot be edited\)"):
        field_input.find_field("attachment", "size")


@pytest.mark.parametrize(
    ("table", "key", "text", "value"),
    [
        ("event", "status", "Likely", "likely"),
        ("source", "kind", "social-media post", "social_media_post"),
        ("source", "kind", "news_article", "news_article"),
        ("source", "reliability", "B — Usually reliable", "B"),
        ("source", "reliability", "", None),
        ("citation", "credibility", "Truth cannot be judged", 6),
        ("actor", "kind", "State body", "state_body"),
        ("figure", "qualifier", "At most", "at_most"),
        ("case_file", "tlp", "clear", "CLEAR"),
        ("event", "sensitivity", "no", "normal"),
        ("event", "sensitivity", "Sensitive", "sensitive"),
        ("citation", "printable", "0", False),
        ("figure", "minimum", "44 700", 44700),
        ("involvement", "count", "", None),
        ("place", "latitude", "", None),
        ("event", "date_text", "April 2017", "2017-04"),
        ("source", "published", "before 1 May 2017", "../2017-04-30"),
        ("event", "tags", " purge,,Purge , new  tag ", ["purge", "new tag"]),
        ("actor", "aliases", "AI;; Amnesty", ["AI", "Amnesty"]),
    ],
)
def test_text_is_read_as_the_form_reads_it(archive: Archive, table: str, key: str, text: str, value: Any) -> None:
    with archive.session() as session:
        assert field_input.read_value(session, table, key, text) == value


@pytest.mark.parametrize(
    ("table", "key", "text", "error"),
    [
        ("event", "date_text", "31 February 2017", InvalidDate),
        ("event", "status", "probable", ValidationError),
        ("citation", "credibility", "7", ValidationError),
        ("figure", "minimum", "12.5", ValidationError),
        ("place", "longitude", "200", ValidationError),
        ("event", "disputed", "perhaps", ValidationError),
        ("source", "retrieved_at", "2017-13-01", ValidationError),
    ],
)
def test_unreadable_text_is_refused_naming_the_field(archive: Archive, table: str, key: str, text: str, error: type[Exception]) -> None:
    with archive.session() as session, pytest.raises(error) as raised:
        field_input.read_value(session, table, key, text)
    assert raised.value.field == key  # type: ignore[attr-defined]


def test_vocabulary_terms_by_label_or_free_text(archive: Archive) -> None:
    with archive.session() as session:
        assert field_input.read_value(session, "event", "event_type", "VISA GRANTED") == "visa granted"
        assert field_input.read_value(session, "involvement", "role", "Intervening party") == "intervening_party"
        assert field_input.read_value(session, "event", "event_type", " sit-in ") == "sit-in"
