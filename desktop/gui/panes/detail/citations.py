"""An event's citations: the table, and the dialog that adds one by searching sources as you type."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QHBoxLayout, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from db import models
from db.details import CitationView
from db.errors import ValidationError
from desktop.gui.panes.detail import edits
from desktop.gui.panes.detail.dialog_base import RecordDialog, Submit, line, plain_text, result_list
from desktop.gui.panes.detail.labels import credibility_choices, words
from desktop.gui.panes.detail.linked_table import LinkedTable, Row
from desktop.gui.panes.detail.widgets import UID_ROLE, muted_label
from desktop.gui.wording import counted

if TYPE_CHECKING:
    from desktop.gui.workspace import Workspace

SEARCH_RESULTS = 30
LOCATOR_FORMS = {"page": "p. {}", "paragraph": "¶ {}", "timecode": "{}", "section": "§ {}", "other": "{}"}


def locator_text(locator_type: str, locator: str) -> str:
    return LOCATOR_FORMS.get(locator_type, "{}").format(locator) if locator else ""


def combo(choices: Sequence[tuple[Any, str]], current: Any = None) -> QComboBox:
    """A fixed-choice combo box holding each choice's value as item data."""
    box = QComboBox()
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(12)
    for value, text in choices:
        box.addItem(text, value)
    values = [value for value, _ in choices]
    box.setCurrentIndex(values.index(current) if current in values else 0)
    return box


class CitationDialog(RecordDialog):
    """Add or edit a citation: choose the source by searching as you type (full text, prefix
    matching), then quote, its language and translation, locator, stance, credibility 1–6,
    independence, printability and rationale. ``values()`` is the citation's record dict without
    its event. Tests: type into :attr:`search`, call :meth:`choose_source`, fill, ``accept()``.
    GUI thread only.
    """

    def __init__(self, workspace: Workspace, submit: Submit, citation: CitationView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("CitationDialog", "Edit citation") if citation else QCoreApplication.translate("CitationDialog", "Add citation"), submit, parent)
        self.workspace = workspace
        self.source_uid: str | None = citation.source_uid if citation else None
        self.new_source_title: str | None = None
        """A source to make with the citation (typed into the search; none listed fits)."""
        self.search = line(placeholder=QCoreApplication.translate("CitationDialog", "Search sources: title, outlet, words in the text…"))
        self.results = result_list()
        self.chosen = muted_label(QCoreApplication.translate("CitationDialog", "No source chosen yet."))
        self.new_source = QPushButton(QCoreApplication.translate("CitationDialog", "New source…"))
        self.new_source.setObjectName("new_source")
        self.new_source.setEnabled(False)
        self.new_source.setToolTip(QCoreApplication.translate("CitationDialog", "Make a source with the title typed above and cite it (one undo step)"))
        self.new_source.clicked.connect(self.choose_new_source)
        self.chosen.setWordWrap(True)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        for widget in (self.search, self.results):
            column.addWidget(widget)
        column.addWidget(self.new_source, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.chosen)
        self.add_row("source", QCoreApplication.translate("CitationDialog", "Source"), box, styled=self.results)
        self.locator_type = combo([(t, words(t)) for t in models.LOCATOR_TYPES], citation.locator_type if citation else "paragraph")
        self.locator = line(citation.locator if citation else "", "e.g. 3, 12–14, 00:12:40")
        where = QWidget()
        row = QHBoxLayout(where)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.locator_type)
        row.addWidget(self.locator, 1)
        self.add_row("locator", QCoreApplication.translate("CitationDialog", "Locator"), where, styled=self.locator)
        self.quote = self.add_row("quote", QCoreApplication.translate("CitationDialog", "Quote"), plain_text(citation.quote if citation else "", 4))
        self.quote_language = self.add_row("quote_language", QCoreApplication.translate("CitationDialog", "Quote language"), line(citation.quote_language if citation else "", QCoreApplication.translate("CitationDialog", "BCP 47, e.g. en, ru, ce-Cyrl")))
        self.translation = self.add_row("quote_translation", QCoreApplication.translate("CitationDialog", "Translation"), plain_text(citation.quote_translation if citation else "", 3))
        self.translation_language = self.add_row(
            "quote_translation_language", QCoreApplication.translate("CitationDialog", "Translation language"),
            line(citation.quote_translation_language if citation else "", QCoreApplication.translate("CitationDialog", "the translation's language, e.g. en")),
        )
        self.stance = self.add_row("stance", QCoreApplication.translate("CitationDialog", "Stance"), combo([(s, words(s)) for s in models.STANCES], citation.stance if citation else "supports"))
        self.credibility = self.add_row("credibility", QCoreApplication.translate("CitationDialog", "Credibility"), combo(credibility_choices(), citation.credibility if citation else None))
        self.independent = self.add_row("independent", "", QCheckBox(QCoreApplication.translate("CitationDialog", "Independent of the event’s other sources")))
        self.printable = self.add_row("printable", "", QCheckBox(QCoreApplication.translate("CitationDialog", "Quote may be printed in reports")))
        self.independent.setChecked(citation.independent if citation else True)
        self.printable.setChecked(citation.printable if citation else True)
        self.rationale = self.add_row("rationale", QCoreApplication.translate("CitationDialog", "Rationale"), plain_text(citation.rationale if citation else "", 3))
        self.search.textChanged.connect(self._on_search_text_changed)
        self.results.currentItemChanged.connect(self._on_results_current_item_changed)
        self._on_search_text_changed("")
        if citation:
            self._show_chosen(citation.source_title)
        self.search.setFocus()

    def choose_source(self, uid: str) -> bool:
        """Pick the listed source ``uid`` (as a click would); False when it is not listed."""
        for index in range(self.results.count()):
            if self.results.item(index).data(UID_ROLE) == uid:
                self.results.setCurrentRow(index)
                return True
        return False

    def choose_new_source(self) -> None:
        """Cite a new source titled as typed in the search (made when the citation is saved)."""
        title = " ".join(self.search.text().split())
        if not title:
            return
        self.new_source_title, self.source_uid = title, None
        self.results.blockSignals(True)
        self.results.setCurrentRow(-1)
        self.results.blockSignals(False)
        self.chosen.setText(QCoreApplication.translate("CitationDialog", "Chosen: a new source, “%1” (made when you save)").replace("%1", title))

    def listed_sources(self) -> list[tuple[str, str]]:
        """(uid, title) of the sources the search currently lists."""
        return [(self.results.item(i).data(UID_ROLE), self.results.item(i).data(Qt.ItemDataRole.UserRole + 1)) for i in range(self.results.count())]

    def values(self) -> dict[str, Any]:
        """The citation's fields; ``new_source`` (a title) instead of ``source`` when the user
        chose to make one."""
        if not self.source_uid and not self.new_source_title:
            raise ValidationError(QCoreApplication.translate("CitationDialog", "Choose the source this citation comes from, or make a new one."), "source")
        chosen = {"source": self.source_uid} if self.source_uid else {"new_source": self.new_source_title}
        return {
            **chosen,
            "locator_type": self.locator_type.currentData(),
            "locator": self.locator.text().strip(),
            "quote": self.quote.toPlainText(),
            "quote_language": self.quote_language.text().strip(),
            "quote_translation": self.translation.toPlainText(),
            "quote_translation_language": self.translation_language.text().strip(),
            "stance": self.stance.currentData(),
            "credibility": self.credibility.currentData(),
            "independent": self.independent.isChecked(),
            "printable": self.printable.isChecked(),
            "rationale": self.rationale.toPlainText(),
        }

    def _on_search_text_changed(self, text: str) -> None:
        title = " ".join(text.split())
        self.new_source.setEnabled(bool(title))
        self.new_source.setText(QCoreApplication.translate("CitationDialog", "New source “%1”").replace("%1", _short(title)) if title else QCoreApplication.translate("CitationDialog", "New source…"))
        self.results.blockSignals(True)
        self.results.clear()
        for row in self.workspace.search_sources(text, limit=SEARCH_RESULTS):
            shown = f"{row.label} — {row.detail}" if row.detail else row.label
            entry = QListWidgetItem(shown)
            entry.setData(UID_ROLE, row.uid)
            entry.setData(Qt.ItemDataRole.UserRole + 1, row.label)
            entry.setToolTip(shown + "\n" + counted("cited_by", row.uses))
            self.results.addItem(entry)
            if row.uid == self.source_uid:
                self.results.setCurrentItem(entry)
        self.results.blockSignals(False)

    def _on_results_current_item_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.source_uid, self.new_source_title = current.data(UID_ROLE), None
            self._show_chosen(current.data(Qt.ItemDataRole.UserRole + 1))

    def _show_chosen(self, title: str) -> None:
        self.chosen.setText(QCoreApplication.translate("CitationDialog", "Chosen: %1").replace("%1", title))


def _short(title: str, most: int = 28) -> str:
    return title if len(title) <= most else title[: most - 1] + "…"


class CitationsSection(LinkedTable):
    """The citations of the shown event; Add…/Edit… open a :class:`CitationDialog`. GUI thread."""

    record_table = "citation"
    open_text = QT_TRANSLATE_NOOP("LinkedTable", "Open source")

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace, [QCoreApplication.translate("CitationsSection", "Source"), QCoreApplication.translate("CitationsSection", "Grade"), QCoreApplication.translate("CitationsSection", "Where"), QCoreApplication.translate("CitationsSection", "Quote")], (0, 3), QCoreApplication.translate("CitationsSection", "Add citation…"), QCoreApplication.translate("CitationsSection", "No citations yet: which sources back this event?"))
        self.views: dict[str, CitationView] = {}

    def set_data(self, event_uid: str, citations: Sequence[CitationView]) -> None:
        self.owner_uid = event_uid
        self.views = {c.uid: c for c in citations}
        rows: list[Row] = []
        for c in citations:
            grade = c.grade + (" ✗" if c.stance == "contradicts" else "")
            quote = " ".join(c.quote.split())
            tip = c.quote + (f"\n\nTranslation: {c.quote_translation}" if c.quote_translation else "")
            grade_tip = QCoreApplication.translate("CitationsSection", "Reliability %1, credibility %2; %3").replace("%1", c.reliability or '?').replace("%2", str(c.credibility or '?')).replace("%3", words(c.stance)) + ("" if c.independent else QCoreApplication.translate("CitationsSection", "; not independent"))
            source_tip = f"{c.source_title}\n{c.outlet}" if c.outlet else c.source_title
            rows.append((c.uid, [c.source_title, grade, locator_text(c.locator_type, c.locator), quote], [source_tip, grade_tip, "", tip]))
        self.set_rows(rows)

    def add_dialog(self) -> QDialog:
        owner = self.owner_uid

        def submit(values: dict[str, Any]) -> None:
            if "new_source" in values:
                title = values.pop("new_source")
                edits.cite_new_source(self.workspace, owner, title, values)
            else:
                edits.create(self.workspace, "citation", {"event": owner, **values}, QCoreApplication.translate("CitationsSection", "Add citation"))

        return CitationDialog(self.workspace, submit, parent=self)

    def edit_dialog(self, uid: str) -> QDialog:
        seen = self.views[uid].version  # what the dialog shows: a change made while it is open is not overwritten
        return CitationDialog(self.workspace, lambda v: edits.update(self.workspace, "citation", uid, v, QCoreApplication.translate("CitationsSection", "Edit citation"), base_version=seen), self.views[uid], parent=self)

    def open_target(self, uid: str) -> tuple[str, str] | None:
        return ("source", self.views[uid].source_uid) if uid in self.views else None
