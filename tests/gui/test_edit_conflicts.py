"""Two people on one archive (two sessions, two connections to one file): a save over the
other's newer change is refused and shown with both values, who and when, and the user keeps
theirs or takes the other's; an undo of a value the other has since changed is refused."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from db.archive import Archive
from db.queries import EventFilter
from desktop.gui.panes.detail import DetailPane
from desktop.gui.panes.detail.event_form import EventForm
from desktop.gui.workspace import Workspace
from tests.gui.helpers import retype

SHOTS = Path("/work/notes/shots/s8")


@pytest.fixture
def two(qtbot: Any, demo_path: Path) -> Iterator[tuple[Workspace, Workspace]]:
    """Alice's and Bob's workspaces on the same archive file."""
    spaces = [Workspace(Archive.open(demo_path, user=name)) for name in ("alice", "bob")]
    yield spaces[0], spaces[1]
    for ws in spaces:
        ws.undo_stack.clear()
        ws.reader.shutdown()
        ws.archive.close()


def _pane(qtbot: Any, ws: Workspace) -> DetailPane:
    pane = DetailPane(ws)
    qtbot.addWidget(pane)
    pane.resize(520, 900)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def _first_event(ws: Workspace) -> str:
    return ws.event_rows(ws.event_ids(EventFilter()))[0].uid


def _form(pane: DetailPane, uid: str) -> EventForm:
    pane.show_record("event", uid)
    form = pane.forms["event"]
    assert isinstance(form, EventForm)
    return form


def test_a_conflicting_save_shows_both_values_and_who_and_keep_mine_saves(two: tuple[Workspace, Workspace], qtbot: Any) -> None:
    alice, bob = two
    uid = _first_event(alice)
    pane_a, pane_b = _pane(qtbot, alice), _pane(qtbot, bob)
    form_a, form_b = _form(pane_a, uid), _form(pane_b, uid)
    form_a.title.line.setFocus()
    qtbot.keyClicks(form_a.title.line, " (Alice)", delay=-1)  # Alice starts typing, not yet saved
    retype(qtbot, form_b.title.line, "Bob's title")  # Bob saves first
    assert bob.record("event", uid)["title"] == "Bob's title"
    alice_text = form_a.title.line.text()
    form_a.title.commit()  # Alice's save is based on the version before Bob's
    box = form_a.title.conflict
    assert box.isVisible()
    assert alice.record("event", uid)["title"] == "Bob's title"  # nothing overwritten
    assert f"Yours: {alice_text}" == box.mine.text()
    assert box.theirs.text() == "Theirs (bob): Bob's title"
    assert "bob changed this event at" in box.headline.text() and "UTC" in box.headline.text()
    assert form_a.title.line.text() == alice_text  # her typing is kept
    qtbot.waitUntil(lambda: box.keep_button.height() > 0)
    SHOTS.mkdir(parents=True, exist_ok=True)
    form_a.grab().save(str(SHOTS / "team-edit-conflict.png"))
    qtbot.mouseClick(box.keep_button, Qt.MouseButton.LeftButton)
    assert not box.isVisible()
    assert alice.record("event", uid)["title"] == alice_text
    alice.undo()  # keep mine is its own step: undo brings Bob's value back, not the older one
    assert alice.record("event", uid)["title"] == "Bob's title"


def test_take_theirs_drops_the_typing_and_shows_their_value(two: tuple[Workspace, Workspace], qtbot: Any) -> None:
    alice, bob = two
    uid = _first_event(alice)
    pane_a, pane_b = _pane(qtbot, alice), _pane(qtbot, bob)
    form_a, form_b = _form(pane_a, uid), _form(pane_b, uid)
    form_a.description.text_edit.setFocus()
    qtbot.keyClicks(form_a.description.text_edit, "Alice's note. ")
    retype(qtbot, form_b.title.line, "Bob renamed it")
    form_a.description.commit()
    box = form_a.description.conflict
    assert box.isVisible() and "Theirs (bob)" in box.theirs.text()
    qtbot.waitUntil(lambda: box.take_button.height() > 0)
    qtbot.mouseClick(box.take_button, Qt.MouseButton.LeftButton)
    assert not box.isVisible() and not form_a.description.dirty
    assert form_a.title.line.text() == "Bob renamed it"  # the form re-read the record
    assert "Alice's note" not in alice.record("event", uid)["description"]


def test_own_saves_in_one_form_never_conflict(two: tuple[Workspace, Workspace], qtbot: Any) -> None:
    alice, _bob = two
    uid = _first_event(alice)
    pane = _pane(qtbot, alice)
    form = _form(pane, uid)
    retype(qtbot, form.title.line, "One")
    retype(qtbot, form.title.line, "Two")
    form.description.text_edit.setFocus()
    qtbot.keyClicks(form.description.text_edit, "more")
    form.description.commit()
    assert not form.description.conflict.isVisible()
    assert alice.record("event", uid)["title"] == "Two" and alice.record("event", uid)["description"].startswith("more")


def test_undo_of_a_value_bob_changed_again_is_refused_with_a_clear_message(two: tuple[Workspace, Workspace], qtbot: Any) -> None:
    alice, bob = two
    uid = _first_event(alice)
    pane_a, pane_b = _pane(qtbot, alice), _pane(qtbot, bob)
    form_a, form_b = _form(pane_a, uid), _form(pane_b, uid)
    original = alice.record("event", uid)["title"]
    retype(qtbot, form_a.title.line, "Alice's title")
    form_b.refresh()  # Bob's form re-reads (live refresh does this on its own) and he saves over it
    retype(qtbot, form_b.title.line, "Bob's title")
    assert bob.record("event", uid)["title"] == "Bob's title"
    with qtbot.waitSignal(alice.sig_refused) as refused:
        message = alice.undo()
    assert message is not None and refused.args == [message]
    assert "Cannot undo" in message and "bob" in message and "title" in message
    assert alice.record("event", uid)["title"] == "Bob's title"  # Bob's change stands
    assert alice.undo_stack.index() == 1 and alice.undo_stack.canUndo()  # the step is still there
    bob.undo()  # Bob takes his back: now Alice's undo is safe again
    assert alice.record("event", uid)["title"] == "Alice's title"
    assert alice.undo() is None
    assert alice.record("event", uid)["title"] == original
