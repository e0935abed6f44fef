"""Tooltips of the form fields that are not self-explanatory, by (table, field).

Applied by :meth:`FormBase.bind` to the field's editor (unless it set its own) and caption,
so the forms stay layout only. GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

_TIPS: dict[tuple[str, str], str] = {
    ("event", "date_text"): QT_TRANSLATE_NOOP("FieldTips", "As the source gives it: 1 April 2017, April 2017, c. 2017, 1–3 April 2017, before June 2017, spring 2017. What you type is kept; Casefile shows how it read it."),
    ("event", "place"): QT_TRANSLATE_NOOP("FieldTips", "Where it happened. Type to pick a place; a new name creates one."),
    ("event", "location_precision"): QT_TRANSLATE_NOOP("FieldTips", "How precisely the place is known: exact site, its vicinity, the town, the region or only the country. The Strict redaction profile coarsens exact sites."),
    ("event", "event_type"): QT_TRANSLATE_NOOP("FieldTips", "What kind of event (protest, petition, detention…). Type a new type to add it to the list."),
    ("event", "status"): QT_TRANSLATE_NOOP("FieldTips", "HURIDOCS verification status: how far the sources establish the event."),
    ("event", "disputed"): QT_TRANSLATE_NOOP("FieldTips", "The accounts of this event conflict (e.g. competing figures); reports say so."),
    ("event", "sensitivity"): QT_TRANSLATE_NOOP("FieldTips", "A sensitive event is left out of reports under the Standard and Strict redaction profiles."),
    ("event", "day_order"): QT_TRANSLATE_NOOP("FieldTips", "Orders events of the same day: lower numbers come first."),
    ("event", "notes"): QT_TRANSLATE_NOOP("FieldTips", "For you and your team: never printed unless a report includes analyst notes."),
    ("source", "kind"): QT_TRANSLATE_NOOP("FieldTips", "What the source is: news article, NGO report, official document, testimony…"),
    ("source", "title_translated"): QT_TRANSLATE_NOOP("FieldTips", "The title in the report's language, when the original is in another."),
    ("source", "outlet"): QT_TRANSLATE_NOOP("FieldTips", "Who published it (a newspaper, an NGO…), kept as an actor. Type to pick one; a new name creates it."),
    ("source", "published"): QT_TRANSLATE_NOOP("FieldTips", "When it was published; uncertain dates are fine (April 2017, c. 2017)."),
    ("source", "language"): QT_TRANSLATE_NOOP("FieldTips", "The language of the source as a BCP 47 tag: en, ru, ar, ce (Chechen)…"),
    ("source", "archived_url"): QT_TRANSLATE_NOOP("FieldTips", "A lasting copy of the page (e.g. the Wayback Machine), in case the original goes."),
    ("source", "retrieved_at"): QT_TRANSLATE_NOOP("FieldTips", "When the source was retrieved or captured, in UTC."),
    ("source", "collected_by"): QT_TRANSLATE_NOOP("FieldTips", "Who collected the source (chain of custody). Private: printed only with analyst notes."),
    ("source", "archive_location"): QT_TRANSLATE_NOOP("FieldTips", "Where a paper or physical original is kept: archive, box, shelf mark."),
    ("source", "reliability"): QT_TRANSLATE_NOOP("FieldTips", "Admiralty source reliability: A completely reliable … E unreliable, F cannot be judged."),
    ("source", "reliability_rationale"): QT_TRANSLATE_NOOP("FieldTips", "Why this grade: the source's record, access, independence."),
    ("source", "notes"): QT_TRANSLATE_NOOP("FieldTips", "For you and your team: never printed unless a report includes analyst notes."),
    ("source", "sensitivity"): QT_TRANSLATE_NOOP("FieldTips", "A sensitive source (e.g. a protected witness) is left out of redacted reports, with what rests on it."),
    ("actor", "kind"): QT_TRANSLATE_NOOP("FieldTips", "Person, organisation, group or state body."),
    ("actor", "name_original"): QT_TRANSLATE_NOOP("FieldTips", "The name in its own script, e.g. Новая газета; searched like the name."),
    ("actor", "aliases"): QT_TRANSLATE_NOOP("FieldTips", "Other names and spellings, separated by ;. Search finds them, and redaction replaces them too."),
    ("actor", "protected"): QT_TRANSLATE_NOOP("FieldTips", "A protected person is never named in redacted reports: the pseudonym is printed instead."),
    ("actor", "pseudonym"): QT_TRANSLATE_NOOP("FieldTips", "Printed instead of a protected person's name, e.g. Witness A. Empty: Casefile assigns one."),
    ("place", "local_name"): QT_TRANSLATE_NOOP("FieldTips", "The name in the local language and script, e.g. Грозный."),
    ("place", "country"): QT_TRANSLATE_NOOP("FieldTips", "The two-letter ISO 3166 code, e.g. RU, GB, US."),
    ("place", "latitude"): QT_TRANSLATE_NOOP("FieldTips", "Decimal degrees, north positive (e.g. 43.3178). Dropped by the Strict redaction profile."),
    ("place", "longitude"): QT_TRANSLATE_NOOP("FieldTips", "Decimal degrees, east positive (e.g. 45.6949). Dropped by the Strict redaction profile."),
    ("place", "precision"): QT_TRANSLATE_NOOP("FieldTips", "How precise the coordinates are: exact site, vicinity, town, region or country."),
}  # fmt: skip


def tip(table: str, key: str) -> str:
    """The translated tooltip of a field, or "" for a self-explanatory one."""
    text = _TIPS.get((table, key), "")
    return QCoreApplication.translate("FieldTips", text) if text else ""


def apply(table: str, key: str, editor: QWidget, caption: QWidget) -> None:
    text = tip(table, key)
    if not text:
        return
    if not editor.toolTip():
        editor.setToolTip(text)
    caption.setToolTip(text)
