"""CSV import/export of events: formats, exact error lines, all-or-nothing, formula guards, round trips."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from db import changelog, dates, records, services
from db.archive import Archive
from db.errors import ImportFailed, InvalidDate
from db.interchange import csv_events, csv_import
from db.interchange.csv_events import (
    ImportCancelled,
    export_events_csv,
    import_events_csv,
)
from db.models import RECORD_MODELS, ChangeLog, Event, Source, Tag
from db.search import search_events, search_sources

HEADER = "title,date,place,country,status,description,tags,actors,source_title,source_url,source_publisher,source_published,quote"


@pytest.fixture
def second_archive(tmp_path: Path) -> Iterator[Archive]:
    opened = Archive.create(tmp_path / "second.casefile", user="tester")
    yield opened
    opened.close()


def write(tmp_path: Path, text: str, bom: bool = False, name: str = "events.csv") -> Path:
    path = tmp_path / name
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def counts(archive: Archive) -> dict[str, int]:
    with archive.session() as session:
        found = {t: session.scalar(select(func.count()).select_from(m)) or 0 for t, m in RECORD_MODELS.items()}
        found["change_log"] = session.scalar(select(func.count()).select_from(ChangeLog)) or 0
    return found


def event_rows(archive: Archive) -> dict[str, dict[str, Any]]:
    """Events by title with their place, tags, actors and first citation, as plain values."""
    with archive.session() as session:
        out = {}
        for event in session.scalars(select(Event)):
            first = event.citations[0] if event.citations else None
            out[event.title] = {
                "date": event.date_text,
                "lo": event.date_lo,
                "hi": event.date_hi,
                "place": (event.place.name, event.place.country) if event.place else None,
                "status": event.status,
                "type": event.event_type,
                "description": event.description,
                "tags": sorted(t.name for t in event.tags),
                "actors": sorted((i.actor.name, i.role) for i in event.involvements),
                "source": (first.source.title, first.source.url, first.source.outlet.name if first.source.outlet else None, first.source.published) if first else None,
                "quote": first.quote if first else None,
            }
    return out


# --- happy path ----------------------------------------------------------------------------

MIXED = (
    " Title , DATE ,Place,COUNTRY,Status,Description,TAGS,Actors,Source_Title,source_url,source_publisher,source_published,quote\r\n"
    "Митинг на Тверской,2017-03-26,Москва,ru,Confirmed,\"Первая строка\r\nвторая, с запятой\nи \"\"кавычки\"\"\",протест; Навальный,"
    "ФБК (organiser); Полиция (authority),Тысячи вышли на улицы,https://novayagazeta.ru/1,Новая газета,2017-03-27,«Тысячи человек»\r\n"
    "اعتصام في دمشق,2011-03~,دمشق,SY,likely,وصف الحدث,احتجاج,الناشطون,,,,,\r\n"
    "\r\n"
    "Undated statement,,,,,,,,,,,,\r\n"
)


@pytest.mark.parametrize("bom", [True, False])
def test_import_reads_cyrillic_and_arabic_with_or_without_bom(archive: Archive, tmp_path: Path, bom: bool) -> None:
    report = import_events_csv(archive, write(tmp_path, MIXED, bom=bom))

    assert (report.events_created, report.sources_created, report.places_created, report.actors_created) == (3, 1, 2, 4)
    assert report.skipped == []
    rows = event_rows(archive)
    moscow = rows["Митинг на Тверской"]
    assert moscow["date"] == "2017-03-26" and moscow["lo"] == moscow["hi"] == "2017-03-26"
    assert moscow["place"] == ("Москва", "RU")
    assert moscow["status"] == "confirmed"
    assert moscow["description"] == "Первая строка\r\nвторая, с запятой\nи \"кавычки\""
    assert moscow["tags"] == sorted(["протест", "Навальный"])
    assert moscow["actors"] == sorted([("ФБК", "organiser"), ("Полиция", "authority")])
    assert moscow["source"] == ("Тысячи вышли на улицы", "https://novayagazeta.ru/1", "Новая газета", "2017-03-27")
    assert moscow["quote"] == "«Тысячи человек»"
    damascus = rows["اعتصام في دمشق"]
    assert damascus["place"] == ("دمشق", "SY") and damascus["date"] == "2011-03~"
    assert damascus["actors"] == [("الناشطون", "participant")] and damascus["tags"] == ["احتجاج"]
    assert rows["Undated statement"]["date"] == "" and rows["Undated statement"]["status"] == "unknown"


def test_imported_events_are_found_by_full_text_search(archive: Archive, tmp_path: Path) -> None:
    import_events_csv(archive, write(tmp_path, MIXED))
    with archive.session() as session:
        moscow = session.scalar(select(Event.id).where(Event.title == "Митинг на Тверской"))
        damascus = session.scalar(select(Event.id).where(Event.title == "اعتصام في دمشق"))
        assert search_events(session, "Тверской") == [moscow]
        assert search_events(session, "запятой") == [moscow]  # description
        assert search_events(session, "Навальный") == [moscow]  # tag
        assert search_events(session, "человек") == [moscow]  # quote
        assert search_events(session, "ФБК") == [moscow]  # actor
        assert search_events(session, "دمشق") == [damascus]
        assert len(search_sources(session, "человек")) == 1


def test_existing_places_actors_sources_and_tags_are_reused(archive: Archive, tmp_path: Path) -> None:
    with services.edit(archive) as ed:
        place = services.create(ed, "place", {"name": "Moscow", "country": "RU"})
        actor = services.create(ed, "actor", {"name": "OVD-Info"})
        source = services.create(ed, "source", {"title": "Report", "url": "https://ovd.info/r"})
        services.create(ed, "tag", {"name": "Protest"})
    text = (
        "title,place,country,actors,tags,source_title,source_url,quote\n"
        "One,moscow,ru,ovd-info (organiser),protest,REPORT,https://ovd.info/r,Zaderzhaniya\n"
        "Two,Moscow,UA,OVD-Info,PROTEST,Report,https://other.example/r\n"
    )
    report = import_events_csv(archive, write(tmp_path, text))

    assert (report.places_created, report.actors_created, report.sources_created, report.tags_created) == (1, 0, 1, 0)
    with archive.session() as session:
        one = session.scalar(select(Event).where(Event.title == "One"))
        assert one.place.uid == place and one.involvements[0].actor.uid == actor
        assert one.citations[0].source.uid == source and [t.name for t in one.tags] == ["Protest"]
        assert session.scalar(select(func.count()).select_from(Tag)) == 1
        existing = session.scalar(select(Source.id).where(Source.uid == source))
        assert search_sources(session, "Zaderzhaniya") == [existing]  # reindexed for its new quote
        new_events = set(session.scalars(select(Event.uid)))
    assert report.changes.inserted["event"] == new_events
    assert "place" in report.changes.inserted and "actor" not in report.changes.inserted


def test_an_unknown_case_is_refused(archive: Archive, tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="no case with uid nope"):
        import_events_csv(archive, write(tmp_path, "title\nA\n"), case_uid="nope")
    assert counts(archive)["event"] == 0


def test_interval_from_end_date_and_vocabulary_spelling(archive: Archive, tmp_path: Path) -> None:
    text = "title,date,end_date,type\nSiege,2017-04,2017-06,PROTEST\nLate,,2017-06-02,Sit-in\n"
    import_events_csv(archive, write(tmp_path, text))
    rows = event_rows(archive)
    assert (rows["Siege"]["date"], rows["Siege"]["lo"], rows["Siege"]["hi"]) == ("2017-04/2017-06", "2017-04-01", "2017-06-30")
    assert (rows["Late"]["date"], rows["Late"]["lo"], rows["Late"]["hi"]) == ("/2017-06-02", None, "2017-06-02")
    assert rows["Late"]["type"] == "Sit-in"  # not a vocabulary term: kept as written
    with archive.session() as session:
        if "protest" in {t.casefold() for t in session.scalars(select(records.model_for("vocabulary").term))}:
            assert rows["Siege"]["type"] == "protest"


def test_one_import_entry_in_a_sound_change_log(archive: Archive, tmp_path: Path) -> None:
    path = write(tmp_path, MIXED)
    before = counts(archive)["change_log"]
    import_events_csv(archive, path)
    with archive.session() as session:
        entries = session.scalars(select(ChangeLog).where(ChangeLog.id > before).order_by(ChangeLog.id)).all()
        imports = [e for e in entries if e.action == "import"]
        assert len(imports) == 1
        detail = json.loads(imports[0].changes)
        assert detail["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        assert detail["file"] == "events.csv" and detail["created"]["event"] == 3
        assert changelog.verify(session).ok


def test_progress_is_reported_and_cancel_writes_nothing(archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csv_import, "BATCH_ROWS", 500)
    text = "title,date\n" + "".join(f"Event {i},2017-01-{1 + i % 28:02d}\n" for i in range(1200))
    path = write(tmp_path, text)
    total = path.stat().st_size * 9 // 8  # bytes of the file, and an eighth for indexes and commit
    seen: list[tuple[int, int]] = []
    import_events_csv(archive, path, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (total, total) and seen[0] == (0, total) and len(seen) >= 4

    before = counts(archive)
    calls = iter([False, False, False, True])  # cancels in the middle of writing
    with pytest.raises(ImportCancelled):
        import_events_csv(archive, path, is_cancelled=lambda: next(calls, True))
    assert counts(archive) == before


# --- errors --------------------------------------------------------------------------------

BAD = (
    HEADER + "\n"                                   # line 1
    + 'Good one,2017-04-01,,,,"spans\nthree\nlines",,,,,,,\n'  # lines 2-4
    + "Bad date,2017-13-45,,,,,,,,,,,\n"             # line 5
    + "Bad status,2017,,,certain,,,,,,,,\n"          # line 6
    + ",2017,,,,,,,,,,,\n"                           # line 7: empty title
    + "Ragged,2017,,,,,,,,,,,,extra,cells\n"         # line 8
    + '"Multi\nline title",2017-02-30,,,,,,,,,,,\n'  # lines 9-10, bad date
    + "Good two,2018,,,,,,,,,,,\n"                   # line 11
    + "Too long,2017,,,,{long},,,,,,,\n"              # line 12
    + "Quote without source,2017,,,,,,,,,,,words\n"  # line 13
)


def bad_file(tmp_path: Path) -> Path:
    return write(tmp_path, BAD.replace("{long}", "x" * (records.MAX_TEXT + 1)))


def test_bad_rows_are_reported_with_their_physical_line_and_nothing_is_written(archive: Archive, tmp_path: Path) -> None:
    before = counts(archive)
    with pytest.raises(ImportFailed) as failure:
        import_events_csv(archive, bad_file(tmp_path))

    problems = dict(failure.value.problems)
    assert sorted(problems) == [5, 6, 7, 8, 9, 12, 13]
    assert "date" in problems[5] and "2017-13-45" in problems[5]
    assert "status" in problems[6] and "certain" in problems[6]
    assert "title" in problems[7]
    assert "15 cells" in problems[8] and "13" in problems[8]
    assert "2017-02-30" in problems[9] and "February 2017 has no day 30" in problems[9]
    assert "description" in problems[12] and f"{records.MAX_TEXT:,}" in problems[12]
    assert "source_title" in problems[13] and "quote" in problems[13]
    assert "line 5" in str(failure.value)
    assert counts(archive) == before


def test_skip_bad_imports_the_good_rows_and_returns_the_rest(archive: Archive, tmp_path: Path) -> None:
    report = import_events_csv(archive, bad_file(tmp_path), skip_bad=True)
    assert report.events_created == 2
    assert [line for line, _ in report.skipped] == [5, 6, 7, 8, 9, 12, 13]
    assert sorted(event_rows(archive)) == ["Good one", "Good two"]


def test_several_problems_in_one_row_are_reported_together(archive: Archive, tmp_path: Path) -> None:
    path = write(tmp_path, "title,date,status,country\nX,2017-99,maybe,Russia\n")
    with pytest.raises(ImportFailed) as failure:
        import_events_csv(archive, path)
    [(line, message)] = failure.value.problems
    assert line == 2 and "2017-99" in message and "maybe" in message and "Russia" in message


def test_dates_the_edtf_package_crashes_on_are_read(archive: Archive, tmp_path: Path) -> None:
    import_events_csv(archive, write(tmp_path, "title,date\nX,2018-1X\n"))  # EDTF level 2: October–December
    with archive.session() as session:
        assert session.execute(select(Event.date_text, Event.date_lo, Event.date_hi)).one() == ("2018-1X", "2018-10-01", "2018-12-31")


@pytest.mark.parametrize(
    ("end", "fragment"),
    [("2017-03", "ends before it begins"), ("2017-13", "end_date"), ("2017/2018", "interval")],
)
def test_end_date_problems(archive: Archive, tmp_path: Path, end: str, fragment: str) -> None:
    with pytest.raises(ImportFailed) as failure:
        import_events_csv(archive, write(tmp_path, f"title,date,end_date\nX,2017-04,{end}\n"))
    assert fragment in failure.value.problems[0][1]


def test_unknown_column_is_named_on_line_1(archive: Archive, tmp_path: Path) -> None:
    with pytest.raises(ImportFailed) as failure:
        import_events_csv(archive, write(tmp_path, "title,Datum,casualties\nX,2017,3\n"))
    assert failure.value.problems[0][0] == 1
    assert "'datum'" in str(failure.value) and "'casualties'" in str(failure.value)
    assert counts(archive)["event"] == 0


def test_missing_title_column_and_semicolon_files_are_explained(archive: Archive, tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="no title column"):
        import_events_csv(archive, write(tmp_path, "date,place\n2017,Moscow\n"))
    with pytest.raises(ImportFailed, match="delimiter"):
        import_events_csv(archive, write(tmp_path, "title;date\nX;2017\n"))


def test_a_file_that_is_not_utf8_names_the_line_and_offset(archive: Archive, tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes(b"title,date\nCafe,2017\nCaf\xe9 Moskva,2017\n")
    with pytest.raises(ImportFailed) as failure:
        import_events_csv(archive, path)
    message = str(failure.value)
    assert "UTF-8" in message and "offset 24" in message and "line 3" in message
    assert failure.value.problems[0][0] == 3
    assert counts(archive)["event"] == 0


def test_an_unclosed_quote_stops_the_import_with_its_line(archive: Archive, tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="quotes"):
        import_events_csv(archive, write(tmp_path, 'title,date\nA,2017\n"B,2017\nC,2018\n'))
    assert counts(archive)["event"] == 0


def test_nul_characters_are_refused(archive: Archive, tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="NUL"):
        import_events_csv(archive, write(tmp_path, "title\nA\x00B\n"))


# --- export and round trips ----------------------------------------------------------------

FORMULAS = ["=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1)", "'=already guarded", "''+two apostrophes", "\tTabbed"]


def test_formula_cells_are_neutralised_in_the_file_and_restored_on_import(
    archive: Archive, second_archive: Archive, tmp_path: Path
) -> None:
    with services.edit(archive) as ed:
        case = services.ensure_default_case(ed)
        for title in FORMULAS:
            services.create(ed, "event", {"case": case, "title": title + " title", "description": title})
    path = tmp_path / "out.csv"
    export_events_csv(archive, path)

    with path.open(encoding="utf-8-sig", newline="") as handle:
        cells = [cell for row in list(csv.reader(handle))[1:] for cell in row if cell]
    for formula in FORMULAS:
        assert "'" + formula in cells  # description cell
    assert not [c for c in cells if c[0] in "=+-@\t"]

    import_events_csv(second_archive, path)
    with second_archive.session() as session:
        restored = {e.title: e.description for e in session.scalars(select(Event))}
    assert restored == {f + " title" if not f.startswith("\t") else f.strip() + " title": f for f in FORMULAS}


def test_guard_and_unguard_are_inverse() -> None:
    for value in ["", "plain", "'quoted", "'", "=1", "'=1", "''=1", "-", "@", "\r\n", "a=b", "'a"]:
        assert csv_events.unguard(csv_events.guard(value)) == value


def test_export_writes_bom_crlf_and_the_documented_header(archive: Archive, tmp_path: Path) -> None:
    import_events_csv(archive, write(tmp_path, MIXED))
    stream = io.BytesIO()
    assert export_events_csv(archive, stream) == 3
    data = stream.getvalue()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig").split("\r\n")[0] == ",".join(csv_events.COLUMNS)
    assert data.endswith(b"\r\n") and data.count(b"\r\n") == 5  # header, 3 rows, one inside a quoted cell
    text_stream = io.StringIO(newline="")
    export_events_csv(archive, text_stream)
    assert text_stream.getvalue().encode("utf-8") == data


def test_export_selected_events_in_the_given_order(archive: Archive, tmp_path: Path) -> None:
    import_events_csv(archive, write(tmp_path, "title,date\nA,2017\nB,2016\nC,2015\n"))
    with archive.session() as session:
        ids = {e.title: e.id for e in session.scalars(select(Event))}
    stream = io.BytesIO()
    export_events_csv(archive, stream, [ids["A"], ids["C"]])
    rows = list(csv.reader(io.StringIO(stream.getvalue().decode("utf-8-sig"))))
    assert [r[0] for r in rows[1:]] == ["A", "C"]
    stream = io.BytesIO()
    export_events_csv(archive, stream)
    assert [r[0] for r in csv.reader(io.StringIO(stream.getvalue().decode("utf-8-sig")))][1:] == ["C", "B", "A"]


def populate_for_csv(archive: Archive) -> None:
    with services.edit(archive) as ed:
        case = services.ensure_default_case(ed)
        kyiv = services.create(ed, "place", {"name": "Київ", "country": "UA"})
        memorial = services.create(ed, "actor", {"name": "Memorial (Russia)"})
        police = services.create(ed, "actor", {"name": "Police"})
        outlet = services.create(ed, "actor", {"name": "Meduza"})
        source = services.create(ed, "source", {"title": "Report, part 1", "url": "https://meduza.io/x", "outlet": outlet, "published": "2019-05~"})
        first = services.create(ed, "event", {
            "case": case, "title": "Arrests; then \"release\"", "date_text": "2019-05-01/2019-05-03", "place": kyiv,
            "status": "possible", "event_type": "detention", "tags": ["arrest", "Київ 2019"], "description": "Line 1\nLine 2",
        })
        services.create(ed, "involvement", {"event": first, "actor": memorial, "role": "participant"})
        services.create(ed, "involvement", {"event": first, "actor": police, "role": "perpetrator"})
        services.create(ed, "citation", {"event": first, "source": source, "quote": "-5 people, =many"})
        services.create(ed, "event", {"case": case, "title": "Undated", "status": "unlikely"})
        services.create(ed, "event", {"case": case, "title": "Uncertain", "date_text": "2018-04-1X", "tags": ["x"]})


def test_export_then_import_round_trips_the_fields(archive: Archive, second_archive: Archive, tmp_path: Path) -> None:
    populate_for_csv(archive)
    path = tmp_path / "round.csv"
    export_events_csv(archive, path)
    report = import_events_csv(second_archive, path)

    assert report.events_created == 3 and report.skipped == []
    assert event_rows(second_archive) == event_rows(archive)
    again = tmp_path / "again.csv"
    export_events_csv(second_archive, again)
    assert again.read_bytes() == path.read_bytes()


def test_protected_actors_are_exported_under_their_pseudonym(archive: Archive) -> None:
    with services.edit(archive) as ed:
        case = services.ensure_default_case(ed)
        event = services.create(ed, "event", {"case": case, "title": "Testimony"})
        witness = services.create(ed, "actor", {"kind": "person", "name": "Real Name", "protected": True, "pseudonym": "Witness A"})
        services.create(ed, "involvement", {"event": event, "actor": witness, "role": "witness"})
    hidden, shown = io.BytesIO(), io.BytesIO()
    export_events_csv(archive, hidden)
    export_events_csv(archive, shown, reveal_protected=True)
    assert b"Witness A (witness)" in hidden.getvalue() and b"Real Name" not in hidden.getvalue()
    assert b"Real Name (witness)" in shown.getvalue()


def test_export_is_logged(archive: Archive, tmp_path: Path) -> None:
    populate_for_csv(archive)
    path = tmp_path / "logged.csv"
    export_events_csv(archive, path)
    with archive.session() as session:
        last = session.scalar(select(ChangeLog).order_by(ChangeLog.id.desc()).limit(1))
        assert last.action == "export"
        assert json.loads(last.changes)["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()


# --- helpers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["2017", "2017-04", "2017-02", "2016-02", "1900-02", "2000-02-29", "2017-12-31", "0001", "9999-12",
     "2017-02-29", "2017-13", "2017-00", "2017-04-31", "2017-04-00", "0000", "2017-21", " 2017-04 ",
     "٢٠١٧", "2017-04-XX", "2017-04~"],
)
def test_fast_date_path_agrees_with_dates_parse(text: str) -> None:
    try:
        expected: Any = dates.parse(text)
    except InvalidDate as error:
        expected = str(error)
    try:
        got: Any = csv_events.parse_date(text)
    except InvalidDate as error:
        got = str(error)
    assert got == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("OVD-Info", ("OVD-Info", "participant")),
        ("OVD-Info (Organiser)", ("OVD-Info", "organiser")),
        ("Red Cross (intervening party)", ("Red Cross", "intervening_party")),
        ("Memorial (Russia) (victim)", ("Memorial (Russia)", "victim")),
        ("Press (journalist)", ("Press", "journalist")),
        ("Someone ()", ("Someone", "participant")),
    ],
)
def test_actor_roles_are_split_off(item: str, expected: tuple[str, str]) -> None:
    assert csv_events.split_role(item) == expected


def test_the_report_carries_the_true_change_set(archive: Archive, tmp_path: Path) -> None:
    with services.edit(archive) as ed:
        case = services.ensure_default_case(ed)
        services.create(ed, "place", {"name": "Москва", "country": "RU"})  # reused by the file, not inserted
    with archive.session() as session:
        before = {t: set(session.scalars(select(m.uid))) for t, m in RECORD_MODELS.items()}
    report = import_events_csv(archive, write(tmp_path, MIXED), case_uid=case)
    with archive.session() as session:
        after = {t: set(session.scalars(select(m.uid))) for t, m in RECORD_MODELS.items()}
    new = {t: after[t] - before[t] for t in after if after[t] - before[t]}
    listed = {t: uids for t, uids in new.items() if t not in ("involvement", "citation")}
    assert report.changes.inserted == listed
    assert report.changes.counted == {t: len(new[t]) for t in ("involvement", "citation")}
    assert not report.changes.updated and not report.changes.deleted
    assert report.tags_created == len(new["tag"]) and report.places_created == len(new["place"])
