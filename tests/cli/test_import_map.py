"""`casefile import ARCHIVE FILE --map MAPPING.json`: foreign spreadsheets headless, strict mapping files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from db.archive import Archive
from db.models import Event
from desktop.cli import main

FIXTURES = Path(__file__).parent.parent / "fixtures" / "spreadsheets"


def titles_and_dates(path: Path) -> dict[str, str]:
    with Archive.open(path, user="tester") as archive, archive.session() as session:
        return {e.title: e.date_text for e in session.scalars(select(Event))}


def test_a_german_spreadsheet_imports_with_its_mapping(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "case.casefile"
    assert main(["import", str(target), str(FIXTURES / "partner-de.csv"), "--map", str(FIXTURES / "partner-de.map.json"), "--user", "tester"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [
        "partner-de.csv: imported 5 events",
        "  read with the column mapping as windows-1252 (detected), semicolon-separated (detected)",
    ]
    found = titles_and_dates(target)
    assert found["Mahnwache vor der russischen Botschaft"] == "2017-04" and found["Unterschriftensammlung in Köln"] == "2017~"


def test_without_the_mapping_the_file_is_refused_naming_its_columns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "case.casefile"
    assert main(["import", str(target), str(FIXTURES / "partner-de.csv"), "--user", "tester"]) == 1
    err = capsys.readouterr().err
    assert "is not UTF-8 text" in err  # Casefile's own layout is UTF-8 and commas
    assert titles_and_dates(target) == {}


def test_a_tab_file_with_another_extension_is_read_as_csv_under_map(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = tmp_path / "export.txt"
    sheet.write_bytes((FIXTURES / "partner-ru.tsv").read_bytes())
    mapping = tmp_path / "ru.json"
    mapping.write_text(json.dumps({"columns": {"Дата": "date", "Заголовок": "title", "Место": "place", "Страна": "country",
                                               "Описание": "description", "Теги": "tags", "Источник": None, "Ссылка": None}}, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "case.casefile"
    assert main(["import", str(target), str(sheet), "--map", str(mapping), "--user", "tester"]) == 0
    assert "export.txt: imported 3 events" in capsys.readouterr().out
    assert titles_and_dates(target)["Первые сообщения"] == "2017-04-01/2017-04-03"


def test_a_bad_mapping_file_lists_each_problem_on_its_own_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mapping = tmp_path / "bad.json"
    mapping.write_text('{\n  "columns": {\n    "Datum": "when",\n    "Titel": "title"\n  },\n  "delimter": ";"\n}\n', encoding="utf-8")
    target = tmp_path / "case.casefile"
    assert main(["import", str(target), str(FIXTURES / "partner-de.csv"), "--map", str(mapping), "--user", "tester"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "casefile: bad.json: 2 problems in the column mapping; nothing was imported."
    assert err[1].startswith("  line 3: column “Datum”: “when” is not a field; fields: title, date,")
    assert err[2].startswith("  line 6: unknown key “delimter”")
    assert len(err) == 3
    assert titles_and_dates(target) == {}


def test_bad_rows_are_listed_with_line_numbers_and_skip_bad_imports_the_rest(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = tmp_path / "rows.csv"
    sheet.write_text("Titel;Datum\nGood;April 2017\nBad;31 April 2017\n;2017\nAlso good;c. 2017\n", encoding="utf-8")
    mapping = tmp_path / "m.json"
    mapping.write_text('{"columns": {"Titel": "title", "Datum": "date"}}', encoding="utf-8")
    target = tmp_path / "case.casefile"
    assert main(["import", str(target), str(sheet), "--map", str(mapping), "--user", "tester"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "casefile: rows.csv: 2 rows (the first on line 3) cannot be imported, so nothing was imported."
    assert err[1].startswith("  line 3: column date:") and "31 April 2017 does not exist" in err[1]
    assert err[2] == "  line 4: column title is empty"
    assert titles_and_dates(target) == {}
    assert main(["import", str(target), str(sheet), "--map", str(mapping), "--skip-bad", "--user", "tester"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("rows.csv: imported 2 events")
    assert "skipped line 3:" in captured.err and "skipped line 4: column title is empty" in captured.err
    assert titles_and_dates(target) == {"Good": "2017-04", "Also good": "2017~"}


def test_the_help_documents_the_mapping_format(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    out = capsys.readouterr().out
    assert "--map MAPPING.json" in out and '"columns": {"Datum": "date"' in out
    assert "list_separator" in out and "dates      words" in out
