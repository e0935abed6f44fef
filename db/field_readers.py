"""Readers of typed field text (dates, counts, codes, coordinates): one reader for the forms and the CLI.

Each reader turns what a person typed into the stored value or raises
:class:`~db.errors.ValidationError` naming the field; none touches the archive. No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from db.date_reading import read_date
from db.errors import InvalidDate, ValidationError

ALIAS_SEPARATOR = ";"
TAG_SEPARATOR = ","
TRUE_WORDS = ("yes", "true", "1")
FALSE_WORDS = ("no", "false", "0")

_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
_MOMENT = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:Z|[+-]\d{2}:?\d{2})?)?")
_COUNT = re.compile(r"\d{1,3}(?:[,\u00a0\u202f' ]\d{3})+|\d+")


def read_edtf(text: str) -> str:
    """A date as people write it ("c. May 2017", "1–3 April 2017", EDTF) → EDTF; "" for no date."""
    reading = read_date(text)
    if reading.error is not None or reading.edtf is None:
        raise InvalidDate(reading.error or "Not a date.")
    return reading.edtf


def parse_aliases(text: str) -> list[str]:
    """"AI; Amnesty" → ["AI", "Amnesty"] (names may hold commas, so ";" separates; so do line breaks)."""
    names = text.replace("\r", "\n").replace("\n", ALIAS_SEPARATOR).split(ALIAS_SEPARATOR)
    return [name.strip() for name in names if name.strip()]


def format_aliases(aliases: Any) -> str:
    return f"{ALIAS_SEPARATOR} ".join(aliases or [])


def parse_tags(text: str) -> list[str]:
    """"purge, protest" → ["purge", "protest"]: spaces inside a name are tidied, repeats dropped."""
    names: list[str] = []
    for part in text.split(TAG_SEPARATOR):
        name = " ".join(part.split())
        if name and name.casefold() not in {n.casefold() for n in names}:
            names.append(name)
    return names


def parse_language(text: str) -> str:
    """A BCP 47 tag ("en", "ru", "ce-Cyrl") or empty; anything else is refused."""
    text = text.strip()
    if text and not _LANGUAGE.fullmatch(text):
        raise ValidationError("Write the language as a BCP 47 tag, e.g. en, ru or ce-Cyrl.", "language")
    return text


def parse_moment(text: str) -> str:
    """When a copy was retrieved: an ISO day or time ("2017-05-02", "2017-05-02T14:30Z") or empty."""
    text = text.strip()
    if not text:
        return ""
    match = _MOMENT.fullmatch(text)
    try:
        if not match:
            raise ValueError
        date(int(match[1]), int(match[2]), int(match[3]))
        if match[4] and (int(match[4]) > 23 or int(match[5]) > 59):
            raise ValueError
    except ValueError:
        raise ValidationError("Write when it was retrieved as 2017-05-02 or 2017-05-02T14:30Z.", "retrieved_at") from None
    return text


def parse_country(text: str) -> str:
    """An ISO 3166-1 alpha-2 code ("RU", "gb" → "GB") or empty; anything else is refused."""
    code = text.strip().upper()
    if code and not re.fullmatch(r"[A-Z]{2}", code):
        raise ValidationError("Write the country as a two-letter ISO 3166 code, e.g. RU or GB.", "country")
    return code


def number_parser(label: str, low: float, high: float) -> Callable[[str], float | None]:
    """Text → float (empty → None) for latitude/longitude, refusing text that is not a number."""

    def parse(text: str) -> float | None:
        text = text.strip().replace(",", ".").replace("−", "-")
        if not text:
            return None
        try:
            value = float(text)
        except ValueError:
            raise ValidationError(f"The {label} must be a number, e.g. 43.3178.") from None
        if not low <= value <= high:
            raise ValidationError(f"The {label} must be between {low:g} and {high:g}.")
        return value

    return parse


def whole_number(text: str, key: str, label: str) -> int | None:
    """A count as typed ("44,700", "44 700", "44700") → 44700; empty → None; else refused."""
    compact = text.strip()
    if not compact:
        return None
    if not _COUNT.fullmatch(compact):
        raise ValidationError(f"The {label} must be a whole number, e.g. 44700 or 44,700.", key)
    return int(re.sub(r"\D", "", compact))


def parse_flag(text: str, key: str, label: str) -> bool:
    """yes/no, true/false or 1/0 (any case) → a boolean; anything else is refused."""
    word = text.strip().casefold()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValidationError(f"“{text}” is not yes or no for the {label} (write yes/no, true/false or 1/0).", key)
