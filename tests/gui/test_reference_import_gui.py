"""File ▸ Import… of a Zotero CSL-JSON export: the summary box, the Sources list, and the
source form's DOI, ISBN, ISSN and archive location fields."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from db.models import Source
from desktop.gui.dialogs import transfer
from desktop.gui.main_window import MainWindow
from desktop.gui.panes.detail import DetailPane
from desktop.gui.panes.detail.source_form import SourceForm
from desktop.gui.settings import open_settings
from desktop.gui.tasks import TaskRunner
from desktop.gui.workspace import Workspace
from tests.gui.helpers import retype

ZOTERO = Path(__file__).parent.parent / "fixtures" / "references" / "zotero-export.json"


@pytest.fixture
def window(qtbot, demo_path: Path):  # type: ignore[no-untyped-def]
    win = MainWindow(open_settings(), TaskRunner())
    qtbot.addWidget(win)
    win.show()
    assert win.open_archive(demo_path)
    yield win
    win.close()


def _import(qtbot: Any, window: MainWindow, path: Path) -> tuple[bool, str]:
    job = transfer.run_import(window.workspace, window.runner, path, window)
    with qtbot.waitSignal(job.sig_done, timeout=30_000) as done:
        pass
    ok, message = done.args
    return ok, message


def test_a_zotero_export_through_file_import(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    before = {row.label for row in window.workspace.named_rows("source")}
    ok, message = _import(qtbot, window, ZOTERO)
    assert ok is True
    lines = message.splitlines()
    assert lines[0] == "zotero-export.json: created 10 sources, made 4 outlets, skipped 2"
    assert "outlet “Новая газета” is the existing actor Novaya Gazeta" in lines  # the demo's outlet, by its original script
    assert "outlet “Europäisches Parlament” is the existing actor European Parliament" in lines  # by alias
    assert "outlet “Pink News” is the existing actor PinkNews" in lines
    assert "2 skipped:" in lines and any(line.endswith("no title") for line in lines)
    after = {row.label for row in window.workspace.named_rows("source")}
    assert len(after - before) == 10 and "Welcome to Chechnya" in after

    pane = window.workbench.list_pane
    pane.tab_bar.setCurrentIndex(1)  # the Sources list shows what the import made
    qtbot.waitUntil(lambda: pane.count_text().startswith("15 "), timeout=10_000)
    model = pane.models["source"]
    shown = {model.index(row, 0).data() for row in range(model.rowCount())}
    assert "Welcome to Chechnya" in shown and "Убийство чести. Как амбиции известного ЛГБТ-активиста разбудили страшный древний обычай" in shown
    window.grab().save(str(tmp_path / "sources-after-import.png"))
    ok, again = _import(qtbot, window, ZOTERO)
    assert again.splitlines()[0] == "zotero-export.json: created 0 sources, matched 11 existing (by DOI: 2, by URL: 4, by title and date: 5), skipped 1"
    assert "nothing was written: the archive is unchanged" in again
    assert {row.label for row in window.workspace.named_rows("source")} == after
    assert pane.count_text().startswith("15 ")


def test_the_source_form_edits_doi_isbn_issn_and_archive_location(workspace: Workspace, pane: DetailPane, qtbot: Any, tmp_path: Path) -> None:
    uid = next(r.uid for r in workspace.named_rows("source") if r.label.startswith("Amnesty International account"))
    before = workspace.dump()
    pane.show_record("source", uid)
    form = pane.forms["source"]
    assert isinstance(form, SourceForm)
    retype(qtbot, form.doi.line, "10.5555/12345678")
    retype(qtbot, form.isbn.line, "978-1-62313-499-5")
    retype(qtbot, form.issn.line, "1757-9619")
    retype(qtbot, form.archive_location.line, "Amnesty International Library, EUR 46/6155/2017")
    record = workspace.record("source", uid)
    assert (record["doi"], record["isbn"], record["issn"]) == ("10.5555/12345678", "978-1-62313-499-5", "1757-9619")
    assert record["archive_location"] == "Amnesty International Library, EUR 46/6155/2017"
    pane.grab().save(str(tmp_path / "source-form.png"))
    while workspace.undo_stack.canUndo():
        workspace.undo_stack.undo()
    assert workspace.dump() == before
    assert form.doi.line.text() == "" and form.archive_location.line.text() == ""
