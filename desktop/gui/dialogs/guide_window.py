"""Help ▸ User Guide: the bundled offline guide (resources/guide/<language>/*.html) in a
QTextBrowser window — no web engine, no network; links between its pages work, anything
pointing outside the guide folder is refused. GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

import resources

GUIDE_LANGUAGES = ("en", "ru", "ar")
RIGHT_TO_LEFT = {"ar"}


def guide_language(locale: QLocale | None = None) -> str:
    """The guide's language for ``locale`` (the interface's: ``QLocale()`` default), else English."""
    name = (locale or QLocale()).name().split("_")[0]
    return name if name in GUIDE_LANGUAGES else "en"


def guide_page(language: str, page: str = "index") -> Path:
    """The bundled page ``page`` in ``language`` (English when that language has no such page)."""
    path = resources.path("guide", language, f"{page}.html")
    return path if path.is_file() else resources.path("guide", "en", f"{page}.html")


class GuideWindow(QDialog):
    """A small help browser: Back, Forward, Contents; opens at the guide's contents page."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("user_guide")
        self.setWindowTitle(self.tr("Casefile User Guide"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.language = language or guide_language()
        self.folder = guide_page(self.language).parent.resolve()
        self.browser = QTextBrowser(objectName="guide_browser")
        self.browser.setOpenLinks(False)  # every link goes through _on_anchor_clicked
        self.browser.setSearchPaths([str(self.folder)])
        if self.language in RIGHT_TO_LEFT:
            self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.refused = QLabel(objectName="guide_refused", wordWrap=True)
        self.refused.hide()
        self.back = QPushButton(self.tr("Back"))
        self.forward = QPushButton(self.tr("Forward"))
        self.home = QPushButton(self.tr("Contents"))
        self.back.setShortcut(QKeySequence.StandardKey.Back)
        self.forward.setShortcut(QKeySequence.StandardKey.Forward)
        self.back.clicked.connect(self.browser.backward)
        self.forward.clicked.connect(self.browser.forward)
        self.home.clicked.connect(self.browser.home)
        self.browser.backwardAvailable.connect(self.back.setEnabled)
        self.browser.forwardAvailable.connect(self.forward.setEnabled)
        self.browser.anchorClicked.connect(self._on_anchor_clicked)
        self.back.setEnabled(False)
        self.forward.setEnabled(False)
        bar = QHBoxLayout()
        for button in (self.back, self.forward, self.home):
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.refused)
        self.resize(820, 680)
        self.browser.setSource(QUrl.fromLocalFile(str(guide_page(self.language))))

    def current_page(self) -> str:
        """The file name shown now, e.g. "dates.html"."""
        return Path(self.browser.source().toLocalFile()).name

    def _on_anchor_clicked(self, url: QUrl) -> None:
        """Follow links inside the guide folder; refuse the rest (the guide works offline)."""
        target = self.browser.source().resolved(url) if url.isRelative() else url
        if target.isLocalFile() and Path(target.toLocalFile()).resolve().parent == self.folder:
            self.refused.hide()
            self.browser.setSource(target)
            return
        self.refused.setText(self.tr("Casefile does not open links outside the guide: {link}").format(link=url.toString()))
        self.refused.show()


def open_guide(parent: QWidget | None) -> GuideWindow:
    """Show the guide beside the main window (not modal: read while working)."""
    window = GuideWindow(parent)
    window.show()
    return window
