"""Roles on a server archive, with real login roles on the private cluster: the change log
records the database user and is append-only for editors, readers cannot write, and a record
marked sensitive is invisible (with what hangs on it) to a role without the right; a report
built by such a user leaves it out and says how many were withheld."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from db import search, services
from db.archive import Archive
from db.errors import ArchiveReadOnly, ValidationError, WriteFailed
from db.models import ChangeLog
from db.report_data import ReportFilters, load_report_data
from desktop.cli import main
from tests.pg_server import Cluster

pytestmark = pytest.mark.postgres


@pytest.fixture
def team(pg_cluster: Cluster, pg_archive_url: str) -> Iterator[dict[str, str]]:
    """An archive with one normal and one sensitive event, roles installed by `casefile
    roles`, and login roles for an editor, a reader and an editor with the right."""
    with Archive.open(pg_archive_url, user="owner") as owner, services.edit(owner) as ed:
        case = services.create(ed, "case_file", {"title": "Chechnya 2017"})
        source = services.create(ed, "source", {"title": "Novaya Gazeta report"})
        public = services.create(ed, "event", {"case": case, "title": "Protest in London", "date_text": "2017-04-20"})
        hidden = services.create(ed, "event", {"case": case, "title": "Witness testimony", "sensitivity": "sensitive", "date_text": "2017-04-02"})
        services.create(ed, "citation", {"event": hidden, "source": source, "quote": "what the witness saw"})
    assert main(["roles", pg_archive_url]) == 0
    assert main(["roles", pg_archive_url]) == 0  # idempotent
    suffix = pg_archive_url.rsplit("_", 2)[-2] + pg_archive_url.rsplit("_", 1)[-1]
    names = {"editor": f"ed_{suffix}", "reader": f"rd_{suffix}", "trusted": f"tr_{suffix}"}
    for who, grant in (("editor", "casefile_editor"), ("reader", "casefile_reader"), ("trusted", "casefile_editor, casefile_sensitive")):
        pg_cluster.admin(f"DROP ROLE IF EXISTS {names[who]}")
        pg_cluster.admin(f"CREATE ROLE {names[who]} LOGIN IN ROLE {grant}")
    base = pg_archive_url.replace("casefile@", "{}@")
    yield {"owner": pg_archive_url, **{who: base.format(name) for who, name in names.items()}, **{f"{w}_name": n for w, n in names.items()}, "public": public, "hidden": hidden, "case": case}
    pg_cluster.admin(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename IN ({', '.join(repr(n) for n in names.values())})")
    for name in names.values():  # the database itself is dropped by pg_archive_url
        pg_cluster.admin(f"DROP OWNED BY {name}")
        pg_cluster.admin(f"DROP ROLE IF EXISTS {name}")


def _titles(archive: Archive) -> set[str]:
    with archive.session() as session:
        from db.models import Event

        return set(session.scalars(select(Event.title)))


def test_the_log_records_the_database_user_and_editors_cannot_rewrite_it(team: dict[str, str]) -> None:
    with Archive.open(team["editor"], user="alice") as editor:
        with services.edit(editor) as ed:
            services.update(ed, "event", team["public"], {"title": "Protest at Downing Street"})
        with editor.session() as session:
            last = session.scalars(select(ChangeLog).order_by(ChangeLog.id.desc()).limit(1)).one()
        assert (last.user, last.db_user) == ("alice", team["editor_name"])
        for statement in ("UPDATE change_log SET \"user\" = 'someone else'", "DELETE FROM change_log"):
            with pytest.raises(DBAPIError, match="append-only|permission denied"), editor.engine.begin() as conn:
                conn.execute(text(statement))
    with Archive.open(team["owner"], user="owner") as owner, owner.session() as session:
        assert session.scalar(select(ChangeLog.user).where(ChangeLog.id == last.id)) == "alice"  # untouched


def test_a_reader_reads_but_cannot_write(team: dict[str, str]) -> None:
    with Archive.open(team["reader"], user="rita") as reader:
        assert _titles(reader) == {"Protest in London"}
        assert reader.read_only  # the server says the role may only read
        with pytest.raises((ArchiveReadOnly, ValidationError, WriteFailed, DBAPIError)), services.edit(reader) as ed:
            services.update(ed, "event", team["public"], {"title": "Changed by a reader"})


def test_sensitive_records_are_visible_only_to_roles_with_the_right(team: dict[str, str]) -> None:
    with Archive.open(team["editor"], user="alice") as editor:
        assert _titles(editor) == {"Protest in London"}
        with editor.session() as session:
            assert search.search_events(session, "witness", 10) == []  # the search index hides it too
            quotes = session.execute(text("SELECT count(*) FROM citation")).scalar()
            logged = session.execute(text("SELECT count(*) FROM change_log WHERE record_uid = :u"), {"u": team["hidden"]}).scalar()
        assert (quotes, logged) == (0, 0)  # its citation and its log entries too
        with editor.session() as session:
            data = load_report_data(session, ReportFilters(case_uid=team["case"]))
        assert [e.title for e in data.events] == ["Protest in London"] and data.withheld_by_server == 1
    with Archive.open(team["trusted"], user="tess") as trusted:
        assert _titles(trusted) == {"Protest in London", "Witness testimony"}
        with trusted.session() as session:
            assert load_report_data(session, ReportFilters(case_uid=team["case"])).withheld_by_server == 0
    with Archive.open(team["owner"], user="owner") as owner:
        assert _titles(owner) == {"Protest in London", "Witness testimony"}


def test_an_editors_pdf_report_says_how_many_sensitive_records_were_withheld(team: dict[str, str], tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    pdf = tmp_path / "brief.pdf"
    assert main(["export-pdf", team["editor"], "-o", str(pdf)]) == 0
    words = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "1 sensitive record was withheld" in words and "Witness testimony" not in words


def test_a_role_without_the_right_hears_nothing_of_a_sensitive_records_change(team: dict[str, str]) -> None:
    from db.engine.postgres_listen import ChangeListener
    from db.location import ServerLocation

    import psycopg

    raw = psycopg.connect(team["editor"], autocommit=True)
    raw.execute("LISTEN casefile_changes")
    listener = ChangeListener(ServerLocation(team["editor"]))
    try:
        assert listener.changes(0) == []
        with Archive.open(team["owner"], user="owner") as owner, services.edit(owner) as ed:
            services.update(ed, "event", team["hidden"], {"title": "Witness testimony, second interview"})
            services.update(ed, "event", team["public"], {"title": "Protest in London, 20 April"})
        heard = listener.changes(5) + listener.changes(0.5)
        assert [(c.table, c.uid) for c in heard] == [("event", team["public"])]  # not even the hidden uid
        payloads = [n.payload for n in raw.notifies(timeout=1, stop_after=2)]
        assert len(payloads) == 2 and not any(team["hidden"] in p or "event" in p for p in payloads)  # ids only
    finally:
        listener.close()
        raw.close()
