"""Redaction profiles as pure functions over ReportData."""

from __future__ import annotations

import json
from dataclasses import asdict

from report_demo import (
    PRIVATE_NOTE,
    PROTECTED_ALIAS,
    PROTECTED_NAME,
    PROTECTED_ORIGINAL,
    SAFE_HOUSE,
    SECRET_PSEUDONYM_NAME,
    SENSITIVE_EVENT,
    SENSITIVE_SOURCE,
    UNPRINTABLE_QUOTE,
)

from db.report_data import ReportData
from db.redaction import coarse_place, redact

WITHHELD_STANDARD = (PROTECTED_NAME, PROTECTED_ORIGINAL, PROTECTED_ALIAS, SECRET_PSEUDONYM_NAME,
                     SENSITIVE_EVENT, SENSITIVE_SOURCE, UNPRINTABLE_QUOTE, "interview-")


def dump(data: ReportData) -> str:
    return json.dumps(asdict(data), ensure_ascii=False)


def test_none_keeps_everything_but_unprintable_quotes(demo_data: ReportData) -> None:
    result = redact(demo_data, "none", include_notes=True)
    text = dump(result.data)
    for needle in (PROTECTED_NAME, SENSITIVE_EVENT, SENSITIVE_SOURCE, PRIVATE_NOTE):
        assert needle in text
    assert UNPRINTABLE_QUOTE not in text
    assert result.summary.withheld == 0
    assert result.summary.quotes_unprintable == 1


def test_standard_withholds_sensitive_records_and_names(demo_data: ReportData) -> None:
    result = redact(demo_data, "standard")
    text = dump(result.data)
    for needle in WITHHELD_STANDARD:
        assert needle not in text, needle
    assert PRIVATE_NOTE not in text  # private notes print only when asked for
    assert PRIVATE_NOTE in dump(redact(demo_data, "standard", include_notes=True).data)
    summary = result.summary
    assert summary.events == 1 and summary.sources == 1
    assert summary.pseudonymised == 2
    assert summary.withheld == summary.events + summary.sources + summary.citations + \
        summary.figures + summary.actors + summary.notes
    assert len(result.data.events) == len(demo_data.events) - 1


def test_pseudonyms_are_consistent(demo_data: ReportData) -> None:
    data = redact(demo_data, "standard").data
    protected = {a.uid: a.name for a in data.actors if a.protected}
    assert sorted(protected.values()) == ["Witness A", "Witness K"]  # stored pseudonym kept
    event = next(e for e in data.events if "describes his detention" in e.title)
    assert event.title == "Witness A describes his detention"
    assert "Witness A (Witness A), known as Witness A" in event.description
    assert data.case.summary.count("Witness A") == 1
    again = redact(demo_data, "standard").data
    assert {a.uid: a.name for a in again.actors if a.protected} == protected


def test_scrubbing_is_case_insensitive_and_whole_word(demo_data: ReportData) -> None:
    result = redact(demo_data, "standard")
    assert result.scrub(f"{PROTECTED_NAME.upper()} met {PROTECTED_ALIAS.lower()}") == \
        "Witness A met Witness A"
    assert result.scrub(f"X{PROTECTED_NAME}Y") == f"X{PROTECTED_NAME}Y"


def test_figures_resting_on_withheld_sources_go_too(demo_data: ReportData) -> None:
    data = redact(demo_data, "standard").data
    cited = {c.uid for e in data.events for c in e.citations}
    kept = {s.uid for s in data.sources}
    for event in data.events:
        assert all(c.source_uid in kept for c in event.citations)
        assert all(f.citation_uid is None or f.citation_uid in cited for f in event.figures)


def test_strict_drops_notes_and_coarsens_places(demo_data: ReportData) -> None:
    result = redact(demo_data, "strict")
    text = dump(result.data)
    for needle in (*WITHHELD_STANDARD, PRIVATE_NOTE, SAFE_HOUSE, "Researcher One", "Lenina"):
        assert needle not in text, needle
    places = [e.place for e in result.data.events if e.place]
    assert all(p.latitude is None and p.longitude is None for p in places)
    assert all(p.precision not in ("exact", "vicinity") for p in places)
    names = {p.name for p in places}
    assert {"Grozny, RU", "Madrid, ES", "London", "Chechnya"} <= names
    assert "Russian Embassy, Madrid" not in names
    assert result.summary.notes >= 3
    assert result.summary.places > 0


def test_coarse_place_prefers_city_then_region() -> None:
    from db.report_data import PlaceInfo

    exact = PlaceInfo("u", "Russian Embassy, Madrid", "", "ES", "", "Madrid", 40.4, -3.7, "exact")
    assert coarse_place(exact).name == "Madrid, ES"
    region = PlaceInfo("u", "Village", "", "RU", "Chechnya", "", None, None, "exact")
    assert coarse_place(region).name == "Chechnya, RU"
    assert coarse_place(region).precision == "region"


def test_redaction_does_not_change_the_input(demo_data: ReportData) -> None:
    before = dump(demo_data)
    redact(demo_data, "strict")
    assert dump(demo_data) == before


def test_dates_and_vocabularies_are_never_scrubbed(demo_data: ReportData) -> None:
    from dataclasses import replace

    actors = tuple(
        replace(a, aliases=(*a.aliases, "May", "confirmed")) if a.name == PROTECTED_NAME else a
        for a in demo_data.actors
    )
    result = redact(replace(demo_data, actors=actors), "standard")
    assert any(e.date_human == "May 2017" for e in result.data.events)
    assert any(e.status == "confirmed" for e in result.data.events)
    assert result.scrub("In May") == "In Witness A"  # free text is scrubbed all the same
