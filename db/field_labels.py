"""Words the forms show for stored codes (grades, statuses, kinds): one list for the GUI and the CLI."""

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
