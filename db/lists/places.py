"""The places list: name, country, events there; found by name or local name."""

from __future__ import annotations

from sqlalchemy import ColumnElement, func, select

from db.lists.base import NamedList, name_like
from db.models import Event, Place


def _uses() -> ColumnElement[int]:
    return select(func.count()).where(Event.place_id == Place.id).correlate(Place).scalar_subquery()


LIST = NamedList("place", Place, Place.name, Place.country, _uses, name_like(Place.name, Place.local_name), other_names=(Place.local_name,))
