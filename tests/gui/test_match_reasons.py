"""Search results say why a row matched (issue 14 gap): while the list is searched, a
"Matched in" column shows the field the words were found in and the words around them."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.gui.models.event_table import EventColumn
from desktop.gui.panes.list_pane import ListPane
from desktop.gui.workspace import Workspace
from tests.gui.helpers import type_text


@pytest.fixture
def pane(list_pane: ListPane) -> ListPane:
    return list_pane


def _matched(pane: ListPane) -> dict[str, str]:
    model = pane.event_model
    return {model.row_at(r).title: model.data(model.index(r, EventColumn.MATCH), Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())}


def test_the_matched_column_names_the_field_and_the_words_around(qtbot: Any, pane: ListPane, workspace: Workspace) -> None:
    view = pane.views["event"]
    assert view.horizontalHeader().isSectionHidden(EventColumn.MATCH)  # no search: no column
    qtbot.keyClicks(pane.search_edit, "activists")
    qtbot.waitUntil(lambda: pane.event_model.event_filter.text == "activists" and pane.event_model.rowCount() == 8
                    and all(_matched(pane).values()), timeout=5000)  # fmt: skip
    assert not view.horizontalHeader().isSectionHidden(EventColumn.MATCH)
    matched = _matched(pane)
    fields = sorted(m.split(":")[0] for m in matched.values())
    assert fields == ["actor", "description", "description", "description", "description", "source", "source", "title"]
    washington = next(m for t, m in matched.items() if t.startswith("Protest outside the Russian Embassy in Washington") or "Washington DC" in m)
    assert washington == "description: In Washington DC, «activists» protested outside the Russian Ambassador…"

    pane.search_edit.clear()
    type_text(pane.search_edit, "Кремль")  # an actor's original-script name
    qtbot.waitUntil(lambda: pane.event_model.event_filter.text == "Кремль" and pane.event_model.rowCount() == 4
                    and all(_matched(pane).values()), timeout=5000)  # fmt: skip
    assert all(m.startswith("actor: ") and "«Кремль»" in m for m in _matched(pane).values())

    pane.search_edit.clear()
    qtbot.waitUntil(lambda: view.horizontalHeader().isSectionHidden(EventColumn.MATCH), timeout=5000)
