"""File ▸ Connect to Server…: where a team's archive lives on a PostgreSQL server.

The dialog asks for host, port, database, user and the TLS mode, never for a password:
libpq finds one in ``~/.pgpass`` or ``PGPASSWORD`` (and its other ``PG*`` variables fill
what is left empty), and only when the server still asks does :func:`ask_password` prompt,
for that one connection. The password is never written anywhere: the recent-archives list
keeps the URL without it. GUI thread.
"""

from __future__ import annotations

import html
import os

from PySide6.QtCore import QCoreApplication, Qt, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QInputDialog, QLabel, QLineEdit, QSpinBox,
    QVBoxLayout, QWidget,
)  # fmt: skip
from db.location import ServerLocation

TLS_MODES = (
    ("prefer", QT_TRANSLATE_NOOP("ConnectServer", "Prefer TLS (libpq's default)")),
    ("require", QT_TRANSLATE_NOOP("ConnectServer", "Require TLS")),
    ("verify-ca", QT_TRANSLATE_NOOP("ConnectServer", "Require TLS, check the server's certificate authority")),
    ("verify-full", QT_TRANSLATE_NOOP("ConnectServer", "Require TLS, check the certificate and the host name")),
    ("disable", QT_TRANSLATE_NOOP("ConnectServer", "No TLS (a server on this computer only)")),
)
"""The TLS modes (libpq's ``sslmode``) and their English words, translated where shown."""


def _tr(text: str) -> str:
    """Only for the :data:`TLS_MODES` constants (lupdate sees them as QT_TRANSLATE_NOOP)."""
    return QCoreApplication.translate("ConnectServer", text)


class ConnectServerDialog(QDialog):
    """Modal. :meth:`location` is the archive to open once accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connect_server_dialog")
        self.setWindowTitle(QCoreApplication.translate("ConnectServer", "Connect to Server"))
        self.setMinimumWidth(460)
        self.host = QLineEdit(os.environ.get("PGHOST", ""))
        self.host.setPlaceholderText("casefile.example.org")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(int(os.environ.get("PGPORT", "5432") or 5432))
        self.database = QLineEdit(os.environ.get("PGDATABASE", ""))
        self.database.setPlaceholderText("casefile")
        self.user = QLineEdit(os.environ.get("PGUSER", ""))
        self.user.setPlaceholderText(QCoreApplication.translate("ConnectServer", "your database user name"))
        self.tls = QComboBox()
        for mode, label in TLS_MODES:
            self.tls.addItem(_tr(label), mode)
        wanted = os.environ.get("PGSSLMODE", "prefer")
        self.tls.setCurrentIndex(max(0, self.tls.findData(wanted)))
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ConnectServer", "Host"), self.host)
        form.addRow(QCoreApplication.translate("ConnectServer", "Port"), self.port)
        form.addRow(QCoreApplication.translate("ConnectServer", "Database"), self.database)
        form.addRow(QCoreApplication.translate("ConnectServer", "User"), self.user)
        form.addRow(QCoreApplication.translate("ConnectServer", "TLS"), self.tls)
        note = QLabel(html.escape(QCoreApplication.translate("ConnectServer", "No password here: Casefile asks for it only if the server wants one and "
                                                             "~/.pgpass or PGPASSWORD does not give it, and never saves it.")))  # fmt: skip
        note.setTextFormat(Qt.TextFormat.RichText)  # Qt's plain-text wrapping misorders "~/.pgpass" in a right-to-left line
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("ConnectServer", "Connect"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for field in (self.host, self.database):
            field.textChanged.connect(self._on_field_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self._on_field_changed()

    def location(self) -> ServerLocation:
        """The archive named by the fields (no password: see the module docstring)."""
        return ServerLocation.of(
            self.host.text().strip(), self.port.value(), self.database.text().strip(), self.user.text().strip(),
            sslmode=str(self.tls.currentData()),
        )  # fmt: skip

    def _on_field_changed(self) -> None:
        ready = bool(self.host.text().strip() and self.database.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)


def ask_location(parent: QWidget | None) -> ServerLocation | None:
    dialog = ConnectServerDialog(parent)
    return dialog.location() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_password(parent: QWidget | None, location: ServerLocation, reason: str = "") -> str | None:
    """The server's password for this one connection (``None``: the user cancelled)."""
    user = location.url.username
    if user:
        prompt = QCoreApplication.translate("ConnectServer", "Password for %1 on %2:").replace("%1", user).replace("%2", location.name)
    else:
        prompt = QCoreApplication.translate("ConnectServer", "Your password on %1:").replace("%1", location.name)
    text, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("ConnectServer", "Server password"), (reason + "\n\n" if reason else "") + prompt,
        QLineEdit.EchoMode.Password,
    )  # fmt: skip
    return text if ok else None
