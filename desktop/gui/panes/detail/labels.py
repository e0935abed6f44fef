"""Words shown for stored values — grades, statuses, kinds, qualifiers — in the interface
language, and counted phrases with proper plural forms ("1 event", "2 events"; Russian three
forms, Arabic six).

The English words for stored codes live in :mod:`db.field_labels` (shared with the CLI); here
each known code's words are listed for Qt's translation and translated where shown. Codes the
user added (a new event type) are shown as they are.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QT_TRANSLATE_NOOP

from db import models
from db import field_labels
from db.vocabulary import DEFAULT_TERMS

__all__ = [
    "RELATIONS", "STATUS_HELP", "attachment_kind", "choices", "count", "counted", "credibility_choices",
    "figure_text", "human_size", "reliability_choices", "words",
]  # fmt: skip

_CODE_WORDS = (
    QT_TRANSLATE_NOOP("Labels", "confirmed"), QT_TRANSLATE_NOOP("Labels", "likely"), QT_TRANSLATE_NOOP("Labels", "possible"),
    QT_TRANSLATE_NOOP("Labels", "unlikely"), QT_TRANSLATE_NOOP("Labels", "unknown"),
    QT_TRANSLATE_NOOP("Labels", "exact"), QT_TRANSLATE_NOOP("Labels", "vicinity"), QT_TRANSLATE_NOOP("Labels", "locality"),
    QT_TRANSLATE_NOOP("Labels", "region"), QT_TRANSLATE_NOOP("Labels", "country"),
    QT_TRANSLATE_NOOP("Labels", "normal"), QT_TRANSLATE_NOOP("Labels", "sensitive"),
    QT_TRANSLATE_NOOP("Labels", "person"), QT_TRANSLATE_NOOP("Labels", "organisation"), QT_TRANSLATE_NOOP("Labels", "group"),
    QT_TRANSLATE_NOOP("Labels", "state body"),
    QT_TRANSLATE_NOOP("Labels", "news article"), QT_TRANSLATE_NOOP("Labels", "NGO report"),
    QT_TRANSLATE_NOOP("Labels", "official document"), QT_TRANSLATE_NOOP("Labels", "testimony"),
    QT_TRANSLATE_NOOP("Labels", "social media post"), QT_TRANSLATE_NOOP("Labels", "photo video"),
    QT_TRANSLATE_NOOP("Labels", "legal filing"), QT_TRANSLATE_NOOP("Labels", "other"),
    QT_TRANSLATE_NOOP("Labels", "supports"), QT_TRANSLATE_NOOP("Labels", "contradicts"),
    QT_TRANSLATE_NOOP("Labels", "exactly"), QT_TRANSLATE_NOOP("Labels", "about"), QT_TRANSLATE_NOOP("Labels", "at least"),
    QT_TRANSLATE_NOOP("Labels", "at most"),
    QT_TRANSLATE_NOOP("Labels", "page"), QT_TRANSLATE_NOOP("Labels", "paragraph"), QT_TRANSLATE_NOOP("Labels", "timecode"),
    QT_TRANSLATE_NOOP("Labels", "section"),
    QT_TRANSLATE_NOOP("Labels", "web page"), QT_TRANSLATE_NOOP("Labels", "full page capture"), QT_TRANSLATE_NOOP("Labels", "pdf"),
    QT_TRANSLATE_NOOP("Labels", "media"), QT_TRANSLATE_NOOP("Labels", "scan"), QT_TRANSLATE_NOOP("Labels", "translation"),
    QT_TRANSLATE_NOOP("Labels", "organiser"), QT_TRANSLATE_NOOP("Labels", "participant"), QT_TRANSLATE_NOOP("Labels", "speaker"),
    QT_TRANSLATE_NOOP("Labels", "victim"), QT_TRANSLATE_NOOP("Labels", "perpetrator"), QT_TRANSLATE_NOOP("Labels", "authority"),
    QT_TRANSLATE_NOOP("Labels", "witness"), QT_TRANSLATE_NOOP("Labels", "intervening party"),
    QT_TRANSLATE_NOOP("Labels", "protest"), QT_TRANSLATE_NOOP("Labels", "petition"), QT_TRANSLATE_NOOP("Labels", "detention"),
    QT_TRANSLATE_NOOP("Labels", "killing"), QT_TRANSLATE_NOOP("Labels", "torture"), QT_TRANSLATE_NOOP("Labels", "statement"),
    QT_TRANSLATE_NOOP("Labels", "evacuation"), QT_TRANSLATE_NOOP("Labels", "visa granted"), QT_TRANSLATE_NOOP("Labels", "report"),
    QT_TRANSLATE_NOOP("Labels", "investigation"),
    QT_TRANSLATE_NOOP("Labels", "Completely reliable"), QT_TRANSLATE_NOOP("Labels", "Usually reliable"),
    QT_TRANSLATE_NOOP("Labels", "Fairly reliable"), QT_TRANSLATE_NOOP("Labels", "Not usually reliable"),
    QT_TRANSLATE_NOOP("Labels", "Unreliable"), QT_TRANSLATE_NOOP("Labels", "Reliability cannot be judged"),
    QT_TRANSLATE_NOOP("Labels", "Confirmed by other sources"), QT_TRANSLATE_NOOP("Labels", "Probably true"),
    QT_TRANSLATE_NOOP("Labels", "Possibly true"), QT_TRANSLATE_NOOP("Labels", "Doubtful"), QT_TRANSLATE_NOOP("Labels", "Improbable"),
    QT_TRANSLATE_NOOP("Labels", "Truth cannot be judged"),
    QT_TRANSLATE_NOOP("Labels", "Photo or video"), QT_TRANSLATE_NOOP("Labels", "Social-media post"),
    QT_TRANSLATE_NOOP("Labels", "State body"),
)
"""Every stored code's English words (as :func:`db.field_labels.words` writes them) and the
Admiralty scales, listed for lupdate; :func:`words` translates them where shown."""
KNOWN_CODES = frozenset(
    field_labels.words(code) for codes in (
        models.STATUSES, models.LOCATION_PRECISIONS, models.SENSITIVITIES, models.ACTOR_KINDS, models.SOURCE_KINDS,
        models.STANCES, models.QUALIFIERS, models.LOCATOR_TYPES, models.ATTACHMENT_KINDS, models.ROLES,
        DEFAULT_TERMS["event_type"],
    ) for code in codes
)  # fmt: skip


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def words(value: Any) -> str:
    """A stored code as words in the interface language: ``news_article`` → "news article"
    (a code the user made up is shown as it is)."""
    english = field_labels.words(value)
    return _tr(english) if english in KNOWN_CODES else english


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def choices(values: tuple[Any, ...]) -> list[tuple[Any, str]]:
    """(value, label) pairs for a combo box over a fixed list of codes."""
    out: list[tuple[Any, str]] = []
    for value in values:
        special = field_labels.SPECIAL_WORDS.get(value) if value is not None else None
        label = "—" if value is None else _tr(special) if special else _capitalized(words(value))
        out.append((value, label))
    return out


def reliability_choices() -> list[tuple[str | None, str]]:
    none = QCoreApplication.translate("Labels", "— not graded")
    return [(None, none)] + [(g, f"{g} — {_tr(field_labels.RELIABILITY[g])}") for g in models.RELIABILITY_GRADES]


def credibility_choices() -> list[tuple[int | None, str]]:
    none = QCoreApplication.translate("Labels", "— not graded")
    return [(None, none)] + [(g, f"{g} — {_tr(field_labels.CREDIBILITY[g])}") for g in models.CREDIBILITY_GRADES]


def reliability_words(grade: str) -> str:
    return _tr(field_labels.RELIABILITY[grade])


class _Counted(QObject):
    """Counted phrases with Qt's plural forms. A leaf class on purpose: PySide's ``tr()`` takes
    its context from the instance's own class, so a subclass would lose the translations."""

    def phrase(self, key: str, n: int) -> str:
        phrases = {
            "events": lambda: self.tr("%n event(s)", "", n),
            "dated_events": lambda: self.tr("%n dated event(s)", "", n),
            "independent_sources": lambda: self.tr("%n independent source(s) graded A–C", "", n),
            "bytes": lambda: self.tr("%n byte(s)", "", n),
            "records": lambda: self.tr("%n record(s)", "", n),
            "rows": lambda: self.tr("%n row(s)", "", n),
            "fields": lambda: self.tr("%n field(s)", "", n),
            "days": lambda: self.tr("%n day(s)", "", n),
            "selected": lambda: self.tr("%n selected", "", n),
            "more_events": lambda: self.tr("%n more event(s) here; click to list them", "", n),
            "more": lambda: self.tr("%n more: zoom in", "", n),
            "withheld": lambda: self.tr("%n item(s) were withheld by the redaction profile.", "", n),
            "backups": lambda: self.tr("%n backup(s)", "", n),
            "conflicts": lambda: self.tr("Conflicts (%n)", "", n),
            "duplicates": lambda: self.tr("Possible duplicates (%n)", "", n),
            "sources": lambda: self.tr("%n source(s)", "", n),
            "attachments": lambda: self.tr("%n attachment file(s)", "", n),
            "log_entries": lambda: self.tr("%n change-log entry(ies)", "", n),
        }
        return phrases[key]()


_counted: _Counted | None = None


def counted(key: str, n: int) -> str:
    """``counted("events", 2)`` → "2 events", in the interface language with its plural forms."""
    global _counted
    if _counted is None:
        _counted = _Counted()
    return _counted.phrase(key, n)


STATUS_HELP = {
    "confirmed": QT_TRANSLATE_NOOP("Labels", "Confirmed: established by reliable, independent sources."),
    "likely": QT_TRANSLATE_NOOP("Labels", "Likely: credible sources support it; not yet confirmed."),
    "possible": QT_TRANSLATE_NOOP("Labels", "Possible: some support, but weak or single-sourced."),
    "unlikely": QT_TRANSLATE_NOOP("Labels", "Unlikely: the weight of the sources is against it."),
    "unknown": QT_TRANSLATE_NOOP("Labels", "Unknown: not yet assessed."),
}
"""HURIDOCS verification status, as tooltips."""

RELATIONS = {
    ("part_of", True): QT_TRANSLATE_NOOP("Labels", "part of"),
    ("part_of", False): QT_TRANSLATE_NOOP("Labels", "has part"),
    ("precedes", True): QT_TRANSLATE_NOOP("Labels", "precedes"),
    ("precedes", False): QT_TRANSLATE_NOOP("Labels", "follows"),
    ("causes", True): QT_TRANSLATE_NOOP("Labels", "causes"),
    ("causes", False): QT_TRANSLATE_NOOP("Labels", "caused by"),
    ("response_to", True): QT_TRANSLATE_NOOP("Labels", "response to"),
    ("response_to", False): QT_TRANSLATE_NOOP("Labels", "answered by"),
}
"""How a relation reads from the shown event: (type, shown event is the 'from' end) → words."""


def count(number: int | None) -> str:
    """A count exactly as stored, with thousands separators: 44700 → "44,700"."""
    return "" if number is None else f"{number:,}"


def figure_text(minimum: int | None, maximum: int | None, unit: str, qualifier: str) -> str:
    """ "44,700 signatures", "about 100 men", "at least 40 men saved", "200–1,000 people"."""
    if minimum is not None and maximum is not None and minimum != maximum:
        amount = f"{count(minimum)}–{count(maximum)}"
    else:
        amount = count(minimum if minimum is not None else maximum)
    prefix = "" if qualifier == "exactly" else words(qualifier) + " "  # translated qualifier; the unit is data
    return f"{prefix}{amount} {unit}".strip()




def human_size(size: int) -> str:
    """File size for people (SI units, as file managers show them): 532 bytes, 44.7 kB, 3.1 MB."""
    if size < 1000:
        return counted("bytes", size)
    value = float(size)
    for unit in ("kB", "MB", "GB", "TB"):
        value /= 1000
        if value < 1000 or unit == "TB":
            return f"{value:.1f} {unit}"
    raise AssertionError("unreachable")


def attachment_kind(media_type: str) -> str:
    """A first guess at an attachment's kind from its media type (the user can change it)."""
    if media_type == "application/pdf":
        return "pdf"
    if media_type in ("text/html", "application/xhtml+xml"):
        return "web_page"
    if media_type.split("/")[0] in ("image", "audio", "video"):
        return "media"
    return "other"
