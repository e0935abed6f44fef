"""The actors list: name, kind, events involving the actor; found by name, original-script name or alias in any script."""

from __future__ import annotations

from sqlalchemy import ColumnElement, Text, cast, distinct, func, select, type_coerce

from db.lists.base import NamedList, name_like
from db.models import Actor, Involvement


def _uses() -> ColumnElement[int]:
    return select(func.count(distinct(Involvement.event_id))).where(Involvement.actor_id == Actor.id).correlate(Actor).scalar_subquery()


LIST = NamedList(
    "actor", Actor, Actor.name, Actor.kind, _uses, name_like(Actor.name, Actor.name_original, cast(Actor.aliases, Text)),
    other_names=(Actor.name_original,), aliases=Actor.aliases,
)
