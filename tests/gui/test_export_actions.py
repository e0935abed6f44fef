"""File ▸ Export ▸ TimelineJS… and Archival Bag…: driven from the menu through the real dialogs,
then the files and the archive's change log checked."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import bagit
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from db.report_data import ReportFilters, load_report_data
from db.redaction import redact
from desktop.gui.dialogs import bag_export
from desktop.gui.dialogs.timeline_export import TimelineDialog
from desktop.gui.main_window import MainWindow
from tests.db.timelinejs_format import problems


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    return home / "Documents"


def _shown(qtbot, kind: type, name: str, timeout: int = 60_000):  # type: ignore[no-untyped-def]
    found: list = []  # type: ignore[type-arg]

    def visible() -> None:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.objectName() == name and w.isVisible()]
        assert found

    qtbot.waitUntil(visible, timeout=timeout)
    return found[0]


def _last_log(window: MainWindow) -> dict:  # type: ignore[type-arg]
    from sqlalchemy import select

    from db.models import ChangeLog

    with window.workspace.archive.session() as session:
        entry = session.scalars(select(ChangeLog).order_by(ChangeLog.id.desc()).limit(1)).one()
    assert entry.action == "export"
    return json.loads(entry.changes)


def test_timelinejs_from_the_menu_with_the_reports_filters(qtbot, demo_window: MainWindow, documents: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert demo_window.actions.export_timelinejs.isEnabled()
    demo_window.actions.export_timelinejs.trigger()
    dialog = demo_window.findChild(TimelineDialog, "timeline-export")
    assert dialog is not None and dialog.isVisible()
    assert Path(dialog.output.text()).parent == documents and dialog.output.text().endswith(".json")
    dialog.scope.date_from.setText("2017-05")
    dialog.scope.status_boxes["confirmed"].setChecked(True)
    dialog.scope.redaction.setCurrentIndex(dialog.scope.redaction.findData("strict"))
    dialog.grab().save(str(tmp_path / "timeline-dialog.png"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    box = _shown(qtbot, QMessageBox, "timeline-written")
    out = Path(dialog.output.text())
    document = json.loads(out.read_text(encoding="utf-8"))
    assert problems(document) == []
    filters = ReportFilters(date_range="2017-05/..", statuses=("confirmed",), case_uid=dialog.scope.case.currentData())
    with demo_window.workspace.archive.session() as session:
        expected = [e.uid for e in redact(load_report_data(session, filters), "strict").data.events]
    assert [s["unique_id"] for s in document["events"]] == expected and expected
    assert box.text().startswith(f"Wrote {len(expected)} events to {out.name}.")
    detail = _last_log(demo_window)
    assert detail["format"] == "timelinejs" and detail["redaction"] == "strict" and detail["filters"]["date_range"] == "2017-05/.."
    box.accept()

    demo_window.actions.export_timelinejs.trigger()  # remembered, and the spreadsheet this time
    again = [d for d in demo_window.findChildren(TimelineDialog) if d.isVisible()][-1]
    assert again.scope.date_from.text() == "2017-05" and again.scope.profile() == "strict"
    again.kind.setCurrentIndex(again.kind.findData("csv"))
    assert again.output.text().endswith(".csv")
    qtbot.mouseClick(again.export_button, Qt.MouseButton.LeftButton)
    _shown(qtbot, QMessageBox, "timeline-written").accept()
    rows = list(csv.reader(io.StringIO(Path(again.output.text()).read_text(encoding="utf-8"))))
    assert rows[0][0] == "Year" and len(rows) == 2 + len(expected)


def test_a_bad_date_is_said_in_the_dialog(qtbot, demo_window: MainWindow, documents: Path) -> None:  # type: ignore[no-untyped-def]
    demo_window.actions.export_timelinejs.trigger()
    dialog = demo_window.findChild(TimelineDialog, "timeline-export")
    dialog.scope.date_to.setText("2017-13")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text().startswith("To: ") and dialog.isVisible()
    assert not list(documents.iterdir())


class _ChosenFolder:
    """Stands in for the native Save dialog: answers with one folder."""

    Option = QFileDialog.Option
    answer = ""

    @staticmethod
    def getSaveFileName(*_args: object, **_kwargs: object) -> tuple[str, str]:  # noqa: N802 (Qt's name)
        return _ChosenFolder.answer, ""


def test_archival_bag_from_the_menu(qtbot, demo_window: MainWindow, documents: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    assert bag_export.proposed_folder(demo_window.workspace).parent == documents
    _ChosenFolder.answer = str(tmp_path / "for the archivist")
    monkeypatch.setattr(bag_export, "QFileDialog", _ChosenFolder)
    demo_window.actions.export_bag.trigger()
    box = _shown(qtbot, QMessageBox, "bag-written")
    folder = tmp_path / "for the archivist"
    bagit.Bag(str(folder)).validate()
    assert box.text().startswith("Wrote the archival bag for the archivist: ") and "SHA-256 and SHA-512" in box.text()
    assert _last_log(demo_window)["format"] == "bagit"
    box.accept()

    demo_window.actions.export_bag.trigger()  # the same folder again: refused, said, nothing changed
    failed = _shown(qtbot, QMessageBox, "bag-failed")
    assert "is not empty" in failed.text()
    bagit.Bag(str(folder)).validate()
    failed.accept()
