"""SQL that every engine writes its own way, as portable SQLAlchemy constructs.

The rest of db/ builds statements with these; each engine module registers how it writes
them (``@compiles(construct, "<dialect>")``). Compiling for a dialect whose engine module
is not loaded yet loads it first.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Integer, Text
from sqlalchemy.exc import CompileError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.sql.visitors import InternalTraversal

_loaded: set[str] = set()


class day_number(FunctionElement[int]):  # noqa: N801 - named like SQL functions (func.*)
    """``day_number(iso_date_column)``: the day as Python's ``date.toordinal()``, computed by
    the database; NULL when the text is not a date."""

    type = Integer()
    name = "day_number"
    inherit_cache = True


class folded(FunctionElement[str]):  # noqa: N801 - named like SQL functions (func.*)
    """``folded(text_column)``: the text case-folded in every script (Cyrillic, Greek,
    Armenian… not only ASCII), to compare with ``str.casefold()`` of the user's words."""

    type = Text()
    name = "folded"
    inherit_cache = True


class sorted_by(ColumnElement[Any]):  # noqa: N801 - an ORDER BY term, named like one
    """``ORDER BY column [DESC]`` with NULL the lowest value, as SQLite orders it: first going
    up, last going down (PostgreSQL puts NULL highest unless told)."""

    inherit_cache = True
    _traverse_internals = [
        ("element", InternalTraversal.dp_clauseelement), ("descending", InternalTraversal.dp_boolean), ("nullable", InternalTraversal.dp_boolean),
    ]  # fmt: skip

    def __init__(self, element: Any, descending: bool = False, nullable: bool | None = None) -> None:
        """``nullable`` defaults to the column's own; say ``True`` for a column read through
        an outer join (NULL where nothing joined)."""
        self.element = element
        self.descending = descending
        self.nullable = getattr(element, "nullable", True) is not False if nullable is None else nullable


@compiles(sorted_by)
def _sort_key(element: sorted_by, compiler: Any, **kw: Any) -> str:
    """SQLite's (and the default) order: NULL already sorts lowest."""
    term = element.element.desc() if element.descending else element.element.asc()
    return str(compiler.process(term, **kw))


@compiles(sorted_by, "postgresql")
def _sort_key_postgres(element: sorted_by, compiler: Any, **kw: Any) -> str:
    """NULLS FIRST/LAST only on a column that may hold NULL: on a NOT NULL one the plain
    order keeps walking its ordinary index (the nullable ``date_lo`` has its indexes built
    NULLS FIRST on PostgreSQL, see migration 0009)."""
    column = element.element
    if not element.nullable:
        term = column.desc() if element.descending else column.asc()
    else:
        term = column.desc().nulls_last() if element.descending else column.asc().nulls_first()
    return str(compiler.process(term, **kw))


class CaseInsensitiveText(Text):
    """Text compared, sorted and kept unique ignoring case (tag names)."""


@compiles(day_number)
@compiles(folded)
@compiles(CaseInsensitiveText)
def _per_engine(element: Any, compiler: Any, **kw: Any) -> str:
    """Load the dialect's engine module (which registers its own writing), then compile."""
    name = compiler.dialect.name
    if name not in _loaded:
        _loaded.add(name)
        from db.engine import named

        try:
            named(name)
        except LookupError as error:
            raise CompileError(str(error)) from None
        return str(compiler.process(element, **kw))
    raise CompileError(f"The {name} engine module does not write {type(element).__name__}.")
