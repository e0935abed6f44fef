"""Small flowable helpers shared by the sections: outlined headings and key/value tables."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from desktop.report.styles import CELL_FONT, RULE, mirrored
from desktop.report.text import Paragraph, one_line, para, rtl_report, truncate

OUTLINE_TITLE_LIMIT = 120


class Anchor(Flowable):
    """A zero-size mark where a section or event starts: the doc template turns it into a
    PDF bookmark and outline entry (and remembers the page for the contents)."""

    def __init__(self, key: str, title: str, level: int) -> None:
        super().__init__()
        self.key = key
        self.title = truncate(one_line(title), OUTLINE_TITLE_LIMIT)
        self.level = level
        self.keepWithNext = 1

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        pass


def page_form(key: str) -> str:
    """Name of the form XObject that holds the page number of section ``key``."""
    return f"casefilePage-{key}"


class PageRef(Flowable):
    """A section's page number in the contents, right-aligned. It draws a form XObject that
    the doc template fills in once the whole document is laid out, so one pass suffices."""

    def __init__(self, key: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.key = key
        self.row_height = style.leading
        self.baseline = style.leading - style.fontSize  # where a Paragraph puts line one

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, self.row_height

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.translate(self.width, self.baseline)
        self.canv.doForm(page_form(self.key))
        self.canv.restoreState()


def heading(
    text: str, style: ParagraphStyle, key: str, level: int, direction: str | None = None
) -> list[Flowable]:
    """A heading paragraph (user or report text) preceded by its bookmark anchor."""
    return [Anchor(key, text, level), para(text, style, direction)]


def kv_table(rows: list[tuple[str, Flowable | list[Flowable]]], label_style: ParagraphStyle,
             width: float, label_width: float = 110) -> Table:
    """Two columns: a bold label (report wording) and a value (already a flowable)."""
    data, widths = mirrored([[Paragraph.plain(label, label_style), value] for label, value in rows],
                            [label_width, width - label_width])
    table = Table(data, colWidths=widths, hAlign="RIGHT" if rtl_report() else "LEFT", splitInRow=1)
    table.setStyle(TableStyle([CELL_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


class KeepWithFirstRows(KeepTogether):
    """reportlab's keep-with-next group (a heading and what follows it), except that a table
    ending the group may split across pages: the group needs room only for the heading and
    the table's header and first row, not for the whole table.

    A plain group moves whole to the next page when it does not fit, so a heading over a long
    table left most of a page empty. The document uses this class for every such group."""

    def split(self, aW: float, aH: float) -> list[Flowable]:  # noqa: N803 (reportlab's names)
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        table = self._content[-1]
        if self._H > aH and isinstance(table, Table) and self._lead(table) <= aH:
            return self._content[:]  # the frame places the heading, then splits the table
        return super().split(aW, aH)

    def _lead(self, table: Table) -> float:
        """Height of the group down to the table's first body row (header rows included)."""
        first = int(table.repeatRows or 0) + 1
        if len(table._rowHeights) <= first:  # nothing to split off: keep it whole
            return self._H
        return self._H - table._height + sum(table._rowHeights[:first])
