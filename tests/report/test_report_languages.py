"""Reports in Russian and Arabic: complete wording (no English left), plural forms of every
CLDR category, headings and dates in the report's language, Arabic pages right to left."""

from __future__ import annotations

import io
import re
import string
import unicodedata
from collections.abc import Callable
from itertools import groupby
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from report_pdf import Pdf, bbox_words, logical_words, pdftotext_pages
from reportlab.platypus import SimpleDocTemplate

from db.models import ACTOR_KINDS, ATTACHMENT_KINDS, LOCATION_PRECISIONS, LOCATOR_TYPES, QUALIFIERS, ROLES, SOURCE_KINDS, STATUSES
from db.report_data import ReportData
from db.date_words import strip_marks
from db.vocabulary import DEFAULT_TERMS
from desktop.report import ReportOptions, render
from desktop.report.i18n import EN, LEGENDS, LEGENDS_EN, STRINGS, Strings
from desktop.report.plural import plural_category
from desktop.report.styles import make_styles
from desktop.report.text import display, report_direction, rich

Build = Callable[..., Pdf]
CATEGORIES = {"ru": ("one", "few", "many"), "ar": ("zero", "one", "two", "few", "many")}
ARABIC = re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufefc]")


def _fields(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("language", ["ru", "ar"])
def test_every_english_phrase_has_a_translation_in_every_plural_form(language: str) -> None:
    own = STRINGS[language]
    assert set(EN) <= set(own), set(EN) - set(own)
    counted = {key for key in EN if f"{key}_one" in EN} | {"chart_counts", "summary_disputed", "summary_disagree"}
    for key in counted:
        for category in CATEGORIES[language]:
            assert f"{key}_{category}" in own, (key, category)
    for key, text in own.items():
        base = key.rsplit("_", 1)[0] if key.rsplit("_", 1)[-1] in CATEGORIES["ar"] else key
        english = EN.get(key, EN.get(base, ""))
        # a translation uses only the values the English phrase is given ("one" may say the number in words)
        assert _fields(text) <= _fields(english) | {"n"}, key
        text.format(**dict.fromkeys(_fields(english) | {"n"}, "1"))
    for kind, entries in LEGENDS_EN.items():
        assert set(entries) <= set(LEGENDS[language][kind]), (language, kind)


@pytest.mark.parametrize("language", ["ru", "ar"])
def test_every_stored_term_the_report_prints_is_translated(language: str) -> None:
    words = LEGENDS[language]["words"]
    terms = [*STATUSES, "disputed", "undated", *ACTOR_KINDS, *SOURCE_KINDS, *QUALIFIERS, *ROLES,
             *LOCATION_PRECISIONS, *ATTACHMENT_KINDS, *DEFAULT_TERMS["event_type"],
             *(f"loc_{t}" for t in LOCATOR_TYPES)]
    missing = [t for t in terms if t not in words]
    assert missing == []
    strings = Strings(language)
    assert all(strings.word(t) != t.replace("_", " ") or t in ("pdf",) for t in terms if words[t])


def test_russian_counted_phrases_in_each_category() -> None:
    ru = Strings("ru")
    assert [ru.count("n_events", n) for n in (1, 2, 5, 11, 21, 22, 25, 111)] == [
        "1 событие", "2 события", "5 событий", "11 событий", "21 событие", "22 события",
        "25 событий", "111 событий"]
    assert [ru.count("n_sources", n) for n in (1, 3, 12)] == ["1 источник", "3 источника", "12 источников"]
    assert ru.count("corroborated", 21) == "подтверждено 21 независимым источником"
    assert ru.count("summary_disputed", 2) == "2 события отмечены как спорные."
    assert ru.count("redaction_done", 5, profile="Стандартный", details="5 заметок") == \
        "По профилю «Стандартный» скрыто 5 элементов (5 заметок)."


def test_arabic_counted_phrases_in_each_category() -> None:
    ar = Strings("ar")
    assert {n: plural_category("ar", n) for n in (0, 1, 2, 3, 11, 100)} == {
        0: "zero", 1: "one", 2: "two", 3: "few", 11: "many", 100: "other"}
    assert [ar.count("n_events", n) for n in (0, 1, 2, 3, 10, 11, 99, 100, 103)] == [
        "لا أحداث", "حدث واحد", "حدثان", "3 أحداث", "10 أحداث", "11 حدثًا", "99 حدثًا", "100 حدث", "103 أحداث"]
    assert ar.count("corroborated", 2) == "يؤيده مصدران مستقلان"
    assert ar.count("n_sources", 20) == "20 مصدرًا"


def test_brief_headings_and_dates_in_russian(build: Build) -> None:
    pdf = build(template="brief", language="ru")
    text = pdf.text
    for heading in ("Аналитическая справка", "Краткое изложение", "Основные выводы", "Хронология",
                    "Источники", "Дата отчёта", "Номер отчёта", "Страница 1 из"):
        assert heading in text, heading
    assert "1 апреля 2017" in text and "апрель 2017" in text  # a day (genitive), a month alone
    assert "около апреля 2017" in text  # 2017-04~, the genitive after "около"
    for english in ("Executive summary", "Key findings", "Chronology", "Report date", "Page 1 of",
                    "Briefing report", "corroborated by"):
        assert english not in text, english
    assert "Хронология" in pdftotext_pages_of(pdf)  # another reader agrees


def pdftotext_pages_of(pdf: Pdf) -> str:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "r.pdf"
        path.write_bytes(pdf.data)
        try:
            return "\n".join(pdftotext_pages(path))
        except FileNotFoundError:
            pytest.skip("pdftotext (poppler-utils) is not installed")


def test_brief_headings_and_dates_in_arabic(build: Build, tmp_path: Path) -> None:
    """Read as an Arabic reader reads the page: each line from its rightmost word."""
    pdf = build(template="brief", language="ar")
    read = _read_pages(pdf, tmp_path)
    for heading in ("تقرير إحاطة", "الملخص التنفيذي", "النتائج الرئيسية", "التسلسل الزمني", "المصادر",
                    "تاريخ التقرير", "نحو أبريل 2017", "1 أبريل 2017", "الصفحة 1 من 3"):
        assert heading in read, heading
    assert "Key findings" not in pdf.text and "Chronology" not in pdf.text


def _read_pages(pdf: Pdf, tmp_path: Path) -> str:
    path = tmp_path / "read.pdf"
    path.write_bytes(pdf.data)
    return "\n".join(" ".join(line) for page in range(1, len(pdf.pages) + 1) for line in _reading_order(path, page))


@pytest.mark.parametrize("language", ["ru", "ar"])
def test_no_english_wording_is_left_in_a_full_dossier(demo_data: ReportData, language: str) -> None:
    """Every English phrase of the report (at least its opening words) is absent, unless the
    archive's own data says it (titles and quotes are English in the demo)."""
    text = Pdf(render(demo_data, ReportOptions(language=language, redaction="none", include_notes=True))).text
    data = str(demo_data)
    english = [v for v in EN.values()] + [v for kind in LEGENDS_EN.values() for v in kind.values()]
    english += [w.replace("_", " ") for w in (*STATUSES, *SOURCE_KINDS, *ROLES)]
    left = []
    for phrase in english:
        probe = re.split(r"\{", phrase)[0].strip()
        if len(probe) >= 4 and probe not in ("EDTF", "SHA-256") and probe not in data and probe in text:
            left.append(probe)
    assert left == []


def test_the_dossier_prints_dates_in_the_report_language(build: Build, tmp_path: Path) -> None:
    ru = build(language="ru").text
    assert "до июня 2017" in ru  # the date legend: ../2017-05
    assert "около апреля 2017 (приблизительно)" in re.sub(r"\s+", " ", ru)  # narrative facts line
    ar = _read_pages(build(language="ar"), tmp_path)
    assert "قبل يونيو 2017" in ar and "نحو أبريل 2017 (تقريبي)" in ar


def _lines(words: list[tuple[float, float, str]]) -> list[list[tuple[float, float, str]]]:
    ordered = sorted(words, key=lambda w: (round(w[1]), w[0]))
    return [list(g) for _y, g in groupby(ordered, key=lambda w: round(w[1]))]


_UNMIRROR = str.maketrans("()[]«»", ")(][»«")


def _reading_order(path: Path, page: int = 1) -> list[list[str]]:
    """Each line's words as an Arabic reader reads them: rightmost first; a right-to-left
    word's letters in logical order, its brackets as written (drawn mirrored)."""
    try:
        words = bbox_words(path, page)
    except FileNotFoundError:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return [[logical_words(w).translate(_UNMIRROR) if ARABIC.search(w) else w
             for _x, _y, w in sorted(line, key=lambda w: -w[0])]
            for line in _lines(words)]


def test_a_wrapped_composed_arabic_line_reads_right_to_left_line_by_line(tmp_path: Path) -> None:
    """Report wording with bold pieces and numbers, wrapped in a narrow column: each line's
    words, read from the right, continue the sentence where the line above stopped."""
    wording = STRINGS["ar"]["findings_rule"]
    first, rest = wording.split(" ", 3)[:3], wording.split(" ", 3)[3]
    markup = f"<b>{escape(' '.join(first))}</b> {escape(rest)}"
    with report_direction("ar"):
        paragraph = rich(markup, make_styles().body)
        buffer = io.BytesIO()
        SimpleDocTemplate(buffer, pagesize=(300, 800), invariant=1).build([paragraph])
    path = tmp_path / "rich.pdf"
    path.write_bytes(buffer.getvalue())
    lines = _reading_order(path)
    assert len(lines) >= 5
    read = [w for line in lines for w in line]
    expected = strip_marks(unicodedata.normalize("NFKC", wording)).split()  # printed without harakat
    assert read == expected


def test_arabic_pages_are_mirrored(build: Build, tmp_path: Path) -> None:
    """Headings and the page number on the right, the TLP label on the left, the table's
    first column ("No.") rightmost."""
    pdf = build(template="brief", language="ar")
    path = tmp_path / "brief-ar.pdf"
    path.write_bytes(pdf.data)
    try:
        words = bbox_words(path, 1)
    except FileNotFoundError:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    width = 595.27
    tlp = [x for x, y, w in words if w.startswith("TLP:") and not 45 < y < 800]
    assert tlp and max(tlp) < 120  # header and footer labels sit at the left margin
    heads = {logical_words(w): x for x, _y, w in words if ARABIC.search(w)}
    summary = heads["التنفيذي"]
    assert summary > width / 2  # the heading's last word is left of its first, both right
    assert heads["الملخص"] > summary
    header = next(line for line in _lines(words) if any(logical_words(w) == "الحدث" for _x, _y, w in line))
    column = {logical_words(w): x for x, _y, w in header}
    assert column["رقم"] > column["التاريخ"] > column["الحدث"] > column["المصادر"]  # No., Date, Event … from the right
    assert heads["الصفحة"] > width - 100  # "الصفحة 1 من 3" at the right margin


def test_bidi_mirrors_brackets_on_right_to_left_runs() -> None:
    shown = display("حُجب 52 عنصرًا (52 ملاحظة).", "R")
    assert shown.startswith(".(") and shown.index(")") > shown.index("(")  # "(" drawn at the left end
    assert display("abc (52 ملاحظة) def", "L") == "abc (52 ةظحالم) def"


def test_an_arabic_chart_runs_right_to_left() -> None:
    from reportlab.graphics.shapes import String

    from desktop.report.chart import MONTH_ABBRS, Mark, timeline

    marks = [Mark(1, 736420, 736420, "confirmed"), Mark(2, 736520, 736560, "likely")]  # 2017
    drawings = {rtl: timeline(marks, 400, 200, {}, MONTH_ABBRS["ar"], rtl)[0] for rtl in (False, True)}

    def ticks(drawing):  # type: ignore[no-untyped-def]
        return [(s.x, s.text) for s in drawing.contents if isinstance(s, String) and "2017" in s.text]

    (x_ltr, label), = ticks(drawings[False])[:1]
    (x_rtl, same), = ticks(drawings[True])[:1]
    assert label == same and abs(x_rtl - (400 - x_ltr)) < 0.01 and x_rtl > 200  # the first month on the right


def test_an_arabic_report_is_deterministic(demo_data: ReportData) -> None:
    options = ReportOptions(template="brief", language="ar")
    assert render(demo_data, options) == render(demo_data, options)
