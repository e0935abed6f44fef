"""The body: chronology table, timeline chart and event narratives with footnotes."""

from __future__ import annotations

from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Spacer

from db.date_describe import describe
from db.date_phrases import phrases
from db.report_data import CitationInfo, EventInfo
from desktop.report.chart import MONTH_ABBR, MONTH_ABBRS, Mark, day, timeline
from desktop.report.context import Context
from desktop.report.flow import heading
from desktop.report.styles import data_table, fitting
from desktop.report.text import Paragraph, esc, inline, one_line, para, paras, rich, rtl_report


def chronology(ctx: Context) -> list[Flowable]:
    s, t = ctx.styles, ctx.strings
    out = heading(t("chronology"), s.h1, "chronology", 0)
    if not ctx.data.events:
        return out + [Paragraph.plain(t("no_events"), s.body)]
    keys = ("col_no", "col_date", "col_place", "col_event", "col_status", "col_sources")
    rows: list[list[object]] = [[Paragraph.plain(t(k), s.cell_head) for k in keys]]
    for n, event in enumerate(ctx.data.events, 1):
        if n % 100 == 0:
            ctx.check_cancel()
        rows.append([
            Paragraph.plain(str(n), s.cell),
            date_cell(ctx, event),
            para(ctx.place_label(event.place), s.cell),
            [para(event.title, s.cell_bold), para(t.word(event.event_type), s.cell_small)],
            para(ctx.status_label(event), s.cell),
            Paragraph.plain(ctx.refs(event), s.cell),
        ])
    w = ctx.frame_width
    labels = [t.word(k) for k in ("confirmed", "likely", "possible", "unlikely", "unknown")]
    status_w = fitting(0.11 * w, labels, s.cell)  # "подтверждено" is wider than "confirmed"
    out.append(data_table(rows, [0.06 * w, 0.2 * w, 0.17 * w, 0.34 * w - (status_w - 0.11 * w), status_w, 0.12 * w]))
    return out


def date_cell(ctx: Context, event: EventInfo) -> list[Flowable]:
    """The date for people, and under it how precise it is, in words ("open start, month
    precision"): the notation itself is for the archive, not for the reader of a brief."""
    cell = [para(event.date_human, ctx.styles.cell)]
    detail = date_detail(event.date_text, event.date_human, ctx.options.language)
    if detail:
        cell.append(para(detail, ctx.styles.date_raw))
    return cell


def timeline_section(ctx: Context, max_height: float) -> list[Flowable]:
    s, t = ctx.styles, ctx.strings
    out = heading(t("timeline"), s.h1, "timeline", 0)
    marks = [Mark(n, day(e.date_lo), day(e.date_hi), e.status)
             for n, e in enumerate(ctx.data.events, 1) if e.date_lo or e.date_hi]
    undated = len(ctx.data.events) - len(marks)
    if not marks:
        return out + [Paragraph.plain(t("no_events"), s.body)]
    labels = {k: t.word(k) for k in ("confirmed", "likely", "possible", "unlikely", "unknown")}
    drawing, unit = timeline(marks, ctx.frame_width, max_height - 60, labels,
                             MONTH_ABBRS.get(ctx.options.language, MONTH_ABBR), rtl_report())
    out.append(drawing)
    out.append(Spacer(1, 4))
    caption = (t.count("chart_counts", len(marks), unit=t(unit)) if unit
               else t("chart_caption"))
    out.append(Paragraph.plain(caption, s.muted))
    if undated:
        out.append(Paragraph.plain(t.count("undated_not_drawn", undated), s.muted))
    return out


def narratives(ctx: Context) -> list[Flowable]:
    s, t = ctx.styles, ctx.strings
    out = heading(t("narratives"), s.h1, "narratives", 0)
    if not ctx.data.events:
        return out + [Paragraph.plain(t("no_events"), s.body)]
    for n, event in enumerate(ctx.data.events, 1):
        if n % 50 == 0:
            ctx.check_cancel()
        out.extend(narrative(ctx, n, event))
    return out


def narrative(ctx: Context, n: int, event: EventInfo) -> list[Flowable]:
    s, t = ctx.styles, ctx.strings
    out = heading(f"{n}. {event.title}", s.h2, f"event-{n}", 1, direction="L")
    detail = date_detail(event.date_text, event.date_human, ctx.options.language)
    facts = [f"<b>{escape(event.date_human)}</b>" + (f" ({escape(detail)})" if detail else "")]
    if event.date_typed:  # the words of the source or the researcher, before any reading of them
        facts.append(f"{escape(t('date_as_written'))}: “{esc(event.date_typed)}”")
    if event.date_text:  # the stored notation, to check the brief against the archive
        facts.append(f"{escape(t('date_edtf'))}: {esc(event.date_text)}")
    if event.place is not None:
        facts.append(f"{escape(t('place'))}: {esc(ctx.place_label(event.place))} "
                     f"({escape(t.word(event.location_precision))})")
    if event.event_type:
        facts.append(f"{escape(t('type'))}: {esc(t.word(event.event_type))}")
    facts.append(f"{escape(t('status'))}: {escape(ctx.status_label(event))}")
    facts.append(f"{escape(t('grade'))}: {escape(ctx.grade(event))}")
    out.append(rich(" · ".join(facts), s.muted))
    out.extend(paras(event.description, s.body))
    if event.figures:
        out.extend(_figures(ctx, event))
    if event.involvements:
        out.append(Paragraph.plain(t("actors_involved"), s.h3))
        for inv in event.involvements:
            actor = ctx.data.actor_by_uid[inv.actor_uid]
            line = f"{esc(actor.name)} — {escape(t.word(inv.role))}"
            if inv.count is not None:
                line += f" ({inv.count:,})"
            if inv.note:
                line += f": {esc(inv.note)}"
            out.append(rich(line, s.small))
    if event.notes:
        out.append(Paragraph.plain(t("notes"), s.h3))
        out.extend(paras(event.notes, s.small))
    out.append(Paragraph.plain(t("citations"), s.h3))
    if not event.citations:
        out.append(Paragraph.plain(t("no_sources"), s.muted))
    for citation in event.citations:
        out.extend(footnote(ctx, citation))
    out.append(Spacer(1, 6))
    return out


def _figures(ctx: Context, event: EventInfo) -> list[Flowable]:
    s, t = ctx.styles, ctx.strings
    by_citation = {c.uid: c for c in event.citations}
    head = [Paragraph.plain(t(k), s.cell_head) for k in ("figure", "qualifier", "reported_by")]
    rows: list[list[object]] = [head]
    for figure in event.figures:
        citation = by_citation.get(figure.citation_uid or "")
        if citation is None:
            who = "—"
        else:
            source = ctx.data.source_by_uid[citation.source_uid]
            number = ctx.source_numbers[citation.source_uid]
            who = f"[{number}] {inline(ctx.outlet_name(source) or source.title)}"
        rows.append([para(ctx.figure_text(figure, qualified=False), s.cell_bold),
                     Paragraph.plain(t.word(figure.qualifier), s.cell),
                     Paragraph.plain(who, s.cell)])
    w = ctx.frame_width
    # The heading keeps with the table's first rows (h3 keeps with next); a long table splits.
    parts: list[Flowable] = [Paragraph.plain(t("figures"), s.h3),
                             data_table(rows, [0.38 * w, 0.17 * w, 0.45 * w])]
    if ctx.figures_disagree(event):
        parts.append(Paragraph.plain(t("figures_disagree"), s.muted))
    return parts


def footnote(ctx: Context, citation: CitationInfo) -> list[Flowable]:
    """ "[3] p. 4 — Outlet, Title (date) — supports, credibility 2" and the quote if allowed."""
    s, t = ctx.styles, ctx.strings
    source = ctx.data.source_by_uid[citation.source_uid]
    number = ctx.source_numbers[citation.source_uid]
    head = f"<b>[{number}]</b>"
    if citation.locator:
        head += f" {esc(ctx.locator(citation))}"
    described = ", ".join(esc(p) for p in (ctx.outlet_name(source), source.title) if p)
    if source.published_human:
        described += f" ({escape(source.published_human)})"
    grading = [escape(t("contradicts")) if citation.stance == "contradicts" else ""]
    if citation.credibility:
        grading.append(f"{escape(t('credibility'))} {citation.credibility}")
    grading.append(escape(t("independent") if citation.independent else t("not_independent")))
    line = f"{head} — {described} — {escape(t('list_sep')).join(g for g in grading if g)}"
    out: list[Flowable] = [rich(line, s.small)]
    if citation.quote:  # the quote language is the original's: it labels the quote
        language = f" ({one_line(citation.quote_language)})" if citation.quote_language else ""
        out.append(para(f"“{citation.quote}”{language}", s.quote))
    if citation.quote_translation:
        into = f" ({one_line(citation.quote_translation_language)})" if citation.quote_translation_language else ""
        out.append(para(f"{t('translation')}{into}: “{citation.quote_translation}”", s.quote))
    return out


def date_detail(edtf: str, human: str, language: str = "en") -> str:
    """What the form's read-back (:func:`db.date_describe.describe`) says beyond the printed
    date: "approximate", "open start; up to 31 May 2017", "uncertain start"; "" when it adds
    nothing ("April 2017" is plainly of month precision) or there is no date."""
    if not edtf:
        return ""
    p = phrases(language)
    words, _, detail = describe(edtf, language).rpartition(" — ")
    extra = words[len(human):].strip() if words.startswith(human) else ""
    said = _precision_only(language)
    parts = [part for part in detail.split(p.list_sep) if part and part not in said]
    parts.append(extra.removeprefix("(").removesuffix(")").strip())
    return ("؛ " if language == "ar" else "; ").join(part for part in parts if part)


@lru_cache(maxsize=8)
def _precision_only(language: str) -> frozenset[str]:
    """Read-back pieces the printed date already says: its precision, "before …" or
    "… onwards" (open start or end), "(day unknown)" (unspecified digits)."""
    p = phrases(language)
    pieces = {p.edtf, p.range_kind, p.year_partly, p.month_unspecified, p.day_unspecified,
              *p.precisions.values(), *(p.range_of.format(plural) for plural in p.plural.values()),
              p.open_start.format("").rstrip(p.list_sep).strip(), p.open_end.format("").rstrip(p.list_sep).strip()}
    return frozenset(pieces)
