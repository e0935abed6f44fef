"""Every write leaves a change-log entry: records of every kind made through the GUI's path
(workspace and undo commands), the command line (edit, delete, import) and each importer;
then the log is compared with the tables, by the custody audit and directly."""

from __future__ import annotations

import contextlib
import io
import json
import sqlite3
from collections import Counter
from pathlib import Path

from sqlalchemy import select

from db import custody, provenance, services
from db.archive import Archive
from db.interchange.csv_events import import_events_csv
from db.interchange.json_archive import export_json, import_json
from db.models import RECORD_MODELS, ChangeLog, Event, Place
from desktop.cli.main import main
from tests.db.helpers import populate

CSV = (
    "title,date,place,country,status,tags,actors,source_title,source_url,source_publisher,quote\n"
    "Vigil in Oslo,2017-05-17,Oslo,NO,confirmed,vigil; solidarity,Amnesty (organiser),Oslo vigil report,https://example.org/oslo,NRK,Hundreds\n"
    "Vigil in Bergen,2017-05,Bergen,NO,likely,vigil,Skeiv Ungdom (speaker),Oslo vigil report,https://example.org/oslo,NRK,\n"
)
MORE_CSV = "title,date,place,country,tags\nPetition delivered,2017-06-01,Oslo,NO,petition\n"


def _cli(*args: object) -> None:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()) as err:
        code = main([str(a) for a in args])
    assert code == 0, err.getvalue()


def _json_file(tmp_path: Path) -> Path:
    """A whole archive of every record kind, written by another archive."""
    with Archive.create(tmp_path / "elsewhere.casefile", user="elsewhere") as other:
        populate(other)
        export_json(other, tmp_path / "elsewhere.json")
    return tmp_path / "elsewhere.json"


def _through_the_gui(qtbot, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Every record kind created, changed, deleted, undone and redone as the windows do it."""
    from desktop.gui.commands import AddAttachmentCommand, CreateRecordCommand, DeleteRecordsCommand, UpdateRecordCommand
    from desktop.gui.workspace import Workspace

    archive = Archive.open(path, user="gui")
    workspace = Workspace(archive)
    try:

        def create(table: str, **values: object) -> str:
            command = CreateRecordCommand(workspace, table, values)
            workspace.execute(command)
            assert command.uid is not None
            return command.uid

        case = create("case_file", title="Norway vigils", tlp="GREEN")
        create("vocabulary", kind="event_type", term="vigil", label="vigil")
        oslo = create("place", name="Trondheim", country="NO")
        create("tag", name="made in the tag list")
        outlet = create("actor", name="Aftenposten")
        source = create("source", title="Candles in Trondheim", outlet=outlet, tags=["press", "vigil"])  # "press" is new
        event = create("event", case=case, title="Candles lit", date_text="2017-05", place=oslo, tags=["candles"])  # new tag
        other = create("event", case=case, title="Second vigil", date_text="2017-06")
        create("event_relation", from_event=other, to_event=event, relation_type="response_to")
        create("involvement", event=event, actor=outlet, role="witness")
        citation = create("citation", event=event, source=source, quote="lys", credibility=2)
        create("figure", event=event, citation=citation, minimum=200, unit="people")
        scan = AddAttachmentCommand(workspace, source, "page.html", b"<html>lys</html>", {"kind": "web_page"})
        workspace.execute(scan)
        workspace.execute(AddAttachmentCommand(workspace, source, "shot.png", b"PNG", {"kind": "full_page_capture", "derived_from": scan.uid}))
        workspace.execute(UpdateRecordCommand(workspace, "event", event, {"title": "Candles lit in Trondheim", "tags": ["candles", "brand new"]}))
        workspace.execute(DeleteRecordsCommand(workspace, "place", [oslo]))  # the event loses its place
        workspace.undo_stack.undo()  # the place comes back, linked again
        workspace.undo_stack.redo()
        workspace.undo_stack.undo()
        workspace.execute(DeleteRecordsCommand(workspace, "actor", [outlet]))  # involvement deleted, source unlinked
        throwaway = create("tag", name="undone")
        workspace.undo_stack.undo()  # the creation is undone: the tag is deleted
        assert throwaway
    finally:
        workspace.undo_stack.clear()
        workspace.reader.shutdown()
        archive.close()


def test_every_write_in_every_path_leaves_a_change_log_entry(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "case.casefile"
    (tmp_path / "vigils.csv").write_text(CSV, encoding="utf-8")
    (tmp_path / "more.csv").write_text(MORE_CSV, encoding="utf-8")
    _cli("import", path, tmp_path / "vigils.csv")  # creates the archive, then the bulk loader
    _cli("import", path, _json_file(tmp_path))  # every record kind, through the services
    _through_the_gui(qtbot, path)
    with Archive.open(path) as archive:
        with archive.session() as session:
            bergen = session.scalar(select(Event.uid).where(Event.title == "Vigil in Bergen"))
            bergen_place = session.scalar(select(Place.uid).where(Place.name == "Bergen"))
        import_events_csv(archive, tmp_path / "more.csv")  # each importer called directly too
    _cli("edit", path, bergen, "date=c. May 2017", "status=possible", "tags=vigil, rain")  # an imported event, a new tag
    _cli("delete", path, bergen_place)  # an imported place: its event is updated by the cascade
    with Archive.create(tmp_path / "third.casefile", user="x") as third:
        with services.edit(third) as ed:
            services.create(ed, "place", {"name": "Stavanger", "country": "NO"})
        export_json(third, tmp_path / "third.json")
    with Archive.open(path) as archive:
        import_json(archive, tmp_path / "third.json")

    with Archive.open(path) as archive, archive.session() as session:
        report = custody.audit(session)
        assert report.ok, report.mismatches
        assert report.chain.ok and len(report.imports) == 4 and all(check.ok for check in report.imports)
        assert sorted(check.format for check in report.imports) == ["casefile-archive", "casefile-archive", "csv-events", "csv-events"]
        assert any(check.edited for check in report.imports if check.file == "vigils.csv")  # the CLI changed imported records
        # directly: every record of every kind is in the tables, and each has an origin
        origins: Counter[str] = Counter()
        for table, model in RECORD_MODELS.items():
            uids = list(session.scalars(select(model.uid)))
            assert uids, f"the test made no {table}"
            for uid in uids:
                found = provenance.origin(session, table, uid)
                assert found is not None, (table, uid)
                origins[found.action] += 1
        assert origins["import"] and origins["insert"]
        actions = Counter(session.scalars(select(ChangeLog.action)))
        assert {"create", "insert", "update", "delete", "import"} <= set(actions)
        # every record the log says is there is there, and none it deleted
        present = {(t, uid) for t, m in RECORD_MODELS.items() for uid in session.scalars(select(m.uid))}
        last: dict[tuple[str, str], str] = {}
        for action, table, uid in session.execute(select(ChangeLog.action, ChangeLog.table_name, ChangeLog.record_uid).order_by(ChangeLog.id)):
            if action in ("insert", "update", "delete"):
                last[(table, uid)] = action
        assert {key for key, action in last.items() if action != "delete" and key[0] in RECORD_MODELS} - present == set()
        assert {key for key, action in last.items() if action == "delete"} & present == set()


def test_the_audit_catches_a_write_behind_the_logs_back(tmp_path: Path) -> None:
    path = tmp_path / "case.casefile"
    (tmp_path / "vigils.csv").write_text(CSV, encoding="utf-8")
    _cli("import", path, tmp_path / "vigils.csv")
    connection = sqlite3.connect(path)
    connection.execute("INSERT INTO tag (uid, name, created_at, updated_at) VALUES ('smuggled', 'smuggled', '', '')")
    connection.execute("DELETE FROM actor WHERE name = 'Amnesty'")  # an imported record, gone without a trace
    connection.execute("DELETE FROM vocabulary WHERE term = 'petition'")  # a logged record, gone without a delete entry
    connection.commit()
    connection.close()
    with Archive.open(path) as archive, archive.session() as session:
        report = custody.audit(session)
    problems = {(m.table, m.uid if m.table != "vocabulary" else "…", m.problem.split(":")[0]) for m in report.mismatches}
    assert ("tag", "smuggled", "present, but no change-log entry brought it in") in problems
    assert ("vocabulary", "…", "the change log has it, but it is gone without a delete entry") in problems
    assert any(m.table == "change_log" and "actor" in m.problem for m in report.mismatches)
    assert not report.ok
    assert json.dumps([m.problem for m in report.mismatches])  # plain data, printable
