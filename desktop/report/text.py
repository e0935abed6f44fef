"""User text made safe for reportlab (cleaning, escaping, Arabic shaping, bidi); Paragraph."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from copy import copy
from contextvars import ContextVar
from functools import lru_cache
from types import MethodType
from typing import Any
from xml.sax.saxutils import escape

from arabic_reshaper import reshape
from bidi import get_display
from bidi.mirror import MIRRORED
from reportlab import platypus
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag

from desktop.report import fonts
from db.polling import poll

# C0/C1 controls (tab and newline are handled separately) and explicit bidi controls: we
# order text ourselves, and an override character must not be able to disguise a line.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_LINES = re.compile(r"\r\n|\r|\n|\u2028|\u2029")
# Everything arabic-reshaper acts on (letters, harakat, tatweel, ligatures); any other
# character passes through it unchanged and breaks joining, so runs can be shaped alone.
# Text with a zero-width joiner is reshaped whole: the reshaper drops joiners from its
# output, which shifts its ligature pass (different results, and IndexError on some text).
_ARABIC_RUN = re.compile("[\u0600-\u08ff]+")
_ZWJ = "\u200d"


def clean(text: str | None) -> str:
    """Text without control characters; line breaks normalised to ``\\n``, tabs to spaces."""
    text = _LINES.sub("\n", text or "").replace("\t", " ")
    return _CONTROLS.sub("", text)


def one_line(text: str | None) -> str:
    """Cleaned text with line breaks folded into spaces."""
    return " ".join(clean(text).split())


def has_rtl(text: str) -> bool:
    return bool(_RTL.search(text))


def base_direction(text: str) -> str:
    """``"R"`` when the first strong character is right-to-left, else ``"L"``."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
    return "L"


@lru_cache(maxsize=8192)
def _shape_run(run: str) -> str:
    return reshape(run)


def _reshape_whole(text: str) -> str:
    try:
        return reshape(text)
    except IndexError:  # arabic-reshaper 3.x: a joiner before a lam-alef (see _ZWJ)
        return reshape(text.replace(_ZWJ, ""))


def shape(text: str) -> str:
    """Arabic letters in their joined forms, as ``arabic_reshaper.reshape`` gives them.

    Only the Arabic runs go through the reshaper (and are remembered): it walks every
    character and reads its configuration on each call, which made shaping mixed-script
    paragraphs one of the larger costs of a long report.
    """
    if _ZWJ in text:
        return _reshape_whole(text)
    return _ARABIC_RUN.sub(lambda match: _shape_run(match.group()), text)


_LEVELS = re.compile(r"levels: \[(.*?)\],\s*paragraphs", re.DOTALL)
_LEVEL = re.compile(r"Level\(\s*(\d+)")


@lru_cache(maxsize=8192)
def display(text: str, base_dir: str = "L") -> str:
    """One line in display order by the Unicode bidi algorithm, mirrored characters mirrored.

    ``python-bidi`` (the Rust ``unicode-bidi``) reorders but, like that crate, leaves
    mirroring to the renderer, which reportlab is not: "(52 ملاحظة)" came out with its
    brackets facing outwards. The levels it resolves (exposed only through its debug
    output, one per UTF-8 byte) give both the mirroring and the reordering (rule L2).
    """
    if not has_rtl(text) and base_dir == "L":
        return text
    info = get_display(text, base_dir=base_dir, debug=True)
    found = _LEVELS.search(info)
    if found is None:  # a python-bidi without levels: its own order, unmirrored
        return get_display(text, base_dir=base_dir)
    by_byte = [int(level) for level in _LEVEL.findall(found.group(1))]
    levels, offset = [], 0
    for ch in text:
        levels.append(by_byte[offset])
        offset += len(ch.encode("utf-8"))
    chars = [MIRRORED.get(ch, ch) if level % 2 else ch for ch, level in zip(text, levels)]
    odd = [level for level in levels if level % 2]
    if not odd:
        return "".join(chars)
    for level in range(max(levels), min(odd) - 1, -1):
        index = 0
        while index < len(chars):
            if levels[index] < level:
                index += 1
                continue
            end = index
            while end < len(chars) and levels[end] >= level:
                end += 1
            chars[index:end] = chars[index:end][::-1]
            levels[index:end] = levels[index:end][::-1]
            index = end
    return "".join(chars)


def visual(text: str, base_dir: str | None = None) -> str:
    """One line in display order (Arabic joined, right-to-left runs reversed)."""
    text = one_line(text)
    if not has_rtl(text):
        return text
    return display(shape(text), base_dir or base_direction(text))


RTL_LANGUAGES = frozenset({"ar"})
_RTL_REPORT: ContextVar[bool] = ContextVar("casefile_rtl_report", default=False)


@contextmanager
def report_direction(language: str) -> Iterator[None]:
    """Builds inside this block are right to left when ``language`` is (Arabic): report
    wording is shaped and set right-aligned, composed lines are ordered right to left after
    wrapping, tables mirror their columns. A context variable, so builds on other threads
    are not affected."""
    token = _RTL_REPORT.set(language in RTL_LANGUAGES)
    try:
        yield
    finally:
        _RTL_REPORT.reset(token)


def rtl_report() -> bool:
    """Whether the report being built reads right to left."""
    return _RTL_REPORT.get()


def inline(text: str | None) -> str:
    """A piece of a composed line: in display order in a left-to-right report (the line is
    drawn as it stands), in logical order in a right-to-left one (:func:`rich` orders each
    wrapped line)."""
    return one_line(text) if rtl_report() else visual(text or "")


def esc(text: str | None) -> str:
    """A user string as inert paragraph markup for an inline piece of composed markup.

    In a left-to-right report right-to-left pieces are put in display order as a whole, which
    is right for the short strings (names, places, titles in lists) this is used for; long
    right-to-left text goes through :func:`para`, which reorders each wrapped line instead.
    """
    return escape(inline(text))


def rich(markup: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of composed markup (report wording with :func:`esc` pieces, bold, links):
    in a right-to-left report shaped, right-aligned and ordered right to left line by line."""
    if not rtl_report():
        return Paragraph(markup, style)
    paragraph = BidiParagraph(shape(markup), _rtl_style(style))
    paragraph.base_dir = "R"
    return paragraph


def truncate(text: str, limit: int) -> str:
    text = one_line(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class Paragraph(platypus.Paragraph):
    """A reportlab paragraph that remembers its line breaks for the last width it was given.

    Tables measure their cells, keep-with-next groups measure their members, and the frame
    measures them again when it places them: most paragraphs of a report are wrapped two or
    three times at the same width, and breaking lines is the largest cost of a build. The
    lines depend only on the width (the height only decides where to split, in ``split``).
    Every paragraph of the report is built from this class; building or breaking one also
    counts towards the build's cancel checks (:mod:`db.polling`).
    """

    _wrapped: tuple[float, float, float] | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        poll()
        super().__init__(*args, **kwargs)

    @classmethod
    def plain(cls, text: str, style: ParagraphStyle) -> Paragraph:
        """``cls(escape(text), style)`` without reportlab's markup parser where that is exact.

        Parsing is a fifth of a long report's build. Text without ``&``, ``<`` and ``>``
        parses to one fragment: the style's fragment holding the whitespace-cleaned text,
        which is built here directly. Anything else goes through the parser.
        """
        if cls is Paragraph and rtl_report():  # report wording of a right-to-left report
            return para(text, _rtl_style(style), "R") if has_rtl(text) else Paragraph.plain_ltr(text, _rtl_style(style))
        return cls.plain_ltr(text, style)

    @classmethod
    def plain_ltr(cls, text: str, style: ParagraphStyle) -> Paragraph:
        """:meth:`plain` as it stands, for text that needs no reordering."""
        cleaned = cleanBlockQuotedText(text)
        template = _style_fragment(style) if cleaned and not _MARKUP.search(text) else None
        if template is None:
            return cls(escape(text), style)
        paragraph = cls(None, style, frags=[template.clone(text=cleaned, link=[], us_lines=[])])
        paragraph.text = cleaned
        return paragraph

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        poll()
        wrapped = self._wrapped
        # split() drops blPara when it gives up (orphan or widow control): wrap again then.
        if wrapped is not None and wrapped[0] == availWidth and "blPara" in self.__dict__:
            self.width, self.height = availWidth, wrapped[2]
            return wrapped[1], wrapped[2]
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, width, height)
        return width, height

    def beginText(self, x: float, y: float) -> PDFTextObject:  # noqa: N802 (reportlab's name)
        return _TextObject(self.canv, x, y)


class _TextObject(PDFTextObject):
    """reportlab's text object, minus the reference cycle its paragraphs give it.

    ``Paragraph.drawPara`` stores ``MethodType(_do_line, tx)`` on the text object: each
    paragraph drawn with links, underlines or several fragments then left a cycle (text
    object, bound method, its dict, with the paragraph's lines and fragments hanging off
    it) for the cyclic collector, ~32,000 objects per 300-event dossier. Keeping the plain
    function and binding it on each access lets reference counting free it all at once.
    """

    @property
    def _do_line(self) -> MethodType:
        return MethodType(self.__dict__["_do_line_function"], self)

    @_do_line.setter
    def _do_line(self, method: MethodType) -> None:
        self.__dict__["_do_line_function"] = method.__func__


_MARKUP = re.compile("[&<>]")


# Styles are few and live for one build; a bounded cache of them is small and, unlike a
# weak mapping, cheap to look up for each of a report's ~27,000 paragraphs.
@lru_cache(maxsize=512)
def _style_fragment(style: ParagraphStyle) -> ParaFrag | None:
    """The fragment reportlab's parser makes for one plain word in ``style`` (None when the
    style transforms text or carries a bullet, which the parser handles)."""
    frags = platypus.Paragraph("x", style).frags
    simple = len(frags) == 1 and not style.textTransform and not getattr(style, "bulletText", None)
    return frags[0] if simple else None


@lru_cache(maxsize=512)
def _variant(style: ParagraphStyle, suffix: str, **changes: object) -> ParagraphStyle:
    """``style`` with ``changes``, made once per style rather than once per paragraph."""
    return ParagraphStyle(style.name + suffix, parent=style, **changes)


class BidiParagraph(Paragraph):
    """A paragraph of reshaped, logical-order text whose wrapped lines are put in display
    order when drawn, so the first words of a right-to-left paragraph open its first line."""

    base_dir = "L"

    def drawPara(self, debug: int = 0) -> None:  # noqa: N802 (reportlab's name)
        para = self.blPara
        logical = para.lines
        if para.kind == 0:
            para.lines = [
                (space, display(" ".join(words), self.base_dir).split(" "))
                for space, words in logical
            ]
        else:  # fragments (bold, links): order each line's words, keeping their styles
            para.lines = [_visual_frag_line(line, self.base_dir) for line in logical]
        try:
            return super().drawPara(debug)
        finally:
            para.lines = logical

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        parts = super().split(availWidth, availHeight)
        for part in parts:
            part.base_dir = self.base_dir
        return parts


def _visual_frag_line(line: Any, base_dir: str) -> Any:
    """A wrapped line of fragments in display order.

    The line's words (each with its fragment's style) are ordered as the Unicode bidi
    algorithm orders words: runs of left-to-right words (Latin, Cyrillic, and the numbers
    and neutrals between them) keep their order, everything else is reversed on a
    right-to-left line; each word's own letters are put in display order. Lines are never
    justified here, so moving the spaces between words does not move the line's edges.
    """
    words = [(frag, word) for frag in line.words for word in frag.text.split(" ") if word]
    if not words:
        return line
    kinds = [_word_direction(word) for _frag, word in words]
    if base_dir == "R":
        levels = [_level(kinds, i) for i in range(len(kinds))]
        runs: list[list[int]] = []
        for index, level in enumerate(levels):
            if runs and levels[runs[-1][0]] == level:
                runs[-1].append(index)
            else:
                runs.append([index])
        order = [i for run in reversed(runs) for i in (run if levels[run[0]] == "L" else reversed(run))]
    else:
        order = list(range(len(words)))
    frags = []
    for position, index in enumerate(order):
        frag, word = words[index]
        shown = display(word, base_dir) if kinds[index] != "L" else word
        frags.append(frag.clone(text=shown + (" " if position < len(order) - 1 else "")))
    clone = copy(line)
    clone.words = frags
    return clone


def _word_direction(word: str) -> str:
    """"R" for a word with right-to-left letters, "L" for one with left-to-right letters,
    "E" for a number ("2017", "20,"), "N" for punctuation ("—", "·")."""
    if has_rtl(word):
        return "R"
    if any(unicodedata.bidirectional(ch) == "L" for ch in word):
        return "L"
    return "E" if any(ch.isdigit() for ch in word) else "N"


def _level(kinds: list[str], index: int) -> str:
    """The direction a word takes on a right-to-left line: its own when strong; a number
    that of the strong word before it ("EDTF: 2017" stays left to right, bidi rule W7);
    punctuation left to right only between left-to-right words."""
    kind = kinds[index]
    if kind in ("L", "R"):
        return kind
    before = next((k for k in reversed(kinds[:index]) if k in ("L", "R")), "R")
    if kind == "E":
        return before
    after = next((k for k in kinds[index + 1 :] if k in ("L", "R")), "R")
    return "L" if before == after == "L" else "R"


@lru_cache(maxsize=512)
def _rtl_style(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` right-aligned when it was left-aligned (centred and right stay)."""
    return _variant(style, "-rtl", alignment=TA_RIGHT) if style.alignment == TA_LEFT else style


def _upright(style: ParagraphStyle, text: str) -> ParagraphStyle:
    """The oblique face has no Arabic: set such text upright rather than as empty boxes."""
    if style.fontName == fonts.OBLIQUE and not fonts.covers(fonts.OBLIQUE, text):
        return _variant(style, "-upright", fontName=fonts.REGULAR)
    return style


def para(text: str | None, style: ParagraphStyle, direction: str | None = None) -> Paragraph:
    """One paragraph of user text (line breaks folded), printed literally; ``direction``
    ("L"/"R") overrides the base direction taken from the first strong character."""
    text = one_line(text)
    style = _upright(style, text)
    if not has_rtl(text):
        return Paragraph.plain(text, style)
    direction = direction or base_direction(text)
    if direction == "R" and style.alignment == TA_LEFT:
        style = _variant(style, "-rtl", alignment=TA_RIGHT)
    paragraph = BidiParagraph.plain(shape(text), style)
    paragraph.base_dir = direction
    return paragraph


def paras(text: str | None, style: ParagraphStyle) -> list[Flowable]:
    """User text with line breaks as separate paragraphs (empty lines dropped)."""
    return [para(line, style) for line in clean(text).split("\n") if line.strip()]


def link(url: str) -> str:
    """Markup for a URL: a live link for http(s) only, its text always escaped."""
    url = one_line(url)
    shown = escape(url)
    if re.match(r"https?://", url, re.IGNORECASE) and not has_rtl(url):
        target = escape(url, {'"': "&quot;"})
        return f'<a href="{target}" color="#1f4e79">{shown}</a>'
    return shown


def number(value: int) -> str:
    """An exact count with thousands separators (never rounded): 44700 → "44,700"."""
    return f"{value:,}"
