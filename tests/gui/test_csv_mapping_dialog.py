"""File ▸ Import… of someone else's spreadsheet: the column-mapping dialog driven as a person would,
then the archive and the list pane checked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QMessageBox
from sqlalchemy import select

from db.models import Event
from desktop.gui.dialogs import transfer
from desktop.gui.dialogs.csv_mapping_dialog import CsvMappingDialog, needs_mapping
from desktop.gui.main_window import MainWindow
from desktop.gui.settings import open_settings
from desktop.gui.tasks import TaskRunner

GERMAN = (
    "Datum;Titel;Ort;Land;Notiz\n"
    "April 2017;Mahnwache in Oslo;Oslo;NO;Kerzen vor der Botschaft\n"
    "c. 2017;Petition in Bergen;Bergen;NO;\n"
    "before 2018;Brief an das Ministerium;;NO;\n"
)


@pytest.fixture
def window(qtbot, demo_path: Path):  # type: ignore[no-untyped-def]
    win = MainWindow(open_settings(), TaskRunner())
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    assert win.open_archive(demo_path)
    yield win
    win.close()


def write(tmp_path: Path, text: str, name: str = "partner.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def choose(qtbot, combo: QComboBox, label: str) -> None:  # type: ignore[no-untyped-def]
    """Pick an entry by keyboard, as a person does (arrow keys on the closed combo)."""
    combo.setFocus()
    target = combo.findText(label)
    assert target >= 0, label
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def import_through_menu(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, path: Path) -> CsvMappingDialog:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args, **kwargs: ([str(path)], ""))
    window.actions.import_.trigger()
    dialog = window.findChild(CsvMappingDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def answer_message_box(qtbot, seen: list[str]) -> None:  # type: ignore[no-untyped-def]
    def close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.button(QMessageBox.StandardButton.Ok).click()
        else:
            QTimer.singleShot(20, close)

    QTimer.singleShot(20, close)


def titles(window: MainWindow) -> dict[str, str]:
    with window.workspace.archive.session() as session:
        return {e.title: e.date_text for e in session.scalars(select(Event))}


def test_a_foreign_spreadsheet_is_mapped_checked_and_imported(qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, GERMAN)
    dialog = import_through_menu(qtbot, window, monkeypatch, path)
    assert "semicolon-separated (detected)" in dialog.intro.text()
    assert [dialog.table.horizontalHeaderItem(c).text() for c in range(5)] == ["Datum", "Titel", "Ort", "Land", "Notiz"]
    assert [dialog.field_of(c) for c in range(5)] == ["date", "title", "place", "country", None]  # Notiz: not obvious
    assert dialog.table.item(1, 1).text() == "Mahnwache in Oslo"
    assert "“April 2017” → April 2017 (2017-04)" in dialog.dates_label.text()
    assert "“before 2018” → before 2018 (../2017)" in dialog.dates_label.text()
    choose(qtbot, dialog.combos[4], "Description")
    assert dialog.mapping().columns["Notiz"] == "description"
    window.grab().save(str(tmp_path / "window.png"))
    dialog.grab().save(str(Path("/tmp") / "csv_mapping_dialog.png"))
    seen: list[str] = []
    answer_message_box(qtbot, seen)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    assert seen[0].startswith("partner.csv: imported 3 events")
    found = titles(window)
    assert found["Mahnwache in Oslo"] == "2017-04" and found["Petition in Bergen"] == "2017~" and found["Brief an das Ministerium"] == "../2017"
    with window.workspace.archive.session() as session:
        assert session.scalar(select(Event.description).where(Event.title == "Mahnwache in Oslo")) == "Kerzen vor der Botschaft"
    qtbot.waitUntil(lambda: window.workbench.list_pane.count_text() == "23 of 23 events")


def test_bad_rows_are_listed_and_skipped_when_the_person_says_so(qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, GERMAN + "31 April 2017;Unmöglich;Oslo;NO;\n;Ohne Datum;Oslo;Norwegen;\n")
    dialog = import_through_menu(qtbot, window, monkeypatch, path)
    bad_cell = dialog.table.item(4, 0)
    assert bad_cell.text() == "31 April 2017" and bad_cell.background().color().name() == "#f8d7da"
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.skip_button.isVisible, timeout=30_000)
    items = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert len(items) == 2 and items[0].startswith("line 5: column date: 31 April 2017 does not exist")
    assert items[1].startswith("line 6: column country: “Norwegen” is not a two-letter")
    assert "2 of 5 rows cannot be imported" in dialog.status_label.text()
    assert titles(window).keys().isdisjoint({"Mahnwache in Oslo"})  # a dry run writes nothing
    dialog.grab().save(str(Path("/tmp") / "csv_mapping_bad_rows.png"))
    seen: list[str] = []
    answer_message_box(qtbot, seen)
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    assert seen[0].startswith("partner.csv: imported 3 events")
    assert "Unmöglich" not in titles(window) and "Mahnwache in Oslo" in titles(window)
    qtbot.waitUntil(lambda: window.workbench.list_pane.count_text() == "23 of 23 events")


def test_cancel_after_the_check_imports_nothing(qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, GERMAN + "soon;Bald;Oslo;NO;\n")
    dialog = import_through_menu(qtbot, window, monkeypatch, path)
    chosen: list[object] = []
    dialog.sig_chosen.connect(chosen.append)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.skip_button.isVisible, timeout=30_000)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(CsvMappingDialog) is None)
    assert chosen == [] and window.workspace.count_events() == 20
    assert window.workbench.list_pane.count_text() == "20 of 20 events"


def test_the_mapping_is_remembered_for_the_same_headers(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = window.settings
    first = CsvMappingDialog(write(tmp_path, GERMAN), window.runner, settings, window)
    qtbot.addWidget(first)
    choose(qtbot, first.combos[4], "Description")
    choose(qtbot, first.combos[2], "Ignore")
    with qtbot.waitSignal(first.sig_chosen, timeout=30_000):
        qtbot.mouseClick(first.check_button, Qt.MouseButton.LeftButton)
    other = write(tmp_path, "datum ; TITEL;Ort;Land;Notiz\n2017;Anders;Bergen;NO;x\n", "other.csv")  # the same header set
    again = CsvMappingDialog(other, window.runner, settings, window)
    qtbot.addWidget(again)
    assert [again.field_of(c) for c in range(5)] == ["date", "title", None, "country", "description"]
    assert "choices made last time" in again.intro.text()
    qtbot.mouseClick(again.guess_button, Qt.MouseButton.LeftButton)
    assert [again.field_of(c) for c in range(5)] == ["date", "title", "place", "country", None]


def test_a_field_takes_one_column_and_the_title_is_required(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = CsvMappingDialog(write(tmp_path, GERMAN), window.runner, window.settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    choose(qtbot, dialog.combos[4], "Title")
    assert dialog.status_label.text() == "Columns “Titel”, “Notiz” all fill Title; a field takes one column."
    assert not dialog.check_button.isEnabled()
    choose(qtbot, dialog.combos[1], "Ignore")
    assert dialog.check_button.isEnabled() and dialog.status_label.text() == ""
    choose(qtbot, dialog.combos[4], "Ignore")
    assert not dialog.check_button.isEnabled() and dialog.status_label.text() == "Choose the column that holds each event's title."


def test_options_reread_the_file(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, "Vigil in Oslo\tMay 2017\nVigil in Bergen\t2017-05-20\n", "paste.tsv")
    dialog = CsvMappingDialog(path, window.runner, window.settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.header_check, Qt.MouseButton.LeftButton, pos=QPoint(5, dialog.header_check.height() // 2))
    assert not dialog.header_check.isChecked()
    assert dialog.table.rowCount() == 3 and dialog.table.horizontalHeaderItem(0).text() == "Column 1"
    assert dialog.field_of(0) == "title"
    choose(qtbot, dialog.combos[1], "Date")
    assert "“May 2017” → May 2017 (2017-05)" in dialog.dates_label.text()
    assert dialog.mapping().columns == {"1": "title", "2": "date"} and dialog.mapping().header is False


def test_only_files_the_plain_importer_cannot_read_ask_for_a_mapping(tmp_path: Path) -> None:
    assert not needs_mapping(write(tmp_path, "title,date\nA,2017\n", "own.csv"))
    assert needs_mapping(write(tmp_path, "title;date\nA;2017\n", "semicolons.csv"))
    assert needs_mapping(write(tmp_path, GERMAN))
    assert not needs_mapping(write(tmp_path, '{"format": "casefile-archive"}', "a.json"))
    assert needs_mapping(write(tmp_path, "Titel\tDatum\nA\t2017\n", "paste.tsv"))


def test_a_plain_csv_still_imports_without_the_dialog(qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, "title,date\nVigil,2017-05\n", "own.csv")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args, **kwargs: ([str(path)], ""))
    seen: list[str] = []
    answer_message_box(qtbot, seen)
    window.actions.import_.trigger()
    assert window.findChild(CsvMappingDialog) is None
    qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    assert seen == ["own.csv: imported 1 events"]
    assert transfer  # the module under test
