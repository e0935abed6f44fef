"""Paragraph and table styles of the report, and the TLP colours."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table, TableStyle

from desktop.report.fonts import BOLD, OBLIQUE, REGULAR, register_fonts
from desktop.report.text import rtl_report

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5a5a5a")
RULE = colors.HexColor("#b8b8b8")
HEAD_BG = colors.HexColor("#2f3b4a")
ZEBRA = colors.HexColor("#f2f4f7")
ACCENT = colors.HexColor("#1f4e79")

# FIRST TLP 2.0: coloured capitals on black.
TLP_COLOURS = {
    "CLEAR": colors.HexColor("#FFFFFF"),
    "GREEN": colors.HexColor("#33FF00"),
    "AMBER": colors.HexColor("#FFC000"),
    "AMBER+STRICT": colors.HexColor("#FFC000"),
    "RED": colors.HexColor("#FF2B2B"),
}
STATUS_COLOURS = {
    "confirmed": colors.HexColor("#1f4e79"),
    "likely": colors.HexColor("#4f81bd"),
    "possible": colors.HexColor("#9bbbd9"),
    "unlikely": colors.HexColor("#c0504d"),
    "unknown": colors.HexColor("#8c8c8c"),
}


# Tables set a cell font even around paragraphs; without this they pull in Helvetica.
CELL_FONT = ("FONTNAME", (0, 0), (-1, -1), REGULAR)


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    quote: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_small: ParagraphStyle
    date_raw: ParagraphStyle
    cell_head: ParagraphStyle
    cell_right: ParagraphStyle
    toc: ParagraphStyle
    tlp_box: ParagraphStyle


def make_styles() -> Styles:
    register_fonts()
    base = ParagraphStyle(
        "body", fontName=REGULAR, fontSize=9.5, leading=13, textColor=INK, spaceAfter=5,
        splitLongWords=1, allowWidows=0,
    )
    cell = ParagraphStyle("cell", parent=base, fontSize=8, leading=10, spaceAfter=0)
    return Styles(
        title=ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=22, leading=27,
                             spaceAfter=10),
        subtitle=ParagraphStyle("subtitle", parent=base, fontSize=13, leading=17,
                                textColor=MUTED, spaceAfter=14),
        h1=ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=15, leading=19,
                          spaceBefore=4, spaceAfter=8, textColor=ACCENT),
        h2=ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=11, leading=14,
                          spaceBefore=10, spaceAfter=3, keepWithNext=1),
        h3=ParagraphStyle("h3", parent=base, fontName=BOLD, fontSize=9.5, leading=12,
                          spaceBefore=5, spaceAfter=2, keepWithNext=1),
        body=base,
        small=ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, spaceAfter=3),
        muted=ParagraphStyle("muted", parent=base, fontSize=8, leading=10.5, spaceAfter=3,
                             textColor=MUTED),
        quote=ParagraphStyle("quote", parent=base, fontName=OBLIQUE, fontSize=8.5, leading=11,
                             leftIndent=14, spaceAfter=2),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=BOLD),
        cell_small=ParagraphStyle("cell_small", parent=cell, fontSize=7, leading=8.5,
                                  textColor=MUTED),
        date_raw=ParagraphStyle("date_raw", parent=cell, fontSize=6.5, leading=8,
                                textColor=MUTED),
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=BOLD,
                                 textColor=colors.white),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        toc=ParagraphStyle("toc", parent=base, fontSize=10.5, leading=16, spaceAfter=0),
        tlp_box=ParagraphStyle("tlp_box", parent=base, fontName=BOLD, fontSize=16, leading=20,
                               alignment=TA_CENTER, spaceAfter=0),
    )


def data_table(
    rows: list[list[object]], widths: list[float], header: bool = True, zebra: bool = True
) -> Table:
    """A table that splits across pages (rows too) and repeats its header row; its columns
    run right to left in a right-to-left report."""
    rows, widths = mirrored(rows, widths)
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1,
                  hAlign="RIGHT" if rtl_report() else "LEFT")
    commands: list[tuple[object, ...]] = [
        CELL_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEAD_BG))
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1),
                         [colors.white, ZEBRA]))
    table.setStyle(TableStyle(commands))
    return table


def mirrored(rows: list[list[Any]], widths: list[float]) -> tuple[list[list[Any]], list[float]]:
    """Rows and column widths in reading order: reversed in a right-to-left report, so the
    first column ("No.", a label) stands on the right."""
    if not rtl_report():
        return rows, widths
    return [list(reversed(row)) for row in rows], list(reversed(widths))


def fitting(width: float, words: list[str], style: ParagraphStyle, padding: float = 7) -> float:
    """``width``, or more when one of ``words`` (a column's head or values, report wording)
    would not fit on a line in ``style`` with the cell padding: a translation may be longer."""
    widest = max((stringWidth(word, style.fontName, style.fontSize) for word in words), default=0)
    return max(width, widest + padding)
