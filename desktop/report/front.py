"""Front matter: cover, contents, executive summary, key findings."""

from __future__ import annotations

from collections import Counter
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from db.dates import humanize
from db.models import STATUSES
from desktop.report.context import Context
from desktop.report.flow import Anchor, PageRef, heading, kv_table
from desktop.report.fonts import BOLD
from desktop.report.styles import CELL_FONT, TLP_COLOURS, data_table, fitting, mirrored
from desktop.report.text import Paragraph, para, paras, rtl_report


def tlp_box(ctx: Context, font_size: float = 16) -> Table:
    """The TLP label as FIRST draws it: coloured capitals on black, right-aligned."""
    tlp = ctx.resolved.tlp
    style = ParagraphStyle("tlp", parent=ctx.styles.tlp_box, fontSize=font_size,
                           leading=font_size * 1.25, textColor=TLP_COLOURS[tlp])
    width = stringWidth(f"TLP:{tlp}", BOLD, font_size) + 24
    box = Table([[Paragraph(f"TLP:{escape(tlp)}", style)]], colWidths=[width], hAlign="RIGHT")
    box.setStyle(TableStyle([CELL_FONT,
        ("BACKGROUND", (0, 0), (-1, -1), colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return box


def cover(ctx: Context) -> list[Flowable]:
    s, t, r = ctx.styles, ctx.strings, ctx.resolved
    full_page = ctx.options.template == "dossier"
    out: list[Flowable] = [Anchor("cover", t("cover"), 0), tlp_box(ctx)]
    out.append(Spacer(1, 60 if full_page else 8))
    if r.organisation:
        out.append(para(r.organisation, s.subtitle))
    out.append(para(r.title or ctx.data.case.title, s.title))
    out.append(Paragraph.plain(t(ctx.options.template), s.subtitle))
    rows: list[tuple[str, Flowable | list[Flowable]]] = []
    if ctx.data.case.title != r.title:
        rows.append((t("case"), para(ctx.data.case.title, s.body)))
    if r.author:
        rows.append((t("prepared_by"), para(r.author, s.body)))
    rows.append((t("report_date"), Paragraph.plain(humanize(r.report_date, ctx.options.language), s.body)))
    rows.append((t("report_id"), Paragraph.plain(r.report_id, s.body)))
    coverage = t("coverage", events=t.count("n_events", len(ctx.data.events)), span=ctx.span())
    rows.append((t("scope"), Paragraph.plain(coverage, s.body)))
    rows.append((t("redaction"), Paragraph.plain(t.word(ctx.options.redaction), s.body)))
    out.append(kv_table(rows, s.h3, ctx.frame_width))
    if "summary" not in r.sections and ctx.data.case.summary:
        out.append(Spacer(1, 14))
        out.extend(paras(ctx.data.case.summary, s.body))
    out.append(Spacer(1, 24 if full_page else 6))
    tlp_text = f"TLP:{r.tlp} — {t.legend('tlp')[r.tlp]}"
    out.append(Paragraph.plain(tlp_text, s.muted))
    if full_page:
        out.append(PageBreak())
    return out


def contents(ctx: Context) -> list[Flowable]:
    s, t = ctx.styles, ctx.strings
    out = heading(t("contents"), s.h1, "contents", 0)
    rows = []
    for key in ctx.resolved.sections:
        if key in ("cover", "contents"):
            continue
        title = t("sources_brief") if key == "sources" and ctx.options.template == "brief" \
            else t(key)
        rows.append([Paragraph.plain(title, s.toc), PageRef(key, s.toc)])
    rows, widths = mirrored(rows, [ctx.frame_width - 60, 60])
    number_column = 0 if rtl_report() else 1
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([CELL_FONT, ("ALIGN", (number_column, 0), (number_column, -1), "RIGHT"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey)]))
    out += [table, PageBreak()]
    return out


def summary(ctx: Context) -> list[Flowable]:
    s, t, data = ctx.styles, ctx.strings, ctx.data
    out = heading(t("summary"), s.h1, "summary", 0)
    out += paras(data.case.summary, s.body) or [Paragraph.plain(t("no_summary"), s.muted)]
    if not data.events:
        out.append(Paragraph.plain(t("no_events"), s.body))
        return out
    counts = Counter(e.status for e in data.events)
    statuses = t("list_sep").join(f"{counts[k]} {t.word(k)}" for k in STATUSES if counts[k])
    out.append(Paragraph.plain(summary_counts(ctx, statuses), s.body))
    disputed = sum(e.disputed for e in data.events)
    disagree = sum(ctx.figures_disagree(e) for e in data.events)
    said = [t.count(key, n) for key, n in (("summary_disputed", disputed),
                                           ("summary_disagree", disagree)) if n]
    if said:  # a count of none says nothing: it is left out
        out.append(Paragraph.plain(" ".join(said), s.body))
    out.append(Paragraph.plain(redaction_statement(ctx), s.muted))
    return out


def summary_counts(ctx: Context, statuses: str) -> str:
    """ "This report covers 20 events from 2017, backed by 1 source. Status: …" """
    t = ctx.strings
    events = t.count("n_events", len(ctx.data.events))
    if not ctx.source_numbers:
        return t("summary_counts_unsourced", events=events, span=ctx.span(), statuses=statuses)
    sources = t.count("n_sources", len(ctx.source_numbers))
    return t("summary_counts", events=events, span=ctx.span(), sources=sources,
             statuses=statuses)


def corroboration_text(ctx: Context, n: int) -> str:
    """ "corroborated by 1 independent source", "… by 3 independent sources", or none."""
    return ctx.strings.count("corroborated", n) if n else ctx.strings("not_corroborated")


def redaction_statement(ctx: Context) -> str:
    t, red = ctx.strings, ctx.redaction
    profile = t.word(red.profile)
    tail = (" " + t.count("quotes_unprintable", red.quotes_unprintable)
            if red.quotes_unprintable else "")
    if ctx.options.include_notes and red.profile != "strict":
        tail += " " + t("notes_included")
    if red.profile == "none":
        left_out = " " + t.count("notes_left_out", red.notes) if red.notes else ""
        return t("redaction_none") + left_out + tail + server_withheld(ctx)
    parts = [(red.events, "n_events"), (red.sources, "n_sources"), (red.citations, "n_citations"),
             (red.figures, "n_figures"), (red.actors, "n_actors"), (red.notes, "n_notes")]
    details = t("list_sep").join(t.count(key, n) for n, key in parts if n)
    text = (t.count("redaction_done", red.withheld, profile=profile, details=details)
            if red.withheld else t("redaction_nothing", profile=profile))
    if red.pseudonymised:
        text += " " + t.count("redaction_people", red.pseudonymised)
    if red.places:
        text += " " + t.count("redaction_places", red.places)
    return text + tail + server_withheld(ctx)


def server_withheld(ctx: Context) -> str:
    """The sentence on sensitive records the database user may not see (a server archive)."""
    n = ctx.data.withheld_by_server
    return " " + ctx.strings.count("server_withheld", n) if n else ""


def findings(ctx: Context) -> list[Flowable]:
    s, t = ctx.styles, ctx.strings
    out = heading(t("findings"), s.h1, "findings", 0)
    candidates = [e for e in ctx.data.events if e.status in ("confirmed", "likely")]
    strongest = sorted(
        range(len(candidates)),
        key=lambda i: (-ctx.corroboration(candidates[i]), candidates[i].status != "confirmed", i),
    )[: ctx.resolved.findings_limit]
    chosen = [candidates[i] for i in sorted(strongest)]
    if not chosen:
        return out + [Paragraph.plain(t("no_findings"), s.body)]
    numbers = {e.uid: n for n, e in enumerate(ctx.data.events, 1)}
    w = ctx.frame_width
    head = [Paragraph.plain(t(k), s.cell_head)
            for k in ("col_no", "col_date", "col_event", "col_grade", "col_sources")]
    rows: list[list[object]] = [head]
    for event in chosen:
        line = t("finding_line", grade=ctx.grade(event), status=ctx.status_label(event),
                 corroboration=corroboration_text(ctx, ctx.corroboration(event)))
        rows.append([
            Paragraph.plain(str(numbers[event.uid]), s.cell),
            para(event.date_human, s.cell),
            [para(event.title, s.cell_bold), para(ctx.place_label(event.place), s.cell),
             Paragraph.plain(line, s.cell_small)],
            Paragraph.plain(ctx.grade(event), s.cell_bold),
            Paragraph.plain(ctx.refs(event), s.cell),
        ])
    grade_w = fitting(0.08 * w, [t("col_grade")], s.cell_head)
    out.append(data_table(rows, [0.06 * w, 0.17 * w, 0.55 * w - (grade_w - 0.08 * w), grade_w, 0.14 * w]))
    out.append(Spacer(1, 4))
    out.append(Paragraph.plain(t("findings_rule"), s.muted))
    return out
