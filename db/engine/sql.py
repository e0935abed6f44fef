"""SQL that every engine writes its own way, as portable SQLAlchemy constructs.

The rest of db/ builds statements with these; each engine module registers how it writes
them (``@compiles(construct, "<dialect>")``). Compiling for a dialect whose engine module
is not loaded yet loads it first.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, Text
from sqlalchemy.exc import CompileError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

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
