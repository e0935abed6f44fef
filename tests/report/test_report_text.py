"""User text in reportlab: escaping, long tokens, Arabic joined and right-to-left per line."""

from __future__ import annotations

import io
import re
import unicodedata
from itertools import groupby
from pathlib import Path

import pytest
from pypdf import PdfReader
from report_demo import ARABIC_PARAGRAPH, CHECHEN, HOSTILE_TEXT, HOSTILE_TITLE, LONG_TOKEN
from report_pdf import bbox_words, logical_words
from reportlab.platypus import SimpleDocTemplate, Spacer

from desktop.report.fonts import OBLIQUE, REGULAR, covers
from desktop.report.styles import data_table, make_styles
from desktop.report.text import (
    BidiParagraph,
    base_direction,
    clean,
    esc,
    link,
    para,
    paras,
    visual,
)

ARABIC_RE = re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufefc]")


def render(flowables: list, width: float = 595, height: float = 842) -> bytes:  # type: ignore[type-arg]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=(width, height), invariant=1).build(flowables)
    return buffer.getvalue()


def text_of(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def test_hostile_markup_prints_literally() -> None:
    styles = make_styles()
    data = render([para(HOSTILE_TITLE, styles.body), para(HOSTILE_TEXT, styles.body),
                   para("&copy; &#169; &nbsp; S&P 500", styles.body)])
    text = text_of(data)
    assert HOSTILE_TITLE in text
    assert HOSTILE_TEXT in text
    assert "&copy; &#169; &nbsp; S&P 500" in text
    assert "©" not in text


def test_control_and_bidi_override_characters_are_removed() -> None:
    assert clean("a\x00b\x1bc\u202ed\u2066e\r\nf\tg") == "abcde\nf g"
    styles = make_styles()
    assert text_of(render([para("safe\u202etxt.exe\x00", styles.body)])).strip() == "safetxt.exe"


def test_line_breaks_become_paragraphs() -> None:
    styles = make_styles()
    assert len(paras("one\ntwo\r\n\nthree", styles.body)) == 3
    assert esc("a\nb <c>") == "a b &lt;c&gt;"


def test_links_only_for_web_addresses() -> None:
    assert link('https://x.org/?a="b"&c=<d>').startswith('<a href="https://x.org/?a=&quot;b&quot;')
    assert "<a " not in link("javascript:alert(1)")
    assert "<a " not in link("file:///etc/passwd")
    assert link("javascript:<b>") == "javascript:&lt;b&gt;"


def test_long_unbroken_tokens_in_table_cells(tmp_path: Path) -> None:
    styles = make_styles()
    rows = [["No.", "Text"], ["1", para(LONG_TOKEN, styles.cell)],
            ["2", para("ب" * 5000, styles.cell)], ["3", para(LONG_TOKEN, styles.cell_bold)]]
    data = render([data_table(rows, [40, 120])])
    text = re.sub(r"\s+", "", text_of(data))
    assert text.count("x") >= 10000
    assert len(PdfReader(io.BytesIO(data)).pages) > 2


def test_base_direction_and_visual_order() -> None:
    assert base_direction("Новая газета تغطية") == "L"
    assert base_direction("«تغطية» Novaya") == "R"
    assert base_direction("123 ...") == "L"
    shown = visual("abc تغطية صحفية def")
    assert shown.startswith("abc ") and shown.endswith(" def")
    assert unicodedata.normalize("NFKC", shown[4:-4])[::-1] == "تغطية صحفية"


def test_oblique_text_with_arabic_is_set_upright() -> None:
    styles = make_styles()
    assert not covers(OBLIQUE, "تغطية") and covers(REGULAR, "تغطية " + CHECHEN)
    quote = para("“تغطية صحفية”", styles.quote)
    assert quote.style.fontName == REGULAR
    assert para("plain quote", styles.quote).style.fontName == OBLIQUE


def _lines(words: list[tuple[float, float, str]]) -> list[list[tuple[float, float, str]]]:
    ordered = sorted(words, key=lambda w: (round(w[1]), w[0]))
    return [list(g) for _y, g in groupby(ordered, key=lambda w: round(w[1]))]


@pytest.fixture
def arabic_pdf(tmp_path: Path) -> Path:
    """A long Arabic paragraph in a narrow column, split across pages."""
    styles = make_styles()
    long_text = " ".join([ARABIC_PARAGRAPH] * 3)
    story = [Spacer(1, 180), para(long_text, styles.body)]
    path = tmp_path / "arabic.pdf"
    path.write_bytes(render(story, width=300, height=400))
    return path


def test_wrapped_arabic_reads_right_to_left_line_by_line(arabic_pdf: Path) -> None:
    pytest.importorskip("bidi")
    try:
        count = len(PdfReader(arabic_pdf).pages)
        pages = [bbox_words(arabic_pdf, n) for n in range(1, count + 1)]
    except FileNotFoundError:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    expected = unicodedata.normalize("NFKC", " ".join([ARABIC_PARAGRAPH] * 3)).split()
    read: list[str] = []
    line_count = 0
    for words in pages:
        for line in _lines([w for w in words if ARABIC_RE.search(w[2])]):
            line_count += 1
            # Right to left: the rightmost word on a line comes first in reading order.
            read.extend(logical_words(w[2]) for w in sorted(line, key=lambda w: -w[0]))
    assert line_count >= 6 and len(pages) >= 2
    assert read == expected


def test_mixed_script_line_keeps_each_run_in_its_direction(tmp_path: Path) -> None:
    styles = make_styles()
    text = f"Смешанный абзац: Новая газета и تغطية صحفية عربية — {CHECHEN} end"
    path = tmp_path / "mixed.pdf"
    path.write_bytes(render([para(text, styles.body)]))
    assert isinstance(para(text, styles.body), BidiParagraph)
    try:
        words = bbox_words(path, 1)
    except FileNotFoundError:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    by_x = [w[2] for w in sorted(words, key=lambda w: w[0])]
    arabic = [logical_words(w) for w in by_x if ARABIC_RE.search(w)]
    latin = [w for w in by_x if not ARABIC_RE.search(w)]
    assert arabic == ["عربية", "صحفية", "تغطية"]  # left to right on the page = reversed
    assert latin[:5] == ["Смешанный", "абзац:", "Новая", "газета", "и"]
    assert latin[-1] == "end"
    position = {w: i for i, w in enumerate(by_x)}
    first_arabic = min(i for i, w in enumerate(by_x) if ARABIC_RE.search(w))
    assert position["и"] < first_arabic < position["—"]
