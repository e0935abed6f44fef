"""The event form's linked records through their dialogs: relations, citation edits and removal, existing actors."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from db.queries import EventFilter
from desktop.gui.commands import UpdateRecordCommand
from desktop.gui.panes.detail import DetailPane
from desktop.gui.panes.detail.citations import CitationDialog
from desktop.gui.panes.detail.event_form import EventForm
from desktop.gui.panes.detail.involvements import InvolvementDialog
from desktop.gui.panes.detail.relations import RelationDialog
from desktop.gui.workspace import Workspace


def event_uid(ws: Workspace, title_start: str) -> str:
    rows = ws.event_rows(ws.event_ids(EventFilter()))
    return next(r.uid for r in rows if r.title.startswith(title_start))


def form_for(pane: DetailPane, uid: str) -> EventForm:
    pane.show_record("event", uid)
    form = pane.forms["event"]
    assert isinstance(form, EventForm)
    return form


def undo_all(ws: Workspace) -> None:
    while ws.undo_stack.canUndo():
        ws.undo_stack.undo()


def test_relate_two_events_by_searching(workspace: Workspace, pane: DetailPane, qtbot: Any) -> None:
    before = workspace.dump()
    uid = event_uid(workspace, "Numerous protests in France")
    other = event_uid(workspace, "Hooded rally outside the Russian Embassy")
    form = form_for(pane, uid)
    rows = form.relations.table.rowCount()
    qtbot.mouseClick(form.relations.add_button, Qt.MouseButton.LeftButton)
    dialog = form.relations.dialog
    assert isinstance(dialog, RelationDialog)
    dialog.accept()
    assert "Choose the other event" in dialog.error_text("to_event")
    qtbot.keyClicks(dialog.search, "hooded")
    assert dialog.results.count() == 1 and dialog.choose_event(other)
    dialog.kind.setCurrentIndex(dialog.kind.findText("follows"))
    dialog.accept()
    relation = next(r for r in workspace.event_detail(uid).relations if r.other_uid == other)
    assert (relation.relation_type, relation.outgoing) == ("precedes", False)  # the other event precedes this one
    assert form.relations.table.rowCount() == rows + 1
    assert any(r.other_uid == uid and r.outgoing for r in workspace.event_detail(other).relations)
    undo_all(workspace)
    assert workspace.dump() == before


def test_edit_and_remove_a_citation(workspace: Workspace, pane: DetailPane, qtbot: Any) -> None:
    before = workspace.dump()
    uid = event_uid(workspace, "Dutch petition of 44,700")
    form = form_for(pane, uid)
    figure = workspace.event_detail(uid).figures[0]
    cited = next(c for c in workspace.event_detail(uid).citations if c.uid == figure.citation_uid)
    row = next(r for r in range(form.citations.table.rowCount()) if form.citations.uid_at(r) == cited.uid)
    form.citations.table.selectRow(row)
    qtbot.mouseClick(form.citations.edit_button, Qt.MouseButton.LeftButton)
    dialog = form.citations.dialog
    assert isinstance(dialog, CitationDialog)
    assert dialog.source_uid == cited.source_uid and dialog.quote.toPlainText() == cited.quote
    dialog.translation.setPlainText("Nederlandse vertaling")
    dialog.credibility.setCurrentIndex(dialog.credibility.findData(3))
    dialog.accept()
    changed = next(c for c in workspace.event_detail(uid).citations if c.uid == cited.uid)
    assert (changed.quote_translation, changed.credibility) == ("Nederlandse vertaling", 3)
    assert workspace.undo_stack.count() == 1
    form.citations.table.selectRow(row)
    qtbot.keyClick(form.citations.table, Qt.Key.Key_Delete)
    assert cited.uid not in {c.uid for c in workspace.event_detail(uid).citations}
    assert workspace.event_detail(uid).figures[0].citation_uid is None  # the figure stays, unlinked
    undo_all(workspace)
    assert workspace.dump() == before
    assert form.figures.cell_text(0, 4).startswith(cited.source_title)


def test_existing_actor_is_linked_not_duplicated(workspace: Workspace, pane: DetailPane, qtbot: Any) -> None:
    uid = event_uid(workspace, "Numerous protests in France")
    actors = len(workspace.named_rows("actor"))
    form = form_for(pane, uid)
    qtbot.mouseClick(form.involvements.add_button, Qt.MouseButton.LeftButton)
    dialog = form.involvements.dialog
    assert isinstance(dialog, InvolvementDialog)
    qtbot.keyClicks(dialog.actor, "amnesty international")
    assert not dialog.new_kind.isVisibleTo(dialog)  # known name: nothing will be created
    assert "Amnesty International" in dialog._names.stringList()
    dialog.role.setEditText("Speaker")
    dialog.count.setText("3")
    dialog.accept()
    involvement = next(i for i in workspace.event_detail(uid).involvements if i.actor_name == "Amnesty International")
    assert (involvement.role, involvement.count) == ("speaker", 3)
    assert len(workspace.named_rows("actor")) == actors
    assert form.involvements.cell_text(form.involvements.table.rowCount() - 1, 1) == "speaker"


def test_citation_dialog_needs_a_source(workspace: Workspace, pane: DetailPane, qtbot: Any) -> None:
    form = form_for(pane, event_uid(workspace, "Numerous protests in France"))
    qtbot.mouseClick(form.citations.add_button, Qt.MouseButton.LeftButton)
    dialog = form.citations.dialog
    assert isinstance(dialog, CitationDialog)
    qtbot.keyClicks(dialog.search, "no such words anywhere")
    assert dialog.results.count() == 0
    dialog.accept()
    assert "Choose the source" in dialog.error_text("source") and dialog.isVisible()
    assert workspace.undo_stack.count() == 0


def test_cite_a_new_source_without_leaving_the_dialog(workspace: Workspace, pane: DetailPane, qtbot: Any) -> None:
    """No source fits what was typed: "New source “…”" makes one with that title and cites it,
    in one undo step; a cancelled dialog makes nothing."""
    before = workspace.dump()
    uid = event_uid(workspace, "Numerous protests in France")
    form = form_for(pane, uid)
    sources = len(workspace.named_rows("source"))
    qtbot.mouseClick(form.citations.add_button, Qt.MouseButton.LeftButton)
    dialog = form.citations.dialog
    assert isinstance(dialog, CitationDialog)
    assert not dialog.new_source.isEnabled()
    qtbot.keyClicks(dialog.search, "Le Monde  report of 17 May")
    assert dialog.results.count() == 0 and dialog.new_source.isEnabled()
    assert dialog.new_source.text() == "New source “Le Monde report of 17 May”"
    qtbot.mouseClick(dialog.new_source, Qt.MouseButton.LeftButton)
    assert "a new source, “Le Monde report of 17 May”" in dialog.chosen.text()
    qtbot.keyClicks(dialog.quote, "Des milliers de manifestants")
    dialog.accept()
    assert not dialog.isVisible()
    cited = next(c for c in workspace.event_detail(uid).citations if c.source_title == "Le Monde report of 17 May")
    assert cited.quote == "Des milliers de manifestants"
    assert len(workspace.named_rows("source")) == sources + 1
    assert workspace.undo_stack.undoText() == "Add citation of a new source"
    workspace.undo_stack.undo()  # one step takes both away
    assert workspace.dump() == before

    qtbot.mouseClick(form.citations.add_button, Qt.MouseButton.LeftButton)
    dialog = form.citations.dialog
    qtbot.keyClicks(dialog.search, "Another new one")
    qtbot.mouseClick(dialog.new_source, Qt.MouseButton.LeftButton)
    dialog.reject()
    assert len(workspace.named_rows("source")) == sources


def test_remove_several_actors_in_one_step_and_open_one(workspace: Workspace, pane: DetailPane, qtbot: Any) -> None:
    before = workspace.dump()
    uid = event_uid(workspace, "Persecution and detention of gay men")
    form = form_for(pane, uid)
    table = form.involvements.table
    rows = table.rowCount()
    assert rows == len(workspace.event_detail(uid).involvements) >= 3
    assert any(form.involvements.cell_text(r, 0).endswith("(protected)") for r in range(rows))  # a protected witness
    form.involvements.table.selectRow(0)
    with qtbot.waitSignal(pane.sig_open_record) as opened:
        qtbot.mouseClick(form.involvements.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["actor", form.involvements.views[form.involvements.uid_at(0)].actor_uid]
    form.involvements.select_uid(form.involvements.uid_at(0))
    form.involvements.select_uid(form.involvements.uid_at(2), add=True)
    assert len(form.involvements.selected_uids()) == 2
    workspace.execute(UpdateRecordCommand(workspace, "event", uid, {"notes": "refresh keeps the selection"}))
    assert len(form.involvements.selected_uids()) == 2
    qtbot.mouseClick(form.involvements.remove_button, Qt.MouseButton.LeftButton)
    assert table.rowCount() == rows - 2 == len(workspace.event_detail(uid).involvements)
    workspace.undo_stack.undo()  # the removal was one step
    workspace.undo_stack.undo()
    assert workspace.dump() == before


def test_wheel_over_an_unfocused_combo_scrolls_instead_of_editing(workspace: Workspace, pane: DetailPane, qtbot: Any) -> None:
    uid = event_uid(workspace, "Numerous protests in France")
    form = form_for(pane, uid)
    combo = form.status.combo
    form.title.line.setFocus()
    before = combo.currentIndex()
    centre = QPointF(combo.rect().center())
    wheel = QWheelEvent(centre, combo.mapToGlobal(centre), QPoint(0, 0), QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(combo, wheel)
    assert combo.currentIndex() == before and workspace.undo_stack.count() == 0
