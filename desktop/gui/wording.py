"""Words for stored codes (statuses, kinds, roles, grades) in the interface language, and
counted phrases with proper plural forms ("1 event", "2 events"; Russian has three forms,
Arabic six). Low in the GUI's layers so commands and models can use it too.

The English words for stored codes live in :mod:`db.field_labels` (shared with the CLI); here
each known code's words are listed for Qt's translation and translated where shown. Codes the
user added (a new event type) are shown as they are.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QT_TRANSLATE_NOOP

from db import field_labels, models
from db.vocabulary import DEFAULT_TERMS

_CODE_WORDS = (
    QT_TRANSLATE_NOOP("Wording", "confirmed"), QT_TRANSLATE_NOOP("Wording", "likely"), QT_TRANSLATE_NOOP("Wording", "possible"),
    QT_TRANSLATE_NOOP("Wording", "unlikely"), QT_TRANSLATE_NOOP("Wording", "unknown"),
    QT_TRANSLATE_NOOP("Wording", "exact"), QT_TRANSLATE_NOOP("Wording", "vicinity"), QT_TRANSLATE_NOOP("Wording", "locality"),
    QT_TRANSLATE_NOOP("Wording", "region"), QT_TRANSLATE_NOOP("Wording", "country"),
    QT_TRANSLATE_NOOP("Wording", "normal"), QT_TRANSLATE_NOOP("Wording", "sensitive"),
    QT_TRANSLATE_NOOP("Wording", "person"), QT_TRANSLATE_NOOP("Wording", "organisation"), QT_TRANSLATE_NOOP("Wording", "group"),
    QT_TRANSLATE_NOOP("Wording", "state body"),
    QT_TRANSLATE_NOOP("Wording", "news article"), QT_TRANSLATE_NOOP("Wording", "NGO report"),
    QT_TRANSLATE_NOOP("Wording", "official document"), QT_TRANSLATE_NOOP("Wording", "testimony"),
    QT_TRANSLATE_NOOP("Wording", "social media post"), QT_TRANSLATE_NOOP("Wording", "photo video"),
    QT_TRANSLATE_NOOP("Wording", "legal filing"), QT_TRANSLATE_NOOP("Wording", "other"),
    QT_TRANSLATE_NOOP("Wording", "supports"), QT_TRANSLATE_NOOP("Wording", "contradicts"),
    QT_TRANSLATE_NOOP("Wording", "exactly"), QT_TRANSLATE_NOOP("Wording", "about"), QT_TRANSLATE_NOOP("Wording", "at least"),
    QT_TRANSLATE_NOOP("Wording", "at most"),
    QT_TRANSLATE_NOOP("Wording", "page"), QT_TRANSLATE_NOOP("Wording", "paragraph"), QT_TRANSLATE_NOOP("Wording", "timecode"),
    QT_TRANSLATE_NOOP("Wording", "section"),
    QT_TRANSLATE_NOOP("Wording", "web page"), QT_TRANSLATE_NOOP("Wording", "full page capture"), QT_TRANSLATE_NOOP("Wording", "pdf"),
    QT_TRANSLATE_NOOP("Wording", "media"), QT_TRANSLATE_NOOP("Wording", "scan"), QT_TRANSLATE_NOOP("Wording", "translation"),
    QT_TRANSLATE_NOOP("Wording", "organiser"), QT_TRANSLATE_NOOP("Wording", "participant"), QT_TRANSLATE_NOOP("Wording", "speaker"),
    QT_TRANSLATE_NOOP("Wording", "victim"), QT_TRANSLATE_NOOP("Wording", "perpetrator"), QT_TRANSLATE_NOOP("Wording", "authority"),
    QT_TRANSLATE_NOOP("Wording", "witness"), QT_TRANSLATE_NOOP("Wording", "intervening party"),
    QT_TRANSLATE_NOOP("Wording", "protest"), QT_TRANSLATE_NOOP("Wording", "petition"), QT_TRANSLATE_NOOP("Wording", "detention"),
    QT_TRANSLATE_NOOP("Wording", "killing"), QT_TRANSLATE_NOOP("Wording", "torture"), QT_TRANSLATE_NOOP("Wording", "statement"),
    QT_TRANSLATE_NOOP("Wording", "evacuation"), QT_TRANSLATE_NOOP("Wording", "visa granted"), QT_TRANSLATE_NOOP("Wording", "report"),
    QT_TRANSLATE_NOOP("Wording", "investigation"),
    QT_TRANSLATE_NOOP("Wording", "Completely reliable"), QT_TRANSLATE_NOOP("Wording", "Usually reliable"),
    QT_TRANSLATE_NOOP("Wording", "Fairly reliable"), QT_TRANSLATE_NOOP("Wording", "Not usually reliable"),
    QT_TRANSLATE_NOOP("Wording", "Unreliable"), QT_TRANSLATE_NOOP("Wording", "Reliability cannot be judged"),
    QT_TRANSLATE_NOOP("Wording", "Confirmed by other sources"), QT_TRANSLATE_NOOP("Wording", "Probably true"),
    QT_TRANSLATE_NOOP("Wording", "Possibly true"), QT_TRANSLATE_NOOP("Wording", "Doubtful"), QT_TRANSLATE_NOOP("Wording", "Improbable"),
    QT_TRANSLATE_NOOP("Wording", "Truth cannot be judged"),
    QT_TRANSLATE_NOOP("Wording", "Photo or video"), QT_TRANSLATE_NOOP("Wording", "Social-media post"),
    QT_TRANSLATE_NOOP("Wording", "State body"),
    QT_TRANSLATE_NOOP("Wording", "event"), QT_TRANSLATE_NOOP("Wording", "source"), QT_TRANSLATE_NOOP("Wording", "actor"),
    QT_TRANSLATE_NOOP("Wording", "place"), QT_TRANSLATE_NOOP("Wording", "citation"), QT_TRANSLATE_NOOP("Wording", "figure"),
    QT_TRANSLATE_NOOP("Wording", "involvement"), QT_TRANSLATE_NOOP("Wording", "event relation"),
    QT_TRANSLATE_NOOP("Wording", "attachment"), QT_TRANSLATE_NOOP("Wording", "tag"), QT_TRANSLATE_NOOP("Wording", "case file"),
)
"""Every stored code's English words (as :func:`db.field_labels.words` writes them) and the
Admiralty scales, listed for lupdate; :func:`words` translates them where shown."""
TABLE_NOUNS = ("event", "source", "actor", "place", "citation", "figure", "involvement", "event_relation", "attachment",
               "tag", "case_file")  # fmt: skip
"""Record tables, named in undo steps ("New event") and messages."""
KNOWN_CODES = frozenset(
    field_labels.words(code) for codes in (
        models.STATUSES, models.LOCATION_PRECISIONS, models.SENSITIVITIES, models.ACTOR_KINDS, models.SOURCE_KINDS,
        models.STANCES, models.QUALIFIERS, models.LOCATOR_TYPES, models.ATTACHMENT_KINDS, models.ROLES,
        DEFAULT_TERMS["event_type"], TABLE_NOUNS,
    ) for code in codes
)  # fmt: skip


def _tr(text: str) -> str:
    return QCoreApplication.translate("Wording", text)


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
    none = QCoreApplication.translate("Wording", "— not graded")
    return [(None, none)] + [(g, f"{g} — {_tr(field_labels.RELIABILITY[g])}") for g in models.RELIABILITY_GRADES]


def credibility_choices() -> list[tuple[int | None, str]]:
    none = QCoreApplication.translate("Wording", "— not graded")
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
            "more_events": lambda: self.tr("%n more event(s) here; click to list them", "", n),
            "more": lambda: self.tr("%n more: zoom in", "", n),
            "withheld": lambda: self.tr("%n item(s) were withheld by the redaction profile.", "", n),
            "backups": lambda: self.tr("%n backup(s)", "", n),
            "purged": lambda: self.tr("Purged %n record(s)", "", n),
            "erased": lambda: self.tr("erased the values of %n change-log entry(ies)", "", n),
            "rewrote": lambda: self.tr("rewrote %n backup(s)", "", n),
            "conflicts": lambda: self.tr("Conflicts (%n)", "", n),
            "duplicates": lambda: self.tr("Possible duplicates (%n)", "", n),
            "sources": lambda: self.tr("%n source(s)", "", n),
            "actors": lambda: self.tr("%n actor(s)", "", n),
            "places": lambda: self.tr("%n place(s)", "", n),
            "of_events": lambda: self.tr("%1 of %n event(s)", "", n),
            "of_sources": lambda: self.tr("%1 of %n source(s)", "", n),
            "of_actors": lambda: self.tr("%1 of %n actor(s)", "", n),
            "of_places": lambda: self.tr("%1 of %n place(s)", "", n),
            "delete_events": lambda: self.tr("Delete %n event(s)?", "", n),
            "delete_sources": lambda: self.tr("Delete %n source(s)?", "", n),
            "delete_actors": lambda: self.tr("Delete %n actor(s)?", "", n),
            "delete_places": lambda: self.tr("Delete %n place(s)?", "", n),
            "selected_events": lambda: self.tr("%n event(s) selected", "", n),
            "selected_sources": lambda: self.tr("%n source(s) selected", "", n),
            "selected_actors": lambda: self.tr("%n actor(s) selected", "", n),
            "selected_places": lambda: self.tr("%n place(s) selected", "", n),
            "cite_sources": lambda: self.tr("Cite %n source(s)", "", n),
            "new_sources_drop": lambda: self.tr("New source(s) from a drop: %n", "", n),
            "cannot_move": lambda: self.tr("“%1” cannot move by %n day(s): edit the date in the form", "", n),
            "may_fall": lambda: self.tr("%n event(s) may fall on %1; click to zoom in", "", n),
            "used_by": lambda: self.tr("Used by %n event(s)", "", n),
            "cited_by": lambda: self.tr("Cited by %n event(s)", "", n),
            "merge_conflicts": lambda: self.tr("%n merge conflict(s)", "", n),
            "all_backups": lambda: self.tr("All %n of its backups are rewritten without it too (a purge that left copies would be no purge).", "", n),
            "attachments": lambda: self.tr("%n attachment file(s)", "", n),
            "citations": lambda: self.tr("%n citation(s)", "", n),
            "figures": lambda: self.tr("%n figure(s)", "", n),
            "involvements": lambda: self.tr("%n involvement(s)", "", n),
            "relations": lambda: self.tr("%n relation(s)", "", n),
            "tags": lambda: self.tr("%n tag(s)", "", n),
        }
        return phrases[key]()


_counted: _Counted | None = None


def counted(key: str, n: int) -> str:
    """``counted("events", 2)`` → "2 events", in the interface language with its plural forms."""
    global _counted
    if _counted is None:
        _counted = _Counted()
    text = _counted.phrase(key, n)
    # Qt writes %n without digit groups; the counts beside it ("%1 of …") have them: 3,000 of 3,000
    return text.replace(str(n), f"{n:,}", 1) if abs(n) >= 1000 else text


def plural_key(table: str) -> str:
    """The :func:`counted` key for a count of ``table`` records: "event" → "events"."""
    return {"event": "events", "source": "sources", "actor": "actors", "place": "places"}.get(table, "records")


ONE_RECORD = {
    "event": QT_TRANSLATE_NOOP("Wording", "the event “%1”"),
    "source": QT_TRANSLATE_NOOP("Wording", "the source “%1”"),
    "actor": QT_TRANSLATE_NOOP("Wording", "the actor “%1”"),
    "place": QT_TRANSLATE_NOOP("Wording", "the place “%1”"),
}
"""How a message names one record of each table (translated where shown)."""


def one_record(table: str, label: str) -> str:
    """ "the event “Vigil in Paris”", in the interface language."""
    return QCoreApplication.translate("Wording", ONE_RECORD.get(table, ONE_RECORD["event"])).replace("%1", label)
