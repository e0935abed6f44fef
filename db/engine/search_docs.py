"""The search documents of events and sources, as one SQL template for both engines.

Each engine indexes the same words: an event's title, then its description, notes, type,
place, tags, actors (with original-script names and aliases) and the quotes and titles of the
sources citing it; a source's titles, then author, summary, notes, outlet, tags and quotes.
Only the two SQL spellings that differ are filled in per engine — the string aggregate and
the way a JSON list of aliases is read — so the indexed fields cannot drift apart.
:mod:`db.search` builds the same documents in Python for bulk imports.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

_EVENT = """
SELECT e.id, e.title,
  e.description || ' ' || e.notes || ' ' || e.event_type || ' ' ||
  coalesce((SELECT p.name || ' ' || p.local_name || ' ' || p.city || ' ' || p.region
            FROM place p WHERE p.id = e.place_id), '') || ' ' ||
  coalesce((SELECT {tags} FROM event_tag et JOIN tag t ON t.id = et.tag_id
            WHERE et.event_id = e.id), '') || ' ' ||
  coalesce((SELECT {actors}
            FROM involvement i JOIN actor a ON a.id = i.actor_id WHERE i.event_id = e.id), '')
  || ' ' ||
  coalesce((SELECT {citations}
            FROM citation c JOIN source s ON s.id = c.source_id
            LEFT JOIN actor o ON o.id = s.outlet_id WHERE c.event_id = e.id), '')
FROM event e
"""

_SOURCE = """
SELECT s.id, s.title || ' ' || s.title_translated,
  s.author || ' ' || s.summary || ' ' || s.notes || ' ' ||
  coalesce((SELECT o.name || ' ' || o.name_original || ' ' || {outlet_aliases}
            FROM actor o WHERE o.id = s.outlet_id), '') || ' ' ||
  coalesce((SELECT {tags} FROM source_tag st JOIN tag t ON t.id = st.tag_id
            WHERE st.source_id = s.id), '') || ' ' ||
  coalesce((SELECT {quotes} FROM citation c WHERE c.source_id = s.id), '')
FROM source s
"""


@dataclass(frozen=True)
class Dialect:
    """How one engine writes the two things SQL dialects spell differently."""

    aggregate: Callable[[str], str]
    """``expr`` → an aggregate joining the values of ``expr`` with spaces."""
    aliases: str
    """An actor's aliases as space-separated words; ``{actor}`` is the actor table's alias."""


def documents(dialect: Dialect) -> tuple[str, str]:
    """The event and the source document SELECT (``id, title, body``), ready for a
    ``WHERE e.id …`` / ``WHERE s.id …`` to be appended."""
    agg = dialect.aggregate
    event = _EVENT.format(
        tags=agg("t.name"),
        actors=agg("a.name || ' ' || a.name_original || ' ' || " + dialect.aliases.format(actor="a")),
        citations=agg("c.quote || ' ' || c.quote_translation || ' ' || s.title || ' ' || "
                      "s.title_translated || ' ' || coalesce(o.name || ' ' || o.name_original, '')"),
    )
    source = _SOURCE.format(
        outlet_aliases=dialect.aliases.format(actor="o"),
        tags=agg("t.name"),
        quotes=agg("c.quote || ' ' || c.quote_translation"),
    )
    return event, source
