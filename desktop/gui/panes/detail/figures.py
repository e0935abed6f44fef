"""An event's figures — counts as one source reported them — with the dialog that adds or edits one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from db import models
from db.details import CitationView, FigureView
from db.errors import ValidationError
from desktop.gui.panes.detail import edits
from desktop.gui.panes.detail.citations import combo, locator_text
from desktop.gui.panes.detail.dialog_base import RecordDialog, Submit, line, whole_number
from desktop.gui.panes.detail.labels import count, figure_text, words
from desktop.gui.panes.detail.linked_table import LinkedTable, Row

if TYPE_CHECKING:
    from desktop.gui.workspace import Workspace


def citation_label(citation: CitationView) -> str:
    where = locator_text(citation.locator_type, citation.locator)
    return f"{citation.source_title}" + (f" ({where})" if where else "")


class FigureDialog(RecordDialog):
    """Add or edit a figure: minimum, maximum, unit, qualifier and the citation reporting it.

    Counts are evidence and kept exactly: "44,700" and "44 700" read as 44700, anything that is
    not a whole number is refused at its field. For "exactly" and "about", an empty maximum
    means the same number as the minimum. GUI thread only.
    """

    def __init__(self, submit: Submit, citations: Sequence[CitationView], figure: FigureView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("FigureDialog", "Edit figure") if figure else QCoreApplication.translate("FigureDialog", "Add figure"), submit, parent)
        self.minimum = self.add_row("minimum", QCoreApplication.translate("FigureDialog", "Minimum"), line(count(figure.minimum) if figure else "", QCoreApplication.translate("FigureDialog", "e.g. 44,700")))
        self.maximum = self.add_row("maximum", QCoreApplication.translate("FigureDialog", "Maximum"), line(count(figure.maximum) if figure else "", QCoreApplication.translate("FigureDialog", "empty: same as minimum, or open for “at least”")))
        self.unit = self.add_row("unit", QCoreApplication.translate("FigureDialog", "Unit"), line(figure.unit if figure else "", QCoreApplication.translate("FigureDialog", "e.g. signatures, people detained")))
        self.qualifier = self.add_row("qualifier", QCoreApplication.translate("FigureDialog", "Qualifier"), combo([(q, words(q)) for q in models.QUALIFIERS], figure.qualifier if figure else "exactly"))
        reported = [(None, QCoreApplication.translate("FigureDialog", "— not linked to a citation"))] + [(c.uid, citation_label(c)) for c in citations]
        self.citation = self.add_row("citation", QCoreApplication.translate("FigureDialog", "Reported by"), combo(reported, figure.citation_uid if figure else None))

    def values(self) -> dict[str, Any]:
        low = whole_number(self.minimum.text(), "minimum", "minimum")
        high = whole_number(self.maximum.text(), "maximum", "maximum")
        qualifier = self.qualifier.currentData()
        if low is None and high is None:
            raise ValidationError(QCoreApplication.translate("FigureDialog", "Give the number reported (a minimum, a maximum or both)."), "minimum")
        if high is None and qualifier in ("exactly", "about"):
            high = low
        if low is None and qualifier in ("exactly", "about"):
            low = high
        return {
            "minimum": low,
            "maximum": high,
            "unit": self.unit.text().strip(),
            "qualifier": qualifier,
            "citation": self.citation.currentData(),
        }


class FiguresSection(LinkedTable):
    """The figures of the shown event, competing figures side by side. GUI thread only."""

    record_table = "figure"

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace, [QCoreApplication.translate("FiguresSection", "Min"), QCoreApplication.translate("FiguresSection", "Max"), QCoreApplication.translate("FiguresSection", "Unit"), QCoreApplication.translate("FiguresSection", "Qualifier"), QCoreApplication.translate("FiguresSection", "Reported by")], (2, 4), QCoreApplication.translate("FiguresSection", "Add figure…"), QCoreApplication.translate("FiguresSection", "No figures (counts such as “44,700 signatures”)."))
        self.views: dict[str, FigureView] = {}
        self.citations: tuple[CitationView, ...] = ()

    def set_data(self, event_uid: str, figures: Sequence[FigureView], citations: Sequence[CitationView]) -> None:
        self.owner_uid = event_uid
        self.views = {f.uid: f for f in figures}
        self.citations = tuple(citations)
        by_uid = {c.uid: c for c in citations}
        rows: list[Row] = []
        for f in figures:
            cited = by_uid.get(f.citation_uid or "")
            reported = citation_label(cited) if cited else f.reported_by
            summary = figure_text(f.minimum, f.maximum, f.unit, f.qualifier)
            rows.append((f.uid, [count(f.minimum), count(f.maximum), f.unit, words(f.qualifier), reported], [summary, summary, summary, summary, reported]))
        self.set_rows(rows)

    def add_dialog(self) -> QDialog:
        owner = self.owner_uid
        return FigureDialog(lambda v: edits.create(self.workspace, "figure", {"event": owner, **v}, QCoreApplication.translate("FiguresSection", "Add figure")), self.citations, parent=self)

    def edit_dialog(self, uid: str) -> QDialog:
        seen = self.views[uid].version  # what the dialog shows: a change made while it is open is not overwritten
        return FigureDialog(lambda v: edits.update(self.workspace, "figure", uid, v, QCoreApplication.translate("FiguresSection", "Edit figure"), base_version=seen), self.citations, self.views[uid], parent=self)
