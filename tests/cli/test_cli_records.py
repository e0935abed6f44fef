"""`casefile show/edit/delete`: every record kind, values read as the form reads them, bad input
changing nothing, and every write in the change log."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from db import records, services
from db.archive import Archive
from db.models import RECORD_MODELS, ChangeLog, Event, Vocabulary
from desktop.cli import main
from tests.db.helpers import populate, state

ROOT = Path(__file__).resolve().parents[2]
KIND_OF = {"case": "case_file", "london": "place", "amnesty": "actor", "article": "source", "purge": "event", "cite": "citation", "figure": "figure", "inv": "involvement", "rel": "event_relation", "scan": "attachment"}


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A closed archive holding a small case that touches every table, and its uids by name."""
    path = tmp_path / "case.casefile"
    with Archive.create(path, user="tester") as archive:
        uids = populate(archive)
        with archive.session() as session:
            uids["tag"] = session.scalar(select(RECORD_MODELS["tag"].uid).where(RECORD_MODELS["tag"].name == "purge"))
            uids["vocab"] = session.scalar(select(Vocabulary.uid).where(Vocabulary.term == "petition"))
    return path, uids


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def record(path: Path, table: str, uid: str) -> dict[str, Any]:
    with Archive.open(path) as archive, archive.session() as session:
        return records.to_dict(session, services.get(session, table, uid))


def log(path: Path) -> list[tuple[Any, ...]]:
    with Archive.open(path) as archive, archive.session() as session:
        return [tuple(row) for row in session.execute(select(ChangeLog.id, ChangeLog.action, ChangeLog.table_name, ChangeLog.record_uid, ChangeLog.changes, ChangeLog.hash).order_by(ChangeLog.id))]


def everything(path: Path) -> tuple[dict[str, Any], list[tuple[Any, ...]]]:
    with Archive.open(path) as archive:
        return state(archive), log(path)


def chain_intact(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", path)
    assert code == 0 and "hash chain intact" in out


# --- show --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [*KIND_OF, "tag", "vocab"])
def test_show_prints_any_record_kind_as_json(built: tuple[Path, dict[str, str]], name: str, capsys: pytest.CaptureFixture[str]) -> None:
    path, uids = built
    table = KIND_OF.get(name) or {"tag": "tag", "vocab": "vocabulary"}[name]
    code, out, err = run(capsys, "show", path, uids[name])
    assert (code, err) == (0, "")
    shown = json.loads(out)
    expected = {"table": table, **record(path, table, uids[name])}
    assert shown == expected
    assert list(shown) == list(expected)  # the schema's column order, every time


def test_show_writes_utf8_text_not_escapes(built: tuple[Path, dict[str, str]], capsys: pytest.CaptureFixture[str]) -> None:
    path, uids = built
    code, out, _ = run(capsys, "show", path, uids["grozny"])
    assert code == 0 and '"local_name": "Грозный"' in out and "\\u" not in out


def test_show_and_edit_write_bidi_controls_as_escapes_that_read_back(built: tuple[Path, dict[str, str]], capsys: pytest.CaptureFixture[str]) -> None:
    path, uids = built
    hostile = "Report \u202egnp.exe\u202c by \u0627\u0644\u0639\u0641\u0648\u200b"  # an override that flips what follows
    code, out, _ = run(capsys, "edit", path, uids["article"], f"title={hostile}")
    assert code == 0 and "\u202e" not in out and "\\u202e" in out
    code, out, _ = run(capsys, "show", path, uids["article"])
    assert code == 0 and not any(c in out for c in "\u202e\u202c\u200b")
    assert "\\u202egnp.exe\\u202c" in out and "العفو" in out  # letters stay readable
    assert json.loads(out)["title"] == hostile  # still JSON, and lossless


def test_show_unknown_uid_is_one_line(built: tuple[Path, dict[str, str]], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "show", built[0], "no-such-uid")
    assert (code, out) == (1, "")
    assert err == "casefile: No record has the uid “no-such-uid”.\n"


# --- edit: values read as the form reads them ----------------------------------------------


def event_dates(path: Path, uid: str) -> tuple[str, str | None, str | None]:
    with Archive.open(path) as archive, archive.session() as session:
        event = session.scalars(select(Event).where(Event.uid == uid)).one()
        return event.date_text, event.date_lo, event.date_hi


@pytest.mark.parametrize(
    ("field", "typed", "stored"),
    [
        ("date", "c. May 2017", ("2017-05~", "2017-04-01", "2017-06-30")),  # "about" widens a month each way
        ("Date", "1–3 April 2017", ("2017-04-01/2017-04-03", "2017-04-01", "2017-04-03")),
        ("date_text", "2017-04-20", ("2017-04-20", "2017-04-20", "2017-04-20")),
        ("DATE TEXT", "before 2017", ("../2016", None, "2016-12-31")),  # 2017 is not before 2017
        ("date", "", ("", None, None)),
    ],
)
def test_edit_date_as_the_form_reads_it(built: tuple[Path, dict[str, str]], field: str, typed: str, stored: tuple[str, str | None, str | None], capsys: pytest.CaptureFixture[str]) -> None:
    path, uids = built
    code, out, err = run(capsys, "edit", path, uids["purge"], f"{field}={typed}")
    assert (code, err) == (0, "")
    assert out.startswith(f"Updated event {uids['purge']}: date_text \"2017-04\" → ") and out.count("\n") == 1
    assert event_dates(path, uids["purge"]) == stored
    with Archive.open(path) as archive, archive.session() as session:
        kept = session.scalar(select(Event.date_typed).where(Event.uid == uids["purge"]))
    assert kept == ("" if typed in (stored[0], "") else " ".join(typed.split()))  # the words, for a brief


EDITS = [
    ("purge", ["title=Чистка раскрыта"], {"title": "Чистка раскрыта"}),
    ("purge", ["status=Likely", "Location=vicinity", "type=Visa granted"], {"status": "likely", "location_precision": "vicinity", "event_type": "visa granted"}),
    ("purge", ["disputed=yes", "Sensitive=TRUE", "order that day=3"], {"disputed": True, "sensitivity": "sensitive", "day_order": 3}),
    ("purge", ["tags=Detention, purge ,  new   tag, PURGE"], {"tags": ["Detention", "new tag", "purge"]}),
    ("purge", ["place=London", "case=Chechnya 2017"], {"place": "@london", "case": "@case"}),
    ("purge", ["Place=@@london"], {"place": "@london"}),  # by uid
    ("purge", ["place="], {"place": None}),
    ("article", ["Outlet=Amnesty International", "grade=Fairly reliable", "kind=NGO report"], {"outlet": "@amnesty", "reliability": "C", "kind": "ngo_report"}),
    ("article", ["reliability=a", "published=c. 2017", "language=ce-Cyrl", "retrieved=2017-05-02T14:30Z"], {"reliability": "A", "published": "2017~", "published_typed": "c. 2017", "language": "ce-Cyrl", "retrieved_at": "2017-05-02T14:30Z"}),
    ("article", ["reliability="], {"reliability": None}),
    ("amnesty", ["aliases=AI; Amnesty, the organisation\nAmnistía", "kind=Group", "protected person=1"], {"aliases": ["AI", "Amnesty, the organisation", "Amnistía"], "kind": "group", "protected": True}),
    ("london", ["latitude=51,5072", "longitude=−0.1276", "country=gb", "precision=Region"], {"latitude": 51.5072, "longitude": -0.1276, "country": "GB", "precision": "region"}),
    ("cite", ["credibility=3", "stance=contradicts", "independent=no", "printable=false", "locator type=Timecode"], {"credibility": 3, "stance": "contradicts", "independent": False, "printable": False, "locator_type": "timecode"}),
    ("cite", ["source=Murder of gay men in Chechnya", "credibility=Doubtful"], {"source": "@article", "credibility": 4}),
    ("figure", ["minimum=44,700", "Maximum=50 000", "qualifier=at least", "reported by="], {"minimum": 44700, "maximum": 50000, "qualifier": "at_least", "citation": None}),
    ("inv", ["role=Victim", "count=40", "actor=Novaya Gazeta", "note=  seen  "], {"role": "victim", "count": 40, "actor": "@novaya", "note": "seen"}),
    ("inv", ["role=bystander"], {"role": "bystander"}),
    ("rel", ["relation=part of"], {"relation_type": "part_of"}),
    ("scan", ["kind=PDF", "file=page (copy).html"], {"kind": "pdf", "file_name": "page (copy).html"}),
    ("case", ["tlp=amber+strict", "organisation=Rights Watch"], {"tlp": "AMBER+STRICT", "organisation": "Rights Watch"}),
    ("tag", ["name=purge 2017"], {"name": "purge 2017"}),
    ("vocab", ["label=Petition (signed)", "order=5"], {"label": "Petition (signed)", "sort_order": 5}),
]


@pytest.mark.parametrize(("name", "assignments", "expected"), EDITS)
def test_edit_any_field_of_any_kind_in_one_logged_update(built: tuple[Path, dict[str, str]], name: str, assignments: list[str], expected: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    path, uids = built
    table = KIND_OF.get(name) or {"tag": "tag", "vocab": "vocabulary"}[name]
    assignments = [a.replace("@@london", uids["london"]) for a in assignments]
    before, entries = record(path, table, uids[name]), log(path)
    code, out, err = run(capsys, "edit", path, uids[name], *assignments)
    assert (code, err) == (0, "")
    assert out.startswith(f"Updated {table} {uids[name]}: ") and out.count("\n") == 1
    after = record(path, table, uids[name])
    wanted = {k: uids[v[1:]] if isinstance(v, str) and v.startswith("@") else v for k, v in expected.items()}
    assert {k: after[k] for k in wanted} == wanted
    assert {k: v for k, v in after.items() if k not in wanted and k != "updated_at"} == {k: v for k, v in before.items() if k not in wanted and k != "updated_at"}
    new = log(path)[len(entries):]
    updates = [e for e in new if e[1] == "update"]
    assert len(updates) == 1 and updates[0][2:4] == (table, uids[name])  # all fields: one logged update
    assert set(json.loads(updates[0][4])) == {k for k in wanted if before[k] != after[k]}
    chain_intact(path, capsys)


def test_new_tags_are_logged_records(built: tuple[Path, dict[str, str]], capsys: pytest.CaptureFixture[str]) -> None:
    path, uids = built
    entries = log(path)
    code, out, _ = run(capsys, "edit", path, uids["article"], "Tags=primary, Hand-written")
    assert code == 0 and out.rstrip().endswith("(new tag: Hand-written)")
    new = log(path)[len(entries):]
    assert [(e[1], e[2]) for e in new] == [("insert", "tag"), ("update", "source")]
    assert json.loads(new[0][4])["name"] == "Hand-written"


def test_an_unchanged_value_writes_nothing(built: tuple[Path, dict[str, str]], capsys: pytest.CaptureFixture[str]) -> None:
    path, uids = built
    before = everything(path)
    code, out, _ = run(capsys, "edit", path, uids["purge"], "status=confirmed", "date=April 2017")
    assert code == 0 and out == f"No change: the event {uids['purge']} already has these values.\n"
    assert everything(path) == before


# --- edit: bad input changes nothing -----------------------------------------------------


BAD = [
    ("purge", ["colour=red"], "The event has no editable field “colour”; its fields are: case, title, date_text, place,"),
    ("purge", ["uid=x"], "The event has no editable field “uid” (it cannot be edited)"),
    ("scan", ["sha256=00"], "The attachment has no editable field “sha256” (it cannot be edited)"),
    ("purge", ["status=likely", "date=31 February 2017"], "date: 31 February 2017 does not exist (February 2017 has 28 days)."),
    ("purge", ["Status=probable"], "Status: “probable” is not a status; choose one of: confirmed, likely, possible, unlikely, unknown."),
    ("inv", ["count=many"], "count: The count must be a whole number, e.g. 44700 or 44,700."),
    ("figure", ["minimum=forty"], "minimum: The minimum must be a whole number"),
    ("figure", ["minimum=500", "maximum=10"], "minimum: The minimum is larger than the maximum."),
    ("purge", ["order that day=-1"], "order that day: The order that day must be a whole number from 0 to 9999."),
    ("london", ["latitude=north"], "latitude: The latitude must be a number"),
    ("purge", ["disputed=maybe"], "disputed: “maybe” is not yes or no"),
    ("purge", ["place=Atlantis"], "place: There is no place with the uid or name “Atlantis”."),
    ("figure", ["reported by=Murder of gay men in Chechnya"], "reported by: There is no citation with uid"),
    ("purge", ["title=  "], "title: The title must not be empty."),
    ("purge", ["case="], "case: The case must not be empty."),
    ("article", ["language=Russian"], "language: Write the language as a BCP 47 tag"),
    ("london", ["country=Britain"], "country: Write the country as a two-letter ISO 3166 code"),
    ("purge", ["date=2017", "Date=2018"], "Date: the field is given twice (date and Date)."),
    ("purge", ["status likely"], "“status likely” is not FIELD=VALUE"),
]


@pytest.mark.parametrize(("name", "assignments", "message"), BAD)
def test_bad_input_is_one_line_and_changes_nothing(built: tuple[Path, dict[str, str]], name: str, assignments: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    path, uids = built
    before = everything(path)
    code, out, err = run(capsys, "edit", path, uids[name], *assignments)
    assert (code, out) == (1, "")
    assert err.startswith(f"casefile: {message}") and err.count("\n") == 1
    assert everything(path) == before


def test_an_ambiguous_name_must_be_given_as_a_uid(built: tuple[Path, dict[str, str]], capsys: pytest.CaptureFixture[str]) -> None:
    path, uids = built
    with Archive.open(path) as archive, services.edit(archive) as ed:
        second = services.create(ed, "place", {"name": "London", "country": "CA"})
    before = everything(path)
    code, _, err = run(capsys, "edit", path, uids["purge"], "place=London")
    assert code == 1 and err == "casefile: place: More than one place is named “London”; give its uid instead.\n"
    assert everything(path) == before
    assert run(capsys, "edit", path, uids["purge"], f"place={second}")[0] == 0
    assert record(path, "event", uids["purge"])["place"] == second


def test_unknown_uid_changes_nothing(built: tuple[Path, dict[str, str]], capsys: pytest.CaptureFixture[str]) -> None:
    path, _ = built
    before = everything(path)
    code, out, err = run(capsys, "edit", path, "no-such-uid", "status=likely")
    assert (code, out, err) == (1, "", "casefile: No record has the uid “no-such-uid”.\n")
    assert everything(path) == before


# --- delete ------------------------------------------------------------------------------


def test_delete_one_record_with_its_cascade(built: tuple[Path, dict[str, str]], capsys: pytest.CaptureFixture[str]) -> None:
    path, uids = built
    entries = log(path)
    code, out, err = run(capsys, "delete", path, uids["purge"])
    assert (code, err) == (0, "")
    assert out == f"Deleted 1 record: event {uids['purge']}; with it 4 dependent records (1 citation, 1 event relation, 1 figure, 1 involvement)\n"
    gone = {uids[n] for n in ("purge", "cite", "figure", "inv_w", "rel")}
    after = everything(path)[0]
    assert not gone & {uid for table in RECORD_MODELS for uid in after[table]}
    new = log(path)[len(entries):]
    assert all(e[1] == "delete" for e in new) and {e[3] for e in new} == gone
    chain_intact(path, capsys)


def test_delete_several_records_in_one_edit(built: tuple[Path, dict[str, str]], capsys: pytest.CaptureFixture[str]) -> None:
    path, uids = built
    before, entries = everything(path)
    code, out, err = run(capsys, "delete", path, uids["protest"], uids["article"], uids["london"], uids["protest"])
    assert (code, err) == (0, "")
    assert out == (
        f"Deleted 3 records: event {uids['protest']}, source {uids['article']}, place {uids['london']}; with them "
        "5 dependent records (2 attachments, 1 citation, 1 event relation, 1 involvement); links to them removed from 1 figure\n"
    )
    after = everything(path)[0]
    assert uids["protest"] not in after["event"] and uids["article"] not in after["source"] and uids["london"] not in after["place"]
    assert not after["attachment"] and not after["citation"]  # the source's cascade
    assert after["figure"][uids["figure"]]["citation"] is None  # the figure stays with its event, unlinked
    assert after["event"][uids["purge"]] == before["event"][uids["purge"]]
    deleted = {e[3] for e in log(path)[len(entries):] if e[1] == "delete"}
    removed = {uid for table in RECORD_MODELS for uid in set(before[table]) - set(after[table])}
    assert deleted == removed  # every deleted row has its log entry
    chain_intact(path, capsys)


def test_delete_a_case_with_its_events_in_one_command(built: tuple[Path, dict[str, str]], capsys: pytest.CaptureFixture[str]) -> None:
    path, uids = built
    before = everything(path)
    code, _, err = run(capsys, "delete", path, uids["case"])
    assert code == 1 and err == f"casefile: case_file {uids['case']}: The case still holds 2 events; move or delete them first.\n"
    assert everything(path) == before
    assert run(capsys, "delete", path, uids["case"], uids["purge"], uids["protest"])[0] == 0
    assert not everything(path)[0]["case_file"]


def test_delete_with_an_unknown_uid_deletes_nothing(built: tuple[Path, dict[str, str]], capsys: pytest.CaptureFixture[str]) -> None:
    path, uids = built
    before = everything(path)
    code, out, err = run(capsys, "delete", path, uids["purge"], "no-such-uid")
    assert (code, out, err) == (1, "", "casefile: No record has the uid “no-such-uid”.\n")
    assert everything(path) == before


# --- the real command --------------------------------------------------------------------


@pytest.mark.parametrize("command", ["show", "edit", "delete"])
def test_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([command, "--help"])
    assert exited.value.code == 0
    assert f"usage: casefile {command}" in capsys.readouterr().out


def test_a_real_process_edits_and_shows_without_qt(built: tuple[Path, dict[str, str]]) -> None:
    path, uids = built
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def casefile(*args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run([sys.executable, "-m", "desktop.cli", *args], capture_output=True, env=env, cwd=path.parent, timeout=120)

    edited = casefile("edit", str(path), uids["purge"], "date=c. May 2017", "status=likely", "--user", "archivist")
    assert edited.returncode == 0, edited.stderr
    assert edited.stdout.decode("utf-8") == f'Updated event {uids["purge"]}: date_text "2017-04" → "2017-05~"; status "confirmed" → "likely"; date_typed "" → "c. May 2017"\n'
    shown = casefile("show", str(path), uids["grozny"])
    assert shown.returncode == 0 and json.loads(shown.stdout.decode("utf-8"))["local_name"] == "Грозный"
    assert log(path)[-1][1:4] == ("update", "event", uids["purge"])
    with Archive.open(path) as archive, archive.session() as session:
        assert session.scalar(select(ChangeLog.user).order_by(ChangeLog.id.desc()).limit(1)) == "archivist"
    code = "import sys; from desktop.cli import main; main(sys.argv[1:]); print(sorted(m for m in sys.modules if m.startswith('PySide6')), file=sys.stderr)"
    probe = subprocess.run([sys.executable, "-c", code, "edit", str(path), uids["purge"], "status=possible"], capture_output=True, text=True, env=env, timeout=120)
    assert probe.returncode == 0 and probe.stderr.strip() == "[]"


def test_an_archive_open_in_the_app_is_refused(built: tuple[Path, dict[str, str]], capsys: pytest.CaptureFixture[str]) -> None:
    path, uids = built
    with Archive.open(path, exclusive=True):  # as the desktop app holds it
        code, out, err = run(capsys, "edit", path, uids["purge"], "status=likely")
        assert (code, out) == (1, "") and err == (
            f"casefile: {path.name} is being changed by another Casefile (process {os.getpid()}); try again when it has finished.\n"
        )
        assert run(capsys, "delete", path, uids["purge"])[0] == 1
    assert record(path, "event", uids["purge"])["status"] == "confirmed"
