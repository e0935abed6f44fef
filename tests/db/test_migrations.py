"""Migrations: an empty database migrated to head equals the models, FTS included."""

from __future__ import annotations

import json
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, select

from db import migrate
from db import models
from db.models import Base


def test_empty_database_migrates_to_head_matching_the_models(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'm.db'}")
    with engine.begin() as conn:
        migrate.upgrade(conn)
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": lambda obj, name, type_, *_: not (type_ == "table" and "_fts" in (name or ""))}
        )
        assert compare_metadata(context, Base.metadata) == []
        tables = set(inspect(conn).get_table_names())
        assert set(Base.metadata.tables) <= tables
        assert {"event_fts", "source_fts", "alembic_version"} <= tables
        head = ScriptDirectory.from_config(migrate.alembic_config()).get_current_head()
        assert context.get_current_revision() == head
        sql = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'event_fts'").scalar()
        assert "remove_diacritics 2" in sql


def test_downgrade_to_base_removes_everything(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'm.db'}")
    with engine.begin() as conn:
        migrate.upgrade(conn)
    with engine.begin() as conn:
        from alembic import command

        command.downgrade(migrate.alembic_config(conn), "base")
    with engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) == {"alembic_version"}


def test_every_released_schema_opens_migrated_with_its_data(tmp_path: Path) -> None:
    """Build an archive at each earlier revision, as that release wrote it, then open it."""
    import sqlite3

    from alembic.script import ScriptDirectory

    from db import services
    from db.archive import SCHEMA_VERSION, Archive
    from db.engine.sqlite import APPLICATION_ID

    script = ScriptDirectory.from_config(migrate.alembic_config())
    revisions = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert revisions[0] == "0001" and len(revisions) == SCHEMA_VERSION
    for version, revision in enumerate(revisions[:-1], start=1):
        path = tmp_path / f"v{version}.casefile"
        with Archive.create(path) as archive:  # fill through today's services, then step the schema back
            with services.edit(archive) as ed:
                case = services.ensure_default_case(ed)
                services.create(ed, "event", {"case": case, "title": "Vigil in Oslo", "date_text": "2017-05-17"})
        engine = create_engine(f"sqlite:///{path}")
        with engine.begin() as conn:
            from alembic import command

            command.downgrade(migrate.alembic_config(conn), revision)
            conn.exec_driver_sql(f"PRAGMA user_version = {version}")
            conn.exec_driver_sql(f"UPDATE meta SET value = '{version}' WHERE key = 'schema_version'")
        engine.dispose()
        with Archive.open(path) as archive:
            assert archive.meta()["schema_version"] == str(SCHEMA_VERSION)
            with archive.session() as session:
                from db import queries

                assert [r.title for r in queries.events_page(session, sort="updated")] == ["Vigil in Oslo"]
                from db import changelog
                from db.models import ChangeLog

                last = session.scalars(select(ChangeLog).order_by(ChangeLog.id.desc())).first()
                assert (last.action, last.table_name) == ("migrate", "meta")  # the migration is logged
                assert json.loads(last.changes) == {"schema_version": [version, SCHEMA_VERSION]}
                assert last.record_uid == archive.meta()["archive_uid"]
                assert changelog.verify(session).ok
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == revisions[-1]
        conn.close()


def _downgraded(path: Path, revision: str) -> None:
    """Step a closed archive back to ``revision``, stamped as the release that wrote it."""
    from alembic import command

    version = int(revision)
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), revision)
        conn.exec_driver_sql(f"PRAGMA user_version = {version}")
        conn.exec_driver_sql(f"UPDATE meta SET value = '{version}' WHERE key = 'schema_version'")
    engine.dispose()


def test_escaped_aliases_of_older_archives_become_searchable_text(tmp_path: Path) -> None:
    """Schema 6 stored and indexed aliases as escaped JSON; opening migrates both."""
    import json
    import sqlite3

    from db import lists, search, services
    from db.archive import Archive
    from db.engine import sqlite_search

    path = tmp_path / "v6.casefile"
    with Archive.create(path) as archive, services.edit(archive) as ed:
        case = services.ensure_default_case(ed)
        amnesty = services.create(ed, "actor", {"name": "Amnesty International", "aliases": ["AI", "منظمة العفو الدولية"]})
        event = services.create(ed, "event", {"case": case, "title": "Vigil"})
        services.create(ed, "involvement", {"event": event, "actor": amnesty, "role": "organiser"})
        services.create(ed, "source", {"title": "Annual report", "outlet": amnesty})
    _downgraded(path, "0006")
    conn = sqlite3.connect(path)  # as release 6 wrote them: escaped JSON, indexed as it is
    conn.execute("UPDATE actor SET aliases = ?", (json.dumps(["AI", "منظمة العفو الدولية"]),))
    for table, doc in (("event_fts", sqlite_search.EVENT_DOC), ("source_fts", sqlite_search.SOURCE_DOC)):
        old = doc.replace(sqlite_search.ALIASES.format(actor="a"), "a.aliases").replace(sqlite_search.ALIASES.format(actor="o"), "o.aliases")
        conn.execute(f"DELETE FROM {table}")
        conn.execute(f"INSERT INTO {table}(rowid, title, body) {old}")
    assert conn.execute("SELECT count(*) FROM event_fts WHERE event_fts MATCH 'u0645*'").fetchone() == (1,)
    conn.commit()
    conn.close()
    with Archive.open(path) as archive, archive.session() as session:
        assert search.search_events(session, "u0645") == [] and search.search_sources(session, "u0645") == []
        assert len(search.search_events(session, "العفو")) == 1 and len(search.search_sources(session, "منظمة")) == 1
        assert [row.uid for row in lists.named("actor").page(session, "العفو")] == [amnesty]
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT aliases FROM actor").fetchone() == ('["AI", "منظمة العفو الدولية"]',)
    conn.close()


def test_date_bounds_of_older_archives_are_recomputed(tmp_path: Path) -> None:
    """Schema 7 ended a winter on 31 December (and more, see migration 0008); opening fixes the
    derived bounds of every row, keeps the text as written, and leaves unreadable text alone."""
    import sqlite3

    from db import queries, services
    from db.archive import Archive
    from db.queries import EventFilter

    path = tmp_path / "v7.casefile"
    stale = {  # text → the bounds schema 7 stored for it
        "2017-24": ("2017-12-01", "2017-12-31"),
        "1984-?06": ("1984-05-01", "1984-07-30"),
        "2004-?06-?11": ("2004-05-10", "2004-07-12"),
        "../2018": (None, "2018-12-31"),
        "2017-04-01": ("2017-04-01", "2017-04-01"),
    }
    with Archive.create(path) as archive, services.edit(archive) as ed:
        case = services.ensure_default_case(ed)
        for text in stale:
            services.create(ed, "event", {"case": case, "title": text, "date_text": text})
        services.create(ed, "event", {"case": case, "title": "unreadable", "date_text": "2017"})
        services.create(ed, "source", {"title": "Winter report", "published": "2017-24"})
    _downgraded(path, "0007")
    conn = sqlite3.connect(path)
    for text, (lo, hi) in stale.items():
        conn.execute("UPDATE event SET date_lo = ?, date_hi = ? WHERE date_text = ?", (lo, hi, text))
    conn.execute("UPDATE event SET date_text = 'not a date' WHERE title = 'unreadable'")
    conn.execute("UPDATE source SET published_lo = '2017-12-01', published_hi = '2017-12-31'")
    conn.commit()
    conn.close()
    with Archive.open(path) as archive, archive.session() as session:
        in_february = queries.events_page(session, EventFilter(date_from="2018-02-01", date_to="2018-02-28"))
        assert sorted(row.title for row in in_february) == ["../2018", "2017-24"]
    conn = sqlite3.connect(path)
    assert dict((r[0], r[1:]) for r in conn.execute("SELECT date_text, date_lo, date_hi FROM event")) == {
        "2017-24": ("2017-12-01", "2018-02-28"),
        "1984-?06": ("1984-05-01", "1984-07-31"),
        "2004-?06-?11": ("2004-06-08", "2004-06-14"),
        "../2018": (None, "2018-12-31"),
        "2017-04-01": ("2017-04-01", "2017-04-01"),
        "not a date": ("2017-01-01", "2017-12-31"),
    }
    assert conn.execute("SELECT published_lo, published_hi FROM source").fetchone() == ("2017-12-01", "2018-02-28")
    conn.close()


def test_schema_9_records_keep_verifying_after_the_identifier_columns_arrive(tmp_path: Path) -> None:
    """Migration 0010 adds empty columns; every digest logged at schema 9 must still match, and a
    value written into a new column since is covered by its record's digest."""
    import sqlite3

    from db import record_check, services
    from db.archive import Archive

    path = tmp_path / "v9.casefile"
    with Archive.create(path) as archive, services.edit(archive) as ed:
        case = services.ensure_default_case(ed)
        services.create(ed, "event", {"case": case, "title": "Vigil in Oslo", "date_text": "2017-05"})
        services.create(ed, "source", {"title": "Report", "url": "https://example.org/r"})
    _downgraded(path, "0009")
    with Archive.open(path) as archive:
        with archive.session() as session:
            assert record_check.check_records(session).ok
        with services.edit(archive) as ed:
            source = ed.session.scalar(select(models.Source.uid))
            services.update(ed, "source", source, {"doi": "10.1000/xyz123"})
    conn = sqlite3.connect(path)
    conn.execute("UPDATE source SET doi = '10.1000/forged'")
    conn.commit()
    conn.close()
    with Archive.open(path) as archive, archive.session() as session:
        (tampered,) = record_check.check_records(session).tampered
        assert tampered.fields == ("doi",)
