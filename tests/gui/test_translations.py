"""The interface in Russian and Arabic: the language chosen (environment, preference, system),
translated menus and dialogs, plural forms, right-to-left layout, no string left in English,
and .ts files that lupdate finds complete."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QApplication, QComboBox, QGroupBox, QLabel, QLineEdit, QListWidget, QMenu,
    QTabBar, QTableWidget, QTabWidget, QTreeWidget, QTreeWidgetItemIterator, QWidget,
)  # fmt: skip

from desktop import preferences
from desktop.gui import i18n
from tests.gui.conftest import TRANSLATIONS
from tests.gui.helpers import type_text

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def language(qapp) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    """Install a language for one test; English again afterwards."""
    yield lambda lang: i18n.install(qapp, lang)
    i18n.install(qapp, "en")


def _window(qtbot: Any, demo_path: Path | None) -> Any:
    from desktop.gui.main_window import MainWindow
    from desktop.gui.settings import open_settings
    from desktop.gui.tasks import TaskRunner

    win = MainWindow(open_settings(), TaskRunner())
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    if demo_path is not None:
        win.open_archive(demo_path)
    return win


def _menu_titles(win: Any) -> list[str]:
    return [action.text() for action in win.menuBar().actions()]


# --- choosing the language --------------------------------------------------------------------


def test_environment_then_preference_then_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(i18n.ENV_LANGUAGE, "ar")
    assert i18n.chosen_language() == "ar"
    monkeypatch.delenv(i18n.ENV_LANGUAGE)
    path = preferences.preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"language": "ru"}), encoding="utf-8")
    assert preferences.saved_language() == "ru"
    assert i18n.chosen_language() == "ru"
    path.write_text(json.dumps({"language": "klingon"}), encoding="utf-8")
    assert preferences.saved_language() == ""  # an unknown value follows the system
    system = QLocale.system().name().split("_")[0]
    assert i18n.chosen_language() == (system if system in i18n.LANGUAGES else "en")


def test_install_sets_the_default_locale_and_direction(language: Any, qapp: QApplication) -> None:
    assert language("ru") == "ru"
    assert QLocale().language() == QLocale.Language.Russian
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    language("ar")
    assert QLocale().language() == QLocale.Language.Arabic
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    language("en")
    assert QLocale().language() == QLocale.Language.English
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


# --- Russian ---------------------------------------------------------------------------------


def test_russian_menus_dialog_and_plurals(language: Any, qtbot: Any, demo_path: Path) -> None:
    from desktop.gui.dialogs.report_dialog import open_report_dialog
    from desktop.gui.wording import counted

    language("ru")
    win = _window(qtbot, demo_path)
    assert _menu_titles(win) == ["&Файл", "&Правка", "&Вид", "&Справка"]
    assert win.actions.new_event.text() == "Новое &событие"
    assert win.layoutDirection() == Qt.LayoutDirection.LeftToRight
    dialog = open_report_dialog(win.workspace, win.runner, win.settings, win)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Экспорт отчёта"
    assert dialog.section_boxes["chronology"].text() == "Хронология"
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    assert dialog.paper.currentText() == "Letter (США)" and dialog.options().paper == "Letter"  # words shown, code kept
    assert [counted("events", n) for n in (1, 2, 5, 21)] == ["1 событие", "2 события", "5 событий", "21 событие"]
    tabs = win.workbench.list_pane.tab_bar
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["События", "Источники", "Участники", "Места"]
    dialog.close()
    win.close()


def test_qt_standard_buttons_come_from_qtbase_translations(language: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    language("ru")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Отмена"


# --- Arabic ----------------------------------------------------------------------------------


def test_arabic_menus_plurals_and_right_to_left(language: Any, qtbot: Any, demo_path: Path) -> None:
    from desktop.gui.wording import counted

    language("ar")
    win = _window(qtbot, demo_path)
    assert _menu_titles(win) == ["&ملف", "&تحرير", "&عرض", "م&ساعدة"]
    assert win.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert [counted("events", n) for n in (0, 1, 2, 3, 11, 100)] == [
        "0 حدث", "حدث واحد", "حدثان", "3 أحداث", "11 حدثًا", "100 حدث",
    ]  # fmt: skip
    bench = win.workbench
    assert bench.list_pane.views["event"].layoutDirection() == Qt.LayoutDirection.RightToLeft
    list_x = bench.list_pane.mapTo(win, bench.list_pane.rect().center()).x()
    detail_x = bench.detail_pane.mapTo(win, bench.detail_pane.rect().center()).x()
    assert list_x > detail_x  # the splitter's order mirrors: the list is on the right
    win.close()


def test_arabic_timeline_reads_right_to_left(language: Any, qtbot: Any, demo_path: Path) -> None:
    language("ar")
    win = _window(qtbot, demo_path)
    view = win.workbench.timeline_pane.view
    qtbot.waitUntil(lambda: view.event_rect(view._data.ids[0]) is not None if len(view._data.ids) else False, timeout=5000)
    plot = view.plot_rect()
    assert view.day_to_x(737000) > view.day_to_x(737100)  # later days further left
    assert plot.right() < view.width() - 20  # lane labels in a gutter on the right
    for event_id in view._data.ids[:5]:
        rect = view.event_rect(event_id)
        if rect is not None:
            assert view.event_at(rect.center()) == event_id  # hit testing in widget x
    day = view.x_to_day(plot.center().x())
    assert abs(view.day_to_x(day) - plot.center().x()) < 1e-6
    lo, hi = view.visible_range()
    view.pan_by_pixels(50)  # content moves right: later days come into view
    assert view.visible_range()[0] > lo
    view.set_visible_range(lo, hi)
    event_id = view._data.ids[0]
    ten_days = view.day_to_x(737000) - view.day_to_x(737010)  # pixels, leftwards
    with qtbot.waitSignal(view.sig_event_moved) as moved:
        view.finish_move(event_id, -ten_days)  # dragged left: ten days later
    assert moved.args == [event_id, 10]
    win.close()


def test_arabic_tag_chips_flow_from_the_right(language: Any, qtbot: Any, demo_path: Path) -> None:
    language("ar")
    win = _window(qtbot, demo_path)
    pane = win.workbench.list_pane
    pane.select_record("event", pane.models["event"].uids_at([2])[0])
    qtbot.wait(50)
    chips = win.workbench.detail_pane.forms["event"].tags._chip_widgets
    xs = [chip.mapTo(win, chip.rect().topLeft()).x() for chip in chips]
    assert len(xs) >= 2 and xs[0] > xs[1]  # the first tag is the rightmost
    win.close()


# --- no string left in English ---------------------------------------------------------------

ALLOWED = re.compile(r"^[\s\d\W]*((Casefile|SHA-256|SHA-512|PDF|pdf|A4|JSON|json|CSV|csv|TimelineJS|EDTF|BCP|ISO|UTC|"
                     r"URL|https?|DOI|ISBN|ISSN|OK|TLP|CLEAR|GREEN|AMBER|STRICT|RED|Ctrl|Enter|Home|Tab|"
                     r"utf-8|utf-16|iso-8859-\d+|koi8-r|windows-125\d|cp125\d|latin-1|B2|B3|Wayback|Machine|"
                     r"[A-F]\d?|e\.g|Shift|Alt|Del|Esc|Ins|Backspace|PgUp|PgDown|F\d{1,2}|(?<=\+)[A-Z]|English)[\s\d\W]*)*$")  # fmt: skip
"""Names and codes that read the same in every language (brands, formats, encodings, TLP
markings, grades, key names; "English" as the language pickers name it, each language in itself)."""
@pytest.mark.parametrize("lang", ["ru", "ar"])
def test_refused_undo_and_server_archives_are_named_in_the_language(lang: str, language: Any) -> None:
    """Texts the walk does not open: a refused undo or redo (its window takes the message as
    made) and a server archive in the recent lists."""
    from db.errors import EditConflict
    from db.location import ServerLocation
    from desktop.gui.settings import label_of
    from desktop.gui.workspace import refusal_message

    language(lang)
    conflict = EditConflict("event", "u1", {"title": ("a", "b")}, 1, 2, "bob", "2026-12-04T10:00:00Z", undo=True)
    event = {"ru": "событие", "ar": "حدث"}[lang]
    for back in (True, False):
        message = refusal_message(conflict, back)
        assert "bob" in message and event in message and "2026-12-04 10:00:00 UTC" in message
        assert not re.search(r"Cannot|undo|redo|changed", message), message
    label = label_of(ServerLocation.of("db.example.org", 5433, "casefile", "alice"))
    assert label.startswith("casefile — alice@db.example.org:5433") and "server" not in label, label


def _widget_strings(root: QWidget) -> set[str]:
    found: set[str] = set()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        found.add(widget.toolTip())
        if widget.isWindow():
            found.add(widget.windowTitle())
        if isinstance(widget, QLabel):
            found.add(widget.text())
            if "<" in widget.text():  # rich text: each run between tags too, so that an English
                found.update(part.strip() for part in re.split(r"<[^>]*>", widget.text()))  # sentence shows beside a translated link
        elif isinstance(widget, QAbstractButton):
            found.add(widget.text())
        elif isinstance(widget, QLineEdit):
            found.add(widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            found.add(widget.title())
        elif isinstance(widget, QTabBar):
            found.update(widget.tabText(i) for i in range(widget.count()))
            found.update(widget.tabToolTip(i) for i in range(widget.count()))
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                found.add(widget.itemText(i))
                found.add(str(widget.itemData(i, Qt.ItemDataRole.ToolTipRole) or ""))
        elif isinstance(widget, QListWidget):
            for i in range(widget.count()):
                found.update((widget.item(i).text(), widget.item(i).toolTip()))
        elif isinstance(widget, QTreeWidget):  # every level, not only the top one (shortcuts by menu)
            found.update(widget.headerItem().text(c) for c in range(widget.columnCount()))
            items = QTreeWidgetItemIterator(widget)
            while items.value() is not None:
                item = items.value()
                found.update(text for c in range(widget.columnCount()) for text in (item.text(c), item.toolTip(c)))
                items += 1
        elif isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(column)
                found.add(header.text() if header is not None else "")
                for row in range(min(widget.rowCount(), 40)):
                    item = widget.item(row, column)
                    found.update((item.text(), item.toolTip()) if item is not None else ())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model, root_index = widget.model(), QModelIndex()
            columns = model.columnCount(root_index)
            found.update(str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns))
            for row in range(min(model.rowCount(root_index), 40)):
                for column in range(columns):
                    index = model.index(row, column)
                    found.add(str(model.data(index) or ""))
                    found.add(str(model.data(index, Qt.ItemDataRole.ToolTipRole) or ""))
    return found


def _action_strings(actions: list[QAction]) -> set[str]:
    found: set[str] = set()
    for action in actions:
        found.update((action.text(), action.toolTip(), action.statusTip()))
        if action.menu() is not None:
            menu = action.menu()
            assert isinstance(menu, QMenu)
            menu.aboutToShow.emit()  # menus filled on demand (Open Recent)
            found.update((menu.title(), *_action_strings(menu.actions())))
    return found


def _everything_shown(qtbot: Any, demo_path: Path, tmp_path: Path) -> tuple[set[str], set[str]]:
    """Every string the main window, its menus, each record form and each dialog shows; and
    the archive's own data (titles, names, tags ...) that is shown as typed."""
    from desktop.gui.dialogs.backups_dialog import open_backups_dialog
    from desktop.gui.dialogs.conflicts_dialog import open_conflicts_dialog
    from desktop.gui.dialogs.connect_server import ConnectServerDialog
    from desktop.gui.dialogs.csv_mapping_dialog import CsvMappingDialog
    from desktop.gui.dialogs.guide_window import GuideWindow
    from desktop.gui.dialogs.passphrase import PassphraseDialog
    from desktop.gui.dialogs.preferences import PreferencesDialog
    from desktop.gui.dialogs.purge_dialog import purge_message
    from desktop.gui.dialogs.report_dialog import open_report_dialog
    from desktop.gui.dialogs.shortcuts_dialog import ShortcutsDialog
    from desktop.gui.dialogs.timeline_export import open_timeline_dialog
    from desktop.gui.dialogs.welcome import WelcomeDialog
    from desktop.gui.wording import one_record

    win = _window(qtbot, None)
    shown = _widget_strings(win)  # the start page
    assert win.new_archive(demo_path.with_name("empty.casefile"))
    for table in ("event", "source", "actor", "place"):  # what an empty list says
        win.workbench.list_pane.select_record(table, "none")
        qtbot.waitUntil(win.workbench.list_pane.empty_hints[table].isVisible)
        shown |= _widget_strings(win)
    win.open_archive(demo_path)
    bench, ws = win.workbench, win.workspace
    search = bench.list_pane.search_edit
    search.setText("zzzqqqnothing")  # what a list says when nothing matches
    for table in ("event", "source", "actor", "place"):
        bench.list_pane.select_record(table, "none")
        qtbot.waitUntil(bench.list_pane.empty_hints[table].isVisible, timeout=5000)
        shown |= _widget_strings(win)
    bench.list_pane.clear_search_and_filter()
    shown |= _action_strings(win.menuBar().actions()) | _action_strings(win.actions.toolbar.actions())
    for index, table in enumerate(("event", "source", "actor", "place")):
        bench.list_pane.tab_bar.setCurrentIndex(index)
        uid = bench.list_pane.models[table].uids_at([0])[0]
        bench.list_pane.select_record(table, uid)
        qtbot.wait(50)
        shown |= _widget_strings(win)
        menu = win.actions._record_menu(table, uid, QPoint(0, 0))  # the right-click menu
        shown |= _action_strings(menu.actions())
        menu.close()
    form = bench.detail_pane.forms["event"]
    bench.list_pane.tab_bar.setCurrentIndex(0)
    bench.list_pane.select_record("event", bench.list_pane.models["event"].uids_at([3])[0])
    for section in (form.figures, form.involvements, form.citations, form.relations):
        section.add_button.click()
        shown |= _widget_strings(section.dialog)
        section.dialog.reject()
    shown |= _conflict_box_strings(qtbot, win)
    csv = tmp_path / "events.csv"
    csv.write_text("title,date,place\nVigil,2017-04-20,Paris\n", encoding="utf-8")
    dialogs = [
        open_report_dialog(ws, win.runner, win.settings, win),
        open_timeline_dialog(ws, win.runner, win.settings, win),
        open_backups_dialog(lambda: ws, win.close_archive, win.open_archive, win.runner, win),
        open_conflicts_dialog(ws, win),
        purge_message(win, one_record("event", "Vigil"), 2),
        PassphraseDialog(win, win.runner, "", "", lambda key, progress: None, new=True),
        CsvMappingDialog(csv, win.runner, win.settings, win),
        PreferencesDialog(win, first_run=True),
        PreferencesDialog(win),
        WelcomeDialog(win, {name: lambda: None for name in ("demo", "new", "open")}),
        ShortcutsDialog(win),
        GuideWindow(win),
        ConnectServerDialog(win),
    ]
    for dialog in dialogs:
        dialog.show()
        qtbot.wait(50)
        shown |= _widget_strings(dialog)
        for tabs in dialog.findChildren(QTabWidget):  # each tab's page (Preferences)
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                qtbot.wait(20)
                shown |= _widget_strings(dialog)
        dialog.close()
    data: set[str] = {"casefile.example.org", "casefile", "Bob 2", "Vigil", "Paris", "events.csv", "empty.casefile", "empty", "title", "date", "place", "2017-04-20", demo_path.name, str(demo_path.parent)}
    for rows in ws.dump().values():
        for record in rows.values():
            for value in record.values():
                if isinstance(value, str):
                    data.add(value)
                    data.update(part.strip() for part in value.split(";"))
                elif isinstance(value, list):
                    data.update(str(v) for v in value)
    win.close()
    return shown, data


def _conflict_box_strings(qtbot: Any, win: Any) -> set[str]:
    """What a field's conflict box says: the user types in the shown event's title while the
    record is saved from elsewhere first (the window holds the archive's lock, so the other
    save goes through its own workspace; tests/gui/test_edit_conflicts.py has two users)."""
    from desktop.gui.commands import UpdateRecordCommand

    ws, form = win.workspace, win.workbench.detail_pane.forms["event"]
    form.title.line.setFocus()
    qtbot.keyClicks(form.title.line, " 2", delay=-1)  # typing, not yet saved
    ws.execute(UpdateRecordCommand(ws, "event", form.uid, {"title": "Bob 2"}))
    form.title.commit()
    box = form.title.conflict
    qtbot.waitUntil(box.isVisible)
    shown = _widget_strings(win)
    assert box.headline.text() in shown and box.keep_button.text() in shown
    box.take_button.click()
    assert not box.isVisible()
    assert ws.undo() is None  # the other save undone: the archive's data as the walk knows it
    return shown


def _left_in_english(english: set[str], translated: set[str], data: set[str]) -> list[str]:
    same = {text for text in english & translated if re.search(r"[A-Za-z]{2}", text)}
    pieces = sorted((d for d in data if len(d) > 1), key=len, reverse=True)
    left = []
    for text in same:
        rest = text
        for piece in pieces:  # what is left once the archive's own data is taken out
            if piece in rest:
                rest = rest.replace(piece, " ")
            elif piece.capitalize() in rest:
                rest = rest.replace(piece.capitalize(), " ")
        rest = re.sub(r"\(¶ \d+\)|\d+(\.\d+)? (KB|MB|GB)|[\d/.?~-]{4,}", " ", rest)  # locators, sizes, EDTF dates
        if re.search(r"[A-Za-z]{2}", rest) and not ALLOWED.match(rest) and not ALLOWED.match(text):
            left.append(text)
    return sorted(left)


@pytest.mark.parametrize("lang", ["ru", "ar"])
def test_no_visible_string_is_left_in_english(lang: str, language: Any, qtbot: Any, demo_template: Path,
                                              tmp_path: Path) -> None:  # fmt: skip
    def copy(name: str) -> Path:
        path = tmp_path / name / "demo.casefile"
        path.parent.mkdir()
        shutil.copy(demo_template, path)
        return path

    language("en")
    english, data = _everything_shown(qtbot, copy("en"), tmp_path)
    language(lang)
    translated, _ = _everything_shown(qtbot, copy(lang), tmp_path)
    assert len(english) > 300  # the walk really saw the interface
    left = _left_in_english(english, translated, data)
    assert left == [], "\n".join(left)


# --- the .ts files -------------------------------------------------------------------------


def test_lupdate_finds_every_string_translated(tmp_path: Path) -> None:
    """lupdate over desktop/gui into copies of the .ts files: nothing new (unfinished), and
    nothing the sources no longer have (vanished/obsolete)."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (REPO / "desktop" / "gui").rglob("*.py"))
    for lang in ("ru", "ar", "en"):
        copy = tmp_path / f"casefile_{lang}.ts"
        shutil.copy(TRANSLATIONS / f"casefile_{lang}.ts", copy)
        extra = ["-pluralonly"] if lang == "en" else []
        subprocess.run([str(lupdate), "-silent", "-locations", "none", *extra, *sources, "-ts", str(copy)], check=True)
        root = ET.parse(copy).getroot()
        states = [m.find("translation").get("type") for m in root.iter("message")]  # type: ignore[union-attr]
        assert states and all(state is None for state in states), (lang, sorted({s for s in states if s}))
        if lang != "en":
            numerus = [m for m in root.iter("message") if m.get("numerus") == "yes"]
            forms = {len(m.findall("translation/numerusform")) for m in numerus}
            assert forms == {3 if lang == "ru" else 6}


# --- the guide names the menus as they read ---------------------------------------------------

GUIDE_SEPARATOR = {"en": "▸", "ru": "▸", "ar": "◂"}
"""The arrow between a menu and its item; Arabic points leftwards, the way it reads."""


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _menu_tree(actions: list[QAction]) -> dict[str, dict[str, Any]]:
    """Menu text → what it holds (items of a menu, nothing for a command), & left out."""
    tree: dict[str, dict[str, Any]] = {}
    for action in actions:
        if action.isSeparator() or not action.text():
            continue
        menu = action.menu()
        if isinstance(menu, QMenu):
            menu.aboutToShow.emit()
        tree[_plain(action.text())] = _menu_tree(menu.actions()) if isinstance(menu, QMenu) else {}
    return tree


def _guide_paths(text: str, tree: dict[str, dict[str, Any]], sep: str, with_tabs: str) -> tuple[list[str], list[str]]:
    """The "Menu ▸ Item [▸ Tab]" paths a guide page names, and those the menus do not have
    (with the words around them). A path ends at a command (or ``with_tabs``, a command whose
    dialog has tabs), not at a menu: "File ▸ Export report" is not File ▸ Export."""
    found: list[str] = []
    wrong: list[str] = []
    at = text.find(f" {sep} ")
    while at >= 0:
        before = text[:at]
        level = next((tree[name] for name in sorted(tree, key=len, reverse=True) if before.endswith(name)), None)
        path = next((name for name in sorted(tree, key=len, reverse=True) if before.endswith(name)), "")
        end = at
        while level is not None and text.startswith(f" {sep} ", end):
            end += len(f" {sep} ")
            name = next((n for n in sorted(level, key=len, reverse=True) if text.startswith(n, end)), None)
            if name is None:
                level = None
                break
            path, level, end = f"{path} {sep} {name}", level[name], end + len(name)
        if level is None or (level and not path.endswith(with_tabs)):
            wrong.append(text[max(0, at - 30):at + 50])
        else:
            found.append(path)
        at = text.find(f" {sep} ", max(end, at + 1))
    return found, wrong


@pytest.mark.parametrize("lang", ["en", "ru", "ar"])
def test_the_guide_names_menus_and_commands_as_the_menus_read(lang: str, language: Any, qtbot: Any) -> None:
    """A reader follows the guide by what the menus say: every "File ▸ Import…" it quotes is a
    menu and an item of it (and "Edit ▸ Preferences… ▸ Reports" a tab of Preferences)."""
    from desktop.gui.dialogs.preferences import PreferencesDialog

    language(lang)
    win = _window(qtbot, None)
    tree = _menu_tree(win.menuBar().actions())
    preferences_dialog = PreferencesDialog(win)
    tabs = preferences_dialog.findChild(QTabWidget)
    assert tabs is not None
    edit = next(name for name, items in tree.items() if _plain(win.actions.preferences.text()) in items)
    tree[edit][_plain(win.actions.preferences.text())] = {tabs.tabText(i): {} for i in range(tabs.count())}
    found: list[str] = []
    wrong: list[str] = []
    for page in sorted((REPO / "resources" / "guide" / lang).glob("*.html")):
        text = re.sub(r"<[^>]*>", "", page.read_text(encoding="utf-8"))
        text = " ".join(re.sub("[\u2066-\u2069\u200e\u200f]", "", text).split())
        page_found, page_wrong = _guide_paths(text, tree, GUIDE_SEPARATOR[lang], _plain(win.actions.preferences.text()))
        found += page_found
        wrong += [f"{page.name}: …{snippet}…" for snippet in page_wrong]
    preferences_dialog.close()
    win.close()
    assert wrong == [], "\n".join(wrong)
    assert len(found) >= 15 and any(path.count(GUIDE_SEPARATOR[lang]) == 2 for path in found)  # the pages were read


def test_an_edit_in_the_form_is_named_in_the_interface_language(language: Any, qtbot: Any, demo_path: Path) -> None:
    """Edit ▸ Undo names the field as the form's caption does ("Изменить: дата"), never by its
    English key ("date"), a check box by its own words ("Disputed")."""
    language("ru")
    win = _window(qtbot, demo_path)
    ws = win.workspace
    uid = win.workbench.list_pane.event_model.uid_at(0)
    win.workbench.detail_pane.show_record("event", uid)
    form = win.workbench.detail_pane.form
    date = form.fields["date_text"].line
    date.setFocus()
    date.selectAll()
    type_text(date, "апрель 2017")  # typed as a keyboard would (QTest's keyClicks is ASCII only)
    qtbot.keyClick(date, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ws.record("event", uid)["date_text"] == "2017-04")
    assert ws.undo_stack.undoText() == "Изменить: дата"
    qtbot.mouseClick(form.fields["disputed"].editor, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.undo_stack.undoText() != "Изменить: дата")
    assert ws.undo_stack.undoText().startswith("Изменить: ") and not re.search(r"[A-Za-z]", ws.undo_stack.undoText())
    ws.undo_stack.clear()


def test_the_application_starts_in_the_chosen_language(qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """What `casefile` runs (desktop.gui.app) installs the language before any window is
    made: the translators, the default locale and, for Arabic, right to left."""
    from PySide6.QtCore import QCoreApplication

    from desktop.gui.app import make_application

    try:
        monkeypatch.setenv("CASEFILE_LANGUAGE", "ar")
        app = make_application()
        assert app is qapp and app.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert QLocale().language() == QLocale.Language.Arabic
        assert QCoreApplication.translate("Actions", "&File") != "&File"
        monkeypatch.setenv("CASEFILE_LANGUAGE", "ru")
        make_application()
        assert QCoreApplication.translate("Actions", "&File") == "&Файл"
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        i18n.install(qapp, "en")
