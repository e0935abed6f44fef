"""The import registry recognises files by content first, then by name, and says clearly what
it cannot read; the CLI and the GUI share its summary."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.archive import Archive
from db.errors import CasefileError
from db.interchange import formats
from db.interchange.json_archive import export_json


def test_a_casefile_export_is_recognised_by_its_envelope_whatever_its_name(tmp_path: Path, archive: Archive) -> None:
    from db.demo import build_demo

    build_demo(archive)
    export_json(archive, tmp_path / "backup.dat")
    assert formats.detect(tmp_path / "backup.dat").name == "casefile-json"


def test_a_csv_of_events_is_recognised_by_its_header_even_as_txt(tmp_path: Path) -> None:
    text = tmp_path / "vigils.txt"
    text.write_text("title,date,place\nVigil,2017-05,Oslo\n", encoding="utf-8")
    assert formats.detect(text).name == "csv"


def test_a_json_that_is_not_an_export_is_not_taken_for_one(tmp_path: Path) -> None:
    other = tmp_path / "list.json"
    other.write_text('[{"title": "x", "format": "casefile-archive"}]', encoding="utf-8")
    assert not formats.by_name("casefile-json").sniff(other, other.read_bytes())


def test_a_file_of_no_known_kind_is_named_with_what_casefile_reads(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("just some notes\n", encoding="utf-8")
    with pytest.raises(CasefileError) as refused:
        formats.detect(notes)
    message = str(refused.value)
    assert message.startswith("notes.txt: not a file Casefile can import")
    assert "Events (CSV) (*.csv)" in message and "Casefile JSON (*.json)" in message


def test_a_csv_with_foreign_headers_still_goes_to_the_csv_reader_by_its_name(tmp_path: Path) -> None:
    foreign = tmp_path / "Tabelle.csv"
    foreign.write_text("Titel;Datum\nMahnwache;2017-05\n", encoding="utf-8")
    assert formats.detect(foreign).name == "csv"  # the CSV reader then names the unknown columns


def test_a_folder_without_bagit_txt_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CasefileError, match="not an importable package"):
        formats.detect(tmp_path)


def test_import_file_reports_through_one_summary(tmp_path: Path) -> None:
    csv = tmp_path / "vigils.csv"
    csv.write_text("title,date\nVigil in Oslo,2017-05-17\nNo date here,2017-02-30\n", encoding="utf-8")
    with Archive.create(tmp_path / "a.casefile", user="t") as archive:
        summary = formats.import_file(archive, csv, formats.ImportOptions(skip_bad=True))
    assert summary.headline == "vigils.csv: imported 1 events"
    assert [line for line, _why in summary.skipped] == [3]
    assert summary.skipped_lines()[0].startswith("skipped line 3: ")
    assert summary.changes is not None and len(summary.changes.inserted["event"]) == 1


def test_a_forced_format_is_used_and_an_unknown_one_is_named(tmp_path: Path) -> None:
    with pytest.raises(CasefileError, match="unknown import format 'xls'; known: "):
        formats.by_name("xls")
    assert "csv" in formats.names() and "casefile-json" in formats.names()


def test_the_open_dialog_filter_lists_every_format_first() -> None:
    first, *rest = formats.file_dialog_filter().split(";;")
    assert first.startswith("Everything Casefile imports (") and "*.csv" in first and "*.json" in first
    assert rest[-1] == "All files (*)"
