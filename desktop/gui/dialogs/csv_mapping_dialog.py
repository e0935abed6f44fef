"""File ▸ Import… for someone else's spreadsheet: which column fills which field, then a dry run.

Shown when a CSV is not in Casefile's own layout (other headers, delimiter or encoding). It
previews the first rows (only the file's head is read, so the GUI thread never waits on a big
file), offers a field or "Ignore" per column, guessed from obvious names or remembered from
the last file with the same headers, and shows how the date column reads. "Check and import"
runs a dry run of the whole file on the task runner; bad rows are listed with their line
numbers and the person chooses Skip bad rows (the GUI's ``--skip-bad``) or Cancel.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db import dates
from db.errors import CasefileError, ImportFailed, InvalidDate
from db.interchange import csv_guess, csv_mapping, csv_shape, formats
from db.interchange.csv_mapping import AUTO, CsvMapping
from db.interchange.csv_rows import COLUMNS, DateReader
from desktop.gui.wording import counted
from desktop.gui.date_language import display_language
from desktop.gui.tasks import TaskHandle, TaskRunner

FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("CsvMappingDialog", "Title"), "date": QT_TRANSLATE_NOOP("CsvMappingDialog", "Date"), "end_date": QT_TRANSLATE_NOOP("CsvMappingDialog", "End date"), "place": QT_TRANSLATE_NOOP("CsvMappingDialog", "Place"), "country": QT_TRANSLATE_NOOP("CsvMappingDialog", "Country (ISO code)"),
    "type": QT_TRANSLATE_NOOP("CsvMappingDialog", "Event type"), "status": QT_TRANSLATE_NOOP("CsvMappingDialog", "Status"), "description": QT_TRANSLATE_NOOP("CsvMappingDialog", "Description"), "tags": QT_TRANSLATE_NOOP("CsvMappingDialog", "Tags"), "actors": QT_TRANSLATE_NOOP("CsvMappingDialog", "Actors (roles)"),
    "source_title": QT_TRANSLATE_NOOP("CsvMappingDialog", "Source title"), "source_url": QT_TRANSLATE_NOOP("CsvMappingDialog", "Source URL"), "source_publisher": QT_TRANSLATE_NOOP("CsvMappingDialog", "Source publisher"),
    "source_published": QT_TRANSLATE_NOOP("CsvMappingDialog", "Source published"), "quote": QT_TRANSLATE_NOOP("CsvMappingDialog", "Quote"),
}  # fmt: skip
ENCODINGS = (AUTO, "utf-8", "windows-1252", "windows-1251", "utf-16", "iso-8859-1", "koi8-r")
DELIMITER_CHOICES = ((AUTO, QT_TRANSLATE_NOOP("CsvMappingDialog", "Detect")), (",", QT_TRANSLATE_NOOP("CsvMappingDialog", "Comma ,")), (";", QT_TRANSLATE_NOOP("CsvMappingDialog", "Semicolon ;")), ("\t", QT_TRANSLATE_NOOP("CsvMappingDialog", "Tab")), ("|", QT_TRANSLATE_NOOP("CsvMappingDialog", "Vertical bar |")))
SEPARATORS = ((";", QT_TRANSLATE_NOOP("CsvMappingDialog", "Semicolon ;")), (",", QT_TRANSLATE_NOOP("CsvMappingDialog", "Comma ,")), ("|", QT_TRANSLATE_NOOP("CsvMappingDialog", "Vertical bar |")))
SETTINGS_GROUP = "csv_mappings"
SHOWN_PROBLEMS = 200
DATE_SAMPLES = 4
_BAD = QBrush(QColor("#f8d7da"))
_IGNORED = QBrush(QColor("#8a8a8a"))


def needs_mapping(path: Path) -> bool:
    """Whether File ▸ Import… should ask how to read ``path``: a CSV (or tab text) the plain
    importer would not read as it is. Reads only the file's head."""
    try:
        if formats.detect(path).name != "csv":
            return False
    except (CasefileError, OSError):
        return path.suffix.lower() in (".tsv", ".tab", ".txt")
    preview = csv_shape.preview(path)
    standard = preview.shape.encoding == "utf-8" and preview.shape.delimiter == ","
    return not (standard and csv_mapping.is_standard(preview.headers))


def remembered(settings: QSettings, headers: list[str]) -> CsvMapping | None:
    """The mapping chosen last time for this header set, if it still reads and fits."""
    text = settings.value(f"{SETTINGS_GROUP}/{csv_mapping.header_key(headers)}", "")
    if not isinstance(text, str) or not text:
        return None
    try:
        mapping = csv_mapping.loads(text)
    except CasefileError:
        return None
    fits = {csv_mapping.column_key(name) for name in mapping.columns} == {csv_mapping.column_key(h) for h in headers if h.strip()}
    return mapping if mapping.header and fits else None


def remember(settings: QSettings, headers: list[str], mapping: CsvMapping) -> None:
    settings.setValue(f"{SETTINGS_GROUP}/{csv_mapping.header_key(headers)}", mapping.to_json())


class CsvMappingDialog(QDialog):
    """Asks how to read one spreadsheet, then checks every row (GUI thread; the dry run runs
    on the task runner). ``sig_chosen`` carries the :class:`~db.interchange.formats.ImportOptions`
    to import with when the person goes ahead; nothing is emitted on Cancel."""

    sig_chosen = Signal(object)
    """formats.ImportOptions (mapping and skip_bad) when the person chose to import."""

    def __init__(self, path: Path, runner: TaskRunner, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path, self.runner, self.settings = path, runner, settings
        self.setWindowTitle(QCoreApplication.translate("CsvMappingDialog", "Import %1").replace("%1", path.name))
        self.setObjectName("csv_mapping_dialog")
        self.resize(900, 560)
        self.preview: csv_shape.Preview | None = None
        self.combos: list[QComboBox] = []
        self.check_handle: TaskHandle | None = None
        self.checked: csv_shape.RowsCheck | None = None
        self.skip_bad = False
        self._build()
        self._load()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.intro = QLabel(wordWrap=True)
        layout.addWidget(self.intro)
        options = QHBoxLayout()
        form = QFormLayout()
        self.encoding_combo = QComboBox()
        for name in ENCODINGS:
            self.encoding_combo.addItem(QCoreApplication.translate("CsvMappingDialog", "Detect") if name == AUTO else name, name)
        self.delimiter_combo = QComboBox()
        for value, label in DELIMITER_CHOICES:
            self.delimiter_combo.addItem(QCoreApplication.translate("CsvMappingDialog", label), value)
        form.addRow(QCoreApplication.translate("CsvMappingDialog", "&Encoding:"), self.encoding_combo)
        form.addRow(QCoreApplication.translate("CsvMappingDialog", "&Delimiter:"), self.delimiter_combo)
        options.addLayout(form)
        form2 = QFormLayout()
        self.header_check = QCheckBox(QCoreApplication.translate("CsvMappingDialog", "First row names the columns"))
        self.header_check.setChecked(True)
        self.separator_combo = QComboBox()
        for value, label in SEPARATORS:
            self.separator_combo.addItem(QCoreApplication.translate("CsvMappingDialog", label), value)
        form2.addRow(self.header_check)
        form2.addRow(QCoreApplication.translate("CsvMappingDialog", "Tags and actors &separated by:"), self.separator_combo)
        options.addLayout(form2)
        options.addStretch(1)
        self.guess_button = QPushButton(QCoreApplication.translate("CsvMappingDialog", "&Guess again"))
        options.addWidget(self.guess_button, alignment=Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(options)
        self.table = QTableWidget()
        self.table.setObjectName("mapping_table")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        self.dates_label = QLabel(wordWrap=True)
        self.dates_label.setObjectName("dates_label")
        self.dates_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.dates_label)
        self.status_label = QLabel(wordWrap=True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status_label)
        self.progress = QProgressBar()
        self.progress.hide()
        layout.addWidget(self.progress)
        self.problems = QListWidget()
        self.problems.setObjectName("bad_rows")
        self.problems.setMaximumHeight(140)
        self.problems.hide()
        layout.addWidget(self.problems)
        self.buttons = QDialogButtonBox()
        self.check_button = self.buttons.addButton(QCoreApplication.translate("CsvMappingDialog", "Check and &import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.skip_button = self.buttons.addButton(QCoreApplication.translate("CsvMappingDialog", "&Skip bad rows"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.skip_button.hide()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(self.buttons)
        self.check_button.clicked.connect(self._on_check_clicked)
        self.skip_button.clicked.connect(self._on_skip_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self.guess_button.clicked.connect(lambda: self._load(guess=True))
        for combo in (self.encoding_combo, self.delimiter_combo):
            combo.currentIndexChanged.connect(lambda _index: self._load())
        self.header_check.toggled.connect(lambda _on: self._load())
        self.separator_combo.currentIndexChanged.connect(lambda _index: self._forget_check())

    # --- preview --------------------------------------------------------------------------

    def _options(self) -> CsvMapping:
        return CsvMapping(
            header=self.header_check.isChecked(), encoding=self.encoding_combo.currentData(),
            delimiter=self.delimiter_combo.currentData(), list_separator=self.separator_combo.currentData(),
        )  # fmt: skip

    def _load(self, guess: bool = False) -> None:
        """Read the head again as the options say and rebuild the table and the combos."""
        self._forget_check()
        preview = csv_shape.preview(self.path, self._options())
        self.preview = preview
        chosen = None if guess or not preview.header else remembered(self.settings, preview.headers)
        mapping = chosen or csv_guess.guess_mapping(preview.headers, preview.header)
        if chosen is not None:
            self._select(self.separator_combo, chosen.list_separator)
        self.intro.setText(
            QCoreApplication.translate("CsvMappingDialog", "%1 is read as %2. Choose what each column holds; ").replace("%1", self.path.name).replace("%2", preview.shape.describe())
            + (QCoreApplication.translate("CsvMappingDialog", "these are the choices made last time for these columns.") if chosen else QCoreApplication.translate("CsvMappingDialog", "obvious column names are guessed, the rest ignored."))
        )
        self._fill_table(preview, mapping)
        self._update()

    def _fill_table(self, preview: csv_shape.Preview, mapping: CsvMapping) -> None:
        self.table.clear()
        self.combos = []
        self.table.setColumnCount(len(preview.headers))
        self.table.setRowCount(len(preview.rows) + 1)
        self.table.setHorizontalHeaderLabels(preview.headers)
        self.table.setVerticalHeaderLabels([QCoreApplication.translate("CsvMappingDialog", "Field")] + [f"line {line}" for line, _ in preview.rows])
        chosen = {csv_mapping.column_key(name): target for name, target in mapping.columns.items()}
        for column, name in enumerate(preview.headers):
            combo = QComboBox()
            combo.setObjectName(f"field_combo_{column}")
            combo.addItem(QCoreApplication.translate("CsvMappingDialog", "Ignore"), None)
            for key in COLUMNS:
                combo.addItem(QCoreApplication.translate("CsvMappingDialog", FIELD_LABELS[key]), key)
            target = chosen.get(csv_mapping.column_key(name if preview.header else str(column + 1)))
            if not name.strip():
                combo.setEnabled(False)
                combo.setToolTip(QCoreApplication.translate("CsvMappingDialog", "This column has no name in the file, so it cannot be mapped."))
            self._select(combo, target)
            combo.currentIndexChanged.connect(lambda _index, c=column: self._on_field_changed(c))
            self.combos.append(combo)
            self.table.setCellWidget(0, column, combo)
        for row, (_line, cells) in enumerate(preview.rows, start=1):
            for column, cell in enumerate(cells[: len(preview.headers)]):
                item = QTableWidgetItem(cell.replace("\n", " ⏎ "))
                item.setToolTip(cell)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount()):
            self.table.setColumnWidth(column, min(max(self.table.columnWidth(column), 150), 320))

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.blockSignals(True)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _on_field_changed(self, column: int) -> None:
        self._forget_check()
        self._update()

    def mapping(self) -> CsvMapping:
        """The mapping as chosen now."""
        assert self.preview is not None
        columns: dict[str, str | None] = {}
        for column, (name, combo) in enumerate(zip(self.preview.headers, self.combos)):
            if self.preview.header and name.strip():
                columns[name] = combo.currentData()
            elif not self.preview.header:
                columns[str(column + 1)] = combo.currentData()
        return self._options().with_columns(columns)

    def field_of(self, column: int) -> str | None:
        return self.combos[column].currentData()

    def _update(self) -> None:
        """Date read-back, bad date cells marked, and whether the import can go ahead."""
        preview = self.preview
        assert preview is not None
        reader = self.mapping().date_reader()
        lines: list[str] = []
        for column, combo in enumerate(self.combos):
            dated = combo.currentData() in ("date", "end_date", "source_published")
            ignored = combo.currentData() is None
            seen: list[str] = []
            for row, (_line, cells) in enumerate(preview.rows, start=1):
                item = self.table.item(row, column)
                if item is None:
                    continue
                item.setBackground(QBrush())
                item.setForeground(_IGNORED if ignored else QBrush())
                text = cells[column].strip() if column < len(cells) else ""
                if not dated or not text:
                    continue
                reading = read_back(reader, text)
                if reading.startswith("cannot"):
                    item.setBackground(_BAD)
                item.setToolTip(f"{text} → {reading}")
                if text not in seen and len(seen) < DATE_SAMPLES:
                    seen.append(text)
                    lines.append(f"“{text}” → {reading}")
        self.dates_label.setText(QCoreApplication.translate("CsvMappingDialog", "How dates read: ") + ";  ".join(lines) if lines else "")
        self.status_label.setText(preview.problem or self._mapping_problem())
        self.check_button.setEnabled(bool(preview.rows) and not self.status_label.text())

    def _mapping_problem(self) -> str:
        """Why the chosen fields cannot be imported yet ("" when they can): no title, or a
        field chosen for two columns (a field takes one column; arrowing through a list passes others)."""
        assert self.preview is not None
        chosen: dict[str, list[str]] = {}
        for name, combo in zip(self.preview.headers, self.combos):
            if combo.currentData() is not None:
                chosen.setdefault(combo.currentData(), []).append(name)
        for key, names in chosen.items():
            if len(names) > 1:
                return QCoreApplication.translate("CsvMappingDialog", "Columns %1 all fill %2; a field takes one column.").replace("%1", ", ".join(f"“{n}”" for n in names)).replace("%2", QCoreApplication.translate("CsvMappingDialog", FIELD_LABELS[key]))
        return "" if "title" in chosen else QCoreApplication.translate("CsvMappingDialog", "Choose the column that holds each event's title.")

    # --- the dry run ----------------------------------------------------------------------

    def _forget_check(self) -> None:
        if self.check_handle is not None:
            self.check_handle.cancel()
            self.check_handle = None
        self.checked = None
        self.problems.hide()
        self.progress.hide()
        self.skip_button.hide()
        self.check_button.show()

    def _on_check_clicked(self) -> None:
        mapping = self.mapping()
        path = self.path

        def work(progress: object, is_cancelled: object) -> object:
            try:
                return csv_shape.check_rows(path, mapping, progress, is_cancelled)  # type: ignore[arg-type]
            except ImportFailed as error:
                return error  # shown in the dialog with its lines, not as a failure box

        self.check_button.setEnabled(False)
        self.status_label.setText(QCoreApplication.translate("CsvMappingDialog", "Checking every row of %1…").replace("%1", path.name))
        self.progress.setRange(0, 0)
        self.progress.show()
        handle = self.runner.submit(work, on_finished=self._on_checked, on_failed=self._on_check_failed, on_progress=self._on_check_progress)
        self.check_handle = handle

    def _on_check_progress(self, done: int, total: int) -> None:
        scale = max(1, total // 2**30 + 1)
        self.progress.setRange(0, total // scale)
        self.progress.setValue(done // scale)

    def _on_check_failed(self, message: str) -> None:
        self.check_handle = None
        self.progress.hide()
        self.status_label.setText(message)
        self.check_button.setEnabled(True)

    def _on_checked(self, result: object) -> None:
        self.check_handle = None
        self.progress.hide()
        self.check_button.setEnabled(True)
        if isinstance(result, ImportFailed):  # the file cannot be read this way at all
            self.status_label.setText(str(result))
            self._show_problems(result.problems)
            return
        assert isinstance(result, csv_shape.RowsCheck)
        self.checked = result
        if not result.problems:
            self._go(skip_bad=False)
            return
        good = result.rows - len(result.problems)
        self.status_label.setText(
            QCoreApplication.translate("CsvMappingDialog", "%1 of %2 cannot be imported (listed below). Skip them and import the other %3, change the mapping, or cancel.").replace("%1", f"{len(result.problems):,}").replace("%2", counted("rows", result.rows)).replace("%3", f"{good:,}")
        )
        self._show_problems(result.problems)
        self.check_button.hide()
        self.skip_button.setEnabled(good > 0)
        self.skip_button.show()

    def _show_problems(self, problems: list[tuple[int, str]]) -> None:
        self.problems.clear()
        for line, message in problems[:SHOWN_PROBLEMS]:
            self.problems.addItem(f"line {line}: {message}")
        if len(problems) > SHOWN_PROBLEMS:
            self.problems.addItem(QCoreApplication.translate("CsvMappingDialog", "… and %1 more").replace("%1", f"{len(problems) - SHOWN_PROBLEMS:,}"))
        self.problems.setVisible(bool(problems))

    def _on_skip_clicked(self) -> None:
        self._go(skip_bad=True)

    def _go(self, skip_bad: bool) -> None:
        mapping = self.mapping()
        if self.preview is not None and self.preview.header:
            remember(self.settings, self.preview.headers, mapping)
        self.skip_bad = skip_bad
        self.sig_chosen.emit(formats.ImportOptions(skip_bad=skip_bad, mapping=mapping))
        self.accept()

    def reject(self) -> None:
        self._forget_check()
        super().reject()


def read_back(reader: DateReader, text: str) -> str:
    """How a date cell reads, as the dialog shows it: "April 2017 (2017-04)" or "cannot be read: …"."""
    try:
        bounds = reader(text)
    except InvalidDate as error:
        return QCoreApplication.translate("CsvMappingDialog", "cannot be read: %1").replace("%1", str(error))
    return f"{dates.humanize(bounds.text, display_language())} ({bounds.text})"
