"""Finding what exists (issue 14, defect 4): every picker matches names, original-script names
and aliases in any script and any case, shows which name matched, and links the existing
record instead of creating a duplicate."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop.gui.panes.detail import DetailPane
from desktop.gui.panes.detail.involvements import InvolvementDialog
from desktop.gui.panes.detail.source_form import SourceForm
from desktop.gui.workspace import Workspace
from tests.gui.helpers import type_text
from tests.gui.test_detail_event_links import event_uid, form_for


def _actor_uid(ws: Workspace, name: str) -> str:
    return next(r.uid for r in ws.named_rows("actor") if r.label == name)


def _source_form(ws: Workspace, pane: DetailPane, title_start: str) -> SourceForm:
    uid = next(r.uid for r in ws.named_rows("source") if r.label.startswith(title_start))
    pane.show_record("source", uid)
    form = pane.forms["source"]
    assert isinstance(form, SourceForm)
    return form


def pick_first(qtbot: Any, completer: Any) -> None:
    """Choose the first offered row from the popup with the keyboard, as a user does."""
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def _clear(qtbot: Any, line: Any) -> None:
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)


def test_outlet_offers_an_actor_by_its_original_script_name_in_lower_case(workspace: Workspace, pane: DetailPane, qtbot: Any) -> None:
    form = _source_form(workspace, pane, "Amnesty International account")
    actors = len(workspace.named_rows("actor"))
    _clear(qtbot, form.outlet.line)
    type_text(form.outlet.line, "новая")
    offered = form.outlet._names.stringList()
    assert offered == ["Novaya Gazeta — Новая газета"]
    pick_first(qtbot, form.outlet.completer)
    assert form.outlet.line.text() == "Novaya Gazeta"
    assert workspace.record("source", form.uid)["outlet"] == _actor_uid(workspace, "Novaya Gazeta")
    assert len(workspace.named_rows("actor")) == actors


def test_typing_an_original_name_in_full_links_the_existing_actor(workspace: Workspace, pane: DetailPane, qtbot: Any) -> None:
    form = _source_form(workspace, pane, "Amnesty International account")
    actors = len(workspace.named_rows("actor"))
    _clear(qtbot, form.outlet.line)
    type_text(form.outlet.line, "НОВАЯ ГАЗЕТА")
    assert not form.outlet.hint.isVisible()
    qtbot.keyClick(form.outlet.line, Qt.Key.Key_Return)  # known by that name: Enter creates nothing
    assert workspace.record("source", form.uid)["outlet"] == _actor_uid(workspace, "Novaya Gazeta")
    assert len(workspace.named_rows("actor")) == actors  # no duplicate made


def test_actor_dialog_finds_an_arabic_alias(workspace: Workspace, pane: DetailPane, qtbot: Any) -> None:
    uid = event_uid(workspace, "Numerous protests in France")
    form = form_for(pane, uid)
    actors = len(workspace.named_rows("actor"))
    qtbot.mouseClick(form.involvements.add_button, Qt.MouseButton.LeftButton)
    dialog = form.involvements.dialog
    assert isinstance(dialog, InvolvementDialog)
    type_text(dialog.actor, "العفو")
    assert dialog._names.stringList() == ["Amnesty International — منظمة العفو الدولية"]
    pick_first(qtbot, dialog.completer)
    assert dialog.actor.text() == "Amnesty International"
    assert not dialog.new_kind.isVisibleTo(dialog)
    dialog.accept()
    assert "Amnesty International" in {i.actor_name for i in workspace.event_detail(uid).involvements}
    assert len(workspace.named_rows("actor")) == actors


def test_lists_fold_case_in_every_script(workspace: Workspace) -> None:
    assert [r.label for r in workspace.named_rows("actor", "новая газета")] == ["Novaya Gazeta"]
    assert [r.label for r in workspace.named_rows("actor", "российская лгбт")] == ["Russian LGBT Network"]
    assert [r.label for r in workspace.named_rows("actor", "amnesty")] == ["Amnesty International"]  # ASCII as before
    found = workspace.named_exactly("actor", "ai")
    assert found is not None and found.label == "Amnesty International"  # an alias, any case
    assert workspace.named_exactly("actor", "новая") is None  # a part is no exact name
