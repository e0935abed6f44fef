"""`casefile merge`, `conflicts`, `resolve` and `same`: field copies brought together headless."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from db import services
from db.archive import Archive
from desktop.cli import main
from tests.db.helpers import populate
from tests.db.merge_helpers import record


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def laptops(tmp_path: Path) -> tuple[Path, Path, Path, dict[str, str]]:
    """Three closed copies of one archive: Ana's and Ben's retitle the same event differently,
    Ben's and Cy's each add an event."""
    origin = tmp_path / "origin.casefile"
    with Archive.create(origin, user="origin") as archive:
        u = populate(archive)
    paths = []
    for name in ("ana", "ben", "cy"):
        path = tmp_path / f"{name}.casefile"
        shutil.copy(origin, path)
        paths.append(path)
        with Archive.open(path, user=name) as archive, services.edit(archive) as ed:
            if name != "cy":
                services.update(ed, "event", u["purge"], {"title": f"{name.title()}'s title"})
            if name != "ana":
                u[name] = services.create(ed, "event", {"case": u["case"], "title": f"Added by {name}"})
    return paths[0], paths[1], paths[2], u


def test_merge_several_sources_then_list_and_resolve(capsys: pytest.CaptureFixture[str], laptops: tuple[Path, Path, Path, dict[str, str]]) -> None:
    ana, ben, cy, u = laptops
    code, out, err = run(capsys, "merge", ana, ben, cy, "--user", "ana")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "ben.casefile: 1 added, 0 updated, 0 deleted, 1 conflict, 0 possible duplicates"
    assert lines[1] == "cy.casefile: 1 added, 0 updated, 0 deleted, 0 conflicts, 0 possible duplicates"
    assert "1 open conflict(s)" in lines[2]
    code, out, _err = run(capsys, "conflicts", ana)
    assert code == 0
    head, ours, theirs = out.splitlines()
    assert head.endswith("event “Ana's title” title: changed on both sides")
    assert ours.split()[:2] == ["ours:", "Ana's"] and "(ana, " in ours
    assert theirs.split()[:2] == ["theirs:", "Ben's"] and "(ben, " in theirs
    conflict = head.split()[0]
    code, out, err = run(capsys, "resolve", ana, conflict, "--take", "Agreed title", "--user", "ana")
    assert code == 0, err
    assert out == f"resolved {conflict} title: Agreed title\n"
    with Archive.open(ana) as archive:
        assert record(archive, "event", u["purge"])["title"] == "Agreed title"  # type: ignore[index]
        assert record(archive, "event", u["ben"]) is not None and record(archive, "event", u["cy"]) is not None
    assert run(capsys, "conflicts", ana)[1] == "no open conflicts or possible duplicates\n"
    code, out, _err = run(capsys, "merge", ana, ben, cy)
    assert out.splitlines() == ["ben.casefile: nothing new to merge", "cy.casefile: nothing new to merge"]


def test_resolve_theirs_and_bad_input_in_one_line(capsys: pytest.CaptureFixture[str], laptops: tuple[Path, Path, Path, dict[str, str]]) -> None:
    ana, ben, _cy, u = laptops
    run(capsys, "merge", ana, ben)
    conflict = run(capsys, "conflicts", ana)[1].split()[0]
    code, _out, err = run(capsys, "resolve", ana, "zzzz", "--take", "ours")
    assert code == 1 and err == "casefile: There is no open conflict zzzz.\n"
    code, _out, err = run(capsys, "resolve", ana, conflict, "--take", "theirs")
    assert code == 0, err
    with Archive.open(ana) as archive:
        assert record(archive, "event", u["purge"])["title"] == "Ben's title"  # type: ignore[index]
    code, _out, err = run(capsys, "merge", ana, ana.with_name("missing.casefile"))
    assert code == 1 and err.count("\n") == 1 and "missing.casefile" in err


def test_same_combines_offered_duplicates(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    here, there = tmp_path / "here.casefile", tmp_path / "there.casefile"
    with Archive.create(here, user="ana") as archive, services.edit(archive) as ed:
        keep = services.create(ed, "actor", {"name": "Amnesty International"})
    with Archive.create(there, user="ben") as archive, services.edit(archive) as ed:
        other = services.create(ed, "actor", {"name": "Amnesty", "aliases": ["amnesty international"]})
        event = services.create(ed, "event", {"case": services.ensure_default_case(ed), "title": "Vigil"})
        services.create(ed, "involvement", {"event": event, "actor": other, "role": "organiser"})
    out = run(capsys, "merge", here, there)[1]
    assert "1 possible duplicate" in out
    listed = run(capsys, "conflicts", here)[1]
    assert listed.startswith(f"same?  actor “Amnesty International” {keep} and “Amnesty” {other}: same name “amnesty international”")  # as the record there writes it
    code, out, err = run(capsys, "same", here, keep, other)
    assert code == 0, err
    assert out == f"combined {other} into {keep} (1 involvement moved)\n"
    with Archive.open(here) as archive:
        assert record(archive, "actor", other) is None
        assert record(archive, "actor", keep)["aliases"] == ["Amnesty"]  # type: ignore[index]
    assert run(capsys, "conflicts", here)[1] == "no open conflicts or possible duplicates\n"


def test_help_lists_the_merge_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for name in ("merge", "conflicts", "resolve", "same"):
        assert f"    {name} " in out


def test_conflicts_list_records_deleted_here_and_resolve_restores_them(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    origin, ana, ben = (tmp_path / f"{n}.casefile" for n in ("origin", "ana", "ben"))
    with Archive.create(origin, user="origin") as archive:
        u = populate(archive)
    shutil.copy(origin, ana), shutil.copy(origin, ben)
    with Archive.open(ana, user="ana") as archive, services.edit(archive) as ed:
        services.delete(ed, "place", u["london"])
        services.delete(ed, "event", u["protest"])
    with Archive.open(ben, user="ben") as archive, services.edit(archive) as ed:
        services.update(ed, "event", u["purge"], {"place": u["london"]})
        services.update(ed, "event", u["protest"], {"description": "Roses"})
    assert run(capsys, "merge", ana, ben, "--user", "ana")[0] == 0
    code, out, _err = run(capsys, "conflicts", ana)
    assert code == 0
    lines = out.splitlines()
    link = next(i for i, line in enumerate(lines) if line.endswith("place: set there to a record deleted here"))
    assert lines[link + 2].split("  (")[0] == "    theirs: London (deleted here)"
    gone = next(i for i, line in enumerate(lines) if line.endswith("“Roses on a rainbow flag”: deleted here, changed there"))
    assert "with 1 event relation, 1 involvement" in lines[gone + 2]
    for index in (link, gone):
        assert run(capsys, "resolve", ana, lines[index].split()[0], "--take", "theirs", "--user", "ana")[0] == 0
    with Archive.open(ana) as archive:
        assert record(archive, "event", u["purge"])["place"] == u["london"]  # type: ignore[index]
        assert record(archive, "involvement", u["inv"]) is not None and record(archive, "event_relation", u["rel"]) is not None
