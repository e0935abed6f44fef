"""Words the date reader understands, one lexicon per language (English today; add more here)."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Lexicon:
    """The date words of one language, all in lower case without a trailing full stop.

    ``months`` and ``seasons`` map a word to its number (EDTF seasons are 21–24); the tuples
    list words (or phrases of several words) that play one part in a date phrase. Pure data: safe on any thread.
    """

    months: dict[str, int]
    seasons: dict[str, int]
    weekdays: dict[str, int]
    approximate: tuple[str, ...]
    before: tuple[str, ...]
    """Open start, the date itself excluded: "before 2018" ends on 31 December 2017."""
    until: tuple[str, ...]
    """Open start, the date itself included: "until 2018" ends on 31 December 2018."""
    after: tuple[str, ...]
    """Open end, the date itself excluded: "after 12 June 2017" starts on 13 June."""
    starting: tuple[str, ...]
    """Open end, the date itself included: "from", "since"."""
    between: tuple[str, ...]
    range_joins: tuple[str, ...]
    between_joins: tuple[str, ...]
    onwards: tuple[str, ...]
    fillers: tuple[str, ...]
    century: tuple[str, ...]
    ordinal_suffixes: tuple[str, ...]
    hints: dict[str, str]
    """Words we do not read on purpose, with what to write instead."""


def _english_months() -> dict[str, int]:
    words: dict[str, int] = {}
    for number in range(1, 13):
        name = _EN_MONTHS[number - 1]
        words[name] = number
        words[name[:3]] = number
    words["sept"] = 9
    return words


_EN_MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_EN_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_PART_OF_YEAR = "Casefile does not guess what part of a year is meant; write a range instead, e.g. January–April 2017."

ENGLISH = Lexicon(
    months=_english_months(),
    seasons={"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24},
    weekdays={**{w: i for i, w in enumerate(_EN_WEEKDAYS)}, **{w[:3]: i for i, w in enumerate(_EN_WEEKDAYS)}},
    approximate=("c", "ca", "circa", "about", "around", "approx", "approximately", "roughly"),
    before=("before", "prior to"),
    until=("until", "till", "by", "up to", "no later than"),
    after=("after", "later than"),
    starting=("from", "starting", "starting from", "beginning", "since", "no earlier than"),
    between=("between",),
    range_joins=("to", "until", "till", "through", "thru"),
    between_joins=("and",),
    onwards=("onwards", "onward"),
    fillers=("the", "of", "on", "in"),
    century=("century", "c"),
    ordinal_suffixes=("st", "nd", "rd", "th"),
    hints={"early": _PART_OF_YEAR, "mid": _PART_OF_YEAR, "late": _PART_OF_YEAR, "end": _PART_OF_YEAR},
)

LEXICONS: dict[str, Lexicon] = {"en": ENGLISH}
"""Lexicons by BCP 47 language; the reader accepts the words of every listed language."""

MONTH_NAMES = tuple(name.capitalize() for name in _EN_MONTHS)
"""Month names used in messages (the interface language), January first."""
WEEKDAY_NAMES = tuple(name.capitalize() for name in _EN_WEEKDAYS)
"""Weekday names used in messages, Monday first (as ``date.weekday()``)."""


def lexicon(languages: tuple[str, ...]) -> Lexicon:
    """The words of ``languages`` together (unknown codes are skipped; English when none is known)."""
    chosen = [LEXICONS[code] for code in languages if code in LEXICONS] or [LEXICONS["en"]]
    if len(chosen) == 1:
        return chosen[0]
    merged: dict[str, object] = {}
    for spec in fields(Lexicon):
        values = [getattr(lex, spec.name) for lex in chosen]
        merged[spec.name] = {k: v for d in values for k, v in d.items()} if isinstance(values[0], dict) else tuple(w for t in values for w in t)
    return Lexicon(**merged)  # type: ignore[arg-type]
