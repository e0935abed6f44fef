"""The sources, actors and places read models: first pages, ids in every order, rows by id, ranking."""

from __future__ import annotations

import pytest

from db import lists, search, services
from db.archive import Archive
from db.lists import DETAIL, LABEL, USES
from tests.db.helpers import populate

MATCHING = 260
"""Sources sharing one word: more than the 200 rows the picker once took by title."""


@pytest.fixture
def case(archive: Archive) -> dict[str, str]:
    u = populate(archive)
    with services.edit(archive) as ed:
        u["amnesty_report"] = services.create(ed, "source", {"title": "Amnesty report", "outlet": u["amnesty"], "reliability": "A"})
        u["blog"] = services.create(ed, "source", {"title": "A blog_post 100% sure"})
        services.create(ed, "citation", {"event": u["protest"], "source": u["amnesty_report"]})
        services.create(ed, "citation", {"event": u["purge"], "source": u["amnesty_report"]})
        services.create(ed, "place", {"name": "Moscow", "local_name": "Москва", "country": "RU"})
    return u


def test_first_pages_of_sources_actors_places(archive: Archive, case: dict[str, str]) -> None:
    with archive.session() as session:
        sources = lists.sources.LIST.page(session)
        assert [(r.label, r.detail, r.uses) for r in sources] == [
            ("A blog_post 100% sure", "", 0),
            ("Amnesty report", "Amnesty International", 2),
            ("Murder of gay men in Chechnya", "Novaya Gazeta", 1),
        ]
        assert [r.label for r in lists.actors.LIST.page(session, "газ")] == ["Novaya Gazeta"]  # by its name in Cyrillic
        assert [r.label for r in lists.actors.LIST.page(session, "100%")] == []
        assert [(r.label, r.detail, r.uses) for r in lists.places.LIST.page(session)] == [("Grozny", "RU", 1), ("London", "GB", 1), ("Moscow", "RU", 0)]
        assert [r.label for r in lists.places.LIST.page(session, "Моск")] == ["Moscow"]  # by its local name
        assert [r.label for r in lists.places.LIST.page(session, "o", limit=1, offset=1)] == ["London"]


def test_like_searches_take_percent_and_underscore_literally(archive: Archive, case: dict[str, str]) -> None:
    with services.edit(archive) as ed:
        services.create(ed, "actor", {"name": "Group_1 at 100%"})
        services.create(ed, "actor", {"name": "Group21 at 1000"})
    with archive.session() as session:
        assert [r.label for r in lists.actors.LIST.page(session, "p_1")] == ["Group_1 at 100%"]
        assert [r.label for r in lists.actors.LIST.page(session, "100%")] == ["Group_1 at 100%"]


@pytest.mark.parametrize("table", ["source", "actor", "place"])
@pytest.mark.parametrize("searched", [False, True])
def test_ids_in_every_order_match_a_python_sort_of_the_rows(archive: Archive, case: dict[str, str], table: str, searched: bool) -> None:
    named = lists.named(table)
    text = {"source": "a", "actor": "o", "place": "o"}[table] if searched else ""
    keys = {LABEL: lambda r: (r.label, r.id), DETAIL: lambda r: (r.detail, r.label, r.id), USES: lambda r: (r.uses, r.label, r.id)}
    with archive.session() as session:
        rows = named.page(session, text, limit=1000)
        assert len(rows) >= 2, "the case must have rows to sort"
        for column, key in keys.items():
            for descending in (False, True):
                ids = named.ids(session, text, column, descending)
                assert ids.typecode == "q"
                assert list(ids) == [r.id for r in sorted(rows, key=key, reverse=descending)], (column, descending)
        with pytest.raises(ValueError, match="cannot be sorted"):
            named.ids(session, text, 3)


def test_rows_come_in_the_order_asked_and_skip_missing_ids(archive: Archive, case: dict[str, str]) -> None:
    with archive.session() as session:
        ids = list(lists.places.LIST.ids(session))
        rows = lists.places.LIST.rows(session, [ids[2], 10**9, ids[0]])
        assert [r.id for r in rows] == [ids[2], ids[0]]
        assert rows == [r for r in lists.places.LIST.page(session) if r.id in (ids[0], ids[2])][::-1]


def test_text_with_no_searchable_word_matches_nothing(archive: Archive, case: dict[str, str]) -> None:
    with archive.session() as session:
        assert lists.sources.LIST.page(session, "!!") == [] and len(lists.sources.LIST.ids(session, "!!")) == 0
        assert lists.sources.best_matches(session, "!!") == []
        assert [r.label for r in lists.sources.LIST.page(session, "chechnya")] == ["Murder of gay men in Chechnya"]


def test_unknown_list() -> None:
    with pytest.raises(ValueError, match="no named list"):
        lists.named("event")


@pytest.fixture
def many_matches(archive: Archive) -> str:
    """``MATCHING`` sources mentioning "quorum" in their summary, and one more with it in its
    title, which ranks first but sorts last by title. Returns that source's uid."""
    with services.edit(archive) as ed:
        for i in range(MATCHING):
            services.create(ed, "source", {"title": f"Aa report {i:03d}", "summary": f"Minutes {i}: the quorum was not reached; the meeting was adjourned."})
        best = services.create(ed, "source", {"title": "Zz quorum", "summary": "quorum"})
    return best


def test_best_matches_are_ranked_rows_even_when_the_best_sorts_last_by_title(archive: Archive, many_matches: str) -> None:
    with archive.session() as session:
        ranked = search.search_sources(session, "quorum", 50)
        found = lists.sources.best_matches(session, "quorum", 50)
        by_title = lists.sources.LIST.page(session, "quorum", limit=1000)
    assert len(by_title) == MATCHING + 1 and by_title[-1].uid == many_matches  # last by title
    assert found[0].uid == many_matches  # first by rank
    assert [r.id for r in found] == ranked and len(found) == 50


def test_best_matches_without_text_are_the_first_sources_by_title(archive: Archive, many_matches: str) -> None:
    with archive.session() as session:
        assert lists.sources.best_matches(session, "  ", 3) == lists.sources.LIST.page(session, limit=3)
        assert [r.label for r in lists.sources.best_matches(session, "", 2)] == ["Aa report 000", "Aa report 001"]
