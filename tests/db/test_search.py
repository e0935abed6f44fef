"""Full-text search: any script, prefixes, diacritics, and hostile input that never errors."""

from __future__ import annotations

import pytest

from sqlalchemy import text

from db import queries, search, services
from db.engine import sqlite_search
from db.archive import Archive
from db.queries import EventFilter
from tests.db.helpers import populate

HOSTILE = ['"', '""', "AND", "OR NOT", "NEAR(", "NEAR(a b", "*", "-", "-x", "col:x", "title:purge", "^", "(", ")", "{a b}", "'); DROP TABLE event;--", "a AND", '"unclosed', "\\", "%_", "\x00", " " * 10, "ǅ" * 3000]


@pytest.fixture
def filled(archive: Archive) -> Archive:
    populate(archive)
    with services.edit(archive) as ed:
        case = services.ensure_default_case(ed)
        services.create(ed, "event", {"case": case, "title": "Statement by the European Parliament", "description": "Café meeting in Brussels, naïve résumé"})
        services.create(ed, "event", {"case": case, "title": "بيان منظمة العفو الدولية", "description": "Amnesty statement in Arabic"})
    return archive


def _titles(archive: Archive, words: str) -> list[str]:
    with archive.session() as session:
        return [r.title for r in queries.event_rows(session, search.search_events(session, words))]


def test_prefix_matching_in_latin_cyrillic_and_arabic(filled: Archive) -> None:
    assert _titles(filled, "parl") == ["Statement by the European Parliament"]
    assert _titles(filled, "газ") == ["Purge revealed"]
    # the title first (titles weigh more), then the protest Amnesty organised: its Arabic alias
    assert _titles(filled, "منظمة") == ["بيان منظمة العفو الدولية", "Roses on a rainbow flag"]


def test_diacritics_are_ignored_both_ways(filled: Archive) -> None:
    assert _titles(filled, "cafe naive") == ["Statement by the European Parliament"]
    assert _titles(filled, "résumé") == ["Statement by the European Parliament"]


def test_all_words_are_required(filled: Archive) -> None:
    assert _titles(filled, "roses flag") == ["Roses on a rainbow flag"]
    assert _titles(filled, "roses parliament") == []


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_queries_return_results_or_nothing_never_an_error(filled: Archive, text: str) -> None:
    with filled.session() as session:
        found = search.search_events(session, text)
        listed = queries.events_page(session, EventFilter(text=text))
        counted = queries.count_events(session, EventFilter(text=text))
    assert len(listed) == counted
    if text.strip():  # blank text lists everything and searches nothing
        assert sorted(found) == sorted(r.id for r in listed)
    with filled.session() as session:
        assert queries.count_events(session) == 4  # the table is still there


PURGE_WRAPPED = ['"purge', 'purge"', "purge*", "-purge", "^purge", "(purge)", "{purge}", "purge;--", "'purge'", "purge:"]


@pytest.mark.parametrize("text", PURGE_WRAPPED)
def test_query_syntax_around_a_word_is_read_as_the_word(filled: Archive, text: str) -> None:
    """FTS5 operators and quotes in user text are literal: they neither fail nor empty the
    result, so the hostile cases above cannot pass merely because everything finds nothing."""
    expected = _titles(filled, "purge")
    assert sorted(expected) == ["Purge revealed", "Roses on a rainbow flag"]
    assert _titles(filled, text) == expected
    with filled.session() as session:
        assert [r.title for r in queries.events_page(session, EventFilter(text=text), sort="title")] == sorted(expected)
        assert queries.count_events(session, EventFilter(text=text)) == 2


def test_match_expression_quotes_every_term() -> None:
    assert sqlite_search.Fts5Index().query('NEAR( col:x "a') == '"NEAR("* "col:x"* """a"*'
    assert sqlite_search.Fts5Index().query("* - ^") is None
    assert sqlite_search.Fts5Index().query("") is None


@pytest.mark.sqlite_only(reason="reads the FTS5 tables themselves")
def test_rebuild_recreates_the_same_results(filled: Archive) -> None:
    before = _titles(filled, "purge")
    assert sorted(before) == ["Purge revealed", "Roses on a rainbow flag"]  # by title and by tag
    with filled.transaction() as session:
        session.execute(text("DELETE FROM event_fts"))
    assert _titles(filled, "purge") == []
    with filled.transaction() as session:
        search.rebuild(session)
    assert _titles(filled, "purge") == before


@pytest.mark.sqlite_only(reason="passes an FTS5 query text")
def test_very_common_words_are_not_ranked_but_listed_newest_first(filled: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    with filled.session() as session:
        ranked = search.search_events(session, "purge")
        assert len(ranked) == 2 and search.index_of(session).count(session, "event", '"purge"*') == 2
        monkeypatch.setattr(sqlite_search, "RANK_LIMIT", 1)
        assert search.index_of(session).count(session, "event", '"purge"*', cap=1) == 2  # counted only to cap + 1
        newest_first = search.search_events(session, "purge")
    assert newest_first == sorted(ranked, reverse=True)
