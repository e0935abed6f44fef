"""The PostgreSQL engine through the seam: its interfaces, its identity checks, its search
(tsvector + GIN, unaccent, prefixes, any script, hostile words), its writers, and a lossless
copy between the engines."""

from __future__ import annotations

import inspect
import threading
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import func, select, text

from db import engine, records, search, services
from db.archive import SCHEMA_VERSION, Archive
from db.copy import copy_archive
from db.engine import Backend, BulkLoader, SearchIndex
from db.engine.postgres import BACKEND, PostgresBackend
from db.engine.postgres_bulk import PostgresBulkLoader
from db.engine.postgres_search import TsIndex
from db.errors import CasefileError, NotAnArchive, QueryCancelled, ServerUnreachable
from db.interchange import json_archive
from db.location import ServerLocation
from db.models import ChangeLog, Event
from tests.db.helpers import populate
from tests.pg_server import Cluster

pytestmark = pytest.mark.postgres


def _methods(protocol: type) -> dict[str, inspect.Signature]:
    own = {name: value for name, value in vars(protocol).items() if callable(value) and not name.startswith("_")}
    return {name: inspect.signature(value) for name, value in own.items()}


@pytest.mark.parametrize(("protocol", "implementation"), [(Backend, PostgresBackend), (SearchIndex, TsIndex), (BulkLoader, PostgresBulkLoader)])
def test_the_postgres_engine_implements_every_interface_method(protocol: type, implementation: type) -> None:
    for name, signature in _methods(protocol).items():
        method = getattr(implementation, name, None)
        assert callable(method), f"{implementation.__name__} lacks {name}"
        assert list(inspect.signature(method).parameters) == list(signature.parameters), name
    assert isinstance(BACKEND, Backend) and isinstance(BACKEND.search, SearchIndex)


def test_a_url_finds_the_engine_and_hides_its_password() -> None:
    location = ServerLocation("postgresql://ana:s3cret@db.example.org:5433/cases?sslmode=verify-full&sslrootcert=/etc/ca.pem")
    assert engine.for_location(location) is BACKEND is engine.for_location("postgres://x@h/db")
    assert "s3cret" not in str(location) and location.name == "cases on db.example.org"
    assert location.url.query == {"sslmode": "verify-full", "sslrootcert": "/etc/ca.pem"}  # TLS passes through to libpq
    with pytest.raises(ValueError, match="name the database"):
        ServerLocation("postgresql://ana@host")


def test_init_needs_an_empty_database_and_open_names_what_it_found(pg_url: str, pg_cluster: Cluster) -> None:
    with pytest.raises(NotAnArchive, match="empty database.*casefile init"):
        Archive.open(pg_url)
    with Archive.create(pg_url, user="ana") as archive:
        assert archive.on_server and archive.meta()["schema_version"] == str(SCHEMA_VERSION)
    with pytest.raises(Exception, match="already holds tables"):
        Archive.create(pg_url, user="ana")
    other = pg_cluster.new_database()
    with psycopg.connect(other, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id integer)")
    with pytest.raises(NotAnArchive, match="not a Casefile archive"):
        Archive.open(other)
    with pytest.raises(ServerUnreachable, match="does not exist"):
        Archive.open(pg_url.rsplit("/", 1)[0] + "/no_such_database")


def test_search_unaccents_prefixes_and_reads_every_script(archive_pg: Archive) -> None:
    with services.edit(archive_pg) as ed:
        case = services.ensure_default_case(ed)
        services.create(ed, "event", {"case": case, "title": "Vigil", "description": "a petition was read at the café"})
        services.create(ed, "event", {"case": case, "title": "Petition handed in", "description": "44,700 signatures"})
        services.create(ed, "event", {"case": case, "title": "Новая газета сообщает", "description": "Ёлка"})
        services.create(ed, "event", {"case": case, "title": "بيان منظمة العفو الدولية", "description": ""})
    with archive_pg.session() as session:
        ids = dict(session.execute(select(Event.title, Event.id)).all())  # type: ignore[arg-type]
        assert search.search_events(session, "petit") == [ids["Petition handed in"], ids["Vigil"]]  # title ranks first
        assert search.search_events(session, "CAFE") == [ids["Vigil"]]
        assert search.search_events(session, "новая газ") == [ids["Новая газета сообщает"]]
        assert search.search_events(session, "елка") == [ids["Новая газета сообщает"]]  # unaccent: ё = е
        assert search.search_events(session, "العفو") == [ids["بيان منظمة العفو الدولية"]]
        assert search.search_events(session, "44,700") == [ids["Petition handed in"]]
        for hostile in ["'); DROP TABLE event;--", "a & b | !c", "x:*", "<->", "\\", "'", "’", "\x00", "ǅ" * 3000]:
            search.search_events(session, hostile)  # answered, never an error
        assert session.scalar(select(func.count()).select_from(Event)) == 4
        session.execute(text("SET LOCAL enable_seqscan = off"))  # four rows: else a scan is cheaper
        plan = "\n".join(r[0] for r in session.execute(text("EXPLAIN SELECT id FROM event_search WHERE doc @@ casefile_query(CAST(:q AS jsonb))"), {"q": '["petit"]'}))
        assert "ix_event_search_doc" in plan  # the GIN index serves the query


def test_the_index_follows_edits_through_the_interface(archive_pg: Archive) -> None:
    with services.edit(archive_pg) as ed:
        case = services.ensure_default_case(ed)
        vigil = services.create(ed, "event", {"case": case, "title": "Vigil", "description": "balloons"})
    index = BACKEND.search
    query = index.query("balloon")
    assert query is not None and index.query("-- *") is None
    with archive_pg.transaction() as session:
        (vigil_id,) = session.scalars(select(Event.id).where(Event.uid == vigil)).all()
        assert index.count(session, "event", query) == 1
        assert session.scalars(select(Event.id).where(index.matching("event", query))).all() == [vigil_id]
        assert [i for batch in index.match_ids(session, "event", query) for (i,) in batch] == [vigil_id]
        index.remove(session, "event", [vigil_id])
        assert index.rank(session, "event", query) == []
        index.reindex(session, "event", [vigil_id])
        assert index.rank(session, "event", query) == [vigil_id]
        index.rebuild(session)
        assert index.count(session, "event", query, cap=0) == 1
    assert archive_pg.integrity_check(quick=False) == []


def test_a_cancelled_read_stops_with_a_typed_error(archive_pg: Archive) -> None:
    started = threading.Event()

    def cancelled() -> bool:
        return started.is_set()

    with pytest.raises(QueryCancelled), archive_pg.cancellable_session(cancelled) as session:
        started.set()
        session.execute(text("SELECT pg_sleep(20)"))
    with archive_pg.session() as session:
        assert session.scalar(text("SELECT 1")) == 1


def test_writers_take_turns_and_ids_continue_after_a_copy(archive_pg: Archive, tmp_path: Path) -> None:
    """Two writers at once never fork the change log's chain; ids explicitly copied in do
    not collide with the next record the edit service adds."""
    populate(archive_pg)
    errors: list[BaseException] = []

    def write(n: int) -> None:
        try:
            for i in range(5):
                with services.edit(archive_pg) as ed:
                    services.create(ed, "event", {"case": services.ensure_default_case(ed), "title": f"writer {n} event {i}"})
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    from db import changelog

    with archive_pg.session() as session:
        assert changelog.verify(session).ok


def test_copy_between_engines_is_lossless(archive_pg: Archive, tmp_path: Path, pg_url: str) -> None:
    populate(archive_pg)
    first = copy_archive(archive_pg, tmp_path / "laptop.casefile")
    assert first.rows["event"] > 0 and first.rows["change_log"] > 0
    with Archive.open(tmp_path / "laptop.casefile", user="tester") as laptop:
        assert laptop.uid == archive_pg.uid
        back = copy_archive(laptop, pg_url)
        assert back.log_head == first.log_head
        json_archive.export_json(laptop, tmp_path / "laptop.json")
    with Archive.open(pg_url, user="tester") as server:
        with server.session() as session:
            log = session.execute(select(ChangeLog.id, ChangeLog.hash)).all()
        json_archive.export_json(server, tmp_path / "server.json")
        with services.edit(server) as ed:  # the id sequences continue past the copied ids
            services.create(ed, "event", {"case": services.ensure_default_case(ed), "title": "After the copy"})
    with archive_pg.session() as session:
        assert session.execute(select(ChangeLog.id, ChangeLog.hash).where(ChangeLog.id <= log[-1][0])).all() == log
    assert (tmp_path / "laptop.json").read_bytes() == (tmp_path / "server.json").read_bytes()


def test_a_copy_refuses_a_target_that_holds_anything(archive_pg: Archive, pg_archive_url: str, tmp_path: Path) -> None:
    with pytest.raises(Exception, match="already holds tables"):
        copy_archive(archive_pg, pg_archive_url)
    (tmp_path / "x.casefile").write_bytes(b"data")
    with pytest.raises(FileExistsError):
        copy_archive(archive_pg, tmp_path / "x.casefile")


def test_a_second_client_hears_changes_and_catches_up_after_a_lost_connection(archive_pg: Archive, pg_archive_url: str) -> None:
    from db.engine.postgres_listen import ChangeListener

    listener = ChangeListener(archive_pg.path)
    try:
        assert listener.changes(0) == []  # connects, at the log's head
        with services.edit(archive_pg) as ed:
            uid = services.create(ed, "event", {"case": services.ensure_default_case(ed), "title": "Vigil"})
        heard = listener.changes(5)
        assert ("event", uid) in [(c.table, c.uid) for c in heard]
        listener._conn.close()  # the connection drops; what is committed meanwhile is not lost
        with services.edit(archive_pg) as ed:
            services.update(ed, "event", uid, {"title": "Vigil in Berlin"})
        caught_up = listener.changes(0)
        assert [(c.table, c.uid) for c in caught_up] == [("event", uid)]
        assert listener.changes(0.2) == []  # nothing new, nothing repeated
    finally:
        listener.close()


def test_a_copy_takes_an_attachment_derived_from_a_later_one(tmp_path: Path, pg_url: str) -> None:
    """Ids are not a parent order: a capture re-derived from a newer file still copies."""
    with Archive.create(tmp_path / "laptop.casefile", user="field") as laptop:
        with services.edit(laptop) as ed:
            source = services.create(ed, "source", {"title": "Report"})
            older = services.add_attachment(ed, source, "translation.txt", b"translated", kind="translation")
            newer = services.add_attachment(ed, source, "original.pdf", b"%PDF original", kind="pdf")
            services.update(ed, "attachment", older, {"derived_from": newer, "transformation_note": "translated from the PDF"})
        copy_archive(laptop, pg_url)
    with Archive.open(pg_url, user="team") as server:
        with server.session() as session:
            assert records.to_dict(session, services.get(session, "attachment", older))["derived_from"] == newer
        copy_archive(server, tmp_path / "back.casefile")
    with Archive.open(tmp_path / "back.casefile") as back, back.session() as session:
        assert records.to_dict(session, services.get(session, "attachment", older))["derived_from"] == newer


def test_a_copy_to_the_server_refuses_a_nul_character_naming_the_record(tmp_path: Path, pg_url: str) -> None:
    """PostgreSQL's text cannot hold U+0000: the copy says which record and field, writes
    nothing, and goes through once the character is removed."""
    import sqlite3

    path = tmp_path / "old-tool.casefile"
    with Archive.create(path, user="field") as laptop, services.edit(laptop) as ed:
        case = services.create(ed, "case_file", {"title": "Case"})
        uid = services.create(ed, "event", {"case": case, "title": "Scraped", "notes": "clean"})
    with sqlite3.connect(path) as raw:  # another tool wrote a NUL (Casefile's own writes refuse it)
        raw.execute("UPDATE event SET notes = 'before' || char(0) || 'after' WHERE uid = ?", (uid,))
    with Archive.open(path, user="field") as laptop:
        with pytest.raises(CasefileError, match=rf"event {uid} holds a NUL character \(U\+0000\) in notes.*nothing was copied"):
            copy_archive(laptop, pg_url)
        with services.edit(laptop) as ed:
            services.update(ed, "event", uid, {"notes": "before after"})
        copy_archive(laptop, pg_url)  # the database was left empty: the copy goes in now
    with Archive.open(pg_url) as server, server.session() as session:
        assert services.get(session, "event", uid).notes == "before after"
