"""Words shown for stored values: grades, statuses, kinds, qualifiers (pure data, no Qt).

The words for stored codes (grades, kinds) live in :mod:`db.field_labels`, shared with the CLI.
"""

from __future__ import annotations

from db.field_labels import CREDIBILITY, RELIABILITY, SPECIAL_WORDS, choices, credibility_choices, reliability_choices, words

__all__ = [
    "CREDIBILITY", "RELATIONS", "RELIABILITY", "SPECIAL_WORDS", "STATUS_HELP", "attachment_kind", "choices",
    "count", "credibility_choices", "figure_text", "human_size", "plural", "reliability_choices", "words",
]  # fmt: skip

STATUS_HELP = {
    "confirmed": "Confirmed: established by reliable, independent sources.",
    "likely": "Likely: credible sources support it; not yet confirmed.",
    "possible": "Possible: some support, but weak or single-sourced.",
    "unlikely": "Unlikely: the weight of the sources is against it.",
    "unknown": "Unknown: not yet assessed.",
}
"""HURIDOCS verification status, as tooltips."""

RELATIONS = {
    ("part_of", True): "part of",
    ("part_of", False): "has part",
    ("precedes", True): "precedes",
    ("precedes", False): "follows",
    ("causes", True): "causes",
    ("causes", False): "caused by",
    ("response_to", True): "response to",
    ("response_to", False): "answered by",
}
"""How a relation reads from the shown event: (type, shown event is the 'from' end) → words."""


def count(number: int | None) -> str:
    """A count exactly as stored, with thousands separators: 44700 → "44,700"."""
    return "" if number is None else f"{number:,}"


def figure_text(minimum: int | None, maximum: int | None, unit: str, qualifier: str) -> str:
    """ "44,700 signatures", "about 100 men", "at least 40 men saved", "200–1,000 people"."""
    if minimum is not None and maximum is not None and minimum != maximum:
        amount = f"{count(minimum)}–{count(maximum)}"
    else:
        amount = count(minimum if minimum is not None else maximum)
    prefix = "" if qualifier == "exactly" else words(qualifier) + " "
    return f"{prefix}{amount} {unit}".strip()


def plural(number: int, noun: str) -> str:
    return f"{number:,} {noun}" + ("" if number == 1 else "s")


def human_size(size: int) -> str:
    """File size for people (SI units, as file managers show them): 532 bytes, 44.7 kB, 3.1 MB."""
    if size < 1000:
        return f"{size} byte" + ("" if size == 1 else "s")
    value = float(size)
    for unit in ("kB", "MB", "GB", "TB"):
        value /= 1000
        if value < 1000 or unit == "TB":
            return f"{value:.1f} {unit}"
    raise AssertionError("unreachable")


def attachment_kind(media_type: str) -> str:
    """A first guess at an attachment's kind from its media type (the user can change it)."""
    if media_type == "application/pdf":
        return "pdf"
    if media_type in ("text/html", "application/xhtml+xml"):
        return "web_page"
    if media_type.split("/")[0] in ("image", "audio", "video"):
        return "media"
    return "other"
