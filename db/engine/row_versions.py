"""Row versions kept by the database itself: each engine's trigger that bumps a record's
``row_version`` on every UPDATE, whoever writes it (a service, a cascade's ``SET NULL``, a
bulk loader, a client of another version), so a save based on an older version is noticed.

SQLite has no BEFORE UPDATE that can change ``NEW``: an AFTER UPDATE trigger sets the column
once more, guarded by ``WHEN`` so its own update does not fire it again. PostgreSQL's BEFORE
UPDATE trigger sets ``NEW.row_version`` in the same row write.
"""

from __future__ import annotations

from collections.abc import Iterable

FUNCTION = """CREATE OR REPLACE FUNCTION casefile_row_version() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      NEW.row_version := OLD.row_version + 1;
      RETURN NEW;
    END $$"""


def ddl(dialect: str, tables: Iterable[str]) -> list[str]:
    """The statements that make ``tables`` bump ``row_version`` on every update."""
    if dialect == "postgresql":
        return [FUNCTION] + [
            f"CREATE TRIGGER {t}_row_version BEFORE UPDATE ON {t} FOR EACH ROW EXECUTE FUNCTION casefile_row_version()"
            for t in tables
        ]
    return [
        f"CREATE TRIGGER {t}_row_version AFTER UPDATE ON {t} FOR EACH ROW WHEN NEW.row_version = OLD.row_version "
        f"BEGIN UPDATE {t} SET row_version = OLD.row_version + 1 WHERE id = NEW.id; END"
        for t in tables
    ]


def drop(dialect: str, tables: Iterable[str]) -> list[str]:
    statements = [f"DROP TRIGGER IF EXISTS {t}_row_version" + (f" ON {t}" if dialect == "postgresql" else "") for t in tables]
    if dialect == "postgresql":
        statements.append("DROP FUNCTION IF EXISTS casefile_row_version()")
    return statements
