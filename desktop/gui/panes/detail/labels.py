"""Words shown for stored values: grades, statuses, kinds, qualifiers (pure data, no Qt)."""

from __future__ import annotations

from typing import Any

from db import models

RELIABILITY = {
    "A": "Completely reliable",
    "B": "Usually reliable",
    "C": "Fairly reliable",
    "D": "Not usually reliable",
    "E": "Unreliable",
    "F": "Reliability cannot be judged",
}
"""Admiralty source reliability."""

CREDIBILITY = {
    1: "Confirmed by other sources",
    2: "Probably true",
    3: "Possibly true",
    4: "Doubtful",
    5: "Improbable",
    6: "Truth cannot be judged",
}
"""Admiralty information credibility."""

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


SPECIAL_WORDS = {"ngo_report": "NGO report", "photo_video": "Photo or video", "social_media_post": "Social-media post", "state_body": "State body"}


def words(value: Any) -> str:
    """A stored code as words: ``news_article`` → "news article"."""
    return "" if value is None else str(value).replace("_", " ")


def choices(values: tuple[Any, ...]) -> list[tuple[Any, str]]:
    """(value, label) pairs for a combo box over a fixed list of codes."""
    return [(value, SPECIAL_WORDS.get(value) or words(value).capitalize() if value is not None else "—") for value in values]


def reliability_choices() -> list[tuple[str | None, str]]:
    return [(None, "— not graded")] + [(g, f"{g} — {RELIABILITY[g]}") for g in models.RELIABILITY_GRADES]


def credibility_choices() -> list[tuple[int | None, str]]:
    return [(None, "— not graded")] + [(g, f"{g} — {CREDIBILITY[g]}") for g in models.CREDIBILITY_GRADES]


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
