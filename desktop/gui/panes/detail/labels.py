"""Words shown in the forms for stored values and relations, figures and sizes.

The words for codes and the counted phrases are in :mod:`desktop.gui.wording`.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.gui.wording import choices, counted, credibility_choices, reliability_choices, reliability_words, words

__all__ = [
    "RELATIONS", "STATUS_HELP", "attachment_kind", "choices", "count", "counted", "credibility_choices",
    "figure_text", "human_size", "reliability_choices", "reliability_words", "words",
]  # fmt: skip

STATUS_HELP = {
    "confirmed": QT_TRANSLATE_NOOP("Labels", "Confirmed: established by reliable, independent sources."),
    "likely": QT_TRANSLATE_NOOP("Labels", "Likely: credible sources support it; not yet confirmed."),
    "possible": QT_TRANSLATE_NOOP("Labels", "Possible: some support, but weak or single-sourced."),
    "unlikely": QT_TRANSLATE_NOOP("Labels", "Unlikely: the weight of the sources is against it."),
    "unknown": QT_TRANSLATE_NOOP("Labels", "Unknown: not yet assessed."),
}
"""HURIDOCS verification status, as tooltips."""

RELATIONS = {
    ("part_of", True): QT_TRANSLATE_NOOP("Labels", "part of"),
    ("part_of", False): QT_TRANSLATE_NOOP("Labels", "has part"),
    ("precedes", True): QT_TRANSLATE_NOOP("Labels", "precedes"),
    ("precedes", False): QT_TRANSLATE_NOOP("Labels", "follows"),
    ("causes", True): QT_TRANSLATE_NOOP("Labels", "causes"),
    ("causes", False): QT_TRANSLATE_NOOP("Labels", "caused by"),
    ("response_to", True): QT_TRANSLATE_NOOP("Labels", "response to"),
    ("response_to", False): QT_TRANSLATE_NOOP("Labels", "answered by"),
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
    prefix = "" if qualifier == "exactly" else words(qualifier) + " "  # translated qualifier; the unit is data
    return f"{prefix}{amount} {unit}".strip()




def human_size(size: int) -> str:
    """File size for people (SI units, as file managers show them): 532 bytes, 44.7 kB, 3.1 MB."""
    if size < 1000:
        return counted("bytes", size)
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
