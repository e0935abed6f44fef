"""The source form driven through its widgets: reliability, provenance, attachments, citing events."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox

from desktop.gui.panes.detail import DetailPane
from desktop.gui.panes.detail.source_form import SourceForm
from desktop.gui.workspace import Workspace
from tests.gui.helpers import retype

AMNESTY = "Amnesty International account"


def source_uid(ws: Workspace, title_start: str) -> str:
    return next(r.uid for r in ws.named_rows("source") if r.label.startswith(title_start))


def source_form(pane: DetailPane, uid: str) -> SourceForm:
    pane.show_record("source", uid)
    form = pane.forms["source"]
    assert isinstance(form, SourceForm)
    return form


def choose(qtbot: Any, combo: QComboBox, text: str) -> None:
    """Pick an entry by keyboard, as a user would (arrow keys on the closed combo)."""
    combo.setFocus()
    target = next(i for i in range(combo.count()) if combo.itemText(i).startswith(text))
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def test_reliability_grade_and_rationale(workspace: Workspace, pane: DetailPane, qtbot: Any) -> None:
    uid = source_uid(workspace, AMNESTY)
    before = workspace.dump()
    form = source_form(pane, uid)
    assert form.reliability.combo.currentText() == "B — Usually reliable"
    choose(qtbot, form.reliability.combo, "A")
    assert workspace.record("source", uid)["reliability"] == "A"
    form.reliability_rationale.text_edit.setFocus()
    qtbot.keyClick(form.reliability_rationale.text_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.reliability_rationale.text_edit, " Confirmed by the organisation.")
    form.title.line.setFocus()  # focus out saves the text
    assert workspace.record("source", uid)["reliability_rationale"].endswith("Confirmed by the organisation.")
    assert workspace.undo_stack.count() == 2
    workspace.undo_stack.undo()
    workspace.undo_stack.undo()
    assert workspace.dump() == before
    assert form.reliability.combo.currentText() == "B — Usually reliable"


def test_bibliographic_fields_and_refusals(workspace: Workspace, pane: DetailPane, qtbot: Any) -> None:
    uid = source_uid(workspace, AMNESTY)
    before = workspace.dump()
    form = source_form(pane, uid)
    retype(qtbot, form.published.line, "c. May 2017")
    assert workspace.record("source", uid)["published"] == "2017-05~"
    assert form.published.reading.text() == "c. May 2017 — approximate, month precision"
    retype(qtbot, form.language.line, "english!")
    assert "BCP 47" in form.language.error_text and workspace.record("source", uid)["language"] == ""
    retype(qtbot, form.language.line, "en")
    assert workspace.record("source", uid)["language"] == "en" and form.language.error_text == ""
    retype(qtbot, form.retrieved_at.line, "yesterday")
    assert "2017-05-02" in form.retrieved_at.error_text and workspace.record("source", uid)["retrieved_at"] == ""
    retype(qtbot, form.retrieved_at.line, "2017-05-02T14:30Z")
    assert workspace.record("source", uid)["retrieved_at"] == "2017-05-02T14:30Z"
    retype(qtbot, form.outlet.line, "Amnesty International UK")  # a new outlet is created
    outlet = workspace.record("source", uid)["outlet"]
    assert workspace.record("actor", outlet)["name"] == "Amnesty International UK"
    assert workspace.record("actor", outlet)["kind"] == "organisation"
    while workspace.undo_stack.canUndo():
        workspace.undo_stack.undo()
    assert workspace.dump() == before


def test_attachment_add_save_open_and_remove(workspace: Workspace, pane: DetailPane, qtbot: Any, tmp_path: Path) -> None:
    uid = source_uid(workspace, AMNESTY)
    before = workspace.dump()
    form = source_form(pane, uid)
    section = form.attachments
    content = "Скриншот: Amnesty statement, 2017\n".encode() * 1000
    original = tmp_path / "statement.pdf"
    original.write_bytes(content)
    sha = hashlib.sha256(content).hexdigest()
    section.choose_files = lambda: [str(original)]
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)

    (stored,) = workspace.record_detail("source", uid).attachments
    assert (stored["file_name"], stored["size"], stored["sha256"]) == ("statement.pdf", len(content), sha)
    assert (stored["media_type"], stored["kind"]) == ("application/pdf", "pdf")
    assert section.table.item(0, 0).text() == "statement.pdf"
    assert len(content) == 42_000 and section.table.item(0, 2).text() == "42.0 kB"
    assert section.table.item(0, 2).toolTip() == f"{len(content):,} bytes"
    assert section.table.item(0, 3).text() == sha[:12] + "…"
    assert sha in section.table.item(0, 3).toolTip()

    section.table.selectRow(0)
    copy = tmp_path / "copy.pdf"
    section.choose_save_path = lambda name: str(copy) if name == "statement.pdf" else ""
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert copy.read_bytes() == content

    opened: list[QUrl] = []
    section.open_url = opened.append
    qtbot.mouseClick(section.open_button, Qt.MouseButton.LeftButton)
    (url,) = opened
    assert url.isLocalFile() and url.scheme() == "file"
    assert Path(url.toLocalFile()).name == "statement.pdf"
    assert Path(url.toLocalFile()).read_bytes() == content

    kind_box = section.table.cellWidget(0, 1)
    assert isinstance(kind_box, QComboBox)
    choose(qtbot, kind_box, "scan")
    assert workspace.record_detail("source", uid).attachments[0]["kind"] == "scan"

    section.table.selectRow(0)
    qtbot.mouseClick(section.remove_button, Qt.MouseButton.LeftButton)
    assert workspace.record_detail("source", uid).attachments == ()
    edited_steps = workspace.undo_stack.count()
    while workspace.undo_stack.canUndo():
        workspace.undo_stack.undo()
    assert workspace.dump() == before
    for _ in range(edited_steps - 1):  # redo up to before the removal: the file is back, same bytes
        workspace.undo_stack.redo()
    (back,) = workspace.record_detail("source", uid).attachments
    assert workspace.attachment_content(back["uid"]) == content and back["kind"] == "scan"


def test_files_dropped_on_the_attachments_are_attached(workspace: Workspace, pane: DetailPane, qtbot: Any, tmp_path: Path) -> None:
    uid = source_uid(workspace, AMNESTY)
    form = source_form(pane, uid)
    files = [tmp_path / "capture.html", tmp_path / "photo.jpg"]
    for number, path in enumerate(files):
        path.write_bytes(b"<html>capture</html>" if number == 0 else b"\xff\xd8\xff jpeg")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in files] + [QUrl("https://example.org/not-fetched")])
    target = form.attachments
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(QPoint(5, 5), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(5, 5), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    attachments = workspace.record_detail("source", uid).attachments
    assert [(a["file_name"], a["kind"]) for a in attachments] == [("capture.html", "web_page"), ("photo.jpg", "media")]
    assert workspace.undo_stack.count() == 1  # both files in one step
    assert target.table.rowCount() == 2


def test_citing_event_click_opens_it(workspace: Workspace, pane: DetailPane, qtbot: Any) -> None:
    uid = source_uid(workspace, AMNESTY)
    form = source_form(pane, uid)
    events = workspace.record_detail("source", uid).events
    assert form.events.summary == f"Cited by {len(events)} events" and len(events) == 7
    table = form.events.table
    cell = table.visualItemRect(table.item(2, 1)).center()
    with qtbot.waitSignal(pane.sig_open_record) as opened:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert opened.args == ["event", events[2].uid]
