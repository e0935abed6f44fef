"""What every section needs: data, options, wording, styles, source numbers, grades."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from db.report_data import CitationInfo, EventInfo, FigureInfo, PlaceInfo, ReportData, SourceInfo
from desktop.report.i18n import Strings
from desktop.report.options import ReportOptions, Resolved
from db.redaction import RedactionSummary
from desktop.report.styles import Styles
from desktop.report.text import number

STRONG = ("A", "B", "C")


class ReportCancelled(Exception):
    """The user cancelled the build; no file was written."""


@dataclass
class Context:
    data: ReportData
    options: ReportOptions
    resolved: Resolved
    strings: Strings
    styles: Styles
    redaction: RedactionSummary
    check_cancel: Callable[[], None] = lambda: None
    source_numbers: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        """Number sources by first citation, in chronological event order."""
        for event in self.data.events:
            for citation in event.citations:
                self.source_numbers.setdefault(citation.source_uid, len(self.source_numbers) + 1)

    @property
    def frame_width(self) -> float:
        return self.resolved.page_size[0] - 2 * MARGIN

    def cited_sources(self) -> list[tuple[int, SourceInfo]]:
        """Sources in footnote order, each with its number."""
        by_uid = self.data.source_by_uid
        return sorted((n, by_uid[uid]) for uid, n in self.source_numbers.items())

    def refs(self, event: EventInfo) -> str:
        """Footnote numbers of an event's sources, e.g. "[1] [4]"."""
        numbers = sorted({self.source_numbers[c.source_uid] for c in event.citations})
        return " ".join(f"[{n}]" for n in numbers)

    def status_label(self, event: EventInfo) -> str:
        label = self.strings.word(event.status)
        return f"{label}{self.strings('list_sep')}{self.strings('disputed')}" if event.disputed else label

    def outlet_name(self, source: SourceInfo) -> str:
        actor = self.data.actor_by_uid.get(source.outlet_uid or "")
        return actor.name if actor else ""

    def place_label(self, place: PlaceInfo | None) -> str:
        if place is None:
            return ""
        label = place.name
        if place.local_name and place.local_name != place.name:
            label = f"{label} ({place.local_name})"
        if place.country and place.country not in label:
            label = f"{label}, {place.country}"
        return label

    def supporting(self, event: EventInfo) -> list[tuple[CitationInfo, SourceInfo]]:
        by_uid = self.data.source_by_uid
        return [(c, by_uid[c.source_uid]) for c in event.citations if c.stance == "supports"]

    def corroboration(self, event: EventInfo) -> int:
        """Independent sources graded A–C that support the event."""
        return len({s.uid for c, s in self.supporting(event)
                    if c.independent and s.reliability in STRONG})

    def grade(self, event: EventInfo) -> str:
        """Weakest reliability letter of the supporting sources + best credibility digit of
        the supporting citations (A best, 1 best); "–" where nothing is graded."""
        pairs = self.supporting(event)
        letters = [s.reliability for _c, s in pairs if s.reliability]
        digits = [c.credibility for c, _s in pairs if c.credibility]
        letter = max(letters) if letters else "–"
        digit = str(min(digits)) if digits else "–"
        return letter + digit

    def figure_text(self, figure: FigureInfo, qualified: bool = True) -> str:
        """ "44,700 signatures", "200–1,000 people", "at least 40 men" — exact numbers."""
        low, high = figure.minimum, figure.maximum
        if low is not None and high is not None and low != high:
            value = f"{number(low)}–{number(high)}"
        else:
            value = number(low if low is not None else high)  # type: ignore[arg-type]
        if qualified and figure.qualifier != "exactly":
            value = f"{self.strings.word(figure.qualifier)} {value}"
        return f"{value} {figure.unit}".strip()

    def figures_disagree(self, event: EventInfo) -> bool:
        values: dict[str, set[tuple[int | None, int | None]]] = {}
        for f in event.figures:
            values.setdefault(f.unit.casefold(), set()).add((f.minimum, f.maximum))
        return any(len(v) > 1 for v in values.values())

    def locator(self, citation: CitationInfo) -> str:
        if not citation.locator:
            return ""
        prefix = self.strings.word("loc_" + citation.locator_type)
        return f"{prefix} {citation.locator}".strip()

    def span(self) -> str:
        """The dates covered, as printed for people."""
        dated = [e for e in self.data.events if e.date_text]
        if not dated:
            return self.strings.word("undated")
        first, last = dated[0].date_human, max(dated, key=_end).date_human
        return first if first == last else f"{first} – {last}"


def _end(event: EventInfo) -> str:
    return event.date_hi or event.date_lo or ""


MARGIN = 50.0
