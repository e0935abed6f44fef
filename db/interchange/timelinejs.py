"""TimelineJS export: the events a report would cover, as a TimelineJS document or spreadsheet.

TimelineJS (Knight Lab) reads a JSON object whose ``events`` list is required; each event slide
needs a ``start_date`` whose ``year`` is a number (``month``, ``day`` optional), and may carry
``end_date``, ``display_date``, ``text`` (``headline`` and ``text``, both HTML), ``media``
(``url`` required, ``caption``, ``credit``), ``group`` and ``unique_id``. An optional ``title``
slide has no date. Its spreadsheet template has the columns of :data:`CSV_COLUMNS`, the title
on a row whose ``Type`` is ``title``.

What goes in is exactly what a PDF report with the same filters and redaction profile would
print: the selection is :func:`db.report_data.load_report_data`, the profile is
:func:`db.redaction.redact`. From each event:

- dates from the EDTF bounds (``date_lo``/``date_hi``), at the coarsest precision that says
  them exactly ("2017-04" → April 2017, "2017-04/2017-06" → April to June 2017, "c. 2017" →
  2016 to 2018); ``display_date`` is the date as the user wrote it (``date_typed``), else the EDTF read back in
  plain words, escaped like all text;
  undated events cannot be placed and are left out (and counted);
- ``headline`` the title and ``text`` the description, place, status and cited sources, every
  user string HTML-escaped (TimelineJS renders these fields as HTML);
- ``group`` the event type, ``unique_id`` the event uid, ``media`` the first cited source with
  an http(s) URL (other schemes, such as ``javascript:``, are never written).

Private notes are never exported: a timeline is made to be published. Above
:data:`SLOW_ABOVE` events the export warns that TimelineJS gets slow. The export is recorded
in the change log (file, SHA-256, filters, profile, counts) unless the archive is read-only.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import os
import re
from calendar import monthrange
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db import services
from db.errors import ExportCancelled
from db.interchange.csv_rows import guard
from db.models import Meta
from db.polling import polling
from db.redaction import REDACTION_PROFILES, RedactionSummary, redact
from db.report_data import EventInfo, ReportData, ReportFilters, SourceInfo, load_report_data

if TYPE_CHECKING:
    from db.archive import Archive

SLOW_ABOVE = 300
"""TimelineJS renders every slide and marker up front: past a few hundred events it crawls."""
CSV_COLUMNS = (
    "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date",
    "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group",
    "Background",
)  # fmt: skip
"""The TimelineJS Google Sheets template's header row, in its order."""
_WEB_URL = re.compile(r"https?://[^\s<>\"]+", re.IGNORECASE)
Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


@dataclass(frozen=True)
class TimelineOptions:
    """What to export: the report's filters and redaction profile; ``title`` overrides the case's."""

    filters: ReportFilters = field(default_factory=ReportFilters)
    redaction: str = "standard"
    title: str | None = None

    def __post_init__(self) -> None:
        if self.redaction not in REDACTION_PROFILES:
            raise ValueError(f"Unknown redaction profile {self.redaction!r}; use one of {', '.join(REDACTION_PROFILES)}.")


@dataclass(frozen=True)
class TimelineExport:
    """What was written: events placed, undated ones left out, items withheld, warnings."""

    path: Path
    events: int
    undated: int
    withheld: int
    warnings: tuple[str, ...] = ()


# --- the document ------------------------------------------------------------------------


def build_document(data: ReportData, profile: str = "standard", title: str | None = None) -> tuple[dict[str, Any], int, RedactionSummary]:
    """The TimelineJS document of ``data`` under ``profile``; also the undated events left
    out and the redaction summary."""
    redacted = redact(data, profile, include_notes=False)
    shown = redacted.data
    slides, undated = [], 0
    for event in shown.events:
        slide = _slide(event, shown)
        if slide is None:
            undated += 1
        else:
            slides.append(slide)
    document = {
        "title": _title_slide(shown, len(slides), redacted.summary, title),
        "events": slides,
        "scale": "human",
    }
    return document, undated, redacted.summary


def _title_slide(data: ReportData, count: int, summary: RedactionSummary, title: str | None) -> dict[str, Any]:
    case = data.case
    parts = [f"<p>{_html(case.summary)}</p>"] if case.summary.strip() else []
    facts = [case.organisation.strip(), f"{count:,} event{'s' if count != 1 else ''}", f"TLP:{case.tlp or 'AMBER'}"]
    parts.append("<p>" + " · ".join(_html(f) for f in facts if f) + "</p>")
    withheld = _withheld(summary)
    if withheld:
        parts.append(f"<p>{withheld:,} item(s) withheld under the {summary.profile} redaction profile.</p>")
    return {
        "text": {"headline": _html(title if title is not None else case.title), "text": "".join(parts)},
        "unique_id": case.uid,
    }


def _withheld(summary: RedactionSummary) -> int:
    """Items a timeline would have shown but the profile left out (notes are never shown)."""
    return summary.events + summary.sources + summary.citations


def _slide(event: EventInfo, data: ReportData) -> dict[str, Any] | None:
    span = _span(event.date_lo, event.date_hi)
    if span is None:
        return None
    start, end = span
    slide: dict[str, Any] = {"start_date": start}
    if end is not None:
        slide["end_date"] = end
    shown = event.date_typed or event.date_human  # the words typed ("earlier this year"), else read back
    if shown:
        slide["display_date"] = _html(shown)
    slide["text"] = {"headline": _html(event.title), "text": _body(event, data)}
    if event.event_type.strip():
        slide["group"] = event.event_type.strip()
    media = _media(event, data)
    if media is not None:
        slide["media"] = media
    slide["unique_id"] = event.uid
    return slide


def _span(lo: str | None, hi: str | None) -> tuple[dict[str, int], dict[str, int] | None] | None:
    """TimelineJS dates for the ISO days ``lo``..``hi`` (an open end: the known one alone), at
    whole years, else whole months, else days; no end date when both fall on one unit."""
    if lo is None and hi is None:
        return None
    if lo is None or hi is None:
        return _day(lo or hi or ""), None
    (y1, m1, d1), (y2, m2, d2) = _parts(lo), _parts(hi)
    if (m1, d1) == (1, 1) and (m2, d2) == (12, 31):
        start, end = {"year": y1}, {"year": y2}
    elif d1 == 1 and d2 == monthrange(y2, m2)[1]:
        start, end = {"year": y1, "month": m1}, {"year": y2, "month": m2}
    else:
        start, end = _day(lo), _day(hi)
    return start, (None if end == start else end)


def _parts(iso: str) -> tuple[int, int, int]:
    year, month, day = iso.split("-")
    return int(year), int(month), int(day)


def _day(iso: str) -> dict[str, int]:
    year, month, day = _parts(iso)
    return {"year": year, "month": month, "day": day}


def _body(event: EventInfo, data: ReportData) -> str:
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", event.description) if p.strip()]
    parts = [f"<p>{_html(p)}</p>" for p in paragraphs]
    facts = []
    if event.place is not None and event.place.name:
        facts.append(event.place.name)
    facts.append(f"status: {event.status}" + (", disputed" if event.disputed else ""))
    parts.append("<p>" + " · ".join(_html(f) for f in facts) + "</p>")
    cited = _cited_sources(event, data)
    if cited:
        parts.append("<p>Sources: " + "; ".join(_source_html(s, data) for s in cited) + "</p>")
    return "".join(parts)


def _cited_sources(event: EventInfo, data: ReportData) -> list[SourceInfo]:
    """The sources an event cites, supporting ones first, each once."""
    ordered = sorted(event.citations, key=lambda c: c.stance != "supports")
    seen: dict[str, SourceInfo] = {}
    for citation in ordered:
        source = data.source_by_uid.get(citation.source_uid)
        if source is not None:
            seen.setdefault(source.uid, source)
    return list(seen.values())


def _source_html(source: SourceInfo, data: ReportData) -> str:
    label = _html(_source_label(source, data))
    url = _web_url(source.url)
    return f'<a href="{html.escape(url, quote=True)}">{label}</a>' if url else label


def _source_label(source: SourceInfo, data: ReportData) -> str:
    outlet = data.actor_by_uid.get(source.outlet_uid or "")
    title = source.title.strip() or "untitled source"
    return f"{outlet.name}: {title}" if outlet is not None and outlet.name else title


def _media(event: EventInfo, data: ReportData) -> dict[str, str] | None:
    for source in _cited_sources(event, data):
        url = _web_url(source.url)
        if url:
            outlet = data.actor_by_uid.get(source.outlet_uid or "")
            credit = outlet.name if outlet is not None else source.author
            return {"url": url, "caption": _html(source.title), "credit": _html(credit)}
    return None


def _web_url(url: str) -> str:
    """``url`` when it is one plain http(s) address, else "" (never ``javascript:`` or data)."""
    url = url.strip()
    return url if _WEB_URL.fullmatch(url) else ""


def _html(text: str) -> str:
    """User text as HTML: escaped, line breaks kept."""
    return html.escape(text.strip(), quote=False).replace("\r\n", "\n").replace("\n", "<br>")


# --- the spreadsheet ---------------------------------------------------------------------


def spreadsheet_rows(document: dict[str, Any]) -> list[list[str]]:
    """The document as rows of the TimelineJS spreadsheet template, header first; text cells
    that a spreadsheet would run as a formula are neutralised."""
    rows = [list(CSV_COLUMNS)]
    title = document.get("title")
    if title:
        rows.append(_row({}, None, "", title["text"], None, "", "title"))
    for slide in document["events"]:
        rows.append(_row(slide["start_date"], slide.get("end_date"), slide.get("display_date", ""), slide["text"],
                         slide.get("media"), slide.get("group", ""), ""))  # fmt: skip
    return rows


def _row(start: dict[str, int], end: dict[str, int] | None, display: str, text: dict[str, str],
         media: dict[str, str] | None, group: str, kind: str) -> list[str]:  # fmt: skip
    def number(date: dict[str, int] | None, key: str) -> str:
        return str(date[key]) if date and key in date else ""

    media = media or {}
    cells = [
        number(start, "year"), number(start, "month"), number(start, "day"), "",
        number(end, "year"), number(end, "month"), number(end, "day"), "",
        guard(display), guard(text["headline"]), guard(text["text"]), guard(media.get("url", "")),
        guard(media.get("credit", "")), guard(media.get("caption", "")), "", kind, guard(group), "",
    ]  # fmt: skip
    return cells


def render_csv(document: dict[str, Any]) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(spreadsheet_rows(document))
    return out.getvalue().encode("utf-8")


def render_json(document: dict[str, Any]) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


# --- the export --------------------------------------------------------------------------


def export_timelinejs(
    archive: Archive,
    path: str | Path,
    options: TimelineOptions | None = None,
    *,
    as_csv: bool = False,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> TimelineExport:
    """Write the TimelineJS JSON (or, ``as_csv``, the spreadsheet) of ``options``' selection
    to ``path``, replaced only once complete. Runs on any thread (its own session); raises
    :class:`ExportCancelled` when ``is_cancelled()`` turns true, leaving no file."""
    options = options or TimelineOptions()
    path = Path(path)
    cancelled = is_cancelled or (lambda: False)

    def check() -> None:
        if cancelled():
            raise ExportCancelled("The export was cancelled; no file was written.")

    check()
    with services.export(archive) as ed:
        data = load_report_data(ed.session, options.filters)
        if progress:
            progress(1, 3)
        with polling(check):
            document, undated, summary = build_document(data, options.redaction, options.title)
        check()
        if progress:
            progress(2, 3)
        content = render_csv(document) if as_csv else render_json(document)
        _write_atomically(path, content)
        count = len(document["events"])
        detail = {
            "format": "timelinejs-csv" if as_csv else "timelinejs", "file": path.name,
            "sha256": hashlib.sha256(content).hexdigest(), "events": count, "undated_left_out": undated,
            "redaction": options.redaction, "withheld": _withheld(summary), "filters": asdict(options.filters),
        }  # fmt: skip
        ed.log("export", "meta", ed.session.get_one(Meta, "archive_uid").value, detail)
    if progress:
        progress(3, 3)
    warnings = []
    if count > SLOW_ABOVE:
        warnings.append(f"{count:,} events: TimelineJS gets slow above {SLOW_ABOVE}; narrow the dates, tags or statuses.")
    if undated:
        warnings.append(f"{undated:,} undated event(s) left out: TimelineJS cannot place an event without a date.")
    return TimelineExport(path, count, undated, _withheld(summary), tuple(warnings))


def _write_atomically(path: Path, content: bytes) -> None:
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_bytes(content)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
