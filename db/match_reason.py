"""Why an event matched a search: the field the words were found in, and the words around
them ("description: …men were sent to a «camp», which…").

The search index holds one document per event (title, and a body made of many fields), so it
cannot say which field matched; this module reads the fields of the events on screen — a
page at a time, a few batched queries — and finds the words as the index does: each word a
prefix of a word in the text, letter case and diacritics ignored. Plain text only: the «»
marks are characters, never markup.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Actor, Citation, Event, Involvement, Place, Source, Tag, event_tag

CONTEXT_WORDS = 5
"""Words shown before and after the match."""
_WORD = re.compile(r"\w+", re.UNICODE)
PRIORITY = ("title", "description", "place", "tag", "actor", "quote", "source", "type", "notes")
"""The field named when the words are in several: the one a reader would look at first."""


def reasons(session: Session, event_ids: Sequence[int], user_text: str) -> dict[int, str]:
    """``{event id: "field: snippet"}`` for the events where a word of ``user_text`` is found
    (an event matched only through what the index folds differently is left out)."""
    words = query_words(user_text)
    if not words or not event_ids:
        return {}
    ids = list(event_ids)
    fields: dict[int, list[tuple[str, str]]] = {i: [] for i in ids}
    for event_id, title, description, event_type, notes in session.execute(
        select(Event.id, Event.title, Event.description, Event.event_type, Event.notes).where(Event.id.in_(ids))
    ):
        fields[event_id] += [("title", title), ("description", description), ("type", event_type), ("notes", notes)]
    _add(fields, "place", session.execute(
        select(Event.id, Place.name + " " + Place.local_name + " " + Place.city + " " + Place.region).join(Place, Place.id == Event.place_id).where(Event.id.in_(ids))))
    _add(fields, "tag", session.execute(
        select(event_tag.c.event_id, Tag.name).join(Tag, Tag.id == event_tag.c.tag_id).where(event_tag.c.event_id.in_(ids))))
    actors = session.execute(
        select(Involvement.event_id, Actor.name, Actor.name_original, Actor.aliases)
        .join(Actor, Actor.id == Involvement.actor_id).where(Involvement.event_id.in_(ids)))
    _add(fields, "actor", ((i, " ".join([name, original, *(aliases or [])])) for i, name, original, aliases in actors))
    _add(fields, "quote", session.execute(
        select(Citation.event_id, Citation.quote + " " + Citation.quote_translation).where(Citation.event_id.in_(ids))))
    _add(fields, "source", session.execute(
        select(Citation.event_id, Source.title + " " + Source.title_translated).join(Source, Source.id == Citation.source_id).where(Citation.event_id.in_(ids))))
    found = {}
    for event_id, texts in fields.items():
        for label, text in sorted(texts, key=lambda field: PRIORITY.index(field[0])):
            snippet = snippet_of(text or "", words)
            if snippet is not None:
                found[event_id] = f"{label}: {snippet}"
                break
    return found


def query_words(user_text: str) -> list[str]:
    """The words the index looks for, folded (a word of punctuation only is left out)."""
    return [fold(w) for part in (user_text or "").split() for w in _WORD.findall(part)][:16]


def snippet_of(text: str, words: Iterable[str]) -> str | None:
    """The words around the first word of ``text`` that starts with one of ``words``."""
    tokens = list(_WORD.finditer(text))
    wanted = tuple(words)
    for n, token in enumerate(tokens):
        if fold(token.group()).startswith(wanted):
            first, last = max(0, n - CONTEXT_WORDS), min(len(tokens) - 1, n + CONTEXT_WORDS)
            before = text[tokens[first].start() : token.start()]
            after = text[token.end() : tokens[last].end()]
            lead = "…" if first > 0 else ""
            tail = "…" if last < len(tokens) - 1 else ""
            return " ".join(f"{lead}{before}«{token.group()}»{after}{tail}".split())
    return None


@lru_cache(maxsize=65_536)
def fold(word: str) -> str:
    """Case and diacritics folded, as the index's ``unicode61 remove_diacritics 2`` does."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _add(fields: dict[int, list[tuple[str, str]]], label: str, rows: Iterable[tuple[int, str]]) -> None:
    for event_id, text in rows:
        fields[event_id].append((label, text or ""))
