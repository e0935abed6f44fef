"""What a reader makes of one entry of a reference file, before it becomes a source."""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_FILE_BYTES = 128 * 1024 * 1024
"""Largest reference file read (a 20,000-item Zotero library exports to ~40 MB)."""
MAX_SHORT_CHARS = 4_000
"""Longest title, name, identifier or URL taken; a longer one is not a real value."""
MAX_LONG_CHARS = 100_000
"""Longest abstract or note taken."""
LONG_FIELDS = frozenset({"summary", "notes"})


@dataclass(frozen=True)
class Name:
    """A creator: a person (family, given) or a name given whole (an institution)."""

    family: str = ""
    given: str = ""
    literal: str = ""

    def text(self) -> str:
        """"Family, Given" for a person, the name itself for an institution."""
        if self.literal:
            return self.literal
        if self.family and self.given:
            return f"{self.family}, {self.given}"
        return self.family or self.given


@dataclass
class Reference:
    """One entry of a file, in the file's own terms mapped to Casefile's.

    ``where`` names the entry for messages ("item 4 (ITEM-4)", "line 12"); ``line`` is its
    first line when the format has lines. ``date_text``/``date_edtf`` are the publication date
    as written and as EDTF (either may be empty). ``problem`` set means: skip it, and why.
    """

    where: str
    line: int | None = None
    kind: str = "other"
    title: str = ""
    title_translated: str = ""
    authors: list[Name] = field(default_factory=list)
    outlet: str = ""
    date_edtf: str = ""
    date_text: str = ""
    url: str = ""
    archived_url: str = ""
    accessed: str = ""
    language: str = ""
    summary: str = ""
    notes: str = ""
    doi: str = ""
    isbn: str = ""
    issn: str = ""
    archive_location: str = ""
    warnings: list[str] = field(default_factory=list)
    problem: str | None = None


@dataclass
class ReadFile:
    """A reader's result: the entries in file order (skipped ones carry their ``problem``)."""

    references: list[Reference]
    label: str = "entry"
    """What the format calls an entry ("item" in CSL-JSON)."""
    sha256: str = ""
    """Of the bytes read, for the import's change-log entry."""
