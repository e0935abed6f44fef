"""The digest a bulk CSV import's change-log entry carries: SHA-256 over every row it wrote.

A bulk import writes one log entry, not one per record; the entry vouches for the records
through this digest, so any record's content can later be traced to the file it came from
(:mod:`db.provenance` recomputes it from the archive).

Definition (method :data:`METHOD`): for each table, the rows the import inserted, ordered
by id (``event_tag`` by event then tag id), each as the JSON array of its *layout* columns
(the columns the import varies, listed in the entry; ``json.dumps`` with
``ensure_ascii=False`` and default separators), joined by ``", "`` and hashed with SHA-256;
the digest is SHA-256 over the lines ``table:hexdigest\\n`` of the tables with rows, in
sorted table order. Every other column of an imported row holds the constant the entry
lists. This is exactly the text the loader hands the database batch by batch (a JSON array
of those arrays), so the import hashes that text once, on its reader thread: no extra pass.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from typing import Any

METHOD = "casefile-bulk-rows/1"


class RowsDigest:
    """Accumulates per-table SHA-256 over row arrays, fed one batch (one JSON array) at a time."""

    def __init__(self) -> None:
        self._tables: dict[str, Any] = {}

    def add_batch(self, table: str, rows_json: str) -> None:
        """Add the rows of ``rows_json``, a JSON array of row arrays as ``json.dumps`` writes it."""
        data = rows_json.encode("utf-8")
        if len(data) <= 2:  # "[]"
            return
        hasher = self._tables.get(table)
        if hasher is None:
            hasher = self._tables[table] = hashlib.sha256()
        else:
            hasher.update(b", ")
        hasher.update(memoryview(data)[1:-1])

    def add_rows(self, table: str, rows: Iterable[Sequence[Any]]) -> None:
        """Add rows given as values (how a verifier reads them back)."""
        rows = [list(row) for row in rows]
        if rows:
            self.add_batch(table, json.dumps(rows, ensure_ascii=False))

    def tables(self) -> dict[str, str]:
        """Hex digest per table with rows."""
        return {table: hasher.hexdigest() for table, hasher in sorted(self._tables.items())}

    def hexdigest(self) -> str:
        lines = "".join(f"{table}:{digest}\n" for table, digest in self.tables().items())
        return hashlib.sha256(lines.encode("ascii")).hexdigest()
