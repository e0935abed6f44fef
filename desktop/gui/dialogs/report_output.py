"""Where Export Report saves and what it says about the file: the Documents folder and a name
from the case and the day, a question before replacing a file, and a plain word when no
program can open the PDF. GUI thread."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from platformdirs import user_documents_path
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import QMessageBox, QWidget

from db.file_names import safe_file_name
from desktop.gui.status_feedback import announce

NAME_LIMIT = 120
"""Characters of the case title kept in a proposed file name."""


def documents_folder() -> Path:
    """The user's Documents folder (XDG user dirs, ``~/Documents``, …), or home when there
    is none: never the application's hidden data folder."""
    folder = user_documents_path()
    return folder if folder.is_dir() else Path.home()


def proposed_name(case_title: str, day: date) -> str:
    """ "Campaigns against the purge 2017-12-03.pdf": the case title (cut, made safe for any
    disk; slashes are not folders) and the day of the export."""
    title = re.sub(r"[/\\]+", "-", " ".join(case_title.split()))[:NAME_LIMIT].strip() or QCoreApplication.translate("ReportOutput", "Report")
    return safe_file_name(f"{title} {day.isoformat()}.pdf")


def free_path(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name (2).pdf``, ``(3)``, … when that file exists: a proposal
    never points at a file the user already has."""
    path = folder / name
    stem, suffix = path.stem, path.suffix
    number = 2
    while path.exists():
        path = folder / f"{stem} ({number}){suffix}"
        number += 1
    return path


def ask_to_replace(parent: QWidget, path: Path, on_replace: Callable[[], None]) -> QMessageBox:
    """Ask (window-modal, without blocking) whether to replace ``path``; ``on_replace`` runs
    only on "Replace". Keep is the default: Enter does not destroy a file."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("ReportOutput", "Replace the file?"),
                      QCoreApplication.translate("ReportOutput", "“%1” already exists in %2.\n\nReplace it with this report?").replace("%1", path.name).replace("%2", str(path.parent)),
                      QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("report-replace")
    replace = box.addButton(QCoreApplication.translate("ReportOutput", "Replace"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.finished.connect(lambda _result: on_replace() if box.clickedButton() is replace else None)
    box.open()
    return box


def offer_to_open(parent: QWidget, path: Path, open_url: Callable[[QUrl], bool]) -> QMessageBox:
    """ "Open it now?" (window-modal, without blocking); on Yes hand the PDF to the desktop's
    opener, and say so when nothing opened it (no PDF viewer installed) instead of silence."""
    announce(parent, QCoreApplication.translate("ReportOutput", "Report saved as %1.").replace("%1", path.name))
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("ReportOutput", "Report written"),
                      QCoreApplication.translate("ReportOutput", "The report was saved as\n%1\n\nOpen it now?").replace("%1", str(path)),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setObjectName("report-open")

    def answered(_result: int) -> None:
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
            if not open_url(QUrl.fromLocalFile(str(path))):
                _no_viewer(parent, path)

    box.finished.connect(answered)
    box.open()
    return box


def _no_viewer(parent: QWidget, path: Path) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("ReportOutput", "Cannot open the report"),
                      QCoreApplication.translate("ReportOutput", "No program to open PDF files was found on this computer.\n\nThe report is saved as\n%1\n\nInstall a PDF viewer to open it.").replace("%1", str(path)),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("report-no-viewer")
    box.open()
    return box
