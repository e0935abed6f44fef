"""The build's shortcuts (shaping Arabic runs alone, remembered line breaks) change nothing."""

from __future__ import annotations

import ast
import random
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from arabic_reshaper import reshape
from reportlab.lib.enums import TA_RIGHT
from reportlab.platypus import Paragraph as PlatypusParagraph

from desktop.report.fonts import REGULAR
from desktop.report.styles import make_styles
from desktop.report.text import Paragraph, para, shape

REPORT_PACKAGE = Path(__file__).resolve().parents[2] / "desktop" / "report"

# Letters that join, do not join, lam-alef and the Allah ligature, harakat, tatweel, ZWJ and
# ZWNJ, presentation forms, Persian letters, Hebrew, Latin, Cyrillic, digits, punctuation.
ALPHABET = list("بتثجحخسشصضعغفقكلمنهيةاأإآدذرزوىءئؤ") + [
    "لا", "لأ", "الله", "\u064b", "\u064e", "\u0651", "\u0670", "\u0640", "\u200d", "\u200c",
    "\ufefb", "\ufdf2", "پ", "گ", "ی", "שלום", "a", "Z", "Ӏ", "ж", "1", "٣", " ", " ", ".",
    "،", "(", "«", "-", "\u00a0",
]


def _reshaped(text: str) -> str | None:
    try:
        return reshape(text)
    except IndexError:
        return None


def test_shaping_runs_alone_matches_reshaping_the_whole_text() -> None:
    rng = random.Random(20261125)
    for _ in range(5000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 25)))
        expected = _reshaped(text)
        if expected is not None:
            assert shape(text) == expected, repr(text)


def test_a_joiner_before_lam_alef_does_not_stop_the_report() -> None:
    """arabic-reshaper raises IndexError here; the text prints without the joiner instead."""
    text = "ب\u200dلا"
    assert _reshaped(text) is None
    assert shape(text) == reshape("بلا")
    assert isinstance(para(text, make_styles().body), Paragraph)


def test_shaping_leaves_text_without_arabic_alone() -> None:
    text = "Новая газета — Нохчийчоь ӀаӀа, S&P 500 <b>"
    assert shape(text) == text


class Counting(Paragraph):
    breaks = 0

    def breakLines(self, width):  # type: ignore[no-untyped-def]
        Counting.breaks += 1
        return super().breakLines(width)


def test_a_paragraph_breaks_its_lines_once_per_width() -> None:
    style = make_styles().body
    paragraph = Counting("word " * 200, style)
    Counting.breaks = 0
    first = paragraph.wrap(300, 1000)
    assert paragraph.wrap(300, 50) == first
    assert paragraph.wrap(300, 10_000) == first
    assert Counting.breaks == 1
    narrower = paragraph.wrap(200, 1000)
    assert narrower[1] > first[1]
    assert Counting.breaks == 2
    assert paragraph.wrap(300, 1000) == first
    assert Counting.breaks == 3


def test_remembered_lines_equal_fresh_lines() -> None:
    style = make_styles().body
    text = "Grozny <b>bold</b> and plain " * 40
    reused, fresh = Paragraph(text, style), PlatypusParagraph(text, style)
    reused.wrap(250, 500)
    assert reused.wrap(250, 500) == fresh.wrap(250, 500)
    assert [[w.text for w in line.words] for line in reused.blPara.lines] == [
        [w.text for w in line.words] for line in fresh.blPara.lines]


def test_a_paragraph_that_gave_up_splitting_wraps_again() -> None:
    """split() drops the lines when only an orphan would fit; a later wrap needs them back."""
    style = make_styles().body
    paragraph = Paragraph("word " * 200, style)
    paragraph.wrap(300, 1000)
    assert paragraph.split(300, style.leading * 1.5) == []
    assert paragraph.wrap(300, 1000)[1] > 0
    assert paragraph.blPara.lines


PLAIN_TEXTS = [
    "x", "Grozny", "  spaced   out  text ", "a\xa0b c", "Новая газета, 2017-04-01/..",
    "S&P 500", "A < B", "x > y", "&copy; <b>unclosed", "", "   ", "[12]", "44,700", "—",
    "tab\there", "line\nbreak", "\u2003em\u2003space", "quote “x” 'y' \"z\"",
    "ﺏﺎﺑ reshaped", "x" * 300,
]


def _fragments(paragraph: PlatypusParagraph) -> list[dict[str, object]]:
    return [vars(frag) for frag in paragraph.frags]


@pytest.mark.parametrize("text", PLAIN_TEXTS)
def test_plain_paragraphs_equal_parsed_escaped_text(text: str) -> None:
    styles = make_styles()
    for style in vars(styles).values():
        fast, parsed = Paragraph.plain(text, style), PlatypusParagraph(escape(text), style)
        assert _fragments(fast) == _fragments(parsed)
        assert fast.text == parsed.text
        assert fast.wrap(200, 1000) == parsed.wrap(200, 1000)


def test_plain_paragraphs_do_not_share_mutable_fragment_parts() -> None:
    style = make_styles().body
    one, two = Paragraph.plain("one", style), Paragraph.plain("two", style)
    assert one.frags[0].link is not two.frags[0].link
    assert one.frags[0].us_lines is not two.frags[0].us_lines


@pytest.mark.parametrize("text", ["plain", "عربي مع English"])
def test_user_text_paragraphs_use_the_remembering_class(text: str) -> None:
    assert isinstance(para(text, make_styles().body), Paragraph)


def test_no_section_builds_platypus_paragraphs_directly() -> None:
    """Every paragraph goes through ``desktop.report.text.Paragraph`` (its line memo)."""
    for path in REPORT_PACKAGE.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("reportlab"):
                names = {alias.name for alias in node.names}
                assert "Paragraph" not in names, f"{path.name} imports reportlab's Paragraph"


def test_derived_styles_are_made_once_per_style() -> None:
    """Right-aligned and upright variants are shared, not rebuilt for every paragraph."""
    styles = make_styles()
    first, second = para("تغطية صحفية", styles.quote), para("عربية للحملة", styles.quote)
    assert first.style is second.style
    assert first.style.alignment == TA_RIGHT and first.style.fontName == REGULAR
    assert first.style.parent is not None
