"""Column mappings: spreadsheets with foreign headers, other delimiters and encodings, dates in words,
strict mapping files and hostile files, checked against what lands in the archive."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from db import provenance
from db.archive import Archive
from db.errors import ImportFailed
from db.interchange import csv_guess, csv_mapping, csv_shape
from db.interchange.csv_events import import_events_csv
from db.interchange.csv_mapping import CsvMapping, InvalidMapping
from db.interchange.formats import ImportOptions, import_file
from db.models import ChangeLog, Event, Source

FIXTURES = Path(__file__).parent.parent / "fixtures" / "spreadsheets"


def events(archive: Archive) -> dict[str, dict[str, Any]]:
    with archive.session() as session:
        return {
            e.title: {
                "date": e.date_text, "lo": e.date_lo, "hi": e.date_hi, "type": e.event_type, "status": e.status,
                "place": e.place.name if e.place else None, "country": e.place.country if e.place else None,
                "tags": sorted(t.name for t in e.tags), "description": e.description,
                "actors": sorted((i.actor.name, i.role) for i in e.involvements),
                "sources": [(c.source.title, c.source.url, c.quote) for c in e.citations],
            }
            for e in session.scalars(select(Event))
        }  # fmt: skip


def event_count(archive: Archive) -> int:
    with archive.session() as session:
        return session.scalar(select(func.count()).select_from(Event)) or 0


def write(tmp_path: Path, text: str, name: str = "sheet.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


# --- foreign headers ---------------------------------------------------------------------


def test_a_german_excel_export_imports_with_its_mapping_file(archive: Archive) -> None:
    summary = import_file(archive, FIXTURES / "partner-de.csv", ImportOptions(mapping=FIXTURES / "partner-de.map.json"))
    assert summary.headline == "partner-de.csv: imported 5 events"
    assert summary.notes == ["read with the column mapping as windows-1252 (detected), semicolon-separated (detected)"]
    found = events(archive)
    vigil = found["Mahnwache vor der russischen Botschaft"]
    assert (vigil["date"], vigil["lo"], vigil["hi"]) == ("2017-04", "2017-04-01", "2017-04-30")  # "April 2017"
    assert (vigil["place"], vigil["country"], vigil["type"]) == ("Berlin", "DE", "protest")
    assert vigil["tags"] == ["Mahnwache", "Tschetschenien"]  # the mapping's list separator is ","
    assert vigil["actors"] == [("Amnesty International", "participant"), ("LSVD", "organiser")]
    assert vigil["sources"] == [("Tagesspiegel-Bericht", "https://example.org/tsp/1", "")]
    assert vigil["description"] == "intern: Fotos bei Jörg"
    assert vigil["status"] == "unknown"  # the Status column is ignored by the mapping
    assert found["Unterschriftensammlung in Köln"]["date"] == "2017~"  # "c. 2017"
    assert found["Regenbogenfahnen am Rathaus"]["date"] == "2017-05-17"  # "17.05.2017"
    assert found["Regenbogenfahnen am Rathaus"]["actors"] == [("Stadt München", "authority")]
    assert (found["Brief an das Auswärtige Amt"]["date"], found["Brief an das Auswärtige Amt"]["hi"]) == ("../2017", "2017-12-31")
    assert found["Brief an das Auswärtige Amt"]["description"] == 'Zitat: "bitte handeln"'
    assert found["Protestwochen"]["date"] == "2017-04/2017-06"  # EDTF keeps working


def test_the_import_entry_records_the_mapping_and_its_digest_verifies(archive: Archive) -> None:
    import_file(archive, FIXTURES / "partner-de.csv", ImportOptions(mapping=FIXTURES / "partner-de.map.json"))
    with archive.session() as session:
        entry = session.scalars(select(ChangeLog).where(ChangeLog.action == "import")).one()
        detail = json.loads(entry.changes)
        assert detail["mapping"]["columns"]["Datum"] == "date" and detail["read_as"].startswith("windows-1252")
        assert detail["sha256"] == __import__("hashlib").sha256((FIXTURES / "partner-de.csv").read_bytes()).hexdigest()
        check = provenance.check_import(session, entry)
    assert check.ok, check


def test_russian_headers_in_a_tab_file_are_guessed_and_import(archive: Archive) -> None:
    path = FIXTURES / "partner-ru.tsv"
    preview = csv_shape.preview(path)
    assert preview.shape.delimiter == "\t" and preview.shape.encoding == "utf-8"
    assert preview.headers == ["Дата", "Заголовок", "Место", "Страна", "Описание", "Теги", "Источник", "Ссылка"]
    assert [line for line, _ in preview.rows] == [2, 3, 4]
    mapping = csv_guess.guess_mapping(preview.headers)
    assert list(mapping.columns.values()) == ["date", "title", "place", "country", "description", "tags", "source_title", "source_url"]
    report = import_events_csv(archive, path, mapping=mapping)
    assert report.events_created == 3 and report.sources_created == 1
    found = events(archive)
    first = found["Публикация «Новой газеты» о задержаниях"]
    assert first["tags"] == ["СМИ", "Чечня"] and first["place"] == "Москва"
    assert first["sources"] == [("Новая газета, 1 апреля 2017", "https://novayagazeta.ru/articles/2017/04/01/71983", "")]
    assert found["Эвакуация из Чечни"]["date"] == "2017-05"
    assert found["Первые сообщения"]["date"] == "2017-04-01/2017-04-03"  # "1–3 April 2017", not 2001-04-03


def test_arabic_headers_are_guessed(archive: Archive) -> None:
    preview = csv_shape.preview(FIXTURES / "partner-ar.csv")
    mapping = csv_guess.guess_mapping(preview.headers)
    assert mapping.columns == {"التاريخ": "date", "العنوان": "title", "المكان": "place", "البلد": "country", "الوصف": "description"}
    import_events_csv(archive, FIXTURES / "partner-ar.csv", mapping=mapping)
    found = events(archive)
    assert found["وقفة احتجاجية في بيروت"]["place"] == "بيروت"
    assert found["بيان منظمة حقوقية"]["date"] == "2017-04~"  # "c. April 2017"


def test_the_guess_maps_only_obvious_names_and_each_field_once() -> None:
    columns = csv_guess.guess_columns(["Titre", "Date de début", "Lieu", "Remarques", "Datum", "event_type", " STATUS "])
    assert columns == {"Titre": "title", "Date de début": "date", "Lieu": "place", "Remarques": None, "Datum": None, "event_type": "type", " STATUS ": "status"}
    assert csv_guess.looks_like_header(["Titel", "x"]) and not csv_guess.looks_like_header(["April 2017", "Vigil"])


def test_a_column_the_mapping_leaves_out_is_an_error_naming_it(tmp_path: Path, archive: Archive) -> None:
    path = write(tmp_path, "Titel,Datum,Notiz\nA,2017,x\n")
    mapping = CsvMapping({"Titel": "title", "Datum": "date"})
    with pytest.raises(ImportFailed) as failed:
        import_events_csv(archive, path, mapping=mapping)
    assert "line 1:" in str(failed.value) and "“Notiz”" in str(failed.value)
    assert event_count(archive) == 0
    # Casefile's own column names need no mapping; a mapping cannot fill a field twice
    import_events_csv(archive, write(tmp_path, "Titel,Datum,tags\nA,2017,x\n"), mapping=mapping)
    assert events(archive)["A"]["tags"] == ["x"]
    with pytest.raises(ImportFailed, match="more than one column fills title"):
        import_events_csv(archive, write(tmp_path, "Titel,TITEL \nA,B\n"), mapping=mapping)


def test_no_header_row_maps_columns_by_number(tmp_path: Path, archive: Archive) -> None:
    path = write(tmp_path, "Vigil in Oslo;May 2017;Oslo;NO;ignored\nVigil in Bergen;2017-05-20;Bergen;NO;\n")
    mapping = csv_mapping.loads(json.dumps({"header": False, "columns": {"1": "title", "2": "date", "3": "place", "4": "country", "5": None}}))
    check = csv_shape.check_rows(path, mapping)
    assert (check.rows, check.problems) == (2, [])
    import_events_csv(archive, path, mapping=mapping)
    found = events(archive)
    assert found["Vigil in Oslo"]["date"] == "2017-05" and found["Vigil in Bergen"]["place"] == "Bergen"
    with pytest.raises(ImportFailed) as failed:  # a sixth cell no number maps
        import_events_csv(archive, write(tmp_path, "A;2017;;;;extra\n"), mapping=mapping)
    assert failed.value.problems[0][0] == 1 and "the row has 6 cells but the mapping names 5" in failed.value.problems[0][1]


# --- dates in words -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "edtf"),
    [
        ("April 2017", "2017-04"), ("c. 2017", "2017~"), ("before 2018", "../2017"), ("after 12 June 2017", "2017-06-13/.."),
        ("1–3 April 2017", "2017-04-01/2017-04-03"), ("2017-04-01", "2017-04-01"), ("2017-04-0X", "2017-04-0X"),
        ("2017-04/2017-06", "2017-04/2017-06"), ("30/04/2017", "2017-04-30"), ("", ""),
    ],
)  # fmt: skip
def test_date_cells_read_as_the_form_reads_them(cell: str, edtf: str) -> None:
    assert CsvMapping({"t": "title"}).date_reader()(cell).text == edtf


def test_start_and_end_in_words_make_an_interval_and_bad_dates_name_their_line(tmp_path: Path, archive: Archive) -> None:
    path = write(tmp_path, "Titel;Von;Bis\nWeeks;April 2017;June 2017\nBad;04/05/2017;\nWorse;soon;\n")
    mapping = CsvMapping({"Titel": "title", "Von": "date", "Bis": "end_date"}, delimiter=";")
    check = csv_shape.check_rows(path, mapping)
    assert [line for line, _ in check.problems] == [3, 4]
    assert "ambiguous" in check.problems[0][1] and "“soon” is not a month" in check.problems[1][1]
    report = import_events_csv(archive, path, mapping=mapping, skip_bad=True)
    assert report.skipped == check.problems  # the dry run lists what the import skips
    assert events(archive)["Weeks"]["date"] == "2017-04/2017-06"


def test_the_edtf_reader_refuses_words(tmp_path: Path, archive: Archive) -> None:
    path = write(tmp_path, "Titel,Datum\nA,April 2017\n")
    with pytest.raises(ImportFailed) as failed:
        import_events_csv(archive, path, mapping=CsvMapping({"Titel": "title", "Datum": "date"}, dates="edtf"))
    assert failed.value.problems[0][0] == 2 and "EDTF" in failed.value.problems[0][1]


# --- delimiters and encodings -------------------------------------------------------------


def test_delimiters_are_detected_even_when_cells_hold_other_candidates() -> None:
    assert csv_shape.detect_delimiter("title,tags\nVigil,a; b\nMarch,c; d\n") == ","
    assert csv_shape.detect_delimiter("Titel;Ort\n\"Demo, groß\";Köln\nX;Y\n") == ";"
    assert csv_shape.detect_delimiter("a\tb\tc\n1\t2\t3\n") == "\t"
    assert csv_shape.detect_delimiter("a|b\n1|2\n") == "|"
    assert csv_shape.detect_delimiter("just one column\n") == ","


def test_encodings_are_detected_from_the_bytes(tmp_path: Path, archive: Archive) -> None:
    assert csv_shape.detect_encoding("Заголовок;Дата\nЭвакуация;май 2017\n".encode("cp1251")) == "windows-1251"
    assert csv_shape.detect_encoding("Titel;Ort\nDemo;Köln\nMahnwache;München\n".encode("cp1252")) == "windows-1252"
    assert csv_shape.detect_encoding("\ufeffa\tb\n".encode("utf-16-le")) == "utf-16"
    assert csv_shape.detect_encoding("a\tb\n".encode("utf-16-le")) == "utf-16-le"
    # Excel's "Unicode text": UTF-16 with a mark, tab-separated
    path = tmp_path / "unicode.txt"
    path.write_bytes("\ufeffЗаголовок\tДата\r\nЭвакуация\t2017-05\r\n".encode("utf-16-le"))
    mapping = csv_guess.guess_mapping(csv_shape.preview(path).headers)
    import_events_csv(archive, path, mapping=mapping)
    assert events(archive)["Эвакуация"]["date"] == "2017-05"
    cp1251 = write(tmp_path, "Заголовок;Дата\nЗадержания;апрель\n", encoding="cp1251")
    assert csv_shape.preview(cp1251).headers == ["Заголовок", "Дата"]


def test_a_named_encoding_that_does_not_fit_names_the_byte(tmp_path: Path, archive: Archive) -> None:
    path = tmp_path / "sheet.csv"
    path.write_bytes(b"Titel\nA\n\x98\n")
    with pytest.raises(ImportFailed) as failed:
        import_events_csv(archive, path, mapping=CsvMapping({"Titel": "title"}, encoding="windows-1251"))
    assert "not cp1251 text: byte 0x98 at offset 8 (line 3)" in str(failed.value)
    assert event_count(archive) == 0


def test_header_keys_ignore_case_and_spacing_but_not_order() -> None:
    key = csv_mapping.header_key(["Datum", "Titel"])
    assert csv_mapping.header_key([" datum ", "TITEL"]) == key and csv_mapping.header_key(["Titel", "Datum"]) != key
    assert csv_mapping.is_standard(["title", "Date"]) and not csv_mapping.is_standard(["Titel", "date"])


# --- the mapping file ---------------------------------------------------------------------


def test_a_mapping_file_round_trips(tmp_path: Path) -> None:
    mapping = CsvMapping({"Datum": "date", "Titel": "title", "x": None}, header=True, encoding="windows-1252", delimiter="\t", list_separator="|")
    csv_mapping.save(mapping, tmp_path / "m.json")
    assert csv_mapping.load(tmp_path / "m.json") == mapping


def test_a_bad_mapping_file_names_every_problem_with_its_line(tmp_path: Path) -> None:
    text = """{
  "header": "yes",
  "encoding": "klingon-8",
  "delimiter": "ab",
  "dates": "guess",
  "colums": {},
  "list_separator": " ",
  "columns": {
    "Datum": "datum",
    "Titel": 3,
    "Ort": "place",
    "Stadt": "place"
  }
}"""
    with pytest.raises(InvalidMapping) as refused:
        csv_mapping.loads(text, "m.json")
    assert str(refused.value) == "m.json: 9 problems in the column mapping; nothing was imported."
    assert refused.value.problems == [
        (2, "“header” must be true or false, not text"),
        (3, "“klingon-8” is not an encoding Python knows (e.g. utf-8, windows-1252, windows-1251, utf-16, or auto)"),
        (4, "“delimiter” must be auto, tab or one character such as , or ; (not “ab”)"),
        (5, "“dates” must be “words” (dates as the form reads them) or “edtf” (EDTF only), not “guess”"),
        (6, "unknown key “colums”; a mapping has " + ", ".join(csv_mapping.KEYS)),
        (7, "“list_separator” must be one character such as ; or | (not a space or a quote)"),
        (9, "column “Datum”: “datum” is not a field; fields: title, date, end_date, place, country, type, status, description, tags, actors, source_title, source_url, source_publisher, source_published, quote (or null to ignore it)"),
        (10, "column “Titel”: the field must be text or null, not a number"),
        (12, "columns “Ort”, “Stadt” all fill place; a field takes one column"),
    ]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("[1, 2]", (1, "a column mapping is a JSON object, not a list")),
        ('{"columns": {"A": "title"},\n "columns": {}}', (2, "duplicate key 'columns'")),
        ('{"columns": {"A": "title"}', (1, "not JSON")),
        ('{"columns": {"A": "date"}}', (1, "no column is mapped to title (every event needs one)")),
        ('{"columns": {}}', (1, "“columns” must be an object naming at least one column")),
        ('{"header": false, "columns": {"A": "title"}}', (1, "without a header row columns are numbered from 1: “A” is not a column number")),
        ('{"columns": {"A": "title", " a ": "date"}}', (1, "column “ a ” is given twice (as “A” too)")),
        ('{"version": 2, "columns": {"A": "title"}}', (1, "“version” must be 1")),
        ('{"date_languages": ["xx"], "columns": {"A": "title"}}', (1, "no date words for xx; known: en")),
        ('{"format": "csv", "columns": {"A": "title"}}', (1, "“format” must be “casefile-csv-mapping”")),
    ],
)  # fmt: skip
def test_each_mapping_problem_is_one_clear_line(text: str, problem: tuple[int, str]) -> None:
    with pytest.raises(InvalidMapping) as refused:
        csv_mapping.loads(text, "m.json")
    (found,) = refused.value.problems
    assert found[0] == problem[0] and problem[1] in found[1] and "\n" not in found[1]
    assert str(refused.value).startswith(f"m.json line {problem[0]}: ")


def test_a_mapping_file_that_is_huge_or_not_text_is_refused(tmp_path: Path) -> None:
    huge = tmp_path / "huge.json"
    huge.write_text('{"columns": {"A": "title"}, "x": "' + "x" * (csv_mapping.MAX_MAPPING_BYTES + 1) + '"}')
    with pytest.raises(InvalidMapping, match="a column mapping is at most"):
        csv_mapping.load(huge)
    binary = tmp_path / "binary.json"
    binary.write_bytes(b'{"columns":\n {"A": "\xff"}}')
    with pytest.raises(InvalidMapping, match="huge.json|binary.json line 2: the mapping file is not UTF-8 text"):
        csv_mapping.load(binary)


# --- hostile files ------------------------------------------------------------------------


def test_a_truncated_file_is_refused_with_its_line_and_nothing_is_imported(tmp_path: Path, archive: Archive) -> None:
    whole = (FIXTURES / "partner-de.csv").read_bytes()
    cut = tmp_path / "cut.csv"
    cut.write_bytes(whole[: whole.index(b"bitte") + 3])  # inside the quoted quote of the last-but-one row
    with pytest.raises(ImportFailed) as failed:
        import_file(archive, cut, ImportOptions(mapping=FIXTURES / "partner-de.map.json", skip_bad=True))
    assert "line 5: the CSV structure is broken" in str(failed.value)
    assert event_count(archive) == 0
    preview = csv_shape.preview(cut, csv_mapping.load(FIXTURES / "partner-de.map.json"))
    assert [line for line, _ in preview.rows] == [2, 3, 4] and "line 5" in preview.problem


def test_a_huge_cell_is_a_bad_row_and_the_preview_reads_only_the_head(tmp_path: Path, archive: Archive) -> None:
    path = tmp_path / "huge.csv"
    with path.open("w", encoding="utf-8") as out:
        out.write("Titel;Beschreibung\nShort;fine\nHuge;")
        out.write("x" * 3_000_000)
        out.write("\nAfter;fine\n")
    preview = csv_shape.preview(path)
    assert preview.headers == ["Titel", "Beschreibung"] and preview.rows[0] == (2, ["Short", "fine"])
    assert preview.rows[1][1][1].endswith("…") and len(preview.rows[1][1][1]) == csv_shape.PREVIEW_CELL
    mapping = csv_guess.guess_mapping(preview.headers)
    assert mapping.columns == {"Titel": "title", "Beschreibung": "description"}
    check = csv_shape.check_rows(path, mapping)
    assert [line for line, _ in check.problems] == [3] and "3,000,000 characters" in check.problems[0][1]
    report = import_events_csv(archive, path, mapping=mapping, skip_bad=True)
    assert report.events_created == 2 and [line for line, _ in report.skipped] == [3]


def test_cells_of_the_wrong_type_are_bad_rows_with_line_numbers(tmp_path: Path, archive: Archive) -> None:
    path = write(tmp_path, "Titel;Datum;Status;Land;Quelle;Zitat\nGood;2017;confirmed;DE;;\nA;2017;bestätigt;DE;;\nB;2017;;Deutschland;;\nC;2017;;;;a quote\n;2017;;;;\n")
    mapping = CsvMapping({"Titel": "title", "Datum": "date", "Status": "status", "Land": "country", "Quelle": "source_title", "Zitat": "quote"})
    with pytest.raises(ImportFailed) as failed:
        import_events_csv(archive, path, mapping=mapping)
    lines = dict(failed.value.problems)
    assert sorted(lines) == [3, 4, 5, 6]
    assert "“bestätigt” is not one of" in lines[3] and "“Deutschland” is not a two-letter" in lines[4]
    assert "source_title is empty but quote given" in lines[5] and "title is empty" in lines[6]
    assert event_count(archive) == 0


def test_garbage_and_empty_files_get_one_clear_line(tmp_path: Path, archive: Archive) -> None:
    empty = write(tmp_path, "", name="empty.csv")
    assert csv_shape.preview(empty).problem == "empty.csv is empty."
    with pytest.raises(ImportFailed, match="The file is empty"):
        import_events_csv(archive, empty, mapping=CsvMapping({"A": "title"}))
    garbage = tmp_path / "garbage.csv"
    garbage.write_bytes(bytes(range(256)) * 64)
    preview = csv_shape.preview(garbage)  # never raises: what it could read, or why not
    assert isinstance(preview.headers, list)
    with pytest.raises(ImportFailed):
        import_events_csv(archive, garbage, mapping=CsvMapping({"A": "title"}))
    with archive.session() as session:
        assert session.scalar(select(func.count()).select_from(Source)) == 0
