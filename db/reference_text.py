"""A record as one line of plain text, for the clipboard ("Copy as Text" in the lists).

A source reads as a reference a researcher pastes into a note or an e-mail: author, title in
quotes, outlet, date in words, address; an event as title, date in words and place. Plain text
only: what is pasted must never carry markup from the archive.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from db import dates, services
from db.models import Actor, Event, Place, Source


def reference(session: Session, table: str, uid: str, language: str = "en") -> str:
    """The record ``uid`` of ``table`` as one line, dates in words of ``language``."""
    record = services.get(session, table, uid)
    if isinstance(record, Source):
        return _source(record, language)
    if isinstance(record, Event):
        where = record.place.name if record.place is not None else ""
        return f"{record.title} ({', '.join(p for p in (dates.humanize(record.date_text, language), where) if p)})"
    if isinstance(record, Actor):
        return f"{record.name} ({record.name_original})" if record.name_original else record.name
    if isinstance(record, Place):
        return f"{record.name} ({record.local_name})" if record.local_name else record.name
    return str(getattr(record, "title", "") or getattr(record, "name", "") or uid)


def _source(source: Source, language: str = "en") -> str:
    title = f"“{source.title}”" + (f" [{source.title_translated}]" if source.title_translated else "")
    parts = [source.author, title, source.outlet.name if source.outlet is not None else ""]
    if source.published:
        parts.append(dates.humanize(source.published, language))
    text = ", ".join(p for p in parts if p) + "."
    if source.url:
        text += f" {source.url}"
        if source.retrieved_at:
            text += f" (retrieved {source.retrieved_at})"
    if source.archived_url:
        text += f" Archived: {source.archived_url}"
    return " ".join(text.split())  # one line, whatever newlines the fields hold
