"""Which importer reads a file: one registry for ``casefile import`` and File ▸ Import….

A file is recognised by its content first and its name second: a Casefile JSON export and a
Zotero CSL-JSON file are both ``.json``, and a CSV saved as ``.txt`` is still a CSV. Each
:class:`Format` says how to recognise its files (``sniff`` over the first bytes) and how to
import one (``run``); the CLI and the GUI print the same :class:`ImportSummary`, so both say
the same thing about the same file. Importers load lazily: the registry costs nothing at start (the CLI's parser lists it).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.errors import CasefileError

if TYPE_CHECKING:
    from db.archive import Archive
    from db.interchange.csv_mapping import CsvMapping
    from db.services import ChangeSet

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]

HEAD_BYTES = 64 * 1024
"""How much of a file ``sniff`` sees: enough for a JSON envelope or a few CSV rows."""


@dataclass(frozen=True)
class ImportOptions:
    """What the user chose for an import; each format reads the options that concern it."""

    skip_bad: bool = False
    """CSV: import the good rows and list the bad ones instead of importing nothing."""
    mapping: Path | CsvMapping | None = None
    """CSV: a column-mapping file (``casefile import --map``) or the mapping itself (the GUI's)."""


@dataclass(frozen=True)
class ImportSummary:
    """What one import did, in the words shown to the user.

    ``headline`` is one line ("events.csv: imported 12 events"); ``notes`` add what was
    matched or created besides; ``skipped`` lists what was left out as (line or None, why).
    """

    headline: str
    notes: list[str] = field(default_factory=list)
    skipped: list[tuple[int | None, str]] = field(default_factory=list)
    changes: ChangeSet | None = field(default=None, repr=False)
    """What the import wrote, for the views to refresh from (None when it wrote nothing)."""
    report: Any = field(default=None, repr=False)
    """The importer's own report, for callers that need its details."""

    def skipped_lines(self, limit: int | None = None) -> list[str]:
        shown = self.skipped if limit is None else self.skipped[:limit]
        lines = [f"skipped line {line}: {why}" if line is not None else f"skipped: {why}" for line, why in shown]
        if limit is not None and len(self.skipped) > limit:
            lines.append(f"… and {len(self.skipped) - limit} more")
        return lines


Runner = Callable[["Archive", Path, ImportOptions, "Progress | None", "IsCancelled | None"], ImportSummary]


@dataclass(frozen=True)
class Format:
    """One importable format."""

    name: str
    """What ``--format`` takes."""
    label: str
    """What a file dialog shows."""
    patterns: tuple[str, ...]
    """File-name patterns, for file dialogs and as the tie-breaker of detection."""
    sniff: Callable[[Path, bytes], bool]
    """True when the file (its path and first :data:`HEAD_BYTES`) is of this format."""
    run: Runner
    directory: bool = False
    """Reads a folder rather than a file (a BagIt bag)."""

    def matches_name(self, path: Path) -> bool:
        return any(path.match(pattern) for pattern in self.patterns)


FORMATS: list[Format] = []
"""Every format, most specific first: detection takes the first whose ``sniff`` says yes."""


def register(fmt: Format) -> Format:
    if any(existing.name == fmt.name for existing in FORMATS):
        raise ValueError(f"format {fmt.name!r} is registered twice")
    FORMATS.append(fmt)
    return fmt


def by_name(name: str) -> Format:
    for fmt in FORMATS:
        if fmt.name == name:
            return fmt
    raise CasefileError(f"unknown import format {name!r}; known: {', '.join(names())}")


def names() -> list[str]:
    return [fmt.name for fmt in FORMATS]


def detect(path: Path) -> Format:
    """The format of ``path``: by content, then by name; a clear error when neither says."""
    if path.is_dir():
        for fmt in FORMATS:
            if fmt.directory and fmt.sniff(path, b""):
                return fmt
        raise CasefileError(f"{path}: this folder is not an importable package (no bagit.txt)")
    if not path.is_file():
        raise FileNotFoundError(2, "no such file", str(path))
    with path.open("rb") as stream:
        head = stream.read(HEAD_BYTES)
    files = [fmt for fmt in FORMATS if not fmt.directory]
    by_content = [fmt for fmt in files if fmt.sniff(path, head)]
    named = [fmt for fmt in by_content if fmt.matches_name(path)]
    if named or by_content:
        return (named or by_content)[0]
    by_extension = [fmt for fmt in files if fmt.matches_name(path)]
    if by_extension:  # the importer will name what is wrong with the content
        return by_extension[0]
    kinds = ", ".join(f"{fmt.label} ({' '.join(fmt.patterns)})" for fmt in FORMATS)
    raise CasefileError(f"{path.name}: not a file Casefile can import; it reads {kinds}")


def import_file(
    archive: Archive,
    path: Path,
    options: ImportOptions | None = None,
    *,
    format_name: str | None = None,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> ImportSummary:
    """Import ``path`` with the format named (``--format``) or detected."""
    fmt = by_name(format_name) if format_name else detect(path)
    if not path.exists():
        raise FileNotFoundError(2, "no such file", str(path))
    return fmt.run(archive, path, options or ImportOptions(), progress, is_cancelled)


def file_dialog_filter() -> str:
    """The name filters of an Open dialog: every importable file first, then each format."""
    files = [fmt for fmt in FORMATS if not fmt.directory]
    every = " ".join(dict.fromkeys(pattern for fmt in files for pattern in fmt.patterns))
    parts = [f"Everything Casefile imports ({every})"] + [f"{fmt.label} ({' '.join(fmt.patterns)})" for fmt in files]
    return ";;".join(parts + ["All files (*)"])


# --- the built-in formats ------------------------------------------------------------------


def _is_casefile_json(path: Path, head: bytes) -> bool:
    from db.interchange.json_archive import FORMAT

    text = head[:4096].decode("utf-8-sig", errors="replace").lstrip()
    return text.startswith("{") and re.search(rf'"format"\s*:\s*"{FORMAT}"', text) is not None


def _run_casefile_json(archive: Archive, path: Path, options: ImportOptions, progress: Progress | None, is_cancelled: IsCancelled | None) -> ImportSummary:
    from db.interchange import json_archive

    report = json_archive.import_json(archive, path, progress, is_cancelled)
    made = sum(report.created.values())
    return ImportSummary(f"{path.name}: imported {made:,} records", changes=report.changes, report=report)


def _is_csv(path: Path, head: bytes) -> bool:
    """A CSV of events: its first line names at least the title column."""
    from db.interchange.csv_rows import COLUMNS

    first = head.decode("utf-8-sig", errors="replace").splitlines()[:1]
    if not first:
        return False
    cells = {cell.strip().strip('"').lower() for cell in re.split("[,;\t]", first[0])}
    return "title" in cells and len(cells & set(COLUMNS)) >= 2


def _run_csv(archive: Archive, path: Path, options: ImportOptions, progress: Progress | None, is_cancelled: IsCancelled | None) -> ImportSummary:
    from db.interchange import csv_events, csv_mapping

    mapping = csv_mapping.load(options.mapping) if isinstance(options.mapping, Path) else options.mapping
    report = csv_events.import_events_csv(archive, path, skip_bad=options.skip_bad, progress=progress, is_cancelled=is_cancelled, mapping=mapping)
    skipped: list[tuple[int | None, str]] = list(report.skipped)
    notes = [f"read with the column mapping as {report.read_as}"] if report.read_as else []
    return ImportSummary(f"{path.name}: imported {report.events_created:,} events", notes, skipped=skipped, changes=report.changes, report=report)


register(Format("casefile-json", "Casefile JSON", ("*.json",), _is_casefile_json, _run_casefile_json))
register(Format("csv", "Events (CSV)", ("*.csv",), _is_csv, _run_csv))


def _reference_format(name: str, label: str, patterns: tuple[str, ...], sniff_name: str) -> Format:
    """A reference manager's format (db/interchange/references): sniffed without loading a parser."""

    def sniff(path: Path, head: bytes) -> bool:
        from db.interchange.references import sniff as sniffers

        return bool(getattr(sniffers, sniff_name)(head))

    def run(archive: Archive, path: Path, options: ImportOptions, progress: Progress | None, is_cancelled: IsCancelled | None) -> ImportSummary:
        from db.interchange.references.importer import import_references

        return import_references(archive, path, name, progress, is_cancelled)

    return Format(name, label, patterns, sniff, run)


register(_reference_format("csl-json", "Sources (CSL-JSON, e.g. from Zotero)", ("*.json",), "is_csl_json"))
register(_reference_format("ris", "Sources (RIS)", ("*.ris",), "is_ris"))
register(_reference_format("bibtex", "Sources (BibTeX)", ("*.bib",), "is_bibtex"))


def _is_bag(path: Path, head: bytes) -> bool:
    return path.is_dir() and (path / "bagit.txt").is_file()


def _run_bag(archive: Archive, path: Path, options: ImportOptions, progress: Progress | None, is_cancelled: IsCancelled | None) -> ImportSummary:
    from db.interchange import bag

    report = bag.import_bag(archive, path, progress, is_cancelled)
    made = sum(report.created.values())
    return ImportSummary(f"{path.name}: bag verified, imported {made:,} records", changes=report.changes, report=report)


register(Format("bagit", "Archival bag (BagIt folder)", ("bagit.txt",), _is_bag, _run_bag, directory=True))
