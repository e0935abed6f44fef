"""From a reference to source values: dates to EDTF, kinds, languages, identifiers, authors.

Rules (the same for every format):

- authors: people as "Family, Given", institutions as their name, joined with "; ";
- the date: EDTF when the file gives one Casefile can read (CSL ``date-parts`` incl. ranges
  and ``season``, ``circa`` → ``~``; text through the form's reader, so "c. May 2017" is
  ``2017-05~``); text the file wrote is kept as written (``published_typed``) even when it
  cannot be read, and the summary says so;
- DOI without its ``https://doi.org/`` or ``doi:`` prefix; a language name Casefile knows
  ("English") becomes its BCP 47 tag, anything else not BCP 47 is left out with a note;
- the accessed date becomes ``retrieved_at`` when it names a day.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from db import dates
from db.errors import CasefileError
from db.field_readers import parse_language, parse_moment, read_edtf
from db.interchange.references.reference import LONG_FIELDS, MAX_LONG_CHARS, MAX_SHORT_CHARS, Name, Reference

AUTHOR_SEPARATOR = "; "
LANGUAGE_NAMES = {
    "english": "en", "russian": "ru", "русский": "ru", "german": "de", "deutsch": "de", "french": "fr", "français": "fr",
    "spanish": "es", "español": "es", "arabic": "ar", "العربية": "ar", "dutch": "nl", "nederlands": "nl", "chechen": "ce",
    "нохчийн": "ce", "italian": "it", "ukrainian": "uk", "українська": "uk", "polish": "pl", "portuguese": "pt",
    "turkish": "tr", "chinese": "zh", "japanese": "ja", "persian": "fa", "georgian": "ka", "armenian": "hy",
}  # fmt: skip
_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)
_DOI = re.compile(r"10\.\d{4,9}/\S+")
_ARCHIVES = ("web.archive.org", "archive.org/web", "archive.today", "archive.ph", "archive.is", "perma.cc")


def date_from_parts(parts: list[list[int]], circa: bool = False, season: int | None = None) -> str:
    """CSL ``date-parts`` ([[2017, 4], [2017, 6]]) → EDTF ("2017-04/2017-06"); ``circa`` marks each end ``~``."""
    sides = []
    for side in parts[:2]:
        year, month, day = (list(side) + [None, None])[:3]
        text = f"{year:04d}" if year >= 0 else f"-{-year:04d}"
        if month is not None:
            text += f"-{month:02d}"
            if day is not None:
                text += f"-{day:02d}"
        elif season is not None and len(parts) == 1:
            text += f"-{20 + season:02d}"
        sides.append(text + ("~" if circa else ""))
    if len(sides) == 2 and sides[0] == sides[1]:
        sides = sides[:1]
    return "/".join(sides)


def read_text_date(text: str) -> tuple[str, str | None]:
    """A date written as text → (EDTF, None), or ("", why) when it cannot be read."""
    text = " ".join(text.split())
    if not text:
        return "", None
    if dates.is_valid(text):
        return dates.parse(text).text, None
    try:
        return read_edtf(text), None
    except CasefileError as error:
        return "", str(error).rstrip(".")


def checked_edtf(edtf: str) -> tuple[str, str | None]:
    """EDTF built from numbers is still checked against the calendar (2017-02-30 is no day)."""
    try:
        return dates.parse(edtf).text, None
    except CasefileError as error:
        return "", str(error).rstrip(".")


def language_tag(text: str) -> tuple[str, str | None]:
    """"en", "en_US", "English" → a BCP 47 tag; ("", why) for anything else."""
    text = text.strip()
    if not text:
        return "", None
    known = LANGUAGE_NAMES.get(text.casefold())
    if known:
        return known, None
    try:
        return parse_language(text.replace("_", "-")), None
    except CasefileError:
        return "", f"language “{text}” is not a BCP 47 tag; left out"


def moment(text: str) -> tuple[str, str | None]:
    """An accessed date → ``retrieved_at`` ("2017-05-02", "2017-05-02T14:30Z"); ("", why) otherwise."""
    text = text.strip()
    if not text:
        return "", None
    candidate = text.replace("/", "-").rstrip("-")
    if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", candidate):
        y, m, d = candidate.split("-")
        candidate = f"{y}-{int(m):02d}-{int(d):02d}"
    try:
        return parse_moment(candidate), None
    except CasefileError:
        return "", f"accessed date “{text}” names no day; left out"


def clean_doi(text: str) -> tuple[str, str | None]:
    doi = _DOI_PREFIX.sub("", text.strip())
    if doi and not _DOI.fullmatch(doi):
        return doi, f"DOI “{doi}” does not look like a DOI (10.…/…); kept as written"
    return doi, None


def as_editor(name: Name) -> Name:
    """An edited volume without authors is credited to its editors, marked "(ed.)"."""
    if name.literal:
        return Name(literal=f"{name.literal} (ed.)")
    return Name(name.family, f"{name.given} (ed.)".strip())


def is_archive_copy(url: str) -> bool:
    """A web archive's copy (Wayback Machine, archive.today, Perma.cc) rather than the page."""
    return any(host in url.casefold() for host in _ARCHIVES)


def looks_like_issn(text: str) -> bool:
    return re.fullmatch(r"\d{4}-?\d{3}[\dXx]", text.strip()) is not None


def looks_like_isbn(text: str) -> bool:
    compact = re.sub(r"[\s-]", "", text.strip())
    return re.fullmatch(r"\d{9}[\dXx]|\d{13}", compact) is not None


# --- matching keys -------------------------------------------------------------------------


def normal_title(text: str) -> str:
    """Title for matching: NFKC, casefolded, punctuation and runs of whitespace made one space."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    spaced = "".join(" " if unicodedata.category(char).startswith("P") else char for char in folded)
    return " ".join(spaced.split())


def normal_url(text: str) -> str:
    """URL for matching: scheme and host in lower case, no fragment, no trailing slash."""
    text = text.strip()
    if not text:
        return ""
    try:
        parts = urlsplit(text)
    except ValueError:
        return text.rstrip("/")
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path, parts.query, "")).rstrip("/")


def normal_doi(text: str) -> str:
    return _DOI_PREFIX.sub("", text.strip()).casefold()


# --- the source values ----------------------------------------------------------------------


def too_long(ref: Reference) -> str | None:
    """Why the entry is refused for an oversized value (a hostile file), or None."""
    values = {"title": ref.title, "translated title": ref.title_translated, "outlet": ref.outlet, "URL": ref.url,
              "DOI": ref.doi, "ISBN": ref.isbn, "ISSN": ref.issn, "archive location": ref.archive_location,
              "authors": AUTHOR_SEPARATOR.join(n.text() for n in ref.authors), "date": ref.date_text,
              "summary": ref.summary, "notes": ref.notes}  # fmt: skip
    for label, value in values.items():
        limit = MAX_LONG_CHARS if label in LONG_FIELDS else MAX_SHORT_CHARS
        if len(value) > limit:
            return f"the {label} is {len(value):,} characters long (at most {limit:,})"
    return None


def source_values(ref: Reference, outlet_uid: str | None) -> dict[str, Any]:
    """The record dict of the new source (``services.create(ed, "source", …)``)."""
    authors = AUTHOR_SEPARATOR.join(name.text() for name in ref.authors if name.text())
    values: dict[str, Any] = {
        "kind": ref.kind, "title": ref.title.strip(), "title_translated": ref.title_translated.strip(), "author": authors,
        "outlet": outlet_uid, "published": ref.date_edtf, "published_typed": ref.date_text, "language": ref.language,
        "url": ref.url.strip(), "archived_url": ref.archived_url.strip(), "retrieved_at": ref.accessed,
        "summary": ref.summary.strip(), "notes": ref.notes.strip(), "doi": ref.doi, "isbn": ref.isbn.strip(),
        "issn": ref.issn.strip(), "archive_location": ref.archive_location.strip(),
    }  # fmt: skip
    return values


def finish(ref: Reference) -> Reference:
    """Checks every reader shares: a title, sane lengths, a BCP 47 language, a clean DOI."""
    if ref.problem:
        return ref
    if not ref.title.strip():
        ref.problem = "no title"
        return ref
    ref.problem = too_long(ref)
    if ref.problem:
        return ref
    ref.language, why = language_tag(ref.language)
    _warn(ref, why)
    ref.accessed, why = moment(ref.accessed)
    _warn(ref, why)
    if ref.doi:
        ref.doi, why = clean_doi(ref.doi)
        _warn(ref, why)
    return ref


def _warn(ref: Reference, why: str | None) -> None:
    if why:
        ref.warnings.append(why)


def apply_text_date(ref: Reference, text: str) -> None:
    """A date the file wrote as text: kept as written unless it is the EDTF itself."""
    text = " ".join(text.split())
    if not text:
        return
    ref.date_edtf, why = read_text_date(text)
    ref.date_text = "" if text == ref.date_edtf else text
    if why:
        ref.warnings.append(f"date “{text}” not read ({why}); kept as written")
