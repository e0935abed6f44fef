"""The method section: scope and filters, grading and status legends, date notation."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from db.dates import humanize
from desktop.report.context import Context
from desktop.report.flow import heading, kv_table
from desktop.report.front import redaction_statement
from desktop.report.styles import CELL_FONT, data_table, mirrored
from desktop.report.text import Paragraph, para


def method(ctx: Context) -> list[Flowable]:
    s, t = ctx.styles, ctx.strings
    out = heading(t("method"), s.h1, "method", 0)
    out.append(Paragraph.plain(t("method_scope"), s.h3))
    out.append(_scope(ctx))
    out.append(Spacer(1, 6))
    out.append(Paragraph.plain(t("findings_rule"), s.small))
    out.append(_grading_legends(ctx))
    out.append(Paragraph.plain(t("status_legend"), s.h3))
    statuses = t.legend("status")
    rows: list[list[object]] = [[Paragraph.plain(t.word(k), s.cell_bold),
                                 Paragraph.plain(v, s.cell)] for k, v in statuses.items()]
    w = ctx.frame_width
    out.append(data_table(rows, [0.2 * w, 0.8 * w], header=False))
    out.append(Paragraph.plain(t("date_legend"), s.h3))
    out.append(_date_legend(ctx))
    out.append(Paragraph.plain(t("limitations"), s.h3))
    out.append(Paragraph.plain(t("limitations_text"), s.small))
    out.append(Paragraph.plain(redaction_statement(ctx), s.small))
    return out


def _scope(ctx: Context) -> Table:
    s, t, f = ctx.styles, ctx.strings, ctx.data.filters
    every = t("filter_all")
    dates = f"{f.date_range} ({humanize(f.date_range, ctx.options.language)})" if f.date_range.strip() else every
    statuses = t("list_sep").join(t.word(x) for x in f.statuses) or every
    sections = t("list_sep").join(t(k) for k in ctx.resolved.sections)
    rows: list[tuple[str, Flowable | list[Flowable]]] = [
        (t("filter_case"), para(ctx.data.case.title, s.cell)),
        (t("filter_dates"), para(dates, s.cell)),
        (t("filter_tags"), para(", ".join(f.tags) or every, s.cell)),
        (t("filter_statuses"), para(statuses, s.cell)),
        (t("template"), para(t(ctx.options.template), s.cell)),
        (t("sections_printed"), para(sections, s.cell)),
        (t("redaction"), para(t.word(ctx.options.redaction), s.cell)),
        (t("fingerprint"), para(ctx.data.fingerprint, s.cell)),
    ]
    return kv_table(rows, s.cell_bold, ctx.frame_width)


def _grading_legends(ctx: Context) -> Table:
    s, t = ctx.styles, ctx.strings
    half = ctx.frame_width / 2 - 6

    def legend(kind: str, title: str) -> list[object]:
        rows = [[Paragraph.plain(k, s.cell_bold), Paragraph.plain(v, s.cell)]
                for k, v in t.legend(kind).items()]
        return [Paragraph.plain(title, s.h3),
                data_table(rows, [0.14 * half, 0.86 * half], header=False)]

    cells, widths = mirrored([[legend("reliability", t("reliability_legend")),
                               legend("credibility", t("credibility_legend"))]], [half + 6, half + 6])
    pair = Table(cells, colWidths=widths, hAlign="LEFT")
    pair.setStyle(TableStyle([CELL_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
    return pair


def _date_legend(ctx: Context) -> Table:
    s, t = ctx.styles, ctx.strings
    head = [Paragraph.plain(t(k), s.cell_head)
            for k in ("date_written", "date_printed", "date_meaning")]
    rows: list[list[object]] = [head]
    for written, meaning in t.legend("date").items():
        rows.append([Paragraph.plain(written or "—", s.cell),
                     Paragraph.plain(humanize(written, ctx.options.language), s.cell),
                     Paragraph.plain(meaning, s.cell)])
    w = ctx.frame_width
    return data_table(rows, [0.25 * w, 0.3 * w, 0.45 * w])
