"""The filter bar's tag chooser: several tags as removable chips, matched all or any."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QToolButton, QWidget

ALL, ANY = "all", "any"


class TagFilter(QWidget):
    """Choose tags by typing (completion, any case) or from the list; each chosen tag becomes a
    chip that a click removes. With two or more, "all"/"any" says how they combine. GUI thread.

    Contract: :attr:`sig_changed` fires when the chosen tags or the mode change; a name that is
    no tag is refused through :attr:`sig_problem` (the caller shows it) and changes nothing.
    """

    sig_changed = Signal()
    """The chosen tags or the all/any mode changed."""
    sig_edited = Signal()
    """The typed text changed (the caller's Clear button follows it)."""
    sig_problem = Signal(str)
    """Typed text is not a tag ("" once the input is fine again)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names: dict[str, str] = {}
        self._chosen: list[str] = []
        self._chips: list[QToolButton] = []
        self.combo = QComboBox(objectName="tag_filter", editable=True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.lineEdit().setPlaceholderText(QCoreApplication.translate("TagFilter", "Any tag"))
        self.combo.lineEdit().setClearButtonEnabled(True)
        self.combo.setToolTip(QCoreApplication.translate("TagFilter", "Only events with this tag (Enter adds it; choose several to match all or any)"))
        self.combo.setMinimumContentsLength(9)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.mode = QComboBox(objectName="tag_mode", toolTip=QCoreApplication.translate("TagFilter", "Events with every chosen tag, or with any of them"))
        self.mode.addItem(QCoreApplication.translate("TagFilter", "all of these"), ALL)
        self.mode.addItem(QCoreApplication.translate("TagFilter", "any of these"), ANY)
        self.mode.setVisible(False)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(3)
        self._row.addWidget(self.combo)
        self._row.addWidget(self.mode)
        self.combo.activated.connect(self._on_combo_activated)
        self.combo.lineEdit().returnPressed.connect(self._on_combo_activated)
        self.combo.lineEdit().textChanged.connect(self._on_text_changed)
        self.mode.currentIndexChanged.connect(lambda _index: self.sig_changed.emit())

    # --- public API ----------------------------------------------------------------------

    def tags(self) -> tuple[str, ...]:
        return tuple(self._chosen)

    def all_tags(self) -> bool:
        return len(self._chosen) > 1 and self.mode.currentData() == ALL

    def has_input(self) -> bool:
        """Anything to clear: a chosen tag or typed text."""
        return bool(self._chosen or self.combo.currentText().strip())

    def set_names(self, names: list[str]) -> None:
        """The tags that exist; chosen tags that no longer do are dropped (``sig_changed``)."""
        self._names = {name.casefold(): name for name in names}
        text = self.combo.currentText()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItems([""] + names)
        self.combo.setEditText(text)
        self.combo.blockSignals(False)
        completer = QCompleter(self.combo.model(), self.combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.combo.setCompleter(completer)
        kept = [self._names[name.casefold()] for name in self._chosen if name.casefold() in self._names]
        if kept != self._chosen:
            self._set_chosen(kept)

    def add(self, name: str) -> bool:
        """Choose tag ``name`` (any case); False (and :attr:`sig_problem`) if there is no such tag."""
        text = name.strip()
        if not text:
            return True
        if text.casefold() not in self._names:
            self.sig_problem.emit(f"There is no tag “{text}”.")
            return False
        self.sig_problem.emit("")
        self.combo.setEditText("")
        tag = self._names[text.casefold()]
        if tag not in self._chosen:
            self._set_chosen([*self._chosen, tag])
        return True

    def remove(self, name: str) -> None:
        self._set_chosen([tag for tag in self._chosen if tag != name])

    def clear(self) -> None:
        """No tags, no text, mode back to "all"; silent (the caller applies the empty filter)."""
        self.blockSignals(True)
        self.combo.setCurrentIndex(0)
        self.combo.setEditText("")
        self.mode.setCurrentIndex(0)
        self._set_chosen([])
        self.blockSignals(False)

    def chips(self) -> list[QToolButton]:
        return list(self._chips)

    # --- internals -----------------------------------------------------------------------

    def _set_chosen(self, tags: list[str]) -> None:
        self._chosen = tags
        for chip in self._chips:
            self._row.removeWidget(chip)
            chip.deleteLater()
        self._chips = []
        for index, tag in enumerate(tags):
            chip = QToolButton(objectName="tag_chip", text=f"{tag}  ✕", toolTip=QCoreApplication.translate("TagFilter", "Stop filtering by “%1”").replace("%1", tag))
            chip.setProperty("tag", tag)
            chip.clicked.connect(lambda _checked=False, name=tag: self.remove(name))
            self._row.insertWidget(1 + index, chip)
            self._chips.append(chip)
        self.mode.setVisible(len(tags) > 1)
        self.combo.lineEdit().setPlaceholderText(QCoreApplication.translate("TagFilter", "Add a tag") if tags else QCoreApplication.translate("TagFilter", "Any tag"))
        self.sig_changed.emit()

    def _on_combo_activated(self, *_args: object) -> None:
        self.add(self.combo.currentText())

    def _on_text_changed(self, text: str) -> None:
        if not text.strip():
            self.sig_problem.emit("")
        self.sig_edited.emit()
