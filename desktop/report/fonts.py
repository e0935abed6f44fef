"""Registers the bundled DejaVu Sans faces (Latin, Cyrillic, Arabic) with reportlab."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
OBLIQUE = "DejaVuSans-Oblique"
FONT_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    OBLIQUE: "DejaVuSans-Oblique.ttf",
}


def fonts_dir() -> Path:
    """``resources/fonts`` of the source tree (editable install or frozen bundle)."""
    return Path(__file__).resolve().parents[2] / "resources" / "fonts"


@cache
def register_fonts() -> None:
    """Register the three faces and their family mapping once per process."""
    folder = fonts_dir()
    for name, file_name in FONT_FILES.items():
        path = folder / file_name
        if not path.is_file():
            raise FileNotFoundError(f"The report font {path} is missing from this installation.")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    # No bold-oblique face is bundled: bold italics print bold.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, OBLIQUE)
    addMapping(REGULAR, 1, 1, BOLD)
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=OBLIQUE, boldItalic=BOLD
    )


@cache
def _glyphs(font_name: str) -> frozenset[str]:
    register_fonts()
    font = pdfmetrics.getFont(font_name)
    return frozenset(map(chr, font.face.charToGlyph))  # type: ignore[attr-defined]


def covers(font_name: str, text: str) -> bool:
    """Whether ``font_name`` has a glyph for every non-space character of ``text``."""
    missing = set(text).difference(_glyphs(font_name))
    return all(ch.isspace() for ch in missing)
