"""Reads dates as people write them ("April 2017", "c. 2017", "1–3 April 2017") into EDTF, strictly.

A hand-written reader, not ``edtf.text_to_edtf`` (which guesses: it reads "1-3 April 2017"
as 2001-04-03). Anything it cannot read for certain is refused with the reason. No Qt here.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from db import date_edtf, dates
from db.errors import InvalidDate
from db.date_describe import describe
from db.date_words import ALL_LANGUAGES, MONTH_NAMES, WEEKDAY_NAMES, Lexicon, fold, lexicon, strip_marks

__all__ = ["DateReading", "describe", "read_date"]

EXAMPLES = "2017-04-01, 1 April 2017, April 2017, c. 2017, 1–3 April 2017 or before 2017"
_TOKEN = re.compile(
    r"(?P<iso>\d{4}-\d{1,2}(?:-\d{1,2})?)(?!\d)"
    r"|(?P<isoslash>\d{4}/\d{1,2}/\d{1,2})(?!\d)"
    r"|(?P<numeric>\d{1,2}[./]\d{1,2}[./]\d{4})(?!\d)"
    r"|(?P<decade>\d{3}0(?:s|-е|-х|-ые|-ых)|(?:ال)?عقد\s+\d{3}0)(?![^\W\d_])"
    r"|(?P<number>\d+)(?P<suffix>st|nd|rd|th)?(?![^\W\d_])"
    r"|(?P<word>[^\W\d_]+)\.?"
    r"|(?P<dash>[-–—‒−/])"
    r"|(?P<comma>[,،])"
    r"|(?P<mark>[?~%؟])"
    r"|(?P<space>\s+)"
)  # fmt: skip
_Token = tuple[str, str, str]
_EDTF_LIKE = re.compile(r"[\dXTZ:+\-/.~?%\[\]{},^ ]+")
_EDTF_ONLY = re.compile(r"\dX|X\d|XX|^-\d|^Y")
"""Notation no one writes in words: unspecified digits, negative and ``Y`` years."""


@dataclass(frozen=True)
class DateReading:
    """How typed text was read: ``edtf`` is "" for no date and ``None`` when unreadable;
    ``description`` says how it was read ("April 2017 — month precision"); ``error`` why not."""

    edtf: str | None
    description: str
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


class _Unreadable(Exception):
    def __init__(self, message: str, specific: bool = True) -> None:
        super().__init__(message)
        self.message, self.specific = message, specific


@dataclass
class _Part:
    """One end of a date phrase as read so far (parts may be filled from the other end)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    season: int | None = None
    whole: str | None = None  # a decade or century, already EDTF
    weekday: int | None = None
    approximate: bool = False
    uncertain: bool = False
    text: str = ""


def read_date(text: str, languages: tuple[str, ...] = ALL_LANGUAGES, display_language: str = "en") -> DateReading:
    """Read ``text`` (EDTF, or a common form in English, Russian or Arabic) into EDTF with a
    description in ``display_language`` (the interface's)."""
    text = " ".join(strip_marks(text or "").split())
    if not text:
        return DateReading("", describe("", display_language))
    try:
        return DateReading(dates.parse(text).text, describe(text, display_language))
    except InvalidDate as error:
        edtf_error = str(error)
    if _EDTF_ONLY.search(text) and not edtf_error.endswith(dates.FORM_ERROR):
        return DateReading(None, "", edtf_error)  # EDTF the parser understood and refused: its reason
    try:
        value = _read(text, lexicon(languages))
        dates.parse(value)
    except _Unreadable as problem:
        generic = not problem.specific and _EDTF_LIKE.fullmatch(text)
        return DateReading(None, "", edtf_error if generic else problem.message)
    except InvalidDate as error:
        return DateReading(None, "", str(error))
    return DateReading(value, describe(value, display_language))


# --- reading ---------------------------------------------------------------------------


def _read(text: str, lex: Lexicon) -> str:
    tokens = _joined_months([t for t in _tokenize(text) if not (t[0] == "word" and t[1] in lex.fillers)], lex)
    mode = None
    for name, phrases in (("before", lex.before), ("until", lex.until), ("after", lex.after), ("from", lex.starting), ("between", lex.between)):
        taken = _phrase(tokens, 0, phrases)
        if taken:
            mode, tokens = name, tokens[taken:]
            break
    onwards = False
    for start in range(len(tokens)):
        if _phrase(tokens, start, lex.onwards) == len(tokens) - start:
            onwards, tokens = True, tokens[:start]
            break
    joins = lex.between_joins if mode == "between" else lex.range_joins
    sides: list[list[_Token]] = [[]]
    for token in tokens:
        if token[0] == "dash" or (token[0] == "word" and token[1] in joins):
            sides.append([])
        else:
            sides[-1].append(token)
    if len(sides) > 2:
        raise _Unreadable(f"“{text}” has more than one range separator; a date range has two ends.")
    if any(not side for side in sides):
        raise _Unreadable(f"“{text}” has a range with a missing end.", specific=len(sides) == 1)
    parts = [_side(side, lex, text) for side in sides]
    if len(parts) == 2:
        _fill(*parts)
    values = [_edtf(part) for part in parts]
    if len(values) == 2:
        _check_order(*values)
        if mode in ("before", "until", "after") or onwards:
            raise _Unreadable(f"“{text}”: “{mode or 'onwards'}” takes one date, not a range.")
        return "/".join(values)
    if mode == "between":
        raise _Unreadable(f"“{text}”: write “between … and …” with two dates.")
    if mode == "before":
        return f"../{_beside(values[0], -1)}"
    if mode == "until":
        return f"../{values[0]}"
    if mode == "after":
        return f"{_beside(values[0], 1)}/.."
    if mode == "from" or onwards:
        return f"{values[0]}/.."
    return values[0]


def _joined_months(tokens: list[_Token], lex: Lexicon) -> list[_Token]:
    """Month names of two words (كانون الثاني, "January" in the Levant) as one word token."""
    joined: list[_Token] = []
    for token in tokens:
        if joined and token[0] == "word" and joined[-1][0] == "word":
            pair = f"{joined[-1][1]} {token[1]}"
            if pair in lex.months:
                joined[-1] = ("word", pair, f"{joined[-1][2]} {token[2]}")
                continue
        joined.append(token)
    return joined


def _beside(value: str, by: int) -> str:
    """The date just before (``by`` −1) or after (+1) ``value`` at its own precision, as EDTF:
    "before 2018" ends with 2017 (``../2017``), "after 12 June 2017" starts on 13 June."""
    single = date_edtf.read(value)
    stepped = date_edtf.step(single, by) if single is not None else None
    if stepped is not None:
        return stepped.text()
    if single is None or single.whole_mark:
        raise _Unreadable(f"Casefile cannot tell what comes just {'before' if by < 0 else 'after'} {dates.humanize(value)}; write that date itself.")
    bounds = dates.parse(value)
    try:
        day = date.fromisoformat(bounds.lo if by < 0 else bounds.hi or "") + timedelta(days=by)
    except (OverflowError, ValueError):
        raise _Unreadable(date_edtf.RANGE_ERROR) from None
    return day.isoformat()


def _tokenize(text: str) -> list[_Token]:
    """(kind, lower-case value, value as typed) of each token; spaces dropped."""
    tokens: list[_Token] = []
    position = 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if not match:
            raise _Unreadable(f"“{text[position]}” is not part of a date. Try {EXAMPLES}.", specific=False)
        kind = match.lastgroup if match.lastgroup != "suffix" else "number"
        if kind == "number" and match.group("suffix"):
            kind = "ordinal"
        if kind != "space":
            value = match.group("word") if kind == "word" else match.group(0)
            if kind == "ordinal":
                value = match.group("number")
            tokens.append((kind, fold(value), match.group(0)))
        position = match.end()
    return tokens


def _phrase(tokens: list[_Token], start: int, phrases: tuple[str, ...]) -> int:
    """How many tokens from ``start`` spell one of ``phrases`` (the longest), or 0."""
    best = 0
    for phrase in phrases:
        words = phrase.split()
        window = tokens[start : start + len(words)]
        if len(window) == len(words) and all(t[:2] == ("word", w) for t, w in zip(window, words)):
            best = max(best, len(words))
    return best


def _side(tokens: list[_Token], lex: Lexicon, text: str) -> _Part:
    part = _Part(text=" ".join(t[2] for t in tokens).replace(" ,", ","))
    taken = _phrase(tokens, 0, lex.approximate)
    part.approximate = bool(taken)
    tokens = tokens[taken:]
    while tokens and tokens[-1][0] == "mark":
        mark = tokens.pop()[1]
        part.uncertain |= mark in "?%؟"
        part.approximate |= mark in "~%"
    for index, (kind, value, typed) in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else ("", "", "")
        if kind == "comma":
            continue
        if kind in ("iso", "isoslash"):
            _set(part, **dict(zip(("year", "month", "day"), map(int, re.split(r"[-/]", value)))))
        elif kind == "numeric":
            _set(part, **_numeric(value))
        elif kind == "decade" and _digits(value).endswith("00"):
            digits = _digits(value)
            raise _Unreadable(f"“{typed}” is ambiguous: write {digits[:3]}X for {digits}–{digits[:3]}9 or {digits[:2]}XX for the century {digits[:2]}00–{digits[:2]}99.")
        elif kind == "decade":
            _set(part, whole=_digits(value)[:3] + "X")
        elif kind == "ordinal" and following[0] == "word" and following[1] in lex.century:
            _set(part, whole=f"{int(value) - 1:02d}XX")
        elif kind in ("number", "ordinal"):
            _number(part, value, kind)
        elif kind == "word" and value in lex.century and index and tokens[index - 1][0] == "ordinal":
            continue
        elif kind == "word":
            _word(part, value, typed, lex)
        else:
            raise _Unreadable(f"“{text}” is not a date Casefile can read. Try {EXAMPLES}.", specific=False)
    return part


def _digits(decade: str) -> str:
    """The first year of a decade token: "1990s", "1990-е", "عقد 1990" → "1990"."""
    return re.search(r"\d{4}", decade).group()  # type: ignore[union-attr]


def _number(part: _Part, value: str, kind: str) -> None:
    if len(value) == 4 and kind == "number":
        _set(part, year=int(value))
    elif len(value) <= 2:
        _set(part, day=int(value))
    else:
        raise _Unreadable(f"“{value}” in “{part.text}”: write years with four digits (0800 for the year 800).")


def _word(part: _Part, value: str, typed: str, lex: Lexicon) -> None:
    if value in lex.months:
        _set(part, month=lex.months[value])
    elif value in lex.seasons:
        _set(part, season=lex.seasons[value])
    elif value in lex.weekdays:
        part.weekday = lex.weekdays[value]
    elif value in lex.hints:
        raise _Unreadable(f"“{typed}”: {lex.hints[value]}")
    else:
        raise _Unreadable(f"“{typed}” is not a month or a date word Casefile knows. Try {EXAMPLES}.")


def _set(part: _Part, **values: object) -> None:
    for name, value in values.items():
        if getattr(part, name) is not None:
            raise _Unreadable(f"“{part.text}” gives the {name if name != 'whole' else 'period'} twice.")
        setattr(part, name, value)


def _numeric(value: str) -> dict[str, int]:
    """``30/04/2017`` or ``04/30/2017``: accepted only when the order is unambiguous."""
    first, second, year = (int(n) for n in re.split(r"[./]", value))
    if "." in value or first > 12 or first == second:
        return {"day": first, "month": second, "year": year}
    if second > 12:
        return {"day": second, "month": first, "year": year}
    raise _Unreadable(
        f"“{value}” is ambiguous ({first} {MONTH_NAMES[second - 1]} or {second} {MONTH_NAMES[first - 1]}?). "
        f"Write {year}-{second:02d}-{first:02d} or {first} {MONTH_NAMES[second - 1]} {year}."
    )


def _fill(left: _Part, right: _Part) -> None:
    """Complete elided parts of a range: "1–3 April 2017", "April 1–3, 2017", "April–June 2017"."""
    if left.year is None and left.whole is None:
        left.year = right.year
    if right.year is None and right.whole is None:
        right.year = left.year
    if left.day is not None and left.month is None:
        left.month = right.month
    if right.day is not None and right.month is None:
        right.month = left.month


def _edtf(part: _Part) -> str:
    mark = "%" if part.approximate and part.uncertain else "~" if part.approximate else "?" if part.uncertain else ""
    if part.whole is not None:
        if any(v is not None for v in (part.year, part.month, part.day, part.season)):
            raise _Unreadable("A decade or century cannot also have a year, month or day.")
        return part.whole + mark
    if part.year is None:
        raise _Unreadable(f"“{part.text}” has no year: write it in full, e.g. 1 April 2017 or April 2017.")
    if not 1 <= part.year <= 9999:
        raise _Unreadable("Casefile handles years 1 to 9999.")
    if part.month in date_edtf.SEASON_SPANS and part.season is None:  # EDTF's numbered seasons (2017-24)
        if part.day is not None:
            raise _Unreadable(f"“{part.text}”: a season has no days.")
        part.season, part.month = part.month, None
    if part.season is not None:
        if part.month is not None or part.day is not None:
            raise _Unreadable("A season cannot also have a month or day.")
        return f"{part.year:04d}-{part.season}{mark}"
    if part.month is None:
        if part.day is not None:
            raise _Unreadable(f"“{part.day}” needs a month, e.g. {part.day} April {part.year}.")
        return f"{part.year:04d}{mark}"
    if not 1 <= part.month <= 12:
        raise _Unreadable(f"There is no month {part.month} (months are 01–12; for a range of years write 2016–2017).")
    if part.day is None:
        return f"{part.year:04d}-{part.month:02d}{mark}"
    _check_day(part)
    return f"{part.year:04d}-{part.month:02d}-{part.day:02d}{mark}"


def _check_day(part: _Part) -> None:
    assert part.year and part.month and part.day is not None
    month = f"{MONTH_NAMES[part.month - 1]} {part.year}"
    last = calendar.monthrange(part.year, part.month)[1]
    if not 1 <= part.day <= last:
        raise _Unreadable(f"{part.day} {month} does not exist ({month} has {last} days).")
    actual = date(part.year, part.month, part.day).weekday()
    if part.weekday is not None and part.weekday != actual:
        raise _Unreadable(
            f"{part.day} {month} was a {WEEKDAY_NAMES[actual]}, not a {WEEKDAY_NAMES[part.weekday]}."
        )


def _check_order(start: str, end: str) -> None:
    lo, hi = dates.parse(start).lo, dates.parse(end).hi
    if lo and hi and lo > hi:
        raise _Unreadable(
            f"The range ends before it begins: {dates.humanize(start)} comes after {dates.humanize(end)}."
        )
