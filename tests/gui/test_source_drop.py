"""Dropping on the Sources list (issue 14 gap): a file makes a source with the file attached
(its SHA-256 stored), a web address a source with that URL and the page title the browser
sent; nothing is fetched, the drop is one undo step."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop.gui.panes.list_pane import ListPane
from desktop.gui.workspace import Workspace


@pytest.fixture
def pane(list_pane: ListPane) -> ListPane:
    list_pane.tab_bar.setCurrentIndex(1)  # Sources
    return list_pane


def _drop(pane: ListPane, mime: QMimeData) -> bool:
    """Drag in (the list must accept it), then drop, as the desktop's drag does."""
    viewport = pane.views["source"].viewport()
    buttons, keys, action = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, Qt.DropAction.CopyAction
    enter = QDragEnterEvent(QPoint(40, 40), action, mime, buttons, keys)
    QApplication.sendEvent(viewport, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(40, 40), action, mime, buttons, keys)
    QApplication.sendEvent(viewport, drop)
    return drop.isAccepted()


def test_a_dropped_file_becomes_a_source_with_the_file_attached(qtbot: Any, pane: ListPane, workspace: Workspace, tmp_path: Path) -> None:
    before = workspace.dump()
    report = tmp_path / "HRW report on Chechnya.pdf"
    report.write_bytes(b"%PDF-1.4 not really a pdf, but bytes to hash")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(report))])
    assert _drop(pane, mime)
    (uid,) = pane.selected_uids()
    source = workspace.record("source", uid)
    assert source["title"] == "HRW report on Chechnya"
    (attachment,) = workspace.record_detail("source", uid).attachments
    assert attachment["file_name"] == report.name and attachment["media_type"] == "application/pdf"
    assert attachment["sha256"] == hashlib.sha256(report.read_bytes()).hexdigest()
    workspace.undo_stack.undo()  # one step takes the source and its file away
    assert workspace.dump() == before


def test_a_dropped_link_keeps_its_address_and_page_title(qtbot: Any, pane: ListPane, workspace: Workspace) -> None:
    mime = QMimeData()
    address = "https://example.org/chechnya-report"
    mime.setUrls([QUrl(address)])
    mime.setData("text/x-moz-url", QByteArray(f"{address}\nChechnya: a report\n".encode("utf-16")))
    assert _drop(pane, mime)
    (uid,) = pane.selected_uids()
    assert {k: workspace.record("source", uid)[k] for k in ("title", "url")} == {"title": "Chechnya: a report", "url": address}


def test_other_drops_are_refused_and_change_nothing(qtbot: Any, pane: ListPane, workspace: Workspace) -> None:
    before = workspace.dump()
    mime = QMimeData()
    mime.setText("just some words")
    assert not _drop(pane, mime)
    mime = QMimeData()
    mime.setUrls([QUrl("mailto:someone@example.org")])
    assert not _drop(pane, mime)
    assert workspace.dump() == before
