"""Helpers for reading report PDFs in tests: page text, outline, metadata, text in PDF form."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader


DOSSIER_SECTIONS = ["Cover", "Contents", "Executive summary", "Key findings", "Method",
                    "Chronology", "Timeline", "Events in detail", "Annex A — Actors",
                    "Annex B — Sources", "Annex C — Integrity"]
"""The dossier's top-level sections (its outline), in print order."""


@dataclass
class Pdf:
    data: bytes
    reader: PdfReader = field(init=False)
    pages: list[str] = field(init=False)

    def __post_init__(self) -> None:
        self.reader = PdfReader(io.BytesIO(self.data))
        self.pages = [p.extract_text() or "" for p in self.reader.pages]

    @property
    def text(self) -> str:
        return "\n".join(self.pages)

    @property
    def flat(self) -> str:
        """All text without whitespace (wrapping cannot split a needle), Arabic presentation
        forms folded to plain letters (NFKC)."""
        return nospace(unicodedata.normalize("NFKC", self.text))

    def body_flat(self, running_head: str) -> str:
        """:attr:`flat` without the page furniture (header, footer)."""
        flat = self.flat.replace(nospace(running_head), "")
        tlp = r"TLP:(?:CLEAR|GREEN|AMBER\+STRICT|AMBER|RED)"
        furniture = rf"{tlp}|Page\d+of\d+|ReportID[0-9A-F-]{{14}}"
        return re.sub(furniture, "", flat)

    def outline(self) -> list[tuple[int, str]]:
        """(level, title) of every outline entry, depth first."""
        found: list[tuple[int, str]] = []

        def walk(items: list, level: int) -> None:  # type: ignore[type-arg]
            for item in items:
                if isinstance(item, list):
                    walk(item, level + 1)
                else:
                    found.append((level, str(item.title)))

        walk(self.reader.outline, 0)
        return found

    def outline_pages(self) -> list[tuple[int, str, int]]:
        """(level, title, 0-based page index) of every outline entry, depth first."""
        found: list[tuple[int, str, int]] = []

        def walk(items: list, level: int) -> None:  # type: ignore[type-arg]
            for item in items:
                if isinstance(item, list):
                    walk(item, level + 1)
                else:
                    page = self.reader.get_destination_page_number(item)
                    found.append((level, str(item.title), page))

        walk(self.reader.outline, 0)
        return found

    def metadata(self) -> dict[str, str]:
        meta = self.reader.metadata or {}
        return {str(k): str(v) for k, v in meta.items()}

    def contains(self, needle: str) -> bool:
        """Whether ``needle`` is printed. pypdf returns right-to-left runs in logical order,
        so both sides are compared as plain letters without whitespace."""
        return nospace(unicodedata.normalize("NFKC", needle)) in self.flat


def nospace(text: str) -> str:
    return re.sub(r"\s+", "", text)


def logical_words(word: str) -> str:
    """An extracted right-to-left word back in logical order with plain letters."""
    return unicodedata.normalize("NFKC", word[::-1])


def bbox_words(pdf_path: Path, page: int) -> list[tuple[float, float, str]]:
    """(xMin, yMin, text) of each word on a page, from ``pdftotext -bbox``."""
    if shutil.which("pdftotext") is None:
        raise FileNotFoundError("pdftotext")
    html = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-bbox", str(pdf_path), "-"],
        capture_output=True, text=True, check=True,
    ).stdout
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">(.*?)</word>'
    return [(float(x), float(y), w) for x, y, w in re.findall(pattern, html)]


def pdftotext_pages(pdf_path: Path) -> list[str]:
    """Each page's text as poppler's ``pdftotext`` reads it (a reader other than pypdf)."""
    if shutil.which("pdftotext") is None:
        raise FileNotFoundError("pdftotext")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf_path), "-"],
                          capture_output=True, text=True, check=True).stdout
    return text.split("\f")[:-1]  # every page ends with a form feed
