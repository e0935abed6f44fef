"""Report options: template, scope, sections, paper, marking, redaction; plus the report id."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field

from reportlab.lib.pagesizes import A4, LETTER

from db.models import TLP_LABELS
from db.redaction import REDACTION_PROFILES
from db.report_data import ReportData, ReportFilters

TEMPLATES = ("brief", "dossier")
LANGUAGES = ("en", "ru", "ar")
"""Report languages (:mod:`desktop.report.i18n` has every phrase of each)."""
PAPERS = {"A4": A4, "Letter": LETTER}
SECTIONS = (
    "cover",
    "contents",
    "summary",
    "findings",
    "method",
    "chronology",
    "timeline",
    "narratives",
    "actors",
    "sources",
    "integrity",
)
"""Every section, in print order."""

TEMPLATE_SECTIONS: dict[str, tuple[str, ...]] = {
    "brief": ("cover", "summary", "findings", "chronology", "sources"),
    "dossier": SECTIONS,
}
FINDINGS_LIMIT = {"brief": 8, "dossier": 15}


@dataclass(frozen=True)
class ReportOptions:
    """What to print and how. ``None`` means "take it from the case" (title, organisation,
    TLP) or "the default" (sections of the template; report date = newest ``updated_at`` in
    the data, never the clock). The author is printed (cover and PDF metadata) only when
    given: the case's author is personal data the user did not ask to publish."""

    template: str = "dossier"
    filters: ReportFilters = field(default_factory=ReportFilters)
    sections: tuple[str, ...] | None = None
    paper: str = "A4"
    tlp: str | None = None
    title: str | None = None
    organisation: str | None = None
    author: str | None = None
    language: str = "en"
    redaction: str = "standard"
    report_date: str | None = None
    include_notes: bool = False
    """Print the private analyst notes (never under the strict profile)."""

    def __post_init__(self) -> None:
        if self.template not in TEMPLATES:
            raise ValueError(f"Unknown report template {self.template!r}; use one of {TEMPLATES}.")
        if self.paper not in PAPERS:
            raise ValueError(f"Unknown paper size {self.paper!r}; use A4 or Letter.")
        if self.tlp is not None and self.tlp not in TLP_LABELS:
            raise ValueError(f"Unknown TLP marking {self.tlp!r}; use one of {TLP_LABELS}.")
        if self.language not in LANGUAGES:
            raise ValueError(f"Unknown report language {self.language!r}; use one of {LANGUAGES}.")
        if self.redaction not in REDACTION_PROFILES:
            raise ValueError(f"Unknown redaction profile {self.redaction!r}.")
        unknown = [s for s in (self.sections or ()) if s not in SECTIONS]
        if unknown:
            raise ValueError(f"Unknown report sections: {', '.join(unknown)}.")

    def effective_sections(self) -> tuple[str, ...]:
        """Chosen sections (or the template's), always in print order."""
        chosen = TEMPLATE_SECTIONS[self.template] if self.sections is None else self.sections
        return tuple(s for s in SECTIONS if s in chosen)


@dataclass(frozen=True)
class Resolved:
    """Options with every default filled in from the data."""

    title: str
    organisation: str
    author: str
    tlp: str
    report_date: str
    page_size: tuple[float, float]
    sections: tuple[str, ...]
    findings_limit: int
    report_id: str


def resolve(options: ReportOptions, data: ReportData) -> Resolved:
    case = data.case
    report_date = options.report_date or data.newest_update[:10]
    return Resolved(
        title=options.title if options.title is not None else case.title,
        organisation=(
            options.organisation if options.organisation is not None else case.organisation
        ),
        author=(options.author or "").strip(),
        tlp=options.tlp or case.tlp or "AMBER",
        report_date=report_date,
        page_size=PAPERS[options.paper],
        sections=options.effective_sections(),
        findings_limit=FINDINGS_LIMIT[options.template],
        report_id=report_id(data, options, report_date),
    )


def report_id(data: ReportData, options: ReportOptions, report_date: str) -> str:
    """Short hash of the data fingerprint and the options: same inputs, same id."""
    chosen = asdict(options) | {"report_date": report_date}
    text = json.dumps(
        {"fingerprint": data.fingerprint, "options": chosen},
        sort_keys=True,
        ensure_ascii=False,
        default=list,
    )
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12].upper()
    return f"{digest[:4]}-{digest[4:8]}-{digest[8:]}"
