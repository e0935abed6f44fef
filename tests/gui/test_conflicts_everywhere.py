"""Every edit path refuses a save over another user's newer change (issue 13, item 3): the
list's inline edits, timeline drags and the tags editor, each with both values, who and when;
undo of a create and redo of a delete that someone has since edited are refused; a record
another user deleted is said to be deleted by them, and their edits re-read the form
without touching one's own typing. Two sessions on one archive file (and one on a server)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from db import services
from db.archive import Archive
from db.queries import EventFilter
from desktop.gui.commands import CreateRecordCommand, DeleteRecordsCommand, UpdateRecordCommand
from desktop.gui.models.event_table import EventColumn
from desktop.gui.panes.detail import DetailPane, edits
from desktop.gui.panes.list_pane import ListPane
from desktop.gui.panes.timeline_pane import TimelinePane
from desktop.gui.workspace import Workspace

SHOTS = Path("/work/notes/shots/s8")
WITHIN_MS = 2_000


@pytest.fixture
def two(qtbot: Any, demo_path: Path) -> Iterator[tuple[Workspace, Workspace]]:
    """Alice's and Bob's workspaces on the same archive file."""
    spaces = [Workspace(Archive.open(demo_path, user=name)) for name in ("alice", "bob")]
    yield spaces[0], spaces[1]
    for ws in spaces:
        ws.stop_live()
        ws.undo_stack.clear()
        ws.reader.shutdown()
        ws.archive.close()


def _shown(qtbot: Any, widget: Any, width: int = 1000, height: int = 600) -> Any:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _click(qtbot: Any, pane: ListPane, row: int) -> None:
    view = pane.views["event"]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(pane.event_model.index(row, EventColumn.SOURCES)).center())


def _editor(pane: ListPane) -> QLineEdit | None:
    """The open cell editor (the focus widget; offscreen, the window may not be active)."""
    found = QApplication.focusWidget()
    if isinstance(found, QLineEdit):
        return found
    return next((w for w in pane.views["event"].viewport().findChildren(QLineEdit) if w.isVisible()), None)


def _bob_sets(bob: Workspace, uid: str, values: dict[str, Any]) -> None:
    bob.execute(UpdateRecordCommand(bob, "event", uid, values))


def test_an_inline_edit_over_bobs_newer_title_is_refused_with_both_values(two: tuple[Workspace, Workspace], qtbot: Any) -> None:
    alice, bob = two
    pane = _shown(qtbot, ListPane(alice))
    pane.activateWindow()
    view = pane.views["event"]
    uid = pane.event_model.uid_at(0)
    seen = alice.record("event", uid)["title"]
    _click(qtbot, pane, 0)
    qtbot.keyClick(view, Qt.Key.Key_F2)  # Alice opens the editor on the title she sees
    editor = _editor(pane)
    assert isinstance(editor, QLineEdit) and editor.text() == seen
    _bob_sets(bob, uid, {"title": "Bob's title"})  # meanwhile Bob saves
    qtbot.keyClicks(editor, "Alice's title")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pane.refusal_box is not None)
    box = pane.refusal_box
    assert box is not None
    text = box.text()
    assert text.startswith("Not saved: bob changed this event at ") and " UTC, after you began editing." in text
    assert "Title — yours: Alice's title; theirs (bob): Bob's title" in text
    assert alice.record("event", uid)["title"] == "Bob's title"  # never silently overwritten
    assert alice.undo_stack.count() == 0
    SHOTS.mkdir(parents=True, exist_ok=True)
    qtbot.waitUntil(box.isVisible)
    box.grab().save(str(SHOTS / "team2-refused-inline-edit.png"))
    box.accept()
    # once the list shows Bob's title, a new edit is based on his version and saves
    _click(qtbot, pane, pane.event_model.row_of_uid(uid))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = _editor(pane)
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "Alice's title")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: alice.record("event", uid)["title"] == "Alice's title")


def test_a_timeline_drag_of_a_date_bob_moved_meanwhile_is_refused(two: tuple[Workspace, Workspace], qtbot: Any) -> None:
    alice, bob = two
    pane = _shown(qtbot, TimelinePane(alice))
    uid = alice.event_rows(alice.event_ids(EventFilter()))[0].uid
    event_id = alice.record_id("event", uid)
    assert event_id is not None
    alice.execute(UpdateRecordCommand(alice, "event", uid, {"date_text": "2017-04-01"}))
    pane.reload()
    qtbot.waitUntil(lambda: pane._drawn is not None and pane._drawn_start(event_id) == 736420)
    _bob_sets(bob, uid, {"date_text": "2001-02-03"})  # Bob moves it; Alice's timeline still shows the old bar
    pane.view.sig_event_moved.emit(event_id, 3)  # Alice drops the bar she sees three days on
    assert alice.record("event", uid)["date_text"] == "2001-02-03"
    assert alice.undo_stack.count() == 1  # only her own earlier edit
    assert pane.refusal.startswith("Not saved: bob changed this event at ")
    assert "theirs (bob): 3 February 2001" in pane.refusal and "yours: 6 February 2001" in pane.refusal
    qtbot.waitUntil(lambda: pane._drawn is not None and pane._drawn_start(event_id) == 730519)  # redrawn where Bob put it
    said = pane.selected_label.text()  # still said after the redraw, the full text as its tooltip
    assert said.startswith("Not moved: bob changed the date to 3 February 2001 (") and said.endswith(" UTC); yours: 6 February 2001. Nothing was overwritten.")
    assert pane.selected_label.toolTip() == pane.refusal
    SHOTS.mkdir(parents=True, exist_ok=True)
    pane.grab().save(str(SHOTS / "team2-refused-timeline-move.png"))
    pane.view.sig_event_moved.emit(event_id, 3)  # now based on what is shown: saved
    assert alice.record("event", uid)["date_text"] == "2001-02-06"


def test_a_tag_added_over_bobs_newer_change_is_refused_with_both_values(two: tuple[Workspace, Workspace], qtbot: Any) -> None:
    alice, bob = two
    pane = _shown(qtbot, DetailPane(alice), 520, 900)
    uid = alice.event_rows(alice.event_ids(EventFilter()))[0].uid
    pane.show_record("event", uid)
    tags = pane.forms["event"].tags  # type: ignore[attr-defined]
    before = list(alice.record("event", uid)["tags"])
    seen = alice.row_version("event", uid)
    _bob_sets(bob, uid, {"tags": [*before, "bob-tag"]})  # only a link table changes: still a new version
    assert alice.row_version("event", uid) == (seen or 0) + 1
    tags.input.setText("alice-tag")
    qtbot.keyClick(tags.input, Qt.Key.Key_Return)
    assert sorted(alice.record("event", uid)["tags"]) == sorted([*before, "bob-tag"])
    assert tags.error.text().startswith("Not saved: bob changed this event at ")
    assert "Tags — yours: " in tags.error.text() and "alice-tag" in tags.error.text() and "bob-tag" in tags.error.text()
    assert "alice-tag" not in alice.tag_names()  # the new tag was not left behind


def test_undo_of_a_create_bob_has_since_edited_is_refused(two: tuple[Workspace, Workspace]) -> None:
    alice, bob = two
    case = alice.default_case()
    command = CreateRecordCommand(alice, "event", {"case": case, "title": "Raid", "date_text": "2017-05-01"})
    alice.execute(command)
    uid = command.uid
    assert uid is not None
    alice.execute(UpdateRecordCommand(alice, "event", uid, {"title": "Raid on the office"}))
    alice.undo()  # her own later edits are no conflict
    _bob_sets(bob, uid, {"status": "confirmed"})
    message = alice.undo()
    assert message is not None and message.startswith("Cannot undo: bob has changed this event since (")
    assert "UTC); undo would remove it with their change." in message
    assert alice.record("event", uid)["status"] == "confirmed"  # still there, Bob's change kept
    assert alice.undo_stack.index() == 1


def test_undo_of_her_own_create_still_works(two: tuple[Workspace, Workspace]) -> None:
    alice, _bob = two
    uid = edits.create(alice, "event", {"case": alice.default_case(), "title": "Raid"})
    alice.execute(UpdateRecordCommand(alice, "event", uid, {"title": "Raid on the office"}))
    assert alice.undo() is None and alice.undo() is None
    assert alice.record_id("event", uid) is None


def test_redo_of_a_delete_bob_has_since_edited_is_refused(two: tuple[Workspace, Workspace]) -> None:
    alice, bob = two
    uid = alice.event_rows(alice.event_ids(EventFilter()))[0].uid
    alice.execute(DeleteRecordsCommand(alice, "event", [uid]))
    assert alice.undo() is None  # restored
    _bob_sets(bob, uid, {"title": "Bob kept this"})
    message = alice.redo()
    assert message is not None and message.startswith("Cannot redo: bob has changed this event since (")
    assert "redo would remove it with their change." in message
    assert alice.record("event", uid)["title"] == "Bob kept this"


def test_undo_of_a_compound_step_with_a_create_bob_edited_is_refused(two: tuple[Workspace, Workspace]) -> None:
    alice, bob = two
    uid = alice.event_rows(alice.event_ids(EventFilter()))[0].uid
    source = edits.cite_new_source(alice, uid, "Witness statement", {})
    bob.execute(UpdateRecordCommand(bob, "source", source, {"title": "Witness statement (signed)"}))
    message = alice.undo()
    assert message is not None and "bob has changed this source since" in message
    assert alice.record("source", source)["title"] == "Witness statement (signed)"


@pytest.fixture
def live(qtbot: Any, shared_location: str) -> Iterator[tuple[Workspace, Workspace, str]]:
    """Alice (live, her detail pane shows the event) and Bob, on a file or a server."""
    with Archive.open(shared_location, user="setup") as setup, services.edit(setup) as ed:
        case = services.create(ed, "case_file", {"title": "Chechnya 2017"})
        uid = services.create(ed, "event", {"case": case, "title": "Purge revealed", "date_text": "2017-04-01"})
    alice, bob = (Workspace(Archive.open(shared_location, user=name)) for name in ("alice", "bob"))
    alice.start_live(timeout=0.25)
    yield alice, bob, uid
    for ws in (alice, bob):
        ws.stop_live()
        ws.undo_stack.clear()
        ws.reader.shutdown()
        ws.archive.close()


def test_a_record_bob_deleted_is_said_deleted_by_him(live: tuple[Workspace, Workspace, str], qtbot: Any) -> None:
    alice, bob, uid = live
    pane = _shown(qtbot, DetailPane(alice), 520, 400)
    pane.show_record("event", uid)
    bob.execute(DeleteRecordsCommand(bob, "event", [uid]))
    qtbot.waitUntil(lambda: pane.message_text().startswith("Deleted by bob"), timeout=WITHIN_MS)
    assert pane.message_text().endswith(" UTC — this record no longer exists.")
    SHOTS.mkdir(parents=True, exist_ok=True)
    pane.grab().save(str(SHOTS / "team2-deleted-by-other.png"))


def test_bobs_change_re_reads_the_form_but_never_alices_typing(live: tuple[Workspace, Workspace, str], qtbot: Any) -> None:
    alice, bob, uid = live
    pane = _shown(qtbot, DetailPane(alice), 520, 900)
    pane.show_record("event", uid)
    form = pane.forms["event"]
    bob.execute(UpdateRecordCommand(bob, "event", uid, {"title": "Purge revealed by Novaya Gazeta"}))
    qtbot.waitUntil(lambda: form.title.line.text() == "Purge revealed by Novaya Gazeta", timeout=WITHIN_MS)  # type: ignore[attr-defined]
    summary = form.fields["description"]
    summary.editor.setFocus()
    qtbot.keyClicks(summary.editor, "Alice is typing")
    bob.execute(UpdateRecordCommand(bob, "event", uid, {"title": "Second title", "description": "Bob's description"}))
    qtbot.waitUntil(lambda: form.title.line.text() == "Second title", timeout=WITHIN_MS)  # type: ignore[attr-defined]
    assert "Alice is typing" in summary.raw_value()


@pytest.mark.parametrize(("section", "table", "key", "editor"), [
    ("citations", "citation", "quote", "quote"),
    ("figures", "figure", "unit", "unit"),
    ("involvements", "involvement", "note", "note"),
])  # fmt: skip
def test_a_linked_record_edited_over_bobs_newer_change_is_refused(two: tuple[Workspace, Workspace], qtbot: Any, section: str, table: str, key: str, editor: str) -> None:
    alice, bob = two
    pane = _shown(qtbot, DetailPane(alice), 520, 900)
    detail = next(d for d in (alice.event_detail(r.uid) for r in alice.event_rows(alice.event_ids(EventFilter()))) if getattr(d, section))
    pane.show_record("event", detail.uid)
    linked = getattr(pane.forms["event"], section)
    uid = getattr(detail, section)[0].uid
    linked.select_uid(uid)
    qtbot.mouseClick(linked.edit_button, Qt.MouseButton.LeftButton)  # Alice opens the dialog on what she sees
    dialog = linked.dialog
    bob.execute(UpdateRecordCommand(bob, table, uid, {key: "Bob's words"}))  # meanwhile Bob saves
    widget = getattr(dialog, editor)
    widget.selectAll()
    qtbot.keyClicks(widget, "Alice's words")
    dialog.accept()
    message = dialog.error_text()
    assert message.startswith(f"Not saved: bob changed this {table} at ") and " UTC, after you began editing." in message
    assert "yours: Alice's words; theirs (bob): Bob's words" in message
    assert alice.record(table, uid)[key] == "Bob's words"  # never silently overwritten
    assert dialog.isVisible()  # her input stays, to copy or to cancel
    if table == "citation":
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SHOTS / "team2-refused-citation-edit.png"))
