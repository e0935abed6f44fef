"""What the printed report says: sections, events, dates, footnotes, scripts, hostile text,
TLP marking, redaction everywhere (text, outline, metadata)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

import pytest
from report_demo import (
    ARABIC_PARAGRAPH,
    ARABIC_TITLE,
    CHECHEN,
    CYRILLIC,
    HOSTILE_TEXT,
    HOSTILE_TITLE,
    LONG_TOKEN,
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
from report_pdf import DOSSIER_SECTIONS, Pdf, nospace

from db.report_data import ReportData
from db.redaction import redact

CASE_TITLE = "Campaigns against the purge of gay men in Chechnya"

Build = Callable[..., Pdf]


def test_dossier_sections_in_order(build: Build) -> None:
    pdf = build()
    top = [title for level, title in pdf.outline() if level == 0]
    assert top == DOSSIER_SECTIONS
    pages = pdf.outline_pages()
    assert [p for _level, _title, p in pages] == sorted(p for _l, _t, p in pages)
    for level, title, page in pages:
        if level == 0 and title != "Cover":
            assert title in pdf.pages[page], (title, page)
    contents = pdf.pages[1]
    for level, title, page in pages:
        if level == 0 and title not in ("Cover", "Contents"):
            assert re.search(re.escape(title) + rf"\s*{page + 1}\b", contents), title


def test_brief_is_short_and_has_its_sections(build: Build) -> None:
    pdf = build(template="brief")
    assert 2 <= len(pdf.pages) <= 4
    top = [title for level, title in pdf.outline() if level == 0]
    assert top == ["Cover", "Executive summary", "Key findings", "Chronology", "Sources"]
    assert "Events in detail" not in pdf.text


def test_dossier_page_count_is_sane(build: Build, demo_data: ReportData) -> None:
    pdf = build()
    assert 8 <= len(pdf.pages) <= 30
    assert pdf.reader.pages[0].mediabox.width == pytest.approx(595.28, abs=0.1)
    assert build(paper="Letter").reader.pages[0].mediabox.width == pytest.approx(612)


def test_every_event_with_its_date(build: Build, demo_data: ReportData) -> None:
    """Dates are printed in words; the dossier's narratives add the stored EDTF notation."""
    printed = redact(demo_data, "standard").data.events
    for template in ("brief", "dossier"):
        pdf = build(template=template)
        for event in printed:
            if template == "dossier":
                assert nospace(f"EDTF: {event.date_text}") in pdf.flat, event.date_text
            assert pdf.contains(event.date_human), (template, event.date_human)
            assert pdf.contains(event.title), (template, event.title)
    outline_titles = [t for level, t in build().outline() if level == 1]
    assert len(outline_titles) == len(printed)
    assert outline_titles[0].startswith("1. ")


def test_chronology_lists_rows_in_order_with_footnote_numbers(build: Build,
                                                             demo_data: ReportData) -> None:
    pdf = build(template="brief")
    text = pdf.text[pdf.text.rfind("Chronology"):pdf.text.rfind("Sources")]
    flat = nospace(text)
    printed = redact(demo_data, "standard").data.events
    cursor = 0
    for event in printed:
        if event.title in (HOSTILE_TITLE,) or any("\u0600" <= c <= "\u06ff" for c in event.title):
            continue
        where = flat.find(nospace(event.title), cursor)
        assert where >= cursor, event.title
        cursor = where
    assert re.search(r"\[\d+\]", text)


def test_footnotes_match_the_bibliography(build: Build, demo_data: ReportData) -> None:
    data = redact(demo_data, "standard").data
    numbers: dict[str, int] = {}
    for event in data.events:
        for citation in event.citations:
            numbers.setdefault(citation.source_uid, len(numbers) + 1)
    pdf = build()
    annex = plain(pdf.text[pdf.text.rfind("Annex B — Sources"):pdf.text.rfind("Annex C")])
    listed = [int(n) for n in re.findall(r"\[(\d+)\]", annex)]
    assert listed == list(range(1, len(numbers) + 1))
    by_uid = data.source_by_uid
    for uid, n in numbers.items():
        entry = annex[annex.index(f"[{n}]"):]
        nxt = entry.find(f"[{n + 1}]")
        entry = entry[: nxt if nxt > 0 else None]
        assert plain(by_uid[uid].title) in entry, (n, by_uid[uid].title)
    narratives = plain(pdf.text[pdf.text.rfind("Events in detail"):pdf.text.rfind("Annex A")])
    for event in data.events:
        for citation in event.citations:
            n = numbers[citation.source_uid]
            title = plain(by_uid[citation.source_uid].title)
            assert re.search(re.escape(f"[{n}]") + r".{0,80}?" + re.escape(title[:20]),
                             narratives), (n, event.title)


def plain(text: str) -> str:
    return nospace(unicodedata.normalize("NFKC", text))


def test_locators_and_quotes(build: Build) -> None:
    pdf = build()
    assert "p. 1" in pdf.text and "para. 3" in pdf.text
    assert "Это не убийство, это спасение чести" in pdf.text
    assert "It is not a killing, it is saving honour" in pdf.text
    assert UNPRINTABLE_QUOTE not in pdf.text


def test_competing_figures_side_by_side(build: Build) -> None:
    text = build().text
    assert "44,700 signatures" in text
    assert "100 men detained" in text and "0 men detained" in text
    assert "The figures disagree." in text
    assert re.search(r"40–45 men evacuated\s+about\s+\[\d+\] PinkNews", text)


def test_cyrillic_chechen_and_arabic_are_printed(build: Build) -> None:
    pdf = build()
    assert CYRILLIC in pdf.text
    assert pdf.contains(CHECHEN) and "Ӏ" in pdf.text
    assert pdf.contains(ARABIC_TITLE)
    assert any("\ufe70" <= c <= "\ufefc" for c in pdf.text), "Arabic letters are joined"
    first_line = " ".join(ARABIC_PARAGRAPH.split()[:5])
    assert pdf.contains(first_line)


def test_hostile_strings_print_literally(build: Build) -> None:
    pdf = build()
    assert pdf.contains(HOSTILE_TITLE)
    assert pdf.contains(HOSTILE_TEXT)
    assert "©" not in pdf.text
    assert LONG_TOKEN in pdf.body_flat("Rights Watch Collective · " + CASE_TITLE)


def test_tlp_label_on_every_page(build: Build) -> None:
    for options in ({}, {"template": "brief"}, {"tlp": "RED"}):
        pdf = build(**options)
        label = f"TLP:{options.get('tlp', 'AMBER')}"
        for number, page in enumerate(pdf.pages, 1):
            assert page.count(label) >= 2, (options, number)


def test_page_x_of_y(build: Build) -> None:
    pdf = build()
    total = len(pdf.pages)
    for number, page in enumerate(pdf.pages, 1):
        assert re.search(rf"Page {number} of\s*{total}\b", page), number


REDACTED = (PROTECTED_NAME, PROTECTED_ORIGINAL, PROTECTED_ALIAS, SECRET_PSEUDONYM_NAME,
            SENSITIVE_EVENT, SENSITIVE_SOURCE, UNPRINTABLE_QUOTE, "SENSITIVE", "Zaurov")


@pytest.mark.parametrize("profile", ["standard", "strict"])
def test_redacted_strings_appear_nowhere(build: Build, profile: str) -> None:
    for template in ("brief", "dossier"):
        pdf = build(template=template, redaction=profile, title=f"Brief on {PROTECTED_NAME}")
        needles = REDACTED + ((PRIVATE_NOTE, SAFE_HOUSE, "Lenina") if profile == "strict" else ())
        outline = " ".join(t for _l, t in pdf.outline())
        meta = " ".join(pdf.metadata().values())
        for needle in needles:
            assert nospace(needle) not in pdf.flat, (profile, needle)
            assert needle not in outline, (profile, needle)
            assert needle not in meta, (profile, needle)
            assert needle.encode("utf-8") not in pdf.data, (profile, needle)
        assert "Witness A" in pdf.text
        assert pdf.metadata()["/Title"] == "Brief on Witness A"


def test_redaction_statement(build: Build) -> None:
    standard = nospace_keep(build().text)  # 1 event, 1 source and the private notes
    assert "7 items were withheld under the Standard profile (1 event, 1 source, 5 notes)" in standard
    strict = nospace_keep(build(redaction="strict").text)
    assert "under the Strict profile" in strict and "coarsened" in strict
    none = build(redaction="none")
    assert "No redaction was applied" in nospace_keep(none.text)
    assert PROTECTED_NAME in nospace_keep(none.text)


def nospace_keep(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_grades_and_method_legends(build: Build) -> None:
    text = nospace_keep(build().text)
    for needle in ("Completely reliable", "Truth cannot be judged", "confirmed", "c. 2017",
                   "before June 2017", "from 1 April 2017 onwards", "April 2017 (day unknown)",
                   "Limitations", "B1", "A1"):
        assert needle in text, needle


def test_sections_can_be_switched_off(build: Build) -> None:
    pdf = build(sections=("cover", "chronology"))
    assert [t for level, t in pdf.outline() if level == 0] == ["Cover", "Chronology"]
    assert "Key findings" not in pdf.text and "Annex" not in pdf.text
    assert "Since Novaya Gazeta revealed" in nospace_keep(pdf.text)  # summary moves to cover


def test_integrity_annex_lists_cited_attachment_hashes(build: Build,
                                                       demo_data: ReportData) -> None:
    pdf = build()
    data = redact(demo_data, "standard").data
    for source in data.sources:
        for attachment in source.attachments:
            assert attachment.sha256 in pdf.flat
            assert attachment.sha256[:12] in pdf.flat
    assert demo_data.fingerprint in pdf.flat
    withheld = next(s for s in demo_data.sources if s.sensitivity == "sensitive")
    assert withheld.attachments[0].sha256 not in pdf.flat
