"""CSL-JSON (Zotero's Export ▸ CSL JSON, citeproc, pandoc) → references.

A file is a JSON array of CSL items, or an object whose ``items`` is one (a list, or an
object of items by id). Read with :mod:`db.strict_json`. A file that is not such a list is
refused whole; an item with a value of the wrong JSON type is skipped, naming the field.
"""

from __future__ import annotations

import json
from typing import Any

from db import strict_json
from db.errors import ImportFailed
from db.interchange.references import mapping
from db.interchange.references.reference import Name, ReadFile, Reference

KINDS = {
    "article-newspaper": "news_article", "article-magazine": "news_article", "post-weblog": "news_article",
    "report": "ngo_report", "legislation": "official_document", "bill": "official_document",
    "regulation": "official_document", "treaty": "official_document", "hearing": "official_document",
    "standard": "official_document", "legal_case": "legal_filing", "interview": "testimony",
    "personal_communication": "testimony", "post": "social_media_post", "motion_picture": "photo_video",
    "broadcast": "photo_video", "graphic": "photo_video", "figure": "photo_video",
}  # fmt: skip
"""CSL item types → source kinds; every other type (book, article-journal, webpage…) is "other"."""
TEXT_FIELDS = ("title", "container-title", "publisher", "URL", "DOI", "ISBN", "ISSN", "language", "abstract", "note",
               "archive", "archive_location", "type", "original-title")  # fmt: skip


def read(name: str, text: str) -> ReadFile:
    """The references of a CSL-JSON document (see the module docstring)."""
    try:
        document = strict_json.loads(text)
    except json.JSONDecodeError as error:
        raise _failed(f"{name} is not valid JSON (cut short?): {error.msg} at line {error.lineno}, column {error.colno}") from None
    except strict_json.JSONRefused as error:
        raise _failed(f"{name} is refused: {error}") from None
    items = _items(name, document)
    refs = [_reference(index, item) for index, item in enumerate(items, 1)]
    return ReadFile(refs, "item")


def _failed(message: str) -> ImportFailed:
    return ImportFailed(f"Nothing was imported: {message}.", [(0, message)])


def _items(name: str, document: Any) -> list[Any]:
    if isinstance(document, dict):
        if document.get("format") == "casefile-archive":
            raise _failed(f"{name} is a Casefile archive export, not CSL-JSON (import it as Casefile JSON)")
        if "items" not in document:
            raise _failed(f"{name} is not CSL-JSON: an object without “items”")
        document = document["items"]
        if isinstance(document, dict):
            document = list(document.values())
    if not isinstance(document, list):
        raise _failed(f"{name} is not CSL-JSON: it holds {_kind(document)}, not a list of items")
    if not document:
        raise _failed(f"{name} holds no items")
    return document


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    return {str: "text", int: "a number", float: "a number", dict: "an object", list: "a list"}.get(type(value), "nothing")


class _WrongType(Exception):
    pass


def _text(item: dict[str, Any], key: str) -> str:
    value = item.get(key)
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool) and key in ("ISBN", "ISSN", "id"):
        return str(value)
    raise _WrongType(f"“{key}” must be text, not {_kind(value)}")


def _reference(index: int, item: Any) -> Reference:
    ident = item.get("id") if isinstance(item, dict) else None
    where = f"item {index}" + (f" ({ident})" if isinstance(ident, (str, int)) and not isinstance(ident, bool) and str(ident) else "")
    ref = Reference(where)
    if not isinstance(item, dict):
        ref.problem = f"not a CSL item (an object) but {_kind(item)}"
        return ref
    try:
        _fill(ref, item)
    except _WrongType as wrong:
        ref.problem = str(wrong)
        return ref
    return mapping.finish(ref)


def _fill(ref: Reference, item: dict[str, Any]) -> None:
    for key in TEXT_FIELDS:
        _text(item, key)  # every field read is text, or the item is skipped
    ref.kind = KINDS.get(_text(item, "type"), "other")
    ref.title = _text(item, "title")
    ref.authors = _names(item, "author") or [mapping.as_editor(name) for name in _names(item, "editor")]
    ref.outlet = (_text(item, "container-title") or _text(item, "publisher")).strip()
    ref.url = _text(item, "URL").strip()
    ref.doi, ref.isbn, ref.issn = _text(item, "DOI"), _text(item, "ISBN"), _text(item, "ISSN")
    ref.language = _text(item, "language")
    ref.summary, ref.notes = _text(item, "abstract"), _text(item, "note")
    ref.archive_location = ", ".join(p.strip() for p in (_text(item, "archive"), _text(item, "archive_location")) if p.strip())
    _issued(ref, item.get("issued"))
    accessed = _date(item.get("accessed"), "accessed")
    if accessed:
        ref.accessed = accessed[0] if accessed[0] else accessed[1]


def _names(item: dict[str, Any], key: str) -> list[Name]:
    value = item.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise _WrongType(f"“{key}” must be a list of names, not {_kind(value)}")
    names = []
    for person in value:
        if not isinstance(person, dict):
            raise _WrongType(f"each “{key}” must be a name object, not {_kind(person)}")
        parts = {k: person.get(k) for k in ("family", "given", "literal", "non-dropping-particle", "dropping-particle", "suffix")}
        for part, text in parts.items():
            if text is not None and not isinstance(text, str):
                raise _WrongType(f"the {key}'s “{part}” must be text, not {_kind(text)}")
        family = " ".join(p.strip() for p in (parts["non-dropping-particle"], parts["family"]) if p and p.strip())
        given = " ".join(p.strip() for p in (parts["given"], parts["dropping-particle"]) if p and p.strip())
        if parts["suffix"] and parts["suffix"].strip():
            given = f"{given}, {parts['suffix'].strip()}" if given else parts["suffix"].strip()
        name = Name(family, given, (parts["literal"] or "").strip())
        if name.text():
            names.append(name)
    return names


def _issued(ref: Reference, value: Any) -> None:
    found = _date(value, "issued")
    if found is None:
        return
    edtf, typed, why = found[0], found[1], found[2]
    ref.date_edtf, ref.date_text = edtf, typed
    if why:
        ref.warnings.append(f"date “{typed or edtf}” not read ({why}); kept as written" if typed else f"date {why}; left out")


def _date(value: Any, key: str) -> tuple[str, str, str | None] | None:
    """(EDTF, as written, why not read) of a CSL date: ``date-parts`` (+ ``circa``, ``season``),
    else ``raw``, else ``literal``; a plain string is read as ``raw``."""
    if value is None:
        return None
    if isinstance(value, str):
        value = {"raw": value}
    if not isinstance(value, dict):
        raise _WrongType(f"“{key}” must be a CSL date (an object), not {_kind(value)}")
    for part in ("raw", "literal"):
        if part in value and not isinstance(value[part], str):
            raise _WrongType(f"the {key} date's “{part}” must be text, not {_kind(value[part])}")
    if value.get("date-parts") is not None:
        parts = _parts(value["date-parts"], key)
        if parts:
            circa = value.get("circa") in (True, 1, "1", "true")
            season = _season(value.get("season"))
            edtf, why = mapping.checked_edtf(mapping.date_from_parts(parts, circa, season))
            if why:
                return "", mapping.date_from_parts(parts, circa, season), why
            return edtf, "", None
    for part in ("raw", "literal"):
        text = " ".join(str(value.get(part) or "").split())
        if text:
            edtf, why = mapping.read_text_date(text)
            if value.get("circa") in (True, 1, "1", "true") and edtf and "/" not in edtf and edtf[-1] not in "~?%":
                edtf += "~"
            return edtf, "" if text == edtf else text, why
    return None


def _parts(value: Any, key: str) -> list[list[int]]:
    wrong = _WrongType(f"the {key} date's “date-parts” must be a list of [year, month, day] lists of numbers")
    if not isinstance(value, list) or not all(isinstance(side, list) for side in value) or len(value) > 2:
        raise wrong
    parts = []
    for side in value:
        numbers = []
        for number in side[:3]:
            if isinstance(number, str) and number.strip().lstrip("-").isdigit():
                number = int(number)
            if not isinstance(number, int) or isinstance(number, bool):
                raise wrong
            numbers.append(number)
        if numbers:
            parts.append(numbers)
    return parts


def _season(value: Any) -> int | None:
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    return value if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 4 else None
