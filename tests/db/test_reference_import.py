"""Sources from Zotero CSL-JSON, RIS and BibTeX: every mapping rule, outlets matched before
made, no duplicates on re-import, forced formats, sniffing, and hostile files refused whole."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from db import provenance, services
from db.archive import Archive
from db.errors import ImportFailed
from db.interchange import formats
from db.interchange.json_archive import export_json
from db.interchange.references import reference
from db.interchange.references.importer import ReferenceReport
from db.models import Actor, ChangeLog, Source
from tests.db.helpers import populate, state

FIXTURES = Path(__file__).parent.parent / "fixtures" / "references"
ZOTERO, RIS, BIB = FIXTURES / "zotero-export.json", FIXTURES / "library.ris", FIXTURES / "library.bib"


def sources(archive: Archive) -> dict[str, dict[str, Any]]:
    """Every source as its record dict, by title, with the outlet's name."""
    with archive.session() as session:
        names = dict(session.execute(select(Actor.uid, Actor.name)).all())
    out = {}
    for uid in _uids(archive):
        record = services_record(archive, uid)
        record["outlet_name"] = names.get(record["outlet"]) if record["outlet"] else None
        out[record["title"]] = record
    return out


def _uids(archive: Archive) -> list[str]:
    with archive.session() as session:
        return list(session.scalars(select(Source.uid).order_by(Source.id)))


def services_record(archive: Archive, uid: str) -> dict[str, Any]:
    from db import records

    with archive.session() as session:
        return records.to_dict(session, services.get(session, "source", uid))


def log_length(archive: Archive) -> int:
    with archive.session() as session:
        return session.scalar(select(func.count()).select_from(ChangeLog)) or 0


def snapshot(archive: Archive) -> tuple[dict[str, Any], int]:
    return state(archive), log_length(archive)


def run(archive: Archive, path: Path, fmt: str | None = None) -> formats.ImportSummary:
    return formats.import_file(archive, path, format_name=fmt)


# --- CSL-JSON: every rule -------------------------------------------------------------------


def test_a_zotero_export_maps_every_field(archive: Archive) -> None:
    populate(archive)  # holds Novaya Gazeta (original script Новая газета) and Amnesty International
    summary = run(archive, ZOTERO)
    got = sources(archive)
    novaya = got["Убийство чести. Как амбиции известного ЛГБТ-активиста разбудили страшный древний обычай"]
    assert novaya["kind"] == "news_article" and novaya["author"] == "Милашина, Елена; Гордиенко, Ирина"
    assert novaya["outlet_name"] == "Novaya Gazeta"  # matched by its original-script name
    assert (novaya["published"], novaya["published_typed"], novaya["language"]) == ("2017-04-01", "", "ru")
    assert novaya["retrieved_at"] == "2017-05-02" and novaya["url"].endswith("71983-ubiystvo-chesti")

    hrw = got["“They Have Long Arms and They Can Find Me”: Anti-Gay Purge by Local Authorities in Russia’s Chechen Republic"]
    assert (hrw["kind"], hrw["author"], hrw["outlet_name"]) == ("ngo_report", "Human Rights Watch", "Human Rights Watch")
    assert (hrw["isbn"], hrw["language"]) == ("978-1-62313-499-5", "en")  # "English" → en
    assert hrw["summary"].startswith("Based on interviews") and hrw["notes"] == "Read for the chronology of April 2017."

    journal = got["Documenting the Chechen purge: methods and limits of remote verification"]
    assert journal["author"] == "de Vries, Anneke; Smith, John, Jr.; Memorial Human Rights Centre"
    assert (journal["doi"], journal["issn"], journal["kind"]) == ("10.5555/JHRP.2018.0042", "1757-9619", "other")
    assert journal["published"] == "2018-06/2018-08"  # a date-parts range
    assert (journal["language"]) == "en-GB"

    amnesty = got["Russia: Stop abducting and killing gay men in Chechnya"]
    assert (amnesty["published"], amnesty["published_typed"]) == ("2017-04~", "c. April 2017")  # raw, read as the form reads it
    assert amnesty["outlet_name"] == "Amnesty International"

    letter = got["Letter from relatives of detained men to the Ombudsman of the Chechen Republic"]
    assert letter["published"] == "2016~"  # circa → ~
    assert letter["archive_location"] == "Memorial Human Rights Centre archive, Fond 3, box 12, folder 4"
    assert letter["outlet"] is None and letter["author"] == ""

    interview = got["Interview with a survivor now living in France"]
    assert (interview["kind"], interview["published"], interview["published_typed"]) == ("testimony", "2017-21", "Spring 2017")
    assert got["Welcome to Chechnya"]["published"] == "2020-22" and got["Welcome to Chechnya"]["kind"] == "photo_video"

    resolution = got["European Parliament resolution on the situation in Chechnya and the case of Oyub Titiev"]
    assert (resolution["published"], resolution["published_typed"]) == ("", "undated draft, circulated in Strasbourg")
    assert resolution["kind"] == "official_document"
    with archive.session() as session:
        ep = session.scalar(select(Actor).where(Actor.name == "Europäisches Parlament"))
    assert ep is not None and ep.kind == "organisation"  # demo aliases are not in this archive: a new outlet

    pink = got["Chechnya: gay men 'held in camps', reports say"]
    assert (pink["published"], pink["published_typed"]) == ("", "2017-02-30")  # no such day: kept as written
    book = got["Chechnya after the war: essays"]
    assert (book["author"], book["published"], book["isbn"]) == ("Lokshina, Tanya (ed.)", "2019/2020", "9785000000000")

    report: ReferenceReport = summary.report
    assert len(report.created) == 10 and report.matched == {}
    assert summary.headline == "zotero-export.json: created 10 sources, made 6 outlets, skipped 2"
    assert summary.skipped_lines() == [
        "skipped: item 9 (http://zotero.org/users/local/kq3VbT7m/items/KD3SW9UB): no title",
        "skipped: item 10 (http://zotero.org/users/local/kq3VbT7m/items/Z1AA2BB3): the same source as item 3 (http://zotero.org/users/local/kq3VbT7m/items/Q7TN4WEX) (same DOI)",
    ]
    assert "outlet “Новая газета” is the existing actor Novaya Gazeta" in summary.notes
    assert any("item 11" in n and "2017-02-30" in n and "kept as written" in n for n in summary.notes)
    assert summary.notes[0] == "new outlets: Human Rights Watch, Journal of Human Rights Practice, HBO Documentary Films, Europäisches Parlament, Pink News, Memorial"


def test_outlets_are_matched_by_alias_in_any_script(archive: Archive) -> None:
    with services.edit(archive) as ed:
        services.create(ed, "actor", {"name": "European Parliament", "aliases": ["EP", "Europäisches Parlament"], "kind": "state_body"})
        services.create(ed, "actor", {"name": "PinkNews", "aliases": ["Pink News"]})
    summary = run(archive, ZOTERO)
    got = sources(archive)
    assert got["European Parliament resolution on the situation in Chechnya and the case of Oyub Titiev"]["outlet_name"] == "European Parliament"
    assert got["Chechnya: gay men 'held in camps', reports say"]["outlet_name"] == "PinkNews"
    assert "Europäisches Parlament" not in summary.notes[0] and "Pink News" not in summary.notes[0]
    with archive.session() as session:
        assert session.scalar(select(func.count()).select_from(Actor).where(Actor.name == "Europäisches Parlament")) == 0


def test_re_importing_creates_no_duplicates_and_writes_nothing(archive: Archive) -> None:
    run(archive, ZOTERO)
    before = snapshot(archive)
    again = run(archive, ZOTERO)
    assert snapshot(archive) == before
    assert again.headline == "zotero-export.json: created 0 sources, matched 11 existing (by DOI: 2, by URL: 4, by title and date: 5), skipped 1"  # item 10 repeats item 3: now an existing source
    assert again.changes is None and again.notes[-1] == "nothing was written: the archive is unchanged"


def test_matching_by_doi_then_url_then_normalised_title_and_date(archive: Archive, tmp_path: Path) -> None:
    with services.edit(archive) as ed:
        by_doi = services.create(ed, "source", {"title": "Another title entirely", "doi": "10.5555/jhrp.2018.0042"})
        by_url = services.create(ed, "source", {"title": "Old title", "url": "HTTPS://WWW.AMNESTY.ORG/en/latest/news/2017/04/russia-stop-abducting-and-killing-gay-men-in-chechnya"})
        by_title = services.create(ed, "source", {"title": "welcome  to   CHECHNYA!", "published": "2020-22"})
        services.create(ed, "source", {"title": "Interview with a survivor now living in France", "published": "2018"})  # another date: not the same
    summary = run(archive, ZOTERO)
    assert summary.report.matched == {"doi": 2, "url": 1, "title": 1}  # items 3 and 10 share the DOI
    assert "matched 4 existing (by DOI: 2, by URL: 1, by title and date: 1)" in summary.headline
    got = sources(archive)
    assert got["Another title entirely"]["uid"] == by_doi and got["Old title"]["uid"] == by_url and got["welcome  to   CHECHNYA!"]["uid"] == by_title
    assert "Welcome to Chechnya" not in got and "Interview with a survivor now living in France" in got
    assert len(summary.report.created) == 7


def test_the_import_is_one_logged_entry_that_provenance_verifies(archive: Archive) -> None:
    summary = run(archive, ZOTERO)
    with archive.session() as session:
        (entry,) = provenance.import_entries(session)
        detail = json.loads(entry.changes)
        check = provenance.check_import(session, entry)
    assert detail["format"] == "csl-json" and detail["file"] == "zotero-export.json"
    assert detail["sha256"] == hashlib.sha256(ZOTERO.read_bytes()).hexdigest()
    assert detail["created"] == {"actor": 8, "source": 10} and detail["skipped"] == 2
    assert check.ok, check.problems
    assert summary.changes is not None and summary.changes.inserted["source"] == set(summary.report.created)


def test_cancelling_writes_nothing(archive: Archive) -> None:
    from db.interchange.csv_rows import ImportCancelled

    before = snapshot(archive)
    with pytest.raises(ImportCancelled):
        formats.import_file(archive, ZOTERO, is_cancelled=lambda: True)
    assert snapshot(archive) == before


def test_progress_is_reported(archive: Archive) -> None:
    seen: list[tuple[int, int]] = []
    formats.import_file(archive, ZOTERO, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (12, 12)


# --- RIS and BibTeX --------------------------------------------------------------------------


def test_a_ris_file_maps_tags_the_way_zotero_writes_them(archive: Archive) -> None:
    summary = run(archive, RIS)
    got = sources(archive)
    novaya = got["Убийство чести"]
    assert (novaya["title_translated"], novaya["outlet_name"], novaya["published"]) == ("Honour killing", "Новая газета", "2017-04-01")
    assert novaya["archived_url"].startswith("https://web.archive.org/") and novaya["url"].startswith("https://novayagazeta.ru/")
    assert (novaya["retrieved_at"], novaya["issn"], novaya["kind"]) == ("2017-05-02", "1606-4828", "news_article")
    report = got["Russia: Gay men in Chechnya abducted, tortured and killed"]
    assert (report["kind"], report["author"], report["published"], report["published_typed"]) == ("ngo_report", "Amnesty International", "2017-21", "Spring 2017")
    assert report["archive_location"] == "Amnesty International Library, EUR 46/6155/2017"
    assert report["isbn"] == "" and report["notes"].endswith("Number: EUR 46/6155/2017")
    journal = got["Documenting the Chechen purge: methods and limits of remote verification"]
    assert (journal["doi"], journal["published"], journal["author"]) == ("10.5555/JHRP.2018.0042", "2018-06", "de Vries, Anneke; Smith, John")
    book = got["Chechnya after the war: essays"]
    assert (book["isbn"], book["published"], book["published_typed"], book["language"]) == ("978-5-00-000000-0", "2019~", "c. 2019", "ru")
    assert summary.skipped == [(46, "no title")]
    assert summary.skipped_lines() == ["skipped line 46: no title"]


def test_a_bibtex_file_is_decoded_and_braced_authors_are_institutions(archive: Archive) -> None:
    summary = run(archive, BIB)
    got = sources(archive)
    hrw = got["“They Have Long Arms and They Can Find Me”: Anti-Gay Purge by Local Authorities in Russia's Chechen Republic"]
    assert (hrw["author"], hrw["outlet_name"], hrw["published"], hrw["kind"]) == ("Human Rights Watch", "Human Rights Watch", "2017-05-26", "ngo_report")
    journal = got["Documenting the Chechen purge: methods and limits of remote verification"]
    assert journal["author"] == "de Vries, Anneke; Smith, John, Jr.; Memorial Human Rights Centre"
    assert journal["notes"] == "Café discussion with Öztürk, see annex" and journal["published"] == "2018-06/2018-08"
    news = got["Убийство чести"]
    assert (news["kind"], news["language"], news["retrieved_at"], news["outlet_name"]) == ("news_article", "ru", "2017-05-02", "Новая газета")
    assert got["Evacuation of men from Chechnya"]["published"] == "2017-05~"  # EDTF's ~ survives LaTeX decoding
    assert got["Evacuation of men from Chechnya"]["author"] == "Russian LGBT Network"
    assert got["Chechnya after the war: essays"]["author"] == "Lokshina, Tanya (ed.)"
    assert summary.skipped == [(44, "no title")]


def test_the_same_library_in_three_formats_is_one_set_of_sources(archive: Archive) -> None:
    run(archive, ZOTERO)
    ris = run(archive, RIS)
    bib = run(archive, BIB)
    # new in RIS: Amnesty's briefing, and the book dated c. 2019 where Zotero says 2019/2020 (another date)
    assert len(ris.report.created) == 2 and ris.report.matched == {"doi": 1, "url": 1}
    assert bib.report.matched == {"doi": 1, "url": 1, "title": 2}  # HRW by title (’ and ' are one), the book by title + c. 2019
    assert bib.headline.startswith("library.bib: created 1 source,")  # the Russian LGBT Network page: only here with a title


# --- recognising and forcing -----------------------------------------------------------------


def test_csl_json_and_a_casefile_export_are_told_apart_by_content(archive: Archive, tmp_path: Path) -> None:
    populate(archive)
    export_json(archive, tmp_path / "archive.json")
    copy = tmp_path / "refs.dat"
    copy.write_bytes(ZOTERO.read_bytes())
    assert formats.detect(tmp_path / "archive.json").name == "casefile-json"
    assert formats.detect(ZOTERO).name == "csl-json" and formats.detect(copy).name == "csl-json"
    assert formats.detect(RIS).name == "ris" and formats.detect(BIB).name == "bibtex"
    wrapped = tmp_path / "wrapped.json"
    wrapped.write_text(json.dumps({"schema": "csl", "items": json.loads(ZOTERO.read_text(encoding="utf-8"))}), encoding="utf-8")
    assert formats.detect(wrapped).name == "csl-json"
    assert len(run(archive, wrapped).report.created) == 10


def test_a_forced_format_reads_the_file_as_that_format(archive: Archive, tmp_path: Path) -> None:
    renamed = tmp_path / "export.txt"
    renamed.write_bytes(RIS.read_bytes())
    assert len(run(archive, renamed, "ris").report.created) == 4
    before = snapshot(archive)
    export_json(archive, tmp_path / "archive.json")
    before = snapshot(archive)
    with pytest.raises(ImportFailed, match="is a Casefile archive export, not CSL-JSON"):
        run(archive, tmp_path / "archive.json", "csl-json")
    with pytest.raises(ImportFailed, match="is not RIS: no line starts an entry"):
        run(archive, BIB, "ris")
    with pytest.raises(ImportFailed, match="is not BibTeX: no @entry"):
        run(archive, RIS, "bibtex")
    assert snapshot(archive) == before


# --- hostile files: one clear line each, nothing written ---------------------------------------


HOSTILE = {
    "cut-short.json": ("zotero-truncated.json", "is not valid JSON (cut short?)"),
    "cut-short.ris": ("truncated.ris", "line 13: the entry that starts here has no end (ER); the file looks cut short"),
    "cut-short.bib": ("truncated.bib", "line 9: the entry that starts here is broken or cut short"),
    "top-level": ("wrong-top-level.json", "is not CSL-JSON: an object without “items”"),
    "items-not-list": ("items-not-a-list.json", "is not CSL-JSON: it holds a number, not a list of items"),
    "duplicate-key": ("duplicate-key.json", "duplicate key 'title' at line 6"),
    "huge-int": ("huge-number.json", "does not fit in 64 bits"),
    "deep": ("deep-nesting.json", "nested more than 64 levels deep"),
    "binary": ("binary.ris", "is not UTF-8 text"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_file_is_refused_in_one_line_and_nothing_is_written(archive: Archive, case: str) -> None:
    name, expected = HOSTILE[case]
    populate(archive)
    before = snapshot(archive)
    fmt = {"binary.ris": "ris"}.get(name)
    with pytest.raises(ImportFailed) as refused:
        run(archive, FIXTURES / "hostile" / name, fmt)
    message = str(refused.value)
    assert expected in message and "\n" not in message and message.startswith("Nothing was imported: ")
    assert snapshot(archive) == before


def test_items_of_the_wrong_types_are_skipped_naming_the_field(archive: Archive) -> None:
    populate(archive)
    before = snapshot(archive)
    summary = run(archive, FIXTURES / "hostile" / "wrong-types.json")
    assert summary.skipped_lines() == [
        "skipped: item 1 (W-1): “title” must be text, not a number",
        "skipped: item 2 (W-2): “author” must be a list of names, not text",
        "skipped: item 3 (W-3): the author's “family” must be text, not a list",
        "skipped: item 4 (W-4): the issued date's “date-parts” must be a list of [year, month, day] lists of numbers",
        "skipped: item 5: not a CSL item (an object) but text",
        "skipped: item 6 (W-6): “URL” must be text, not true/false",
        "skipped: item 7 (W-7): the title is 5,000 characters long (at most 4,000)",
    ]
    assert summary.headline == "wrong-types.json: created 0 sources, skipped 7"
    assert snapshot(archive) == before


def test_a_huge_file_is_refused_before_it_is_read(archive: Archive, tmp_path: Path) -> None:
    huge = tmp_path / "library.json"
    with huge.open("wb") as stream:  # sparse: 200 MB on paper, nothing on disk
        stream.write(b'[{"id": "1", "type": "book", "title": "x"}')
        stream.truncate(200 * 1024 * 1024)
    before = snapshot(archive)
    with pytest.raises(ImportFailed, match=r"library.json is 210 MB; a reference file is read up to 134 MB"):
        run(archive, huge, "csl-json")
    assert snapshot(archive) == before
    assert os.path.getsize(huge) > reference.MAX_FILE_BYTES


def test_a_bibtex_entry_with_a_huge_or_deeply_braced_value_is_skipped_not_decoded(archive: Archive, tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.bib"
    good = "@book{ok, title = {Chechnya after the war}, year = 2019}\n"
    huge = "@article{big, title = {" + "A" * 5_000_000 + "}, year = 2017}\n"
    deep = "@article{deep, title = " + "{" * 1_500 + "x" + "}" * 1_500 + ", year = 2017}\n"
    hostile.write_text(good + huge + deep, encoding="utf-8")
    summary = run(archive, hostile)
    assert summary.skipped[0] == (2, "the title is 5,000,000 characters long (at most 4,000)")
    assert summary.skipped[1][0] == 3 and "maximum recursion depth" in summary.skipped[1][1]
    assert summary.headline == "hostile.bib: created 1 source, skipped 2"
