"""RIS (``.ris``: Zotero, EndNote, Mendeley, library catalogues) → references, read with ``rispy``.

``rispy`` silently drops an entry with no ``ER`` line, so the lines are checked first: a file
with no ``TY`` line is not RIS, and an entry left open at the end of the file (cut short) is
refused whole, naming its line. Tags follow Zotero's RIS mapping (AN = archive location,
DB = archive, SN = ISSN for articles and ISBN otherwise, decided by the number's shape).
"""

from __future__ import annotations

import re
from typing import Any

from db.errors import ImportFailed
from db.interchange.references import mapping
from db.interchange.references.reference import Name, ReadFile, Reference

TAG = re.compile(r"^([A-Z][A-Z0-9])  ?-(?: (.*))?$")
KINDS = {
    "NEWS": "news_article", "MGZN": "news_article", "BLOG": "news_article", "RPRT": "ngo_report",
    "GOVDOC": "official_document", "BILL": "official_document", "STAT": "official_document",
    "HEAR": "official_document", "LEGAL": "official_document", "CASE": "legal_filing",
    "PCOMM": "testimony", "ICOMM": "social_media_post", "VIDEO": "photo_video", "MPCT": "photo_video",
    "ART": "photo_video", "FIGURE": "photo_video",
}  # fmt: skip
BOOKS = ("BOOK", "CHAP", "EBOOK", "ECHAP", "EDBOOK")


def read(name: str, text: str) -> ReadFile:
    """The references of a RIS file (see the module docstring)."""
    import rispy

    starts = _entry_lines(name, text)
    try:
        entries = rispy.loads(text, skip_unknown_tags=True)
    except (ValueError, TypeError, KeyError, IndexError) as error:
        message = f"{name} is not RIS rispy can read: {error}"
        raise ImportFailed(f"Nothing was imported: {message}.", [(0, message)]) from None
    if len(entries) != len(starts):
        message = f"{name}: {len(starts)} entries start with TY but {len(entries)} could be read"
        raise ImportFailed(f"Nothing was imported: {message}.", [(0, message)])
    return ReadFile([_reference(line, entry) for line, entry in zip(starts, entries)], "entry")


def _entry_lines(name: str, text: str) -> list[int]:
    """First line of every entry; refuses a file with none or with an entry left open."""
    starts: list[int] = []
    open_at: int | None = None
    for number, line in enumerate(text.splitlines(), 1):
        match = TAG.match(line.strip("\ufeff").rstrip())
        if not match:
            continue
        if match[1] == "TY":
            if open_at is not None:
                raise _failed(f"{name} line {open_at}: the entry that starts here has no end (ER) before line {number}", open_at)
            open_at = number
            starts.append(number)
        elif match[1] == "ER":
            if open_at is None:
                raise _failed(f"{name} line {number}: an end of entry (ER) with no entry (TY) before it", number)
            open_at = None
    if not starts:
        raise _failed(f"{name} is not RIS: no line starts an entry with “TY  - ”", 0)
    if open_at is not None:
        raise _failed(f"{name} line {open_at}: the entry that starts here has no end (ER); the file looks cut short", open_at)
    return starts


def _failed(message: str, line: int) -> ImportFailed:
    return ImportFailed(f"Nothing was imported: {message}.", [(line, message)])


def _first(entry: dict[str, Any], *keys: str) -> str:
    for key in keys:
        value = entry.get(key)
        if isinstance(value, list):
            value = next((v for v in value if isinstance(v, str) and v.strip()), "")
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def _all(entry: dict[str, Any], key: str) -> list[str]:
    value = entry.get(key) or []
    values = value if isinstance(value, list) else [value]
    return [v.strip() for v in values if isinstance(v, str) and v.strip()]


def _reference(line: int, entry: dict[str, Any]) -> Reference:
    ref = Reference(f"line {line}", line)
    kind = _first(entry, "type_of_reference").upper()
    ref.kind = KINDS.get(kind, "other")
    ref.title = _first(entry, "title", "primary_title", "short_title")
    ref.title_translated = _first(entry, "translated_title")
    ref.authors = [_name(text) for text in _all(entry, "authors") + _all(entry, "first_authors")]
    ref.outlet = _first(entry, "secondary_title", "alternate_title3", "journal_name", "publisher")
    urls = _all(entry, "urls")
    ref.url = next((u for u in urls if not mapping.is_archive_copy(u)), "")
    ref.archived_url = next((u for u in urls if mapping.is_archive_copy(u)), "")
    ref.accessed = _ris_day(_first(entry, "access_date"))
    ref.language = _first(entry, "language")
    ref.summary = _first(entry, "abstract", "notes_abstract")
    notes = _all(entry, "notes") + _all(entry, "research_notes")
    ref.doi = _first(entry, "doi")
    for number in _all(entry, "issn"):
        if mapping.looks_like_issn(number) and kind not in BOOKS:
            ref.issn = ref.issn or number
        elif mapping.looks_like_isbn(number):
            ref.isbn = ref.isbn or number
        else:
            notes.append(f"Number: {number}")
    ref.notes = "\n\n".join(notes)
    ref.archive_location = ", ".join(p for p in (_first(entry, "name_of_database"), _first(entry, "accession_number")) if p)
    _date(ref, _first(entry, "date", "year", "publication_year"))
    return mapping.finish(ref)


def _name(text: str) -> Name:
    """RIS writes people "Family, Given" and institutions as their name."""
    family, comma, given = text.partition(",")
    if not comma:
        return Name(literal=" ".join(text.split()))
    return Name(" ".join(family.split()), " ".join(given.split()))


_RIS_DATE = re.compile(r"^(\d{4})(?:/(\d{0,2})(?:/(\d{0,2})(?:/(.*))?)?)?$")


def _ris_day(text: str) -> str:
    """"2017/05/02/" → "2017-05-02"; other forms are passed on as written."""
    match = _RIS_DATE.match(text.strip())
    if match and match[2] and match[3]:
        return f"{match[1]}-{int(match[2]):02d}-{int(match[3]):02d}"
    return text.strip()


def _date(ref: Reference, text: str) -> None:
    """RIS dates are "YYYY/MM/DD/other" with any part but the year empty; anything else is
    read as people write dates ("c. 2017")."""
    match = _RIS_DATE.match(text)
    if not match:
        mapping.apply_text_date(ref, text)
        return
    year, month, day, other = match[1], match[2], match[3], (match[4] or "").strip()
    edtf = year + (f"-{int(month):02d}" if month and int(month) else "")
    if month and int(month) and day and int(day):
        edtf += f"-{int(day):02d}"
    if other:
        mapping.apply_text_date(ref, f"{other} {year}" if not month else text)
        return
    ref.date_edtf, why = mapping.checked_edtf(edtf)
    if why:
        ref.date_text = text
        ref.warnings.append(f"date “{text}” not read ({why}); kept as written")
