"""Read models of the sources, actors and places lists: one module per list over a shared base.

Each list answers three reads (see :class:`db.lists.base.NamedList`): ordered ids for any
sort column, rows by id, and a first page by label. The events list, with its filters and
query plans for a million rows, is :mod:`db.queries`.
"""

from __future__ import annotations

from db.lists import actors, places, sources
from db.lists.base import DETAIL, LABEL, USES, NamedList, NamedRow

NAMED: dict[str, NamedList] = {"source": sources.LIST, "actor": actors.LIST, "place": places.LIST}
"""Every named list by the table it lists."""


def named(table: str) -> NamedList:
    """The list of ``table`` (``source``, ``actor`` or ``place``)."""
    try:
        return NAMED[table]
    except KeyError:
        raise ValueError(f"There is no named list for {table!r}.") from None


__all__ = ["DETAIL", "LABEL", "NAMED", "USES", "NamedList", "NamedRow", "actors", "named", "places", "sources"]
