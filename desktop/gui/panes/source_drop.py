"""Files and web addresses dropped on the Sources list become sources, as a reference
manager does it.

A local file makes a source titled after the file's name with the file attached (stored with
its SHA-256, as Attach file… does); a web address makes a source with that URL, titled with
the page title the browser sends along (``text/x-moz-url``) or the address itself. Nothing is
fetched: Casefile stays offline. All the sources of one drop are one undo step.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, QUrl
from PySide6.QtGui import QUndoCommand

from db.file_names import from_os_name
from desktop.gui.commands import AddAttachmentCommand, CompoundCommand
from desktop.gui.panes.detail.edits import new_record_command
from desktop.gui.panes.detail.labels import attachment_kind
from desktop.gui.wording import counted

if TYPE_CHECKING:
    from desktop.gui.workspace import Workspace

WEB_SCHEMES = ("http", "https")


def droppable(mime: QMimeData) -> bool:
    """Whether the drop holds a local file or a web address."""
    return any(_file(url) is not None or url.scheme() in WEB_SCHEMES for url in mime.urls()) if mime.hasUrls() else False


def make_sources(workspace: Workspace, mime: QMimeData) -> list[str]:
    """Create a source for each dropped file or address (one undo step); their uids."""
    titles = _page_titles(mime)
    commands: list[QUndoCommand] = []
    uids: list[str] = []
    for url in mime.urls():
        path = _file(url)
        if path is not None:
            name = from_os_name(path.name)  # a name that is not UTF-8 stays readable (see db.file_names)
            media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
            create, uid = new_record_command(workspace, "source", {"title": Path(name).stem or name, "kind": _source_kind(media_type)})
            attach = AddAttachmentCommand(workspace, uid, name, path.read_bytes(), {"media_type": media_type, "kind": attachment_kind(media_type)})
            commands += [create, attach]
        elif url.scheme() in WEB_SCHEMES:
            address = url.toString()
            create, uid = new_record_command(workspace, "source", {"title": titles.get(address) or address, "url": address})
            commands.append(create)
        else:
            continue
        uids.append(uid)
    if commands:
        text = QCoreApplication.translate("SourceDrop", "New source from a drop") if len(uids) == 1 else counted("new_sources_drop", len(uids))
        workspace.execute(CompoundCommand(text, commands))
    return uids


def _file(url: QUrl) -> Path | None:
    if not url.isLocalFile():
        return None
    path = Path(url.toLocalFile())
    return path if path.is_file() else None


def _page_titles(mime: QMimeData) -> dict[str, str]:
    """Page titles a browser sends with a dragged link: ``text/x-moz-url`` is UTF-16 lines of
    address, title, address, title…"""
    raw = bytes(mime.data("text/x-moz-url").data())
    if not raw:
        return {}
    try:
        lines = raw.decode("utf-16").replace("\r", "").split("\n")
    except UnicodeDecodeError:
        return {}
    return {lines[i].strip(): " ".join(lines[i + 1].split()) for i in range(0, len(lines) - 1, 2) if lines[i + 1].strip()}


def _source_kind(media_type: str) -> str:
    """A first guess the user can change: a photo or film is "photo_video", the rest "other"."""
    return "photo_video" if media_type.split("/")[0] in ("image", "video") else "other"
