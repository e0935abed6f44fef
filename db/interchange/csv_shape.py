"""How a spreadsheet file is laid out before it is imported: encoding, delimiter, its first rows.

Detection reads only the first :data:`HEAD_BYTES`, so a preview of a 2 GB file is instant:
the encoding from a byte order mark, then UTF-8 if the bytes are UTF-8, else windows-1251
when the high bytes come in runs (Cyrillic words) and windows-1252 otherwise; the delimiter
(``,`` ``;`` tab ``|``) as the one that splits the header and the rows below it into the same
number of cells, ``csv.Sniffer`` breaking ties. A mapping that names them is not second-guessed.
The same row reader serves the dry run (:func:`check_rows`) and the import itself (:func:`rows`).
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from db.errors import ImportFailed
from db.interchange.csv_mapping import AUTO, DELIMITERS, CsvMapping
from db.interchange.csv_rows import (
    BadRow,
    ImportCancelled,
    IsCancelled,
    Lines,
    Progress,
    Row,
    RowParser,
    header,
    records_of,
)

HEAD_BYTES = 256 * 1024
"""What detection and the preview read of a file."""
PREVIEW_ROWS = 20
PREVIEW_CELL = 300
"""Longest cell text a preview keeps (a huge cell is cut, with an ellipsis)."""
_SNIFF_CHARS = 32 * 1024
_TIE_CHARS = 4 * 1024
_CHECK_EVERY = 2_000


@dataclass(frozen=True)
class Shape:
    """The encoding and delimiter a file is read with, and whether each was detected."""

    encoding: str = "utf-8"
    delimiter: str = ","
    encoding_detected: bool = False
    delimiter_detected: bool = False

    def describe(self) -> str:
        """"windows-1251 (detected), semicolon-separated (detected)"."""
        name = DELIMITERS.get(self.delimiter, f"“{self.delimiter}”")
        return f"{self.encoding}{' (detected)' if self.encoding_detected else ''}, {name}-separated{' (detected)' if self.delimiter_detected else ''}"


@dataclass(frozen=True)
class Preview:
    """The first rows of a file: its column names (or "Column 1"… without a header row) and
    up to ``PREVIEW_ROWS`` rows as (line, cells). ``problem`` says why the preview stops early."""

    shape: Shape
    header: bool
    headers: list[str]
    rows: list[tuple[int, list[str]]]
    problem: str = ""


@dataclass
class RowsCheck:
    """What a dry run found: rows read and the bad ones as (line, why)."""

    rows: int = 0
    problems: list[tuple[int, str]] = field(default_factory=list)


def detect_encoding(head: bytes) -> str:
    """The encoding of a file whose first bytes are ``head`` (see the module docstring)."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8"
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = head[:4096]
    if sample and sample.count(0) > len(sample) // 4:  # UTF-16 without a mark: ASCII has a zero byte each
        return "utf-16-be" if sample[0::2].count(0) > sample[1::2].count(0) else "utf-16-le"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    return "windows-1251" if _cyrillic_runs(head) else "windows-1252"


def _cyrillic_runs(head: bytes) -> bool:
    """High bytes mostly in runs of three or more: whole words of Cyrillic letters in windows-1251,
    where windows-1252 text has an accented letter here and there."""
    high = in_runs = run = 0
    for byte in head + b" ":
        if byte >= 0xC0 or byte in (0xA8, 0xB8):  # А–я, Ё, ё
            run += 1
            continue
        high += run
        in_runs += run if run >= 3 else 0
        run = 0
    return high > 0 and in_runs >= 0.6 * high


def detect_delimiter(text: str) -> str:
    """The delimiter of CSV ``text`` (the first rows of a file)."""
    sample = text[:_SNIFF_CHARS]
    if len(text) > len(sample) and "\n" in sample:
        sample = sample[: sample.rindex("\n") + 1]  # whole lines only
    scores: dict[str, tuple[float, int]] = {}
    for candidate in DELIMITERS:
        counts = _cell_counts(sample, candidate)
        if counts and counts[0] >= 2:
            alike = sum(1 for n in counts if n == counts[0]) / len(counts)
            scores[candidate] = (alike, counts[0])
    ranked = sorted(scores.values(), reverse=True)
    if len(ranked) == 1 or (ranked and ranked[0] > ranked[1]):
        return max(scores, key=lambda d: scores[d])
    try:  # no candidate, or a tie: ask csv.Sniffer (slower; a short sample)
        sniffed = csv.Sniffer().sniff(sample[:_TIE_CHARS], delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        sniffed = ""
    if not scores:
        return sniffed or ","
    return max(scores, key=lambda d: (*scores[d], d == sniffed, d == ","))


def _cell_counts(sample: str, delimiter: str) -> list[int]:
    counts: list[int] = []
    try:
        for _line, cells in records_of(io.StringIO(sample, newline=""), delimiter):
            counts.append(len(cells))
            if len(counts) == 50:
                break
    except ImportFailed:  # broken quotes under this delimiter: what was read so far counts
        pass
    return counts


def _head(path: Path) -> tuple[bytes, bool]:
    with path.open("rb") as handle:
        head = handle.read(HEAD_BYTES + 1)
    return head[:HEAD_BYTES], len(head) > HEAD_BYTES


def shape_of(path: Path, mapping: CsvMapping | None) -> Shape:
    """How ``path`` is read: as the mapping says, detecting what it leaves ``auto``; without a
    mapping, UTF-8 and commas (Casefile's own files)."""
    if mapping is None:
        return Shape()
    encoding, delimiter = mapping.encoding, mapping.delimiter
    if AUTO not in (encoding, delimiter):
        return Shape(encoding, delimiter)
    head, _more = _head(path)
    if encoding == AUTO:
        encoding = detect_encoding(head)
    if delimiter == AUTO:
        delimiter = detect_delimiter(_decode(head, encoding))
    return Shape(encoding, delimiter, mapping.encoding == AUTO, mapping.delimiter == AUTO)


def _decode(head: bytes, encoding: str) -> str:
    text = codecs.getincrementaldecoder(encoding)(errors="replace").decode(head, final=False)
    return text[1:] if text.startswith("\ufeff") else text


def preview(path: Path, mapping: CsvMapping | None = None, limit: int = PREVIEW_ROWS) -> Preview:
    """The first ``limit`` rows of ``path`` read as ``mapping`` says (encoding and delimiter
    detected when it leaves them ``auto`` or there is no mapping). Reads only the file's head."""
    shape = shape_of(path, mapping or CsvMapping())
    head, more = _head(path)
    text = _decode(head, shape.encoding)
    records: list[tuple[int, list[str]]] = []
    problem = ""
    try:
        for line, cells in records_of(io.StringIO(text, newline=""), shape.delimiter):
            records.append((line, [_cut(cell) for cell in cells]))
            if len(records) > limit:
                break
        else:
            if more and records:  # the head ends inside this row: say so in its last cell
                records[-1][1][-1] = _cut(records[-1][1][-1], cut=True)
    except ImportFailed as error:
        if not more or not records:
            problem = str(error)
    has_header = mapping.header if mapping is not None else True
    if has_header and records:
        headers = [cell.replace("\ufeff", "").strip() for cell in records[0][1]]
        rows = records[1 : limit + 1]
    else:
        rows = records[:limit]
        headers = [f"Column {n}" for n in range(1, max((len(cells) for _, cells in rows), default=0) + 1)]
    if not records and not problem:
        problem = f"{path.name} is empty."
    return Preview(shape, has_header, headers, rows, problem)


def _cut(cell: str, cut: bool = False) -> str:
    if len(cell) < PREVIEW_CELL and not cut:
        return cell
    return cell[: PREVIEW_CELL - 1].rstrip("…") + "…"


def read_rows(lines: Lines, mapping: CsvMapping | None, delimiter: str = ",") -> Iterator[tuple[int, Row | BadRow]]:
    """Each data row of the file as (line, checked row or why it is bad); the header row (when
    there is one) is read into the parser. Raises :class:`ImportFailed` for an empty file, a
    header the mapping does not cover, or broken CSV structure."""
    parser: RowParser | None = None
    for line, cells in records_of(lines, delimiter):
        if parser is None:
            parser = RowParser(header(line, cells)) if mapping is None else mapping.parser(line, cells)
            if mapping is None or mapping.header:
                continue
        try:
            yield line, parser.row(line, cells)
        except BadRow as bad:
            yield line, bad
    if parser is None:
        if mapping is None or mapping.header:
            raise ImportFailed("The file is empty: it has no header row.", [(1, "no header row")])
        raise ImportFailed("The file is empty: it has no rows.", [(1, "no rows")])


def check_rows(path: Path, mapping: CsvMapping, progress: Progress | None = None, is_cancelled: IsCancelled | None = None) -> RowsCheck:
    """A dry run: read every row of ``path`` as the import would and list the bad ones. Writes
    nothing and needs no archive; ``progress(done, total)`` counts bytes."""
    shape = shape_of(path, mapping)
    size = path.stat().st_size
    result = RowsCheck()
    with path.open("rb") as handle:
        lines = Lines(handle, path.name, shape.encoding)
        for line, row in read_rows(lines, mapping, shape.delimiter):
            result.rows += 1
            if isinstance(row, BadRow):
                result.problems.append((line, str(row)))
            if result.rows % _CHECK_EVERY == 0:
                if is_cancelled and is_cancelled():
                    raise ImportCancelled("The check was cancelled.")
                if progress:
                    progress(min(lines.bytes_read, size), size)
    if progress:
        progress(size, size)
    return result
