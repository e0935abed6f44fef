"""Records as plain dicts: one format for services, JSON interchange, undo snapshots and the log.

A record dict holds every column of a row except ``id``; each foreign key ``x_id`` appears as
``x`` holding the referenced row's ``uid`` (so dicts travel between archives), and events and
sources carry ``tags`` as a list of tag names. Derived columns (``date_lo``/``date_hi``,
``published_lo``/``published_hi``) are never in a dict: they are recomputed from the EDTF text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from db import dates, models
from db.errors import NotFound, ValidationError
from db.models import RECORD_MODELS, Record, Tag

MAX_TEXT = 1_000_000
"""Longest text accepted in one field (characters): far above any real quote or note."""

TYPED_DATES = {("event", "date_text"): "date_typed", ("source", "published"): "published_typed"}
"""An EDTF date field → the field keeping the date as the user wrote it ("earlier this year")."""

DERIVED = {"id", "row_version", "date_lo", "date_hi", "published_lo", "published_hi"}
TAGGED = {"event", "source"}

NewTag = Callable[[str], Tag]
"""Creates the tag of a name no tag has yet, through the edit service (so it is logged and in
the change set); :func:`apply` calls it once per missing name, after every check passed."""

CHOICES: dict[tuple[str, str], tuple[Any, ...]] = {
    ("case_file", "tlp"): models.TLP_LABELS,
    ("place", "precision"): models.LOCATION_PRECISIONS,
    ("event", "status"): models.STATUSES,
    ("event", "location_precision"): models.LOCATION_PRECISIONS,
    ("event", "sensitivity"): models.SENSITIVITIES,
    ("event_relation", "relation_type"): models.RELATION_TYPES,
    ("actor", "kind"): models.ACTOR_KINDS,
    ("source", "kind"): models.SOURCE_KINDS,
    ("source", "sensitivity"): models.SENSITIVITIES,
    ("source", "reliability"): (None, *models.RELIABILITY_GRADES),
    ("citation", "stance"): models.STANCES,
    ("citation", "credibility"): (None, *models.CREDIBILITY_GRADES),
    ("citation", "locator_type"): models.LOCATOR_TYPES,
    ("figure", "qualifier"): models.QUALIFIERS,
    ("attachment", "kind"): models.ATTACHMENT_KINDS,
}
REQUIRED_TEXT = {
    "case_file": "title",
    "event": "title",
    "source": "title",
    "actor": "name",
    "place": "name",
    "tag": "name",
    "vocabulary": "term",
    "attachment": "file_name",
}


def model_for(table: str) -> type[Record]:
    try:
        return RECORD_MODELS[table]
    except KeyError:
        raise ValidationError(f"There is no record type “{table}”.") from None


def table_of(session: Session, uid: str) -> str:
    """The record kind (table) holding ``uid``, for tools that are given a bare uid;
    :class:`NotFound` when none does (uids are unique across tables: UUID4)."""
    for table, model in RECORD_MODELS.items():
        if session.scalar(select(model.id).where(model.uid == uid)) is not None:
            return table
    raise NotFound(f"No record has the uid “{uid}”.")


def foreign_keys(table: str) -> dict[str, tuple[str, str]]:
    """Map of dict key → (column name, referenced table) for a record table (a fresh dict)."""
    return dict(_foreign_keys(table))


@functools.cache
def _foreign_keys(table: str) -> dict[str, tuple[str, str]]:
    """:func:`foreign_keys`, worked out once per table from the models."""
    result = {}
    for column in model_for(table).__table__.columns:  # type: ignore[attr-defined]
        for fk in column.foreign_keys:
            if fk.column.table.name in RECORD_MODELS:
                result[column.name.removesuffix("_id")] = (column.name, fk.column.table.name)
    return result


def columns(table: str) -> list[str]:
    names = [c.name for c in model_for(table).__table__.columns]  # type: ignore[attr-defined]
    return [n for n in names if n not in DERIVED]


def to_dict(session: Session, obj: Record) -> dict[str, Any]:
    """The record dict of ``obj`` (see module docstring)."""
    table = obj.__tablename__  # type: ignore[attr-defined]
    fks = {col: (key, ref) for key, (col, ref) in foreign_keys(table).items()}
    out: dict[str, Any] = {}
    for name in columns(table):
        value = getattr(obj, name)
        if name in fks:
            key, ref = fks[name]
            out[key] = _uid_of(session, ref, value) if value is not None else None
        else:
            out[name] = list(value) if isinstance(value, list) else value
    if table in TAGGED:
        out["tags"] = [t.name for t in obj.tags]  # type: ignore[attr-defined]
    return out


def apply(session: Session, obj: Record, values: dict[str, Any], new_tag: NewTag | None = None) -> dict[str, Any]:
    """Validate ``values`` and set them on ``obj``; returns the previous values of changed keys.

    Raises :class:`ValidationError` naming the field; nothing is set (and no tag created) when
    any value is bad. Tag names no tag has yet are made by ``new_tag``; without it they are
    refused, so no code path can create a tag behind the change log's back.
    """
    table = obj.__tablename__  # type: ignore[attr-defined]
    fks = _known_fields(table, values)
    resolved: dict[str, Any] = {}
    for key, value in values.items():
        if key in fks:
            column, ref = fks[key]
            resolved[column] = _id_of(session, ref, value, key) if value else None
        elif key == "tags":
            resolved["tags"] = _tags(session, value)
        else:
            resolved[key] = _check(table, key, value)
    required = REQUIRED_TEXT.get(table)
    if required and not (resolved.get(required, getattr(obj, required, None)) or "").strip():
        raise ValidationError(f"The {required} must not be empty.", required)
    _derive(table, resolved)
    if "tags" in resolved:
        resolved["tags"] = _create_missing(resolved["tags"], new_tag)
    before = to_dict(session, obj) if inspect(obj).persistent else {}
    for key, value in resolved.items():
        setattr(obj, key, value)
    after = to_dict(session, obj)
    return {k: before.get(k) for k in after if before.get(k) != after[k]}


def _known_fields(table: str, values: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """Refuse a field ``table`` does not have (naming it); returns its links (:func:`foreign_keys`)."""
    fks = foreign_keys(table)
    fk_columns = {column for column, _ in fks.values()}
    allowed = (set(columns(table)) - fk_columns) | set(fks) | ({"tags"} if table in TAGGED else set())
    unknown = set(values) - allowed
    if unknown:
        raise ValidationError(f"{table} has no field {', '.join(sorted(unknown))}.", sorted(unknown)[0])
    return fks


def check_plain(table: str, values: dict[str, Any]) -> dict[str, Any]:
    """The checks :func:`apply` makes on a new record's own values, without a session: every
    field known, each value valid, the required text present, derived columns computed.
    Links and tags (keys of :func:`foreign_keys`, ``tags``) are left to the caller, who
    resolves them in bulk (a JSON import); returns the column values to store."""
    fks = _known_fields(table, values)
    resolved = {key: _check(table, key, value) for key, value in values.items() if key not in fks and key != "tags"}
    required = REQUIRED_TEXT.get(table)
    if required and not (resolved.get(required) or "").strip():
        raise ValidationError(f"The {required} must not be empty.", required)
    _derive(table, resolved)
    return resolved


def check_tag_name(name: Any) -> str:
    """A tag name from a record's ``tags`` list, checked as :func:`apply` checks it ("" to skip)."""
    if not isinstance(name, str):
        raise ValidationError("Tags must be a list of names.", "tags")
    name = name.strip()
    return _check("tag", "name", name) if name else ""


def _check(table: str, key: str, value: Any) -> Any:
    _check_type(table, key, value)
    if isinstance(value, str):
        if len(value) > MAX_TEXT:
            raise ValidationError(f"The {key} is {len(value):,} characters; the limit is {MAX_TEXT:,}.", key)
        if "\x00" in value:
            raise ValidationError(f"The {key} contains a NUL character.", key)
        bad = next((c for c in value if "\ud800" <= c <= "\udfff"), None)
        if bad is not None:  # e.g. an undecodable file name: SQLite cannot store it
            raise ValidationError(f"The {key} contains U+{ord(bad):04X}, which is not a character (undecodable text).", key)
    if key == "aliases":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValidationError("Aliases must be a list of names.", key)
    if key == "country" and value and not re.fullmatch(r"[A-Z]{2}", value):
        raise ValidationError(f"“{value}” is not an ISO 3166 two-letter country code (e.g. RU, GB).", key)
    choices = CHOICES.get((table, key))
    if choices is not None and value not in choices:
        shown = ", ".join(str(c) for c in choices if c is not None)
        raise ValidationError(f"“{value}” is not a valid {key.replace('_', ' ')} (one of: {shown}).", key)
    if key in ("minimum", "maximum", "count") and value is not None:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValidationError(f"The {key} must be a whole number of zero or more.", key)
    if key in ("latitude", "longitude") and value is not None:
        limit = 90 if key == "latitude" else 180
        if not isinstance(value, (int, float)) or not -limit <= value <= limit:
            raise ValidationError(f"The {key} must be between -{limit} and {limit}.", key)
    return value


@functools.cache
def _column_rule(table: str, key: str) -> tuple[bool, Any] | None:
    """(nullable, Python type) of a column, or None when no type rule applies."""
    column = model_for(table).__table__.columns.get(key)  # type: ignore[attr-defined]
    if column is None or key == "aliases":
        return None
    return bool(column.nullable), column.type.python_type


def _check_type(table: str, key: str, value: Any) -> None:
    """Refuse values of the wrong kind (a number for a title, text for a flag) by name."""
    rule = _column_rule(table, key)
    if rule is None:
        return
    nullable, expected = rule
    if value is None:
        if not nullable:
            raise ValidationError(f"The {key.replace('_', ' ')} must not be empty.", key)
        return
    if expected is bool:
        ok = isinstance(value, bool)
    elif expected is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif expected is float:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    else:
        ok = isinstance(value, expected)
    if not ok:
        kind = {bool: "yes or no", int: "a whole number", float: "a number", str: "text"}.get(expected, expected.__name__)
        raise ValidationError(f"The {key.replace('_', ' ')} must be {kind}.", key)


def _derive(table: str, resolved: dict[str, Any]) -> None:
    if table == "event" and "date_text" in resolved:
        try:
            bounds = dates.parse(resolved["date_text"] or "")
        except ValidationError as error:
            error.field = "date_text"
            raise
        resolved.update(date_text=bounds.text, date_lo=bounds.lo, date_hi=bounds.hi)
    if table == "source" and "published" in resolved:
        try:
            bounds = dates.parse(resolved["published"] or "")
        except ValidationError as error:
            error.field = "published"
            raise
        resolved.update(published=bounds.text, published_lo=bounds.lo, published_hi=bounds.hi)
    if table == "figure":
        low, high = resolved.get("minimum"), resolved.get("maximum")
        if low is not None and high is not None and low > high:
            raise ValidationError("The minimum is larger than the maximum.", "minimum")


UID_CACHE = "casefile_uid_of"
"""``session.info`` key of the (table, id) → uid lookups made in that session: a record dict
names each referenced row by uid, and an edit builds three dicts per update (a merge of
1,000 events into a server archive spent half its 2 ms round trips on these). A uid never
changes; a deletion in the session drops the cache (:func:`forget_uids`), as SQLite may give
a deleted id to the next insert."""


def _uid_of(session: Session, table: str, row_id: int) -> str:
    cache: dict[tuple[str, int], str] = session.info.setdefault(UID_CACHE, {})
    found = cache.get((table, row_id))
    if found is not None:
        return found
    model = model_for(table)
    uid = session.scalar(select(model.uid).where(model.id == row_id))
    if uid is None:
        raise NotFound(f"{table} {row_id} does not exist.")
    cache[(table, row_id)] = uid
    return uid


def forget_uids(session: Session) -> None:
    """Drop the session's id → uid lookups (after rows were deleted)."""
    session.info.pop(UID_CACHE, None)


def _id_of(session: Session, table: str, uid: str, field: str) -> int:
    model = model_for(table)
    row_id = session.scalar(select(model.id).where(model.uid == uid))
    if row_id is None:
        raise ValidationError(f"The {field} refers to a {table} that does not exist.", field)
    return row_id


def _tags(session: Session, names: list[str]) -> list[Tag | str]:
    """The tags of ``names`` (first spelling of a name wins, blanks dropped); a name no tag
    has yet stays a checked name for :func:`_create_missing`."""
    if not isinstance(names, list):
        raise ValidationError("Tags must be a list of names.", "tags")
    tags: list[Tag | str] = []
    seen: set[str] = set()
    for name in names:
        if not isinstance(name, str):
            raise ValidationError("Tags must be a list of names.", "tags")
        name = name.strip()
        if not name or name.casefold() in seen:
            continue
        seen.add(name.casefold())
        tag = session.scalar(select(Tag).where(Tag.name == name))
        tags.append(tag if tag is not None else _check("tag", "name", name))
    return tags


def _create_missing(tags: list[Tag | str], new_tag: NewTag | None) -> list[Tag]:
    if new_tag is None and any(isinstance(t, str) for t in tags):
        missing = ", ".join(t for t in tags if isinstance(t, str))
        raise ValidationError(f"There is no tag {missing}.", "tags")
    return [new_tag(t) if isinstance(t, str) else t for t in tags]  # type: ignore[misc]
