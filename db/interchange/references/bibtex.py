"""BibTeX and BibLaTeX (``.bib``) → references, read with ``bibtexparser`` 2.

Why version 2 and not 1: 2.x is the maintained line (1.x takes only backwards-compatible
fixes), and it is fault tolerant and says where: every block carries its line, and a broken
entry comes back as a failed block instead of silently shifting the entries after it, so a
cut-short or garbled file is refused naming its line. LaTeX (``{\\'e}``, ``\\"u``) is decoded
to Unicode; a braced author (``{Human Rights Watch}``) is an institution.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from db.errors import ImportFailed
from db.interchange.references import mapping
from db.interchange.references.reference import MAX_LONG_CHARS, MAX_SHORT_CHARS, Name, ReadFile, Reference

KINDS = {
    "techreport": "ngo_report", "report": "ngo_report", "legislation": "official_document",
    "legal": "official_document", "jurisdiction": "legal_filing", "video": "photo_video",
    "movie": "photo_video", "image": "photo_video", "artwork": "photo_video", "letter": "testimony",
}  # fmt: skip
NEWS_SUBTYPES = ("newspaper", "magazine")
MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}


def read(name: str, text: str) -> ReadFile:
    """The references of a BibTeX file (see the module docstring)."""
    import bibtexparser
    from bibtexparser import middlewares
    from bibtexparser.model import DuplicateBlockKeyBlock, Entry, MiddlewareErrorBlock, ParsingFailedBlock

    quiet = logging.getLogger("bibtexparser")
    level, quiet.level = quiet.level, logging.CRITICAL  # its warnings repeat what we report
    try:
        library = bibtexparser.parse_string(text)
        oversized = {id(block): why for block in library.entries if (why := _oversized(block))}
        library.remove([block for block in library.entries if id(block) in oversized])
        for middleware in (middlewares.SeparateCoAuthors(), middlewares.SplitNameParts(), middlewares.LatexDecodingMiddleware()):
            library = middleware.transform(library)
    except RecursionError:
        raise _failed(f"{name} is nested too deeply to read", 0) from None
    except Exception as error:  # the parser's own errors have no common base class
        raise _failed(f"{name} is not BibTeX bibtexparser can read: {error}", 0) from None
    finally:
        quiet.level = level
    skipped = [Reference(f"line {line}", line, problem=why) for line, why in oversized.values()]
    refs: list[Reference] = []
    for block in library.blocks:
        line = (block.start_line or 0) + 1
        if isinstance(block, DuplicateBlockKeyBlock):
            refs.append(Reference(f"line {line}", line, problem=f"the key “{block.key}” is used twice; the first entry was kept"))
        elif isinstance(block, MiddlewareErrorBlock):
            refs.append(Reference(f"line {line}", line, problem=f"its text could not be decoded ({block.error})"))
        elif isinstance(block, ParsingFailedBlock):
            reason = str(block.error).strip().splitlines()[-1].strip().rstrip(".") if str(block.error).strip() else "a syntax error"
            raise _failed(f"{name} line {line}: the entry that starts here is broken or cut short ({reason})", line)
        elif isinstance(block, Entry):
            refs.append(_reference(line, block))
    refs = sorted(refs + skipped, key=lambda ref: ref.line or 0)
    if not refs:
        raise _failed(f"{name} is not BibTeX: no @entry in it", 0)
    return ReadFile(refs, "entry")


def _oversized(entry: Any) -> tuple[int, str] | None:
    """(line, why) for an entry with a value too long to take, found before LaTeX decoding
    (which takes seconds per 100,000 characters: a hostile file must not stall the import)."""
    for key, found in entry.fields_dict.items():
        value = found.value if isinstance(found.value, str) else ""
        limit = MAX_LONG_CHARS if key.lower() in LONG_BIBTEX_FIELDS else MAX_SHORT_CHARS
        if len(value) > limit:
            return (entry.start_line or 0) + 1, f"the {key.lower()} is {len(value):,} characters long (at most {limit:,})"
    return None


def _failed(message: str, line: int) -> ImportFailed:
    return ImportFailed(f"Nothing was imported: {message}.", [(line, message)])


DATE_FIELDS = ("date", "year", "urldate")
LONG_BIBTEX_FIELDS = ("abstract", "note", "annote", "annotation", "author", "editor")


def _field(fields: dict[str, Any], *keys: str) -> str:
    for key in keys:
        found = fields.get(key)
        value = getattr(found, "value", None)
        if isinstance(value, int):
            value = str(value)
        if isinstance(value, str) and key in DATE_FIELDS:
            value = value.replace("\u00a0", "~")  # LaTeX decoding made EDTF's "~" (circa) a no-break space
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return ""


def _reference(line: int, entry: Any) -> Reference:
    fields = {key.lower(): field for key, field in entry.fields_dict.items()}
    ref = Reference(f"line {line} ({entry.key})", line)
    kind = entry.entry_type.lower()
    subtype = _field(fields, "entrysubtype").casefold()
    ref.kind = "news_article" if subtype in NEWS_SUBTYPES else KINDS.get(kind, "other")
    ref.title = _field(fields, "title")
    ref.authors = _names(fields.get("author")) or [mapping.as_editor(n) for n in _names(fields.get("editor"))]
    ref.outlet = _field(fields, "journal", "journaltitle", "booktitle", "institution", "organization", "publisher", "howpublished")
    ref.url = _field(fields, "url")
    ref.accessed = _field(fields, "urldate")
    ref.language = _field(fields, "langid", "language")
    ref.summary = _field(fields, "abstract")
    ref.notes = "\n\n".join(p for p in (_field(fields, "note"), _field(fields, "annote", "annotation")) if p)
    ref.doi, ref.isbn, ref.issn = _field(fields, "doi"), _field(fields, "isbn"), _field(fields, "issn")
    ref.archive_location = ", ".join(p for p in (_field(fields, "archive"), _field(fields, "archive_location", "archivelocation")) if p)
    _date(ref, fields)
    return mapping.finish(ref)


def _names(found: Any) -> list[Name]:
    """NameParts from the parser; a name with only a "last" part holding spaces was braced
    whole (``{Human Rights Watch}``): an institution."""
    names = []
    for parts in getattr(found, "value", None) or []:
        if isinstance(parts, str):
            names.append(Name(literal=" ".join(parts.split())))
            continue
        braced = not parts.first and not parts.von and len(parts.last) == 1 and parts.last[0].startswith("{")
        family = _unbrace(" ".join([*parts.von, *parts.last]))
        given = _unbrace(" ".join(parts.first))
        if parts.jr:
            given = f"{given}, {_unbrace(' '.join(parts.jr))}".strip(", ")
        if braced:
            names.append(Name(literal=family))
        elif family or given:
            names.append(Name(family, given) if given else Name(literal=family))
    return names


def _unbrace(text: str) -> str:
    return " ".join(text.replace("{", "").replace("}", "").split())


def _date(ref: Reference, fields: dict[str, Any]) -> None:
    """BibLaTeX ``date`` (ISO 8601/EDTF, ranges) first, else ``year`` + ``month`` + ``day``."""
    date = _field(fields, "date")
    if date:
        mapping.apply_text_date(ref, date)
        return
    year = _field(fields, "year")
    if not year:
        return
    month = _month(_field(fields, "month"))
    day = _field(fields, "day")
    if re.fullmatch(r"\d{4}", year) and month is not None:
        edtf = f"{year}-{month:02d}" + (f"-{int(day):02d}" if day.isdigit() else "")
        ref.date_edtf, why = mapping.checked_edtf(edtf)
        if why:
            ref.date_text = " ".join(p for p in (day, _field(fields, "month"), year) if p)
            ref.warnings.append(f"date “{ref.date_text}” not read ({why}); kept as written")
        return
    mapping.apply_text_date(ref, year.replace("--", "/"))


def _month(text: str) -> int | None:
    text = text.strip().casefold()
    if text.isdigit() and 1 <= int(text) <= 12:
        return int(text)
    return MONTHS.get(text[:3]) if text else None
