"""The TimelineJS JSON format's rules, as its documentation states them, for checking exports.

From Knight Lab's "JSON format" page and TimelineJS3's ``TimelineConfig``/``TLDate``: a
timeline object has ``events`` (required, a list of slides) and optional ``title`` (a slide
without a date), ``eras`` and ``scale`` ("human" or "cosmological"). An event slide requires
``start_date``; a date object requires ``year``, a number, and may have ``month``, ``day``,
``hour``, ``minute``, ``second``, ``millisecond`` (numbers) and ``display_date``/``format``
(text). ``text`` has ``headline`` and ``text``; ``media`` requires ``url``; ``group``,
``display_date`` and ``unique_id`` are text, and unique ids are unique among all slides.
"""

from __future__ import annotations

from calendar import monthrange
from typing import Any

TOP = {"events", "title", "eras", "scale"}
SLIDE = {"start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink", "unique_id"}
DATE_NUMBERS = ("year", "month", "day", "hour", "minute", "second", "millisecond")
DATE_TEXT = ("display_date", "format")
MEDIA = {"url", "caption", "credit", "thumbnail", "alt", "title", "link", "link_target"}


def problems(document: Any) -> list[str]:
    """Every way ``document`` breaks the format (empty: a valid TimelineJS document)."""
    if not isinstance(document, dict):
        return ["the document is not an object"]
    found = [f"unknown top-level key {k!r}" for k in document if k not in TOP]
    events = document.get("events")
    if not isinstance(events, list):
        return found + ["'events' is required and must be a list"]
    if "scale" in document and document["scale"] not in ("human", "cosmological"):
        found.append(f"scale {document['scale']!r} is neither human nor cosmological")
    ids: list[str] = []
    if "title" in document:
        found += [f"title: {p}" for p in _slide(document["title"], dated=False, ids=ids)]
    for index, slide in enumerate(events):
        found += [f"event {index}: {p}" for p in _slide(slide, dated=True, ids=ids)]
    return found


def _slide(slide: Any, dated: bool, ids: list[str]) -> list[str]:
    if not isinstance(slide, dict):
        return ["is not an object"]
    found = [f"unknown key {k!r}" for k in slide if k not in SLIDE]
    if dated and "start_date" not in slide:
        found.append("has no start_date")
    for key in ("start_date", "end_date"):
        if key in slide:
            found += [f"{key}: {p}" for p in _date(slide[key])]
    if "start_date" in slide and "end_date" in slide and not found:
        if _order(slide["end_date"]) < _order(slide["start_date"]):
            found.append("ends before it starts")
    text = slide.get("text", {})
    if not isinstance(text, dict) or any(not isinstance(text.get(k, ""), str) for k in ("headline", "text")):
        found.append("text must be an object of headline and text strings")
    if "media" in slide:
        media = slide["media"]
        if not isinstance(media, dict) or not isinstance(media.get("url"), str) or not media["url"]:
            found.append("media needs a url")
        else:
            found += [f"media: unknown key {k!r}" for k in media if k not in MEDIA]
            found += [f"media.{k} is not text" for k, v in media.items() if not isinstance(v, str)]
    for key in ("group", "display_date", "unique_id"):
        if key in slide and not isinstance(slide[key], str):
            found.append(f"{key} is not text")
    uid = slide.get("unique_id")
    if isinstance(uid, str):
        if uid in ids:
            found.append(f"unique_id {uid} is used twice")
        ids.append(uid)
    return found


def _date(date: Any) -> list[str]:
    if not isinstance(date, dict):
        return ["is not an object"]
    found = [f"unknown key {k!r}" for k in date if k not in DATE_NUMBERS + DATE_TEXT]
    if "year" not in date:
        found.append("has no year")
    for key in DATE_NUMBERS:
        value = date.get(key)
        if key in date and (not isinstance(value, int) or isinstance(value, bool)):
            found.append(f"{key} {value!r} is not a number")
    if found:
        return found
    month, day = date.get("month"), date.get("day")
    if month is not None and not 1 <= month <= 12:
        found.append(f"month {month} is not 1-12")
    if day is not None and (month is None or not 1 <= day <= monthrange(date["year"], month)[1]):
        found.append(f"day {day} does not exist in that month")
    return found


def _order(date: dict[str, int]) -> tuple[int, ...]:
    """A date's earliest moment, for comparing start and end."""
    return tuple(date.get(k, 1 if k in ("month", "day") else 0) for k in DATE_NUMBERS)
