"""The actor and place forms driven through their widgets: protection, aliases, coordinates, event links."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop.gui.panes.detail import DetailPane
from desktop.gui.panes.detail.actor_form import ActorForm
from desktop.gui.panes.detail.place_form import PlaceForm
from desktop.gui.workspace import Workspace
from tests.gui.helpers import retype


def named_uid(ws: Workspace, table: str, label: str) -> str:
    return next(r.uid for r in ws.named_rows(table) if r.label == label)


def test_protected_actor_with_pseudonym(workspace: Workspace, pane: DetailPane, qtbot: Any) -> None:
    uid = named_uid(workspace, "actor", "Amnesty International")
    before = workspace.dump()
    pane.show_record("actor", uid)
    form = pane.forms["actor"]
    assert isinstance(form, ActorForm)
    assert not form.protection.isVisibleTo(form)
    qtbot.mouseClick(form.protected.check, Qt.MouseButton.LeftButton)
    assert workspace.record("actor", uid)["protected"] is True
    assert form.protection.isVisibleTo(form) and "set a pseudonym" in form.protection.text()
    retype(qtbot, form.pseudonym.line, "Witness C")
    assert workspace.record("actor", uid)["pseudonym"] == "Witness C"
    assert "reports print “Witness C”" in form.protection.text()
    retype(qtbot, form.aliases.line, "AI; Amnesty, the organisation")
    assert workspace.record("actor", uid)["aliases"] == ["AI", "Amnesty, the organisation"]
    assert form.aliases.line.text() == "AI; Amnesty, the organisation"
    assert workspace.undo_stack.count() == 3
    while workspace.undo_stack.canUndo():
        workspace.undo_stack.undo()
    assert workspace.dump() == before
    assert not form.protected.check.isChecked() and not form.protection.isVisibleTo(form)


def test_protected_people_are_marked_in_the_demo(workspace: Workspace, pane: DetailPane) -> None:
    protected = [r for r in workspace.named_rows("actor") if workspace.record("actor", r.uid)["protected"]]
    assert protected
    pane.show_record("actor", protected[0].uid)
    form = pane.forms["actor"]
    assert isinstance(form, ActorForm)
    assert form.protected.check.isChecked() and form.protection.isVisibleTo(form)


def test_actor_appears_in_n_events_and_links_to_them(workspace: Workspace, pane: DetailPane, qtbot: Any) -> None:
    uid = named_uid(workspace, "actor", "Amnesty International")
    pane.show_record("actor", uid)
    form = pane.forms["actor"]
    assert isinstance(form, ActorForm)
    events = workspace.record_detail("actor", uid).events
    involvements = [i for i in workspace.dump()["involvement"].values() if i["actor"] == uid]
    assert len(events) == len({i["event"] for i in involvements}) == 7
    assert form.events.summary == "Appears in 7 events"
    table = form.events.table
    with qtbot.waitSignal(pane.sig_open_record) as opened:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(table.item(0, 1)).center())
    assert opened.args == ["event", events[0].uid]


def test_place_coordinates_are_checked_before_writing(workspace: Workspace, pane: DetailPane, qtbot: Any) -> None:
    uid = named_uid(workspace, "place", "Berlin")
    before = workspace.dump()
    pane.show_record("place", uid)
    form = pane.forms["place"]
    assert isinstance(form, PlaceForm)
    assert form.latitude.line.text() == "52.52"
    retype(qtbot, form.latitude.line, "95")
    assert "between -90 and 90" in form.latitude.error_text
    assert form.latitude.line.property("invalid") is True
    retype(qtbot, form.latitude.line, "north")
    assert "must be a number" in form.latitude.error_text
    retype(qtbot, form.country.line, "Germany")
    assert "two-letter ISO 3166" in form.country.error_text
    assert workspace.dump() == before and workspace.undo_stack.count() == 0
    retype(qtbot, form.latitude.line, "52.520008")
    retype(qtbot, form.country.line, "de")
    assert workspace.record("place", uid)["latitude"] == 52.520008
    assert workspace.record("place", uid)["country"] == "DE" and form.country.line.text() == "DE"
    assert form.latitude.error_text == "" and form.latitude.line.property("invalid") is False
    retype(qtbot, form.longitude.line, "")  # empty clears the coordinate
    assert workspace.record("place", uid)["longitude"] is None
    while workspace.undo_stack.canUndo():
        workspace.undo_stack.undo()
    assert workspace.dump() == before


def test_place_appears_in_n_events(workspace: Workspace, pane: DetailPane, qtbot: Any) -> None:
    for row in workspace.named_rows("place"):
        pane.show_record("place", row.uid)
        form = pane.forms["place"]
        assert isinstance(form, PlaceForm)
        count = len(workspace.record_detail("place", row.uid).events)
        assert count == row.uses
        expected = "Appears in no events" if not count else f"Appears in {count} event{'s' if count != 1 else ''}"
        assert form.events.summary == expected
    berlin = named_uid(workspace, "place", "Berlin")
    pane.show_record("place", berlin)
    form = pane.forms["place"]
    retype(qtbot, form.name.line, "Berlin-Mitte")
    assert workspace.record("place", berlin)["name"] == "Berlin-Mitte"
    event = workspace.record_detail("place", berlin).events[0]
    pane.show_record("event", event.uid)
    assert pane.forms["event"].place.line.text() == "Berlin-Mitte"  # the link shows the new name
