"""The report dialog's privacy defaults: analyst notes off unless ticked, no author unless
typed, and neither remembered for the next report."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from pypdf import PdfReader
from sqlalchemy import select

from db.models import Event, Involvement
from desktop.gui.dialogs.report_dialog import SETTINGS_GROUP, ReportDialog
from desktop.gui.settings import open_settings
from desktop.gui.tasks import TaskRunner
from desktop.gui.workspace import Workspace


def _dialog(qtbot, workspace: Workspace, runner: TaskRunner) -> ReportDialog:  # type: ignore[no-untyped-def]
    dialog = ReportDialog(workspace, runner, open_settings())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _flat(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "".join("".join(page.extract_text() for page in reader.pages).split())


def _private_notes(workspace: Workspace) -> list[str]:
    with workspace.archive.session() as session:
        notes = list(session.scalars(select(Event.notes).where(Event.notes != "")))
        notes += list(session.scalars(select(Involvement.note).where(Involvement.note != "")))
    return notes


def _tick(qtbot, dialog: ReportDialog) -> None:  # type: ignore[no-untyped-def]
    """Click the box where a person would: on its indicator (the widget spans the form row)."""
    box = dialog.include_notes
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _export(qtbot, dialog: ReportDialog, out: Path) -> str:  # type: ignore[no-untyped-def]
    dialog.output.setText(str(out))
    dialog.template.setCurrentIndex(dialog.template.findData("dossier"))
    with qtbot.waitSignal(dialog.sig_written, timeout=90_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    return _flat(out)


def test_notes_are_off_by_default_and_print_once_ticked(qtbot, workspace: Workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    notes = _private_notes(workspace)
    assert len(notes) > 20
    dialog = _dialog(qtbot, workspace, runner)
    assert dialog.include_notes.text() == "Include analyst notes"
    assert not dialog.include_notes.isChecked() and not dialog.options().include_notes
    text = _export(qtbot, dialog, tmp_path / "plain.pdf")
    assert "Dutchpetitionof44,700signatures" in text
    assert [n for n in notes if "".join(n.split())[:50] in text] == []

    dialog = _dialog(qtbot, workspace, runner)
    assert not dialog.include_notes.isChecked()
    _tick(qtbot, dialog)
    assert dialog.include_notes.isChecked() and dialog.options().include_notes
    text = _export(qtbot, dialog, tmp_path / "notes.pdf")
    assert all("".join(n.split()) in text for n in notes)

    again = _dialog(qtbot, workspace, runner)
    assert not again.include_notes.isChecked()  # a one-off choice, never remembered
    runner.shutdown()


def test_strict_disables_the_notes_box(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    dialog = _dialog(qtbot, workspace, runner)
    _tick(qtbot, dialog)
    assert dialog.include_notes.isChecked()
    dialog.redaction.setCurrentIndex(dialog.redaction.findData("strict"))
    assert not dialog.include_notes.isEnabled() and not dialog.options().include_notes
    dialog.redaction.setCurrentIndex(dialog.redaction.findData("standard"))
    assert dialog.include_notes.isEnabled()
    runner.shutdown()


def test_the_author_starts_empty_and_is_not_remembered(qtbot, workspace: Workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = open_settings()
    settings.setValue(f"{SETTINGS_GROUP}/author", "Name an older version kept")
    runner = TaskRunner()
    dialog = _dialog(qtbot, workspace, runner)
    assert dialog.author.text() == "" and dialog.options().author is None
    assert "no name" in dialog.author.placeholderText()
    qtbot.keyClicks(dialog.author, "R. Researcher")
    out = tmp_path / "signed.pdf"
    dialog.output.setText(str(out))
    with qtbot.waitSignal(dialog.sig_written, timeout=90_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert PdfReader(str(out)).metadata.author == "R. Researcher"
    open_settings().sync()
    assert open_settings().value(f"{SETTINGS_GROUP}/author") is None
    assert _dialog(qtbot, workspace, runner).author.text() == ""
    runner.shutdown()
