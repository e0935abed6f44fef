"""Two desktop clients on one archive see each other's changes within two seconds, without
any action of their own: on a PostgreSQL server (notifications, then a re-read) and on one
file (a poll of the log). The list, the detail form and the timeline all follow."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from db import services
from db.archive import Archive
from desktop.gui.panes.workbench import Workbench
from desktop.gui.tasks import TaskRunner
from desktop.gui.workspace import Workspace

WITHIN_MS = 2_000
SHOTS = Path("/work/notes/shots/s8")


@pytest.fixture
def clients(qtbot: Any, shared_location: str) -> Iterator[tuple[Workspace, Workspace, Workbench]]:
    """Alice's workspace (she edits) and Bob's, with his whole workbench shown and live."""
    with Archive.open(shared_location, user="setup") as setup, services.edit(setup) as ed:
        case = services.create(ed, "case_file", {"title": "Chechnya 2017"})
        services.create(ed, "event", {"case": case, "title": "Purge revealed", "date_text": "2017-04-01"})
    alice, bob = (Workspace(Archive.open(shared_location, user=name)) for name in ("alice", "bob"))
    runner = TaskRunner()
    bench = Workbench(bob, runner)
    qtbot.addWidget(bench)
    bench.resize(1100, 700)
    bench.show()
    qtbot.waitExposed(bench)
    bob.start_live(timeout=0.25)
    yield alice, bob, bench
    for ws in (alice, bob):
        ws.stop_live()
        ws.undo_stack.clear()
        ws.reader.shutdown()
        ws.archive.close()
    runner.shutdown()


def _alice_edits(alice: Workspace, table: str, uid: str | None, values: dict[str, Any]) -> str:
    from desktop.gui.commands import CreateRecordCommand, UpdateRecordCommand

    if uid is None:
        command = CreateRecordCommand(alice, table, values)
        alice.execute(command)
        assert command.uid is not None
        return command.uid
    alice.execute(UpdateRecordCommand(alice, table, uid, values))
    return uid


def test_bob_sees_alices_new_event_and_her_edit_within_two_seconds(clients: tuple[Workspace, Workspace, Workbench], qtbot: Any) -> None:
    alice, bob, bench = clients
    events = bench.list_pane.event_model
    assert events.rowCount() == 1
    first = events.uid_at(0)
    assert first is not None
    assert bench.list_pane.select_event(first)  # Bob looks at it, as a person would
    qtbot.waitUntil(lambda: bench.detail_pane.current == ("event", first))
    form = bench.detail_pane.forms["event"]
    case = alice.cases()[0][0]
    new = _alice_edits(alice, "event", None, {"case": case, "title": "Protest in London", "date_text": "2017-04-20"})
    qtbot.waitUntil(lambda: events.rowCount() == 2, timeout=WITHIN_MS)  # the list re-read its ids
    assert events.row_of_uid(new) is not None
    qtbot.waitUntil(lambda: "2 dated events" in bench.timeline_pane.summary.text(), timeout=WITHIN_MS)
    _alice_edits(alice, "event", first, {"title": "Purge revealed by Novaya Gazeta"})
    qtbot.waitUntil(lambda: form.title.line.text() == "Purge revealed by Novaya Gazeta", timeout=WITHIN_MS)
    SHOTS.mkdir(parents=True, exist_ok=True)
    bench.grab().save(str(SHOTS / "team-live-refresh.png"))
    # Bob's form was re-read, so his save is based on Alice's version: no conflict
    assert form.version == bob.event_detail(first).version
    _alice_edits(alice, "event", new, {"status": "confirmed"})
    qtbot.waitUntil(lambda: bob.event_rows([bob.record_id("event", new) or 0])[0].status == "confirmed", timeout=WITHIN_MS)


def test_bob_sees_a_record_alice_deleted_go(clients: tuple[Workspace, Workspace, Workbench], qtbot: Any) -> None:
    from desktop.gui.commands import DeleteRecordsCommand

    alice, _bob, bench = clients
    uid = bench.list_pane.event_model.uid_at(0)
    assert uid is not None
    assert bench.list_pane.select_event(uid)
    qtbot.waitUntil(lambda: bench.detail_pane.current == ("event", uid))
    alice.execute(DeleteRecordsCommand(alice, "event", [uid]))
    qtbot.waitUntil(lambda: bench.detail_pane.current is None, timeout=WITHIN_MS)  # no stale form
    qtbot.waitUntil(lambda: bench.list_pane.event_model.rowCount() == 0, timeout=WITHIN_MS)
