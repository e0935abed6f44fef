"""The event form is built once and refilled: a busy event shows whole, the next shows nothing of it."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QFrame, QToolButton

from db import services
from desktop.gui.commands import UpdateRecordCommand
from desktop.gui.panes.detail import DetailPane
from desktop.gui.panes.detail import edits
from desktop.gui.panes.detail.event_form import EventForm
from desktop.gui.workspace import Workspace
from tests.gui.test_detail_event import FRANCE, event_uid

QUOTES = [
    "Police detained at least {n} men in Grozny.",
    "По словам свидетелей, задержаны не менее {n} мужчин.",
    "قال شهود إن الشرطة احتجزت {n} رجلاً في غروزني.",
]
BUSY_TAGS = ["detention", "grozny", "wave-1", "witnesses", "camp"]


def add_busy_event(workspace: Workspace, citations: int = 50) -> str:
    """An event with ``citations`` citations (Latin, Cyrillic, Arabic quotes), 5 tags, 3 actors, 2 figures."""
    sources = [r.uid for r in workspace.named_rows("source")]
    actors = [r.uid for r in workspace.named_rows("actor")][:3]
    with services.edit(workspace.archive) as ed:
        case = workspace.default_case()
        uid = services.create(ed, "event", {"case": case, "title": "Mass detention in Grozny", "date_text": "2017-04-03", "tags": BUSY_TAGS})
        cited = [
            services.create(ed, "citation", {"event": uid, "source": sources[i % len(sources)], "locator_type": "paragraph", "locator": str(i + 1),
                                             "quote": QUOTES[i % 3].format(n=20 + i), "quote_language": ["en", "ru", "ar"][i % 3]})
            for i in range(citations)
        ]
        for actor in actors:
            services.create(ed, "involvement", {"event": uid, "actor": actor, "role": "witness"})
        for low in (40, 60):
            services.create(ed, "figure", {"event": uid, "minimum": low, "maximum": low + 20, "unit": "men detained", "qualifier": "about", "citation": cited[0]})
    return uid


def shown_form(pane: DetailPane, uid: str) -> EventForm:
    pane.show_record("event", uid)
    form = pane.forms["event"]
    assert isinstance(form, EventForm) and pane.current == ("event", uid)
    return form


def visible_chips(form: EventForm) -> list[str]:
    return [chip.property("tag") for chip in form.tags.chips.findChildren(QFrame, "tagChip") if chip.isVisibleTo(form)]


def test_all_fifty_citations_are_listed_with_their_quotes(workspace: Workspace, pane: DetailPane) -> None:
    busy = add_busy_event(workspace)
    form = shown_form(pane, busy)
    citations = workspace.event_detail(busy).citations
    table = form.citations.table
    assert table.rowCount() == len(citations) == 50
    assert [form.citations.uid_at(row) for row in range(50)] == [c.uid for c in citations]
    assert {form.citations.cell_text(row, 3) for row in range(50)} == {" ".join(c.quote.split()) for c in citations}
    arabic = next(row for row in range(50) if citations[row].quote_language == "ar")
    assert table.cell_tooltip(arabic, 3) == citations[arabic].quote
    assert form.citations.cell_text(0, 2) == "¶ 1" and form.citations.cell_text(49, 2) == "¶ 50"
    assert table.height() < 50 * table.verticalHeader().defaultSectionSize()  # it scrolls rather than grows


def test_the_reused_form_shows_the_next_event_whole_and_nothing_of_the_first(workspace: Workspace, pane: DetailPane) -> None:
    busy, other = add_busy_event(workspace), event_uid(workspace, FRANCE)
    form = shown_form(pane, busy)
    widgets = (form.citations.table, form.figures.table, form.tags.chips)
    form.citations.table.selectRow(3)
    assert form.citations.selected_uids()

    assert shown_form(pane, other) is form and (form.citations.table, form.figures.table, form.tags.chips) == widgets
    detail = workspace.event_detail(other)
    assert form.title.line.text() == detail.fields["title"]
    assert [form.citations.uid_at(r) for r in range(form.citations.table.rowCount())] == [c.uid for c in detail.citations]
    assert [form.involvements.uid_at(r) for r in range(form.involvements.table.rowCount())] == [i.uid for i in detail.involvements]
    assert [form.figures.uid_at(r) for r in range(form.figures.table.rowCount())] == [f.uid for f in detail.figures]
    assert form.citations.selected_uids() == []  # the selection belonged to the other event's rows
    assert form.tags.chip_names() == visible_chips(form) == list(detail.fields["tags"])
    assert not set(BUSY_TAGS) & set(visible_chips(form)) - set(detail.fields["tags"])

    pane.show_record(None, None)
    assert shown_form(pane, busy).citations.table.rowCount() == 50
    assert visible_chips(form) == form.tags.chip_names() == sorted(BUSY_TAGS)  # stored in order of name


def test_narrow_columns_fit_their_widest_text(workspace: Workspace, pane: DetailPane) -> None:
    form = shown_form(pane, add_busy_event(workspace))
    for section in (form.citations, form.figures, form.involvements):
        table = section.table
        metrics = QFontMetricsF(table.font())
        for column in set(range(table.model().columnCount())) - table.stretched:
            widest = max(math.ceil(metrics.horizontalAdvance(section.cell_text(row, column))) for row in range(table.rowCount()))
            assert table.columnWidth(column) >= widest + 2, (section.record_table, column)


def test_a_type_typed_on_another_event_is_offered_on_the_next_show(workspace: Workspace, pane: DetailPane) -> None:
    busy, other = add_busy_event(workspace), event_uid(workspace, FRANCE)
    form = shown_form(pane, busy)
    assert "abduction" not in form.event_type._values
    pane.show_record("event", other)
    workspace.execute(UpdateRecordCommand(workspace, "event", other, {"event_type": "abduction"}))
    shown_form(pane, busy)
    assert "abduction" in form.event_type._values


def test_tag_completion_offers_a_tag_added_since(workspace: Workspace, pane: DetailPane, qtbot: Any) -> None:
    busy, other = add_busy_event(workspace), event_uid(workspace, FRANCE)
    form = shown_form(pane, other)
    assert "night raid" not in form.tags._names.stringList()
    edits.set_tags(workspace, "event", busy, [*BUSY_TAGS, "night raid"], workspace.tag_names())
    shown_form(pane, other)
    assert "night raid" in form.tags._names.stringList()
    workspace.undo_stack.undo()  # the new tag goes again
    shown_form(pane, busy)
    assert "night raid" not in form.tags._names.stringList() and form.tags.chip_names() == sorted(BUSY_TAGS)


def test_the_remove_button_of_a_reused_chip_removes_the_tag_it_now_shows(workspace: Workspace, pane: DetailPane) -> None:
    busy, other = add_busy_event(workspace), event_uid(workspace, FRANCE)
    shown_form(pane, other)
    form = shown_form(pane, busy)
    second = form.tags.chip_names()[1]
    form.tags._chip_widgets[1].findChild(QToolButton).click()
    assert second not in workspace.record("event", busy)["tags"] and second not in visible_chips(form)
    workspace.undo_stack.undo()
    assert visible_chips(form) == sorted(BUSY_TAGS)
