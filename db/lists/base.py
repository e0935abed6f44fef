"""What the sources, actors and places lists share: the row, the sort columns, the three reads.

A list keeps only the ordered ids (8 bytes per record) and reads rows for the ids on screen,
as the events list does. Reading pages by OFFSET instead made every page deeper in 200,000
sources slower (0.44 s at offset 100,000), and sorting by a column other than the label read
every page in turn: minutes, on the GUI thread. :meth:`NamedList.page` (the first rows by
label, for pickers that complete a name as it is typed) is the one read by LIMIT.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session

from db.engine import driver_batches, folded, sorted_by

LABEL, DETAIL, USES = 0, 1, 2
"""Sort columns, as the lists show them: label, detail (outlet, kind, country), uses."""

Matching = Callable[[Session, str], ColumnElement[bool] | None]
"""A list's search rule (the session tells which engine answers): a WHERE clause for non-blank user text, ``None`` when nothing can match."""


@dataclass(frozen=True)
class NamedRow:
    """A row of the sources, actors or places list: id, uid, label, detail, and use count."""

    id: int
    uid: str
    label: str
    detail: str
    uses: int


@dataclass(frozen=True, eq=False)
class NamedList:
    """One list: its record model, its three columns, its search rule, and the reads.

    ``uses`` is a scalar subquery correlated to ``model`` (events using the record);
    ``detail_join`` is the (model, on-clause) outer-joined when ``detail`` lives in another
    table (a source's outlet). Statements are built per call; their SQL and query plans are
    the ones each list had before the lists shared this code.
    """

    table: str
    model: Any
    label: ColumnElement[Any]
    detail: ColumnElement[Any]
    uses: Callable[[], ColumnElement[Any]]
    matching: Matching
    detail_join: tuple[Any, ColumnElement[bool]] | None = None
    other_names: tuple[ColumnElement[Any], ...] = ()
    """Columns holding the record's other names (original script, local name); the last may
    be a JSON list of aliases when ``aliases`` is set."""
    aliases: ColumnElement[Any] | None = None

    def ids(self, session: Session, text: str = "", column: int = LABEL, descending: bool = False) -> array[int]:
        """Ids of the records matching ``text``, ordered by ``column`` then id (as ``array('q')``).

        By label this walks the label index; by detail or uses SQLite sorts every match (at
        200,000 sources ~0.1 s by outlet and ~1 s by use count, so callers with big tables run
        it off the GUI thread).
        """
        sort_key = {LABEL: self.label, DETAIL: self.detail, USES: self.uses()}.get(column)
        if sort_key is None:
            raise ValueError(f"The {self.table} list cannot be sorted by column {column}.")
        statement = self._matching(session, select(self.model.id), text)
        if statement is None:
            return array("q")
        if column == DETAIL and self.detail_join is not None:
            statement = statement.outerjoin(*self.detail_join)
        keys = [sort_key, self.model.id] if column == LABEL else [sort_key, self.label, self.model.id]
        joined = column == DETAIL and self.detail_join is not None  # NULL where nothing joined
        statement = statement.order_by(*(sorted_by(key, descending, nullable=True if joined and key is sort_key else None) for key in keys))
        ids: array[int] = array("q")
        for rows in driver_batches(session, statement, batch=50_000):
            ids.extend(row[0] for row in rows)
        return ids

    def rows(self, session: Session, ids: Sequence[int]) -> list[NamedRow]:
        """Rows for ``ids`` in the order given; ids no longer in the archive are skipped."""
        statement = self._row_select().where(self.model.id.in_(list(ids)))
        found = {row[0]: NamedRow(*row) for row in session.execute(statement)}
        return [found[i] for i in ids if i in found]

    def page(self, session: Session, text: str = "", limit: int = 200, offset: int = 0) -> list[NamedRow]:
        """The first ``limit`` rows matching ``text`` by label (a walk of the label index)."""
        statement = self._matching(session, self._row_select(), text)
        if statement is None:
            return []
        statement = statement.order_by(self.label, self.model.id).limit(limit).offset(offset)
        return [NamedRow(*row) for row in session.execute(statement)]

    def names_of(self, session: Session, ids: Sequence[int]) -> dict[int, list[str]]:
        """Every name of each record: label first, then its other names and aliases (a
        picker shows which one matched, and links a record typed by any of them)."""
        columns = [self.label, *self.other_names, *([self.aliases] if self.aliases is not None else [])]
        found: dict[int, list[str]] = {}
        for row in session.execute(select(self.model.id, *columns).where(self.model.id.in_(list(ids)))):
            names = [name for name in row[1 : 1 + 1 + len(self.other_names)] if name]
            if self.aliases is not None:
                names.extend(alias for alias in (row[-1] or []) if alias)
            found[row[0]] = names
        return found

    def named_exactly(self, session: Session, name: str, limit: int = 500) -> NamedRow | None:
        """The first record (by label) one of whose names is ``name``, in any case and script."""
        wanted = name.strip().casefold()
        if not wanted:
            return None
        rows = self.page(session, name.strip(), limit=limit)
        names = self.names_of(session, [row.id for row in rows])
        return next((row for row in rows if any(n.casefold() == wanted for n in names.get(row.id, ()))), None)

    def _row_select(self) -> Select[Any]:
        statement = select(self.model.id, self.model.uid, self.label, func.coalesce(self.detail, ""), self.uses())
        return statement if self.detail_join is None else statement.outerjoin(*self.detail_join)

    def _matching(self, session: Session, statement: Select[Any], text: str) -> Select[Any] | None:
        """``statement`` limited to records matching ``text``; ``None`` when nothing can match."""
        if not text.strip():
            return statement
        condition = self.matching(session, text)
        return None if condition is None else statement.where(condition)


def name_like(*columns: ColumnElement[str]) -> Matching:
    """The search rule of a list found by name: ``text`` anywhere in any of ``columns``, any case."""

    def matching(_session: Session, text: str) -> ColumnElement[bool]:
        words = text.strip()
        if words.isascii():  # the engine's own case-insensitive LIKE: no per-row function call
            like = f"%{escape_like(words)}%"
            return or_(*(column.ilike(like, escape="\\") for column in columns))
        like = f"%{escape_like(words.casefold())}%"  # "новая" finds "Новая газета"
        return or_(*(folded(column).like(like, escape="\\") for column in columns))

    return matching


def escape_like(text: str) -> str:
    """``text`` for a LIKE pattern with ESCAPE "\\": its own %, _ and \\ match literally."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
