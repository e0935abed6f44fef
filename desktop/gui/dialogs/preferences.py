"""Edit ▸ Preferences… (Ctrl+,) and the first-run name question.

Everything lives in :mod:`desktop.preferences` (a Qt-free JSON file shared with the command
line) and is saved in one atomic write on OK. Tabs: General (the change-log name, language,
date style, delete confirmation), Reports (default marking, redaction, folder) and Backups
(folder and how many are kept). The name is the user's choice, never the operating system's
login; empty is allowed and logged as "unnamed".
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSpinBox, QTabWidget, QVBoxLayout, QWidget,
)  # fmt: skip

from db.user_name import MAX_USER_CHARS, UNNAMED
from desktop import preferences
from desktop.preferences import KEEP_LIMITS, Preferences

LANGUAGE_NAMES = (("", None), ("en", "English"), ("ru", "Русский"), ("ar", "العربية"))
"""Each language in its own name (a reader of Arabic finds "العربية" in an English menu)."""


def keep_glyphs_inside(dialog: QWidget) -> None:
    """A few pixels of margin beside each word-wrapped label: Arabic lines can be drawn a little
    wider than the width Qt wrapped them to, and their last (leftmost) letter was cut off."""
    for label in dialog.findChildren(QLabel):
        if label.wordWrap():
            label.setContentsMargins(4, 0, 4, 0)


def explanation(later: bool = True) -> str:
    """What the change-log name is for; ``later`` adds where to change it (not said inside Preferences)."""
    text = QCoreApplication.translate(
        "PreferencesDialog",
        "Every change you make is written into the archive's change log together with this name, "
        "so that colleagues can see who recorded what. Anyone who gets a copy of an archive can read it.\n\n"
        "Use your name, initials or a pseudonym, or leave it empty to be logged as “{unnamed}”. "
        "Casefile never uses your computer's login name.",
    ).format(unnamed=UNNAMED)
    if later:
        text += " " + QCoreApplication.translate("PreferencesDialog", "You can change this later under Edit ▸ Preferences…")
    return text


def name_field(parent: QWidget) -> QLineEdit:
    """The change-log name, prefilled with the saved one (empty when never asked)."""
    field = QLineEdit(preferences.saved_user_name() or "", parent)
    field.setMaxLength(MAX_USER_CHARS)
    field.setPlaceholderText(QCoreApplication.translate("PreferencesDialog", "empty: logged as “{unnamed}”").format(unnamed=UNNAMED))
    field.setClearButtonEnabled(True)
    return field


def folder_problem(text: str) -> str | None:
    """Why ``text`` cannot be a folder to write into ("" is the default, always fine)."""
    if not text.strip():
        return None
    folder = Path(text.strip()).expanduser()
    translate = QCoreApplication.translate
    if not folder.is_absolute():
        return translate("PreferencesDialog", "“{folder}” is not a full path: choose the folder with Choose…").format(folder=text)
    if not folder.is_dir():
        return translate("PreferencesDialog", "The folder {folder} does not exist.").format(folder=folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        return translate("PreferencesDialog", "Casefile may not write into {folder}.").format(folder=folder)
    return None


class PreferencesDialog(QDialog):
    """The preferences in three tabs (only the name question on first run). Saves on OK,
    validating folders first, and reports the name now logged through ``on_saved``. GUI thread."""

    def __init__(self, parent: QWidget | None = None, first_run: bool = False,
                 on_saved: Callable[[str], object] | None = None) -> None:
        super().__init__(parent)
        self.on_saved = on_saved
        self.first_run = first_run
        self.saved = preferences.load_preferences()
        self.saved_language = preferences.saved_language()
        self.setWindowTitle(self.tr("Welcome to Casefile") if first_run else self.tr("Preferences"))
        self.name = name_field(self)
        self.error = QLabel(objectName="preferences_error", wordWrap=True)
        self.error.setStyleSheet("color: #c62828")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(objectName="preferences_tabs")
        if first_run:
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Ask Me Later"))
            intro = QLabel(self.tr("Before you start: what name should Casefile write into the change log?") + "\n\n" + explanation(), wordWrap=True)
            form = QFormLayout()
            form.addRow(self.tr("Name in the change log"), self.name)
            layout.addWidget(intro)
            layout.addLayout(form)
        else:
            self.tabs.addTab(self._general_tab(), self.tr("General"))
            self.tabs.addTab(self._reports_tab(), self.tr("Reports"))
            self.tabs.addTab(self._backups_tab(), self.tr("Backups"))
            layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(600)
        keep_glyphs_inside(self)
        if not first_run:
            self.setMinimumHeight(500)  # word-wrapped notes need the room; Qt underestimates their height
            self.resize(max(600, self.sizeHint().width()), 500)  # as wide as the longest redaction profile's words

    # --- tabs ----------------------------------------------------------------------------

    def _general_tab(self) -> QWidget:
        self.language = QComboBox(objectName="language")
        for code, label in LANGUAGE_NAMES:
            self.language.addItem(label or self.tr("As the system"), code)
        _select(self.language, self.saved_language)
        self.language_note = QLabel(self.tr("The new language applies the next time Casefile starts."), wordWrap=True)
        self.language_note.setStyleSheet("color: #8a6d00")
        self.language_note.hide()
        self.language.currentIndexChanged.connect(self._on_language_changed)
        self.date_style = QComboBox(objectName="date_style")
        self.date_style.addItem(self.tr("In words: 5 April 2017"), "words")
        self.date_style.addItem(self.tr("In numbers: 2017-04-05"), "numeric")
        self.date_style.setToolTip(self.tr("How the lists, forms and timeline write dates. What you typed is kept as you typed it."))
        _select(self.date_style, self.saved.date_style)
        self.confirm_delete = QCheckBox(self.tr("Ask before deleting records"), objectName="confirm_delete")
        self.confirm_delete.setChecked(self.saved.confirm_delete)
        self.confirm_delete.setToolTip(self.tr("Delete in the lists and on the timeline asks first. Off: it deletes at once; Undo (Ctrl+Z) still brings records back."))
        log = _group(self.tr("Change log"), QLabel(explanation(later=False), wordWrap=True))
        log.layout().addRow(self.tr("Your name"), self.name)  # type: ignore[union-attr]
        shown = _group(self.tr("Interface"))
        form = shown.layout()
        form.addRow(self.tr("Language"), self.language)  # type: ignore[union-attr]
        form.addRow("", self.language_note)  # type: ignore[union-attr]
        form.addRow(self.tr("Dates"), self.date_style)  # type: ignore[union-attr]
        form.addRow("", self.confirm_delete)  # type: ignore[union-attr]
        return _page(log, shown)

    def _reports_tab(self) -> QWidget:
        from db.models import TLP_LABELS
        from desktop.gui.dialogs.report_output import documents_folder
        from desktop.gui.dialogs.scope_fields import PROFILES

        self.tlp = QComboBox(objectName="report_tlp")
        self.tlp.addItem(self.tr("Each case's own marking"), "")
        for label in TLP_LABELS:
            self.tlp.addItem(f"TLP:{label}", label)
        self.tlp.setToolTip(self.tr("The Traffic Light Protocol marking printed on every page: who the reader may share the brief with."))
        _select(self.tlp, self.saved.report_tlp)
        self.redaction = QComboBox(objectName="report_redaction")
        for label, key in PROFILES:
            self.redaction.addItem(QCoreApplication.translate("ScopeFields", label), key)
        self.redaction.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # the dialog widens: no profile cut off
        self.redaction.setToolTip(self.redaction.currentText())
        self.redaction.currentIndexChanged.connect(lambda _i: self.redaction.setToolTip(self.redaction.currentText()))
        _select(self.redaction, self.saved.report_redaction)
        self.report_folder = QLineEdit(self.saved.report_folder, objectName="report_folder")
        self.report_folder.setPlaceholderText(self.tr("Documents ({folder})").format(folder=documents_folder()))
        defaults = _group(self.tr("Every new report starts from"), QLabel(self.tr(
            "Export Report… and the command “casefile export-pdf” start from these; each report can still choose otherwise."), wordWrap=True))
        form = defaults.layout()
        form.addRow(self.tr("Marking"), self.tlp)  # type: ignore[union-attr]
        form.addRow(self.tr("Redaction"), self.redaction)  # type: ignore[union-attr]
        form.addRow(self.tr("Save reports in"), self._folder_row(self.report_folder, self.tr("Folder for reports")))  # type: ignore[union-attr]
        return _page(defaults)

    def _backups_tab(self) -> QWidget:
        from db import backups

        intro = QLabel(self.tr("Casefile backs each archive up when it opens (if the last backup is over half an hour old), "
                               "when it closes after changes, and before imports, merges and upgrades. Each copy is checked after it is written."), wordWrap=True)  # fmt: skip
        self.backup_folder = QLineEdit(self.saved.backup_folder, objectName="backup_folder")
        self.backup_folder.setPlaceholderText(self.tr("default: {folder}").format(folder=backups.default_root()))
        self.backup_folder.setToolTip(self.tr("An encrypted archive's backups are encrypted too. A folder on another disk survives the loss of this one."))
        self.old_folder_note = QLabel(objectName="old_folder_note", wordWrap=True)
        self.old_folder_note.setStyleSheet("color: #8a6d00")
        self.old_folder_note.hide()
        self.backup_folder.textChanged.connect(self._on_backup_folder_changed)
        self.keep = [QSpinBox(objectName=name) for name in ("keep_recent", "keep_daily", "keep_weekly")]
        for box, (low, high), value in zip(self.keep, KEEP_LIMITS, self.saved.backup_keep, strict=True):
            box.setRange(low, high)
            box.setValue(value)
            box.valueChanged.connect(self._on_keep_changed)
        self.keep_summary = QLabel(objectName="keep_summary", wordWrap=True)
        where = _group(self.tr("Where"), intro)
        where.layout().addRow(self.tr("Folder"), self._folder_row(self.backup_folder, self.tr("Folder for backups")))  # type: ignore[union-attr]
        where.layout().addRow(self.old_folder_note)  # type: ignore[union-attr]
        kept = _group(self.tr("How many"))
        form = kept.layout()
        form.addRow(self.tr("Newest backups kept"), self.keep[0])  # type: ignore[union-attr]
        form.addRow(self.tr("Days with one backup each"), self.keep[1])  # type: ignore[union-attr]
        form.addRow(self.tr("Weeks with one backup each"), self.keep[2])  # type: ignore[union-attr]
        form.addRow(self.keep_summary)  # type: ignore[union-attr]
        self._on_keep_changed()
        return _page(where, kept)

    def _folder_row(self, field: QLineEdit, title: str) -> QHBoxLayout:
        field.setClearButtonEnabled(True)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(lambda: self._choose_folder(field, title))
        row = QHBoxLayout()
        row.addWidget(field, 1)
        row.addWidget(choose)
        return row

    def _choose_folder(self, field: QLineEdit, title: str) -> None:
        start = field.text().strip() or field.placeholderText()
        folder = QFileDialog.getExistingDirectory(self, title, start)
        if folder:
            field.setText(folder)

    # --- reactions -----------------------------------------------------------------------

    def _on_language_changed(self, _index: int) -> None:
        self.language_note.setVisible(self.language.currentData() != self.saved_language)

    def _on_backup_folder_changed(self, text: str) -> None:
        from db import backups

        before = self.saved.backup_folder.strip() or str(backups.default_root())
        changed = text.strip() != self.saved.backup_folder.strip()
        self.old_folder_note.setText(self.tr("Backups taken so far stay in {folder}; File ▸ Backups… lists those in the new folder.").format(folder=before))
        self.old_folder_note.setVisible(changed)

    def _on_keep_changed(self, *_args: object) -> None:
        recent, daily, weekly = (box.value() for box in self.keep)
        self.keep_summary.setText(" ".join((
            self.tr("Each archive keeps its %n newest backup(s)", "", recent),
            self.tr("plus the last of each of %n more day(s)", "", daily),
            self.tr("and of %n more week(s); older ones are deleted.", "", weekly),
        )))  # fmt: skip

    # --- saving --------------------------------------------------------------------------

    def chosen(self) -> Preferences:
        """The preferences as the widgets show them (the saved ones on first run)."""
        if self.first_run:
            return self.saved
        return Preferences(
            report_tlp=str(self.tlp.currentData()), report_redaction=str(self.redaction.currentData()),
            report_folder=self.report_folder.text().strip(), backup_folder=self.backup_folder.text().strip(),
            backup_keep=(self.keep[0].value(), self.keep[1].value(), self.keep[2].value()),
            date_style=str(self.date_style.currentData()), confirm_delete=self.confirm_delete.isChecked(),
        )  # fmt: skip

    def _problem(self) -> str | None:
        if self.first_run:
            return None
        for tab, label, field in ((1, self.tr("Save reports in"), self.report_folder), (2, self.tr("Backup folder"), self.backup_folder)):
            problem = folder_problem(field.text())
            if problem:
                self.tabs.setCurrentIndex(tab)
                field.setFocus()
                return f"{label}: {problem}"
        return None

    def accept(self) -> None:
        problem = self._problem()
        if problem:
            self._show_error(problem)
            return
        language = None if self.first_run else str(self.language.currentData())
        try:
            preferences.save_preferences(self.chosen(), user_name=self.name.text(), language=language)
        except OSError as error:
            self._show_error(self.tr("The preferences could not be saved: {error}").format(error=error))
            return
        if self.on_saved is not None:
            self.on_saved(preferences.chosen_user())
        super().accept()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


def _group(title: str, intro: QLabel | None = None) -> QGroupBox:
    """A titled box with a form inside (and an explanation on top)."""
    box = QGroupBox(title)
    form = QFormLayout(box)
    if intro is not None:
        form.addRow(intro)
    return box


def _page(*groups: QGroupBox) -> QWidget:
    page = QWidget()
    column = QVBoxLayout(page)
    for group in groups:
        column.addWidget(group)
    column.addStretch(1)
    return page


def _select(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)


def needs_user_name() -> bool:
    """Whether the user has never been asked (no name saved, not even an empty one)."""
    return preferences.saved_user_name() is None


def open_preferences(parent: QWidget, on_saved: Callable[[str], object], first_run: bool = False) -> PreferencesDialog:
    """Show the dialog window-modal over ``parent`` (the window stays usable only after it)."""
    dialog = PreferencesDialog(parent, first_run, on_saved)
    dialog.open()
    return dialog
