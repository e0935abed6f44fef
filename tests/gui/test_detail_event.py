"""The event form driven through its widgets: typing, dates, place, figures, actors, tags, citations, undo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from db.queries import EventFilter
from desktop.gui.commands import UpdateRecordCommand
from desktop.gui.panes.detail import DetailPane
from desktop.gui.panes.detail.citations import CitationDialog
from desktop.gui.panes.detail.event_form import EventForm
from desktop.gui.panes.detail.figures import FigureDialog
from desktop.gui.panes.detail.involvements import InvolvementDialog
from desktop.gui.workspace import Workspace
from tests.gui.helpers import retype

FRANCE = "Numerous protests in France"  # cited by PinkNews only, not independently


def event_uid(ws: Workspace, title_start: str) -> str:
    rows = ws.event_rows(ws.event_ids(EventFilter()))
    return next(r.uid for r in rows if r.title.startswith(title_start))


def source_uid(ws: Workspace, title_start: str) -> str:
    return next(r.uid for r in ws.named_rows("source") if r.label.startswith(title_start))


def event_form(pane: DetailPane, uid: str) -> EventForm:
    pane.show_record("event", uid)
    form = pane.forms["event"]
    assert isinstance(form, EventForm) and pane.current == ("event", uid)
    return form


def undo_all(ws: Workspace) -> None:
    while ws.undo_stack.canUndo():
        ws.undo_stack.undo()


def redo_all(ws: Workspace) -> None:
    while ws.undo_stack.canRedo():
        ws.undo_stack.redo()


def test_typing_a_title_saves_it_as_one_undo_step(workspace: Workspace, pane: DetailPane, qtbot: Any) -> None:
    uid = event_uid(workspace, FRANCE)
    original = workspace.record("event", uid)
    form = event_form(pane, uid)
    form.title.line.setFocus()
    form.title.line.selectAll()
    qtbot.keyClicks(form.title.line, "Vigil")  # five keystrokes (the first replaces the selection)
    qtbot.keyClick(form.title.line, Qt.Key.Key_Return)
    assert workspace.record("event", uid)["title"] == "Vigil"
    assert workspace.undo_stack.count() == 1
    workspace.undo_stack.undo()
    assert workspace.record("event", uid) == original
    assert form.title.line.text() == original["title"]


def test_pauses_while_typing_autosave_into_the_same_undo_step(workspace: Workspace, pane: DetailPane, qtbot: Any) -> None:
    uid = event_uid(workspace, FRANCE)
    original = workspace.record("event", uid)
    form = event_form(pane, uid)
    retype(qtbot, form.title.line, "Vig", enter=False)
    qtbot.waitUntil(lambda: workspace.record("event", uid)["title"] == "Vig", timeout=3000)  # saved after a pause
    assert form.title.line.hasFocus() and form.title.line.text() == "Vig"
    qtbot.keyClicks(form.title.line, "il")
    form.description.text_edit.setFocus()  # focus out commits
    qtbot.waitUntil(lambda: workspace.record("event", uid)["title"] == "Vigil", timeout=3000)
    assert workspace.undo_stack.count() == 1
    retype(qtbot, form.title.line, "Vigil in Paris")  # a new typing session is a new step
    assert workspace.undo_stack.count() == 2
    undo_all(workspace)
    assert workspace.record("event", uid) == original


def test_refresh_keeps_the_field_being_typed_in(workspace: Workspace, pane: DetailPane, qtbot: Any) -> None:
    uid = event_uid(workspace, FRANCE)
    form = event_form(pane, uid)
    form.title.line.setFocus()
    form.title.line.setCursorPosition(3)
    qtbot.keyClicks(form.title.line, "XYZ")  # unsaved typing
    workspace.execute(UpdateRecordCommand(workspace, "event", uid, {"description": "Changed elsewhere"}))
    assert form.description.text_edit.toPlainText() == "Changed elsewhere"  # the form refreshed
    assert form.title.line.text().startswith("NumXYZ") and form.title.line.hasFocus()
    assert form.title.line.cursorPosition() == 6


def test_empty_title_is_refused_at_the_field(workspace: Workspace, pane: DetailPane, qtbot: Any) -> None:
    uid = event_uid(workspace, FRANCE)
    before = workspace.dump()
    form = event_form(pane, uid)
    retype(qtbot, form.title.line, "   ")
    assert "must not be empty" in form.title.error_text
    assert form.title.line.property("invalid") is True
    assert workspace.dump() == before and workspace.undo_stack.count() == 0
    qtbot.keyClick(form.title.line, Qt.Key.Key_Escape)  # Esc puts the stored title back
    assert form.title.line.text() == before["event"][uid]["title"] and form.title.error_text == ""


def test_date_in_words_is_stored_as_edtf_with_its_reading(workspace: Workspace, pane: DetailPane, qtbot: Any) -> None:
    uid = event_uid(workspace, FRANCE)
    form = event_form(pane, uid)
    retype(qtbot, form.date.line, "April 2017", enter=False)
    assert form.date.reading.text() == "April 2017 — month precision"  # live, before saving
    qtbot.keyClick(form.date.line, Qt.Key.Key_Return)
    assert workspace.record("event", uid)["date_text"] == "2017-04"
    assert workspace.record("event", uid)["date_typed"] == "April 2017"  # the words kept, for the brief
    assert form.date.line.text() == "2017-04"
    assert form.date.reading.text() == "April 2017 — month precision"
    retype(qtbot, form.date.line, "c.  2017")
    assert workspace.record("event", uid)["date_text"] == "2017~"
    assert workspace.record("event", uid)["date_typed"] == "c. 2017"
    assert form.date.reading.text() == "c. 2017 — approximate, year precision"
    retype(qtbot, form.date.line, "2017-05-02")  # EDTF typed: nothing to keep beside it
    assert (workspace.record("event", uid)["date_text"], workspace.record("event", uid)["date_typed"]) == ("2017-05-02", "")
    workspace.undo_stack.undo()
    assert workspace.record("event", uid)["date_typed"] == "c. 2017"  # one undo step restores both


def test_impossible_date_is_shown_at_the_field_and_not_written(workspace: Workspace, pane: DetailPane, qtbot: Any) -> None:
    uid = event_uid(workspace, FRANCE)
    before = workspace.dump()
    form = event_form(pane, uid)
    retype(qtbot, form.date.line, "2017-02-30", enter=False)
    assert "30 February 2017 does not exist" in form.date.reading.text()  # live feedback
    qtbot.keyClick(form.date.line, Qt.Key.Key_Return)
    assert "30 February 2017 does not exist" in form.date.error_text
    assert form.date.line.property("invalid") is True and form.date.line.text() == "2017-02-30"
    assert workspace.dump() == before and workspace.undo_stack.count() == 0
    workspace.execute(UpdateRecordCommand(workspace, "event", uid, {"notes": "other edit"}))
    assert form.date.line.text() == "2017-02-30"  # the refused input is not clobbered by a refresh
    retype(qtbot, form.date.line, "1-3 April 2017")
    assert workspace.record("event", uid)["date_text"] == "2017-04-01/2017-04-03"
    assert form.date.error_text == "" and form.date.line.property("invalid") is False


def test_new_place_name_creates_and_links_the_place_in_one_step(workspace: Workspace, pane: DetailPane, qtbot: Any) -> None:
    uid = event_uid(workspace, FRANCE)
    before = workspace.dump()
    form = event_form(pane, uid)
    retype(qtbot, form.place.line, "Oslo")
    place = next(r for r in workspace.named_rows("place") if r.label == "Oslo")
    assert workspace.record("event", uid)["place"] == place.uid
    assert workspace.undo_stack.count() == 1
    retype(qtbot, form.place.line, "berlin")  # an existing place, any case: linked, not duplicated
    berlin = next(r for r in workspace.named_rows("place") if r.label == "Berlin")
    assert workspace.record("event", uid)["place"] == berlin.uid
    assert [r.label for r in workspace.named_rows("place")].count("Berlin") == 1
    undo_all(workspace)  # undoing the first step removes the new place and the link together
    assert workspace.dump() == before


def test_whole_event_edit_round_trip(workspace: Workspace, pane: DetailPane, qtbot: Any) -> None:
    uid = event_uid(workspace, FRANCE)
    start = workspace.dump()
    form = event_form(pane, uid)
    assert form.corroboration.text() == "No independent source graded A–C · weakest grade B2"
    retype(qtbot, form.title.line, "Protests in France")
    retype(qtbot, form.date.line, "April 2017")
    retype(qtbot, form.place.line, "Paris")
    form.status.combo.setFocus()
    form.status.combo.setCurrentIndex(form.status._values.index("confirmed"))
    form.status.combo.activated.emit(form.status.combo.currentIndex())
    retype(qtbot, form.event_type.combo.lineEdit(), "Vigil")  # free text beside the vocabulary

    qtbot.mouseClick(form.figures.add_button, Qt.MouseButton.LeftButton)
    figure = form.figures.dialog
    assert isinstance(figure, FigureDialog)
    qtbot.keyClicks(figure.minimum, "44,700")
    qtbot.keyClicks(figure.unit, "signatures")
    qtbot.mouseClick(figure.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    stored = workspace.event_detail(uid).figures
    assert [(f.minimum, f.maximum, f.unit, f.qualifier) for f in stored] == [(44700, 44700, "signatures", "exactly")]
    assert form.figures.cell_text(0, 0) == "44,700"

    qtbot.mouseClick(form.involvements.add_button, Qt.MouseButton.LeftButton)
    actor = form.involvements.dialog
    assert isinstance(actor, InvolvementDialog)
    qtbot.keyClicks(actor.actor, "Inter-LGBT")  # a new actor: created with the involvement
    assert actor.new_kind.isVisibleTo(actor)
    actor.new_kind.setCurrentIndex(actor.new_kind.findData("organisation"))
    actor.role.setCurrentIndex(actor.role.findData("organiser"))
    actor.accept()
    involvement = next(i for i in workspace.event_detail(uid).involvements if i.actor_name == "Inter-LGBT")
    assert involvement.role == "organiser"
    assert workspace.record("actor", involvement.actor_uid)["kind"] == "organisation"

    form.tags.input.setFocus()
    qtbot.keyClicks(form.tags.input, "camp")
    qtbot.waitUntil(lambda: form.tags.completer.popup().isVisible(), timeout=2000)
    qtbot.keyClick(form.tags.completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(form.tags.completer.popup(), Qt.Key.Key_Return)
    assert "campaign" in workspace.record("event", uid)["tags"]
    assert "campaign" in form.tags.chip_names()

    qtbot.mouseClick(form.citations.add_button, Qt.MouseButton.LeftButton)
    dialog = form.citations.dialog
    assert isinstance(dialog, CitationDialog)
    qtbot.keyClicks(dialog.search, "Amnesty")
    amnesty = source_uid(workspace, "Amnesty International account")
    assert amnesty in [listed for listed, _ in dialog.listed_sources()]  # found as you type
    assert dialog.choose_source(amnesty)
    qtbot.keyClicks(dialog.quote, "Amnesty activists protested in Paris.")
    dialog.locator_type.setCurrentIndex(dialog.locator_type.findData("paragraph"))
    qtbot.keyClicks(dialog.locator, "6")
    dialog.credibility.setCurrentIndex(dialog.credibility.findData(2))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    citation = next(c for c in workspace.event_detail(uid).citations if c.source_uid == amnesty)
    assert (citation.quote, citation.credibility, citation.locator, citation.grade) == ("Amnesty activists protested in Paris.", 2, "6", "B2")
    assert form.corroboration.text() == "1 independent source graded A–C · weakest grade B2"

    edited = workspace.dump()
    assert edited["event"][uid]["date_text"] == "2017-04"
    assert edited["event"][uid]["status"] == "confirmed" and edited["event"][uid]["event_type"] == "Vigil"
    undo_all(workspace)
    assert workspace.dump() == start
    assert form.corroboration.text() == "No independent source graded A–C · weakest grade B2"
    assert form.title.line.text() == start["event"][uid]["title"]
    redo_all(workspace)
    assert workspace.dump() == edited


def test_invalid_figure_is_refused_in_the_dialog(workspace: Workspace, pane: DetailPane, qtbot: Any) -> None:
    uid = event_uid(workspace, FRANCE)
    before = workspace.dump()
    form = event_form(pane, uid)
    qtbot.mouseClick(form.figures.add_button, Qt.MouseButton.LeftButton)
    dialog = form.figures.dialog
    assert isinstance(dialog, FigureDialog)
    qtbot.keyClicks(dialog.minimum, "about forty")
    dialog.accept()
    assert "whole number" in dialog.error_text("minimum") and dialog.isVisible()
    dialog.minimum.setText("50")
    dialog.maximum.setText("40")
    dialog.accept()
    assert "larger than the maximum" in dialog.error_text("minimum")
    assert workspace.dump() == before
    dialog.reject()


def test_competing_figures_show_in_the_corroboration_line(workspace: Workspace, pane: DetailPane, qtbot: Any) -> None:
    uid = event_uid(workspace, FRANCE)
    form = event_form(pane, uid)
    for low, high in (("200", ""), ("1,000", "")):
        qtbot.mouseClick(form.figures.add_button, Qt.MouseButton.LeftButton)
        dialog = form.figures.dialog
        assert isinstance(dialog, FigureDialog)
        qtbot.keyClicks(dialog.minimum, low)
        qtbot.keyClicks(dialog.unit, "people")
        dialog.qualifier.setCurrentIndex(dialog.qualifier.findData("about"))
        dialog.accept()
    assert form.figures.table.rowCount() == 2
    assert form.corroboration.text().endswith("· figures disagree")
    form.figures.table.selectRow(0)
    qtbot.mouseClick(form.figures.remove_button, Qt.MouseButton.LeftButton)
    assert form.figures.table.rowCount() == 1
    assert "figures disagree" not in form.corroboration.text()


def test_links_jump_to_records(workspace: Workspace, pane: DetailPane, qtbot: Any) -> None:
    form = event_form(pane, event_uid(workspace, "Protest outside the Russian Ambassador"))
    form.citations.table.selectRow(0)
    with qtbot.waitSignal(pane.sig_open_record) as opened:
        qtbot.mouseClick(form.citations.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["source", form.citations.views[form.citations.uid_at(0)].source_uid]
    form.relations.table.selectRow(0)
    with qtbot.waitSignal(pane.sig_open_record) as opened:
        qtbot.mouseClick(form.relations.open_button, Qt.MouseButton.LeftButton)
    assert opened.args[0] == "event"
    with qtbot.waitSignal(pane.sig_open_record) as opened:
        qtbot.mouseClick(form.place.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["place", workspace.record("event", form.uid or "")["place"]]


def test_empty_multiple_and_deleted_states(workspace: Workspace, pane: DetailPane) -> None:
    assert "Select an event" in pane.message_text()
    uids = workspace.event_rows(workspace.event_ids(EventFilter()))
    pane.show_records("event", [r.uid for r in uids[:3]])
    assert pane.message_text() == "3 events selected" and pane.current is None
    pane.show_record("event", uids[0].uid)
    assert pane.message_text() == ""
    from desktop.gui.commands import DeleteRecordsCommand

    workspace.execute(DeleteRecordsCommand(workspace, "event", [uids[0].uid]))
    assert "was deleted" in pane.message_text()
    workspace.undo_stack.undo()
    assert pane.current == ("event", uids[0].uid)
    pane.show_record(None, None)
    assert "Select an event" in pane.message_text()
