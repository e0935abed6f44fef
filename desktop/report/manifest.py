"""The machine-readable manifest a brief carries, so ``casefile verify-brief`` can tell what
changed in the archive since it was printed.

It sits in the PDF's document information dictionary under ``/CasefileManifest``: JSON,
zlib-compressed, base64 (only ``A-Z a-z 0-9 + / =``, so it needs no PDF string escaping and
:func:`read` finds it with a plain byte search, without a PDF library). It holds the report
id, the archive uid, the log head and count, each event's uid and content digest, and the
SHA-256 of every cited attachment — no text of any record, no notes, no author.
"""

from __future__ import annotations

import base64
import json
import re
import zlib
from pathlib import Path
from typing import Any

from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFInfo, PDFString

KEY = "CasefileManifest"
FORMAT = 1
_PATTERN = re.compile(rb"/" + KEY.encode() + rb"\s*\(([A-Za-z0-9+/=]*)\)")


def build(report_id: str, data: Any) -> dict[str, Any]:
    """The manifest of a report built from ``data`` (:class:`db.report_data.ReportData`)."""
    printed = {e.uid for e in data.events}
    attachments = sorted({a.sha256 for s in data.sources for a in s.attachments})
    return {
        "format": FORMAT,
        "report_id": report_id,
        "archive_uid": data.archive_uid,
        "log_count": data.log_count,
        "log_head": data.log_head,
        "events": [[uid, digest] for uid, digest in data.event_digests if uid in printed],
        "attachments": attachments,
    }


def encode(manifest: dict[str, Any]) -> str:
    text = json.dumps(manifest, sort_keys=True, separators=(",", ":"))
    return base64.b64encode(zlib.compress(text.encode("utf-8"), 9)).decode("ascii")


def decode(blob: str | bytes) -> dict[str, Any]:
    return json.loads(zlib.decompress(base64.b64decode(blob)).decode("utf-8"))


class ManifestInfo(PDFInfo):
    """reportlab's document info with one more entry (the manifest)."""

    manifest = ""

    def format(self, document: Any) -> bytes:
        plain = PDFInfo.format(self, document)
        if not self.manifest:
            return plain
        entry = PDFDictionary({KEY: PDFString(self.manifest)}).format(document)
        # both are "<< ... >>": splice the manifest entry in before the closing brackets
        return plain.rstrip()[:-2] + entry.strip()[2:]


def install(canvas: Any, manifest: dict[str, Any]) -> None:
    """Put ``manifest`` into the document info of the canvas's PDF (before it is saved)."""
    doc = canvas._doc
    info = ManifestInfo()
    info.__dict__.update(doc.info.__dict__)
    info.manifest = encode(manifest)
    doc.info = info


class NoManifest(ValueError):
    """The PDF carries no Casefile manifest (not a Casefile brief, or an older one)."""


def read(path: Path) -> dict[str, Any]:
    """The manifest of the PDF at ``path``; the last one if an editor appended updates."""
    matches = _PATTERN.findall(Path(path).read_bytes())
    if not matches:
        raise NoManifest(f"{path.name} carries no Casefile manifest (not a brief Casefile printed, or printed by an older version).")
    try:
        return decode(matches[-1])
    except (ValueError, zlib.error) as error:
        raise NoManifest(f"{path.name}: its Casefile manifest is damaged ({error}).") from None
