"""Report wording keyed by language: English here, Russian and Arabic in their own modules
(:mod:`desktop.report.i18n_ru`, :mod:`desktop.report.i18n_ar`); add a language by adding a dict.

A counted phrase has one key per CLDR plural category the language needs: ``key`` is the
"other" form and ``key_one``, ``key_few``, ``key_many`` … the others (Russian needs ``_one``,
``_few`` and ``_many``; Arabic also ``_zero`` and ``_two``), chosen by
:func:`desktop.report.plural.plural_category`. Every form takes ``{n}``: in Russian "one" is
also 21 and 101.
"""

from __future__ import annotations

from typing import Any

from desktop.report.i18n_ar import AR, LEGENDS_AR
from desktop.report.i18n_ru import LEGENDS_RU, RU
from desktop.report.plural import plural_category

EN: dict[str, str] = {
    # sections
    "cover": "Cover",
    "contents": "Contents",
    "summary": "Executive summary",
    "findings": "Key findings",
    "method": "Method",
    "chronology": "Chronology",
    "timeline": "Timeline",
    "narratives": "Events in detail",
    "actors": "Annex A — Actors",
    "sources": "Annex B — Sources",
    "sources_brief": "Sources",
    "integrity": "Annex C — Integrity",
    "brief": "Briefing report",
    "dossier": "Dossier",
    # cover and running heads
    "page_of": "Page {page} of",
    "prepared_by": "Prepared by",
    "organisation": "Organisation",
    "report_date": "Report date",
    "report_id": "Report ID",
    "log_head": "Change-log head",
    "log_count": "{count} entries",
    "case": "Case",
    "redaction": "Redaction profile",
    "scope": "Scope",
    "coverage": "{events}, {span}",
    "no_events": "No event matches the scope of this report.",
    "list_sep": ", ",
    # summary
    "summary_counts": "This report covers {events} from {span}, backed by {sources}. "
    "Status: {statuses}.",
    "summary_counts_unsourced": "This report covers {events} from {span}. Status: {statuses}.",
    "summary_disputed": "{n} events are marked disputed.",
    "summary_disputed_one": "{n} event is marked disputed.",
    "summary_disagree": "Figures disagree in {n} events.",
    "summary_disagree_one": "Figures disagree in {n} event.",
    "no_summary": "The case has no summary.",
    # findings
    "findings_rule": "Key findings are the confirmed or likely events with the most independent "
    "corroboration (independent sources graded A–C that support them), listed by date. The grade "
    "combines the weakest reliability letter of the sources supporting the event with the best "
    "credibility digit given to a supporting citation (e.g. B2).",
    "no_findings": "No event in scope is confirmed or likely.",
    "finding_line": "Grade {grade} · {status} · {corroboration}",
    "corroborated": "corroborated by {n} independent sources",
    "corroborated_one": "corroborated by {n} independent source",
    "not_corroborated": "no independent corroboration",
    "grade": "Grade",
    # method
    "method_scope": "Scope and filters",
    "filter_case": "Case",
    "filter_dates": "Dates",
    "filter_tags": "Tags (any)",
    "filter_statuses": "Statuses",
    "filter_all": "all",
    "template": "Template",
    "sections_printed": "Sections",
    "fingerprint": "Archive fingerprint",
    "reliability_legend": "Source reliability (Admiralty code)",
    "credibility_legend": "Information credibility (Admiralty code)",
    "status_legend": "Verification status (HURIDOCS)",
    "date_legend": "Date notation",
    "date_written": "EDTF",
    "date_printed": "Printed as",
    "date_meaning": "Meaning",
    "limitations": "Limitations",
    "limitations_text": "The report shows the archive as it stood on the report date, within the "
    "scope above; an event missing from it may simply not have been documented. Grades are the "
    "analysts' assessments, not proof. Counts are printed exactly as each source reported them, "
    "never rounded or merged; competing figures are shown side by side. Quotes are printed only "
    "where the citation allows it.",
    "redaction_none": "No redaction was applied (profile: None). This report may name protected "
    "people and include sensitive records: handle it accordingly.",
    "redaction_done": "{n} items were withheld under the {profile} profile ({details}).",
    "redaction_done_one": "{n} item was withheld under the {profile} profile ({details}).",
    "server_withheld": "{n} sensitive records were withheld: the database user who built this report may not see them.",
    "server_withheld_one": "{n} sensitive record was withheld: the database user who built this report may not see it.",
    "redaction_people": "{n} protected actors appear under pseudonyms.",
    "redaction_people_one": "{n} protected actor appears under a pseudonym.",
    "redaction_places": "{n} places were coarsened to city or region and country.",
    "redaction_places_one": "{n} place was coarsened to city or region and country.",
    "quotes_unprintable": "{n} quotes were not printed because their citations do not allow it.",
    "quotes_unprintable_one": "{n} quote was not printed because its citation does not allow it.",
    "n_events": "{n} events", "n_events_one": "{n} event",
    "n_sources": "{n} sources", "n_sources_one": "{n} source",
    "n_citations": "{n} citations", "n_citations_one": "{n} citation",
    "n_figures": "{n} figures", "n_figures_one": "{n} figure",
    "n_actors": "{n} actors", "n_actors_one": "{n} actor",
    "n_notes": "{n} notes", "n_notes_one": "{n} note",
    "notes_left_out": "{n} private analyst notes were left out (they print only when asked for).",
    "notes_left_out_one": "{n} private analyst note was left out (notes print only when asked "
    "for).",
    "notes_included": "Private analyst notes are included, as requested.",
    "redaction_nothing": "Nothing needed withholding under the {profile} profile.",
    # chronology and chart
    "col_no": "No.",
    "col_date": "Date",
    "col_place": "Place",
    "col_event": "Event",
    "col_status": "Status",
    "col_sources": "Sources",
    "disputed": "disputed",
    "undated_not_drawn": "{n} undated events are not drawn.",
    "undated_not_drawn_one": "{n} undated event is not drawn.",
    "chart_counts": "{n} events are too many to draw one by one: bars count events by {unit}.",
    "chart_caption": "Each mark is an event (numbers as in the chronology); ranges and uncertain "
    "dates are drawn as bars over their possible span, open ends as arrows.",
    "month": "month",
    "year": "year",
    # narratives
    "date_edtf": "EDTF",
    "date_as_written": "As written",
    "place": "Place",
    "type": "Type",
    "status": "Status",
    "figures": "Figures",
    "figure": "Figure",
    "qualifier": "Qualifier",
    "reported_by": "Reported by",
    "figures_disagree": "The figures disagree.",
    "actors_involved": "Actors",
    "notes": "Analyst notes",
    "citations": "Sources",
    "translation": "Translation",
    "credibility": "credibility",
    "independent": "independent",
    "not_independent": "not independent",
    "contradicts": "contradicts the event",
    "no_sources": "No source in this report backs this event.",
    # annexes
    "col_name": "Name",
    "col_original": "Original script",
    "col_kind": "Kind",
    "col_events": "Events",
    "col_source": "Source",
    "col_lang": "Lang.",
    "col_grade": "Grade",
    "col_sha": "SHA-256",
    "col_file": "File",
    "col_size": "Size (bytes)",
    "published": "published",
    "accessed": "accessed",
    "archived": "archived",
    "by": "by",
    "no_actors": "No actor is linked to the events in this report.",
    "no_sources_listed": "No source is cited.",
    "no_file_attached": "No file is attached to any of these sources.",
    "integrity_text": "The archive fingerprint is the SHA-256 of a canonical JSON dump of every "
    "record selected for this report (before redaction), including the SHA-256 of each "
    "attachment; re-running the report on the same archive with the scope above gives the same "
    "fingerprint. The files below are the attachments of the cited sources.",
    "archive_uid": "Archive ID",
    "no_attachments": "No cited source has an attachment.",
}

STRINGS: dict[str, dict[str, str]] = {"en": EN, "ru": RU, "ar": AR}

LEGENDS_EN: dict[str, dict[str, str]] = {
    "reliability": {
        "A": "Completely reliable", "B": "Usually reliable", "C": "Fairly reliable",
        "D": "Not usually reliable", "E": "Unreliable", "F": "Reliability cannot be judged",
    },
    "credibility": {
        "1": "Confirmed by other sources", "2": "Probably true", "3": "Possibly true",
        "4": "Doubtful", "5": "Improbable", "6": "Truth cannot be judged",
    },
    "status": {
        "confirmed": "Established by reliable, independent sources.",
        "likely": "More probably true than not; corroboration incomplete.",
        "possible": "Credible but not corroborated.",
        "unlikely": "The evidence points against it.",
        "unknown": "Not yet assessed.",
        "disputed": "Flag: sources disagree about the event.",
    },
    "date": {
        "2017-04-01": "An exact day.",
        "2017-04": "Month known, day not.",
        "2017~": "Approximate (circa).",
        "2017?": "Uncertain: the source is not sure.",
        "2017-04-0X": "Unknown digits: some day from 1 to 9 April.",
        "2017-04-01/2017-04-03": "A range: the event spans or falls within these days.",
        "../2017-05": "Before: at some time up to May 2017.",
        "2017-04-01/..": "From … onwards: open end.",
        "": "No date recorded.",
    },
    "tlp": {
        "CLEAR": "Disclosure is not limited.",
        "GREEN": "Limited disclosure: recipients may share it within their community.",
        "AMBER": "Limited disclosure: recipients may share it on a need-to-know basis within "
        "their organisation and its clients.",
        "AMBER+STRICT": "Limited disclosure: recipients may share it only within their "
        "organisation.",
        "RED": "For the eyes and ears of individual recipients only; no further disclosure.",
    },
    "words": {
        "none": "None", "standard": "Standard", "strict": "Strict",
        "at_least": "at least", "at_most": "at most", "about": "about", "exactly": "exactly",
        "loc_page": "p.", "loc_paragraph": "para.", "loc_timecode": "at", "loc_section": "sec.",
        "loc_other": "",
    },
}

LEGENDS: dict[str, dict[str, dict[str, str]]] = {"en": LEGENDS_EN, "ru": LEGENDS_RU, "ar": LEGENDS_AR}


class Strings:
    """Headings and phrases of one language, falling back to English for missing keys."""

    def __init__(self, language: str = "en") -> None:
        self.language = language if language in STRINGS else "en"
        self._strings = {**EN, **STRINGS[self.language]}
        self._legends = {k: {**v, **LEGENDS.get(self.language, {}).get(k, {})}
                         for k, v in LEGENDS_EN.items()}

    def __call__(self, key: str, **values: Any) -> str:
        text = self._strings.get(key, key)
        return text.format(**values) if values else text

    def count(self, key: str, n: int, **values: Any) -> str:
        """A phrase about ``n`` things in the plural form the language uses for ``n``.

        The forms come from the language that has the phrase: a phrase missing from the
        report's language is English, in the form English uses for ``n``."""
        own = STRINGS[self.language]
        language, forms = (self.language, own) if key in own else ("en", EN)
        chosen = f"{key}_{plural_category(language, n)}"
        return self(chosen if chosen in forms else key, n=n, **values)

    def legend(self, kind: str) -> dict[str, str]:
        return self._legends[kind]

    def word(self, key: str) -> str:
        """A vocabulary term for people: known words translated, others with spaces."""
        return self._legends["words"].get(key, key.replace("_", " "))
