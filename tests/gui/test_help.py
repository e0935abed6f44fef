"""Help that ships with the program: the offline user guide in three languages, the shortcut
list read from the window's actions, tooltips on the toolbar and the form fields, and empty
lists that say how to add the first record."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel

import resources
from desktop.gui.dialogs.guide_window import GUIDE_LANGUAGES, GuideWindow, guide_language, guide_page
from desktop.gui.dialogs.shortcuts_dialog import ShortcutsDialog, collect, plain
from desktop.gui.panes.detail import field_tips

ROOT = Path(__file__).resolve().parents[2]
PAGES = ("index", "workflow", "grading", "dates", "reports", "safety", "shortcuts")


# --- the guide ------------------------------------------------------------------------------


def test_every_page_exists_in_every_language_and_links_only_within_the_guide() -> None:
    for language in GUIDE_LANGUAGES:
        for page in PAGES:
            path = resources.path("guide", language, f"{page}.html")
            html = path.read_text(encoding="utf-8")
            assert f'<html lang="{language}"' in html
            if language == "ar":  # every Latin or number run is a left-to-right isolate ("2017-04" not shown as "04-2017")
                assert "\u20662017-04\u2069" in html or page != "dates"
            assert ('dir="rtl"' in html) == (language == "ar")
            for link in re.findall(r'href="([^"]+)"', html):
                assert "://" not in link and (path.parent / link.split("#")[0]).is_file(), (path, link)
    english = resources.path("guide", "en", "dates.html").read_text(encoding="utf-8")
    russian = resources.path("guide", "ru", "dates.html").read_text(encoding="utf-8")
    arabic = resources.path("guide", "ar", "dates.html").read_text(encoding="utf-8")
    assert "Uncertain dates" in english and "Неточные даты" in russian and "التواريخ غير المؤكدة" in arabic
    assert len(russian) > 0.9 * len(english) and len(arabic) > 0.8 * len(english)  # full translations, not stubs


def test_the_guide_covers_the_real_scales() -> None:
    from db.field_labels import CREDIBILITY, RELIABILITY
    from db.models import STATUSES, TLP_LABELS

    grading = resources.path("guide", "en", "grading.html").read_text(encoding="utf-8")
    for grade, words in [*RELIABILITY.items(), *CREDIBILITY.items()]:
        assert f"<td>{grade}</td><td>{words}</td>" in grading
    for status in STATUSES:
        assert f"<td>{status}</td>" in grading
    reports = resources.path("guide", "en", "reports.html").read_text(encoding="utf-8")
    assert all(f"TLP:{label}" in reports for label in TLP_LABELS)


def test_the_guide_is_package_data_and_in_the_bundle() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["resources"]
    found = {p.relative_to(ROOT / "resources").as_posix() for pattern in patterns for p in (ROOT / "resources").glob(pattern) if p.is_file()}
    assert {f"guide/{language}/{page}.html" for language in GUIDE_LANGUAGES for page in PAGES} <= found
    assert '"resources" / "guide"' in (ROOT / "packaging" / "casefile.spec").read_text(encoding="utf-8")
    assert guide_page("en") == resources.path("guide", "en", "index.html") and guide_page("en").is_file()


@pytest.mark.parametrize(("locale", "language"), [("ru_RU", "ru"), ("ar_EG", "ar"), ("en_GB", "en"), ("de_DE", "en"), ("C", "en")])
def test_the_guide_opens_in_the_interface_language_else_english(locale: str, language: str) -> None:
    assert guide_language(QLocale(locale)) == language


def test_links_between_pages_work_and_outside_links_are_refused(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = GuideWindow(language="en")
    qtbot.addWidget(window)
    window.show()
    assert window.current_page() == "index.html" and "Casefile User Guide" in window.browser.toPlainText()
    window.browser.anchorClicked.emit(QUrl("dates.html"))
    assert window.current_page() == "dates.html" and "c. 2017" in window.browser.toPlainText()
    assert window.back.isEnabled()
    qtbot.mouseClick(window.back, Qt.MouseButton.LeftButton)
    assert window.current_page() == "index.html" and window.forward.isEnabled()
    window.browser.anchorClicked.emit(QUrl("https://example.org/"))
    assert window.current_page() == "index.html" and not window.refused.isHidden()
    window.browser.anchorClicked.emit(QUrl.fromLocalFile("/etc/passwd"))
    assert window.current_page() == "index.html"


def test_the_arabic_guide_reads_right_to_left(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = GuideWindow(language="ar")
    qtbot.addWidget(window)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "دليل مستخدم \u2066Casefile\u2069" in window.browser.toPlainText()  # Latin runs isolated: dates keep their order
    block = window.browser.document().firstBlock()
    assert block.textDirection() == Qt.LayoutDirection.RightToLeft


def test_help_menu_opens_the_guide_and_the_shortcuts(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    actions = demo_window.actions
    assert actions.user_guide.shortcut().matches(actions.user_guide.shortcut()) and not actions.user_guide.shortcut().isEmpty()
    actions.user_guide.trigger()
    guide = demo_window.findChild(GuideWindow, "user_guide")
    assert guide is not None and guide.isVisible() and not guide.isModal()
    actions.shortcuts.trigger()
    shortcuts = demo_window.findChild(ShortcutsDialog, "shortcuts")
    assert shortcuts is not None and shortcuts.isVisible()


# --- shortcuts ------------------------------------------------------------------------------


def test_the_shortcut_list_is_every_action_with_keys_grouped_by_menu(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    dialog = ShortcutsDialog(demo_window)
    qtbot.addWidget(dialog)
    listed = {(s.action, s.keys) for s in dialog.shortcuts}
    expected = {(plain(a.text()), a.shortcut().toString(a.shortcut().SequenceFormat.NativeText))
                for a in demo_window.findChildren(QAction) if not a.shortcut().isEmpty() and len(a.shortcuts()) == 1}
    assert expected <= listed
    groups = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert groups[:4] == ["File", "Edit", "View", "Help"]
    by_action = {s.action: s for s in dialog.shortcuts}
    assert by_action["New Event"].group == "Edit" and by_action["Export Report…"].keys == "Ctrl+Shift+E"
    assert by_action["Keyboard Shortcuts"].group == "Help" and by_action["Preferences…"].keys == "Ctrl+,"
    new = QAction("Brand-new action", demo_window)  # a new action shows up without touching the dialog
    new.setShortcut("Ctrl+Alt+B")
    demo_window.actions.view_menu.addAction(new)
    assert ("View", "Brand-new action", "Ctrl+Alt+B") in {(s.group, s.action, s.keys) for s in collect(demo_window)}
    qtbot.keyClicks(dialog.search, "report")
    assert dialog.visible_actions() == ["Export Report…"]
    dialog.search.setText("ctrl+shift+s")
    assert dialog.visible_actions() == ["New Source"]
    dialog.search.clear()
    assert len(dialog.visible_actions()) == len(dialog.shortcuts)


# --- tooltips -------------------------------------------------------------------------------


def test_every_toolbar_action_has_a_tooltip_of_its_own(demo_window) -> None:  # type: ignore[no-untyped-def]
    toolbar_actions = [a for a in demo_window.actions.toolbar.actions() if not a.isSeparator()]
    assert len(toolbar_actions) == 9
    for action in toolbar_actions:
        tip, text = action.toolTip().strip(), plain(action.text()).strip()
        assert tip and tip != text, text  # Qt's default tooltip is the text itself
        keys = action.shortcut().toString(action.shortcut().SequenceFormat.NativeText)
        assert not keys or keys in tip


@pytest.mark.parametrize("table", ["event", "source", "actor", "place"])
def test_form_fields_that_need_it_explain_themselves(qtbot, pane, workspace, table: str) -> None:  # type: ignore[no-untyped-def]
    with workspace.archive.session() as session:
        from sqlalchemy import text

        uid = session.execute(text(f"SELECT uid FROM {table} LIMIT 1")).scalar_one()
    pane.show_record(table, uid)
    form = pane.form
    explained = {key for (t, key) in field_tips._TIPS if t == table}
    assert explained <= set(form.fields), explained - set(form.fields)  # every tip names a real field
    for key in explained:
        editor = form.fields[key].editor
        assert editor.toolTip(), key
        caption = next(c for c in form.findChildren(QLabel) if c.buddy() is editor)
        assert caption.toolTip() == field_tips.tip(table, key)
    assert "title" not in explained and "name" not in explained  # self-explanatory ones stay quiet


# --- empty lists ----------------------------------------------------------------------------


def test_an_empty_archive_says_how_to_add_the_first_record(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop.gui.main_window import MainWindow
    from desktop.gui.settings import open_settings
    from desktop.gui.tasks import TaskRunner

    win = MainWindow(open_settings(), TaskRunner())
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    assert win.new_archive(tmp_path / "empty.casefile")
    pane = win.workbench.list_pane
    hint = pane.empty_hints["event"]
    qtbot.waitUntil(lambda: hint.isVisible())
    assert hint.plain_text() == "No events yet. New Event (Ctrl+N) adds the first one."
    pane.select_record("source", "none")
    qtbot.waitUntil(lambda: pane.empty_hints["source"].isVisible())
    assert pane.empty_hints["source"].plain_text().startswith("No sources yet. New Source (Ctrl+Shift+S) adds the first one")
    pane.select_record("event", "none")
    hint.linkActivated.emit("add")  # the link is the action itself
    qtbot.waitUntil(lambda: pane.event_model.rowCount() == 1)
    assert not hint.isVisible()
    win.close()


def test_a_filter_that_hides_everything_says_so_and_clears(qtbot, list_pane) -> None:  # type: ignore[no-untyped-def]
    hint = list_pane.empty_hints["event"]
    total = list_pane.event_model.total_count()
    assert total and not hint.isVisible()
    qtbot.keyClicks(list_pane.search_edit, "zzzqqqnothing")
    qtbot.waitUntil(lambda: hint.isVisible(), timeout=5000)
    assert hint.plain_text() == "No events match the search or filter. Clear the search and filter"
    hint.linkActivated.emit("clear")
    qtbot.waitUntil(lambda: list_pane.event_model.rowCount() == total)
    assert not hint.isVisible() and list_pane.search_edit.text() == ""
    list_pane.set_date_range("2099-01-01", "2099-12-31")  # the filter bar alone hides them too
    qtbot.waitUntil(lambda: hint.isVisible())
    assert list_pane.filter_bar.is_active() and hint.plain_text().startswith("No events match")
    list_pane.clear_search_and_filter()
    qtbot.waitUntil(lambda: list_pane.event_model.rowCount() == total)
    assert not list_pane.filter_bar.is_active() and not hint.isVisible()
    QApplication.processEvents()
