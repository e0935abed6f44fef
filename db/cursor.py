"""Stream a Core statement's rows through the SQLite driver cursor, for bulk reads.

SQLAlchemy's row processing costs about 1 µs per row: reading a million timeline rows took
1.75 s through ``Session.execute`` (3.2 s with ``yield_per``) and 0.84 s through the driver.
Only for statements whose results and parameters are plain SQLite values (int, float, str,
bytes, None): no type processing happens on this path.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Executable
from sqlalchemy.orm import Session

PLAIN_TYPES = (int, float, str, bytes, type(None))


def driver_batches(session: Session, statement: Executable, batch: int = 10_000) -> Iterator[list[tuple[Any, ...]]]:
    """Rows of ``statement`` in lists of up to ``batch``; consume while the session is open."""
    connection = session.connection()
    compiled = statement.compile(connection.engine, compile_kwargs={"render_postcompile": True})
    values = compiled.construct_params()
    parameters = tuple(values[name] for name in compiled.positiontup or ())
    if not all(isinstance(value, PLAIN_TYPES) for value in parameters):
        raise TypeError("driver_batches takes only plain SQLite parameter values")
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(str(compiled), parameters)
        while rows := cursor.fetchmany(batch):
            yield rows
    finally:
        cursor.close()
