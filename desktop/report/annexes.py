"""Annexes: actors (pseudonymised), sources (the bibliography) and integrity hashes."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Spacer

from db.file_names import display_name
from desktop.report.context import Context
from desktop.report.flow import heading, kv_table
from desktop.report.styles import data_table, fitting
from desktop.report.text import Paragraph, esc, link, para, rich

SHORT_HASH = 12


def actors(ctx: Context) -> list[Flowable]:
    s, t = ctx.styles, ctx.strings
    out = heading(t("actors"), s.h1, "actors", 0)
    appearances: dict[str, list[int]] = {}
    for n, event in enumerate(ctx.data.events, 1):
        for inv in event.involvements:
            numbers = appearances.setdefault(inv.actor_uid, [])
            if n not in numbers:
                numbers.append(n)
    listed = [a for a in ctx.data.actors if a.uid in appearances]
    if not listed:
        return out + [Paragraph.plain(t("no_actors"), s.muted)]
    keys = ("col_name", "col_original", "col_kind", "col_events")
    rows: list[list[object]] = [[Paragraph.plain(t(k), s.cell_head) for k in keys]]
    for actor in sorted(listed, key=lambda a: (a.name.casefold(), a.uid)):
        name = [para(actor.name, s.cell_bold)]
        if actor.aliases:
            name.append(para(", ".join(actor.aliases), s.cell_small))
        if actor.description:
            name.append(para(actor.description, s.cell_small))
        events = ", ".join(str(n) for n in appearances[actor.uid])
        rows.append([name, para(actor.name_original, s.cell),
                     Paragraph.plain(t.word(actor.kind), s.cell),
                     Paragraph.plain(events, s.cell)])
    w = ctx.frame_width
    out.append(data_table(rows, [0.42 * w, 0.22 * w, 0.14 * w, 0.22 * w]))
    return out


def sources(ctx: Context) -> list[Flowable]:
    s, t = ctx.styles, ctx.strings
    title = t("sources_brief") if ctx.options.template == "brief" else t("sources")
    out = heading(title, s.h1, "sources", 0)
    cited = ctx.cited_sources()
    if not cited:
        return out + [Paragraph.plain(t("no_sources_listed"), s.muted)]
    hashed = any(source.attachments for _n, source in cited)  # else one line says so
    keys = ("col_no", "col_source", "col_kind", "col_lang", "col_grade") + ("col_sha",) * hashed
    rows: list[list[object]] = [[Paragraph.plain(t(k), s.cell_head) for k in keys]]
    for number, source in cited:
        details: list[Flowable] = []
        outlet = ctx.outlet_name(source)
        if outlet:
            details.append(para(outlet, s.cell_bold))
        details.append(para(source.title, s.cell if outlet else s.cell_bold))
        if source.title_translated:
            details.append(para(f"[{source.title_translated}]", s.cell))
        bits = []
        if source.author:
            bits.append(f"{escape(t('by'))} {esc(source.author)}")
        if source.published:
            bits.append(f"{escape(t('published'))} {escape(source.published_human)}")
        if source.retrieved_at:
            bits.append(f"{escape(t('accessed'))} {esc(source.retrieved_at)}")
        if bits:
            details.append(rich("; ".join(bits), s.cell_small))
        if source.url:
            details.append(Paragraph(link(source.url), s.cell_small))  # a URL reads left to right
        if source.archived_url:
            details.append(rich(f"{escape(t('archived'))}: {link(source.archived_url)}",
                                     s.cell_small))
        hashes = " ".join(a.sha256[:SHORT_HASH] for a in source.attachments)
        rows.append([
            Paragraph.plain(f"[{number}]", s.cell_bold),
            details,
            Paragraph.plain(t.word(source.kind), s.cell),
            para(source.language, s.cell),
            Paragraph.plain(source.reliability or "–", s.cell_bold),
            Paragraph.plain(hashes or "—", s.cell_small),
        ][:len(keys)])
    w = ctx.frame_width
    source_w = 0.5 if hashed else 0.66
    lang_w, grade_w = (fitting(0.07 * w, [t(k)], s.cell_head) for k in ("col_lang", "col_grade"))
    widened = (lang_w - 0.07 * w) + (grade_w - 0.07 * w)  # 0 unless a translated head is wider
    widths = [0.07 * w, source_w * w - widened, 0.13 * w, lang_w, grade_w, 0.16 * w][:len(keys)]
    out.append(data_table(rows, widths))
    if not hashed:
        out.append(Paragraph.plain(t("no_file_attached"), s.muted))
    return out


def integrity(ctx: Context) -> list[Flowable]:
    s, t, data = ctx.styles, ctx.strings, ctx.data
    out = heading(t("integrity"), s.h1, "integrity", 0)
    out.append(Paragraph.plain(t("integrity_text"), s.small))
    out.append(kv_table([
        (t("archive_uid"), Paragraph.plain(data.archive_uid, s.cell)),
        (t("fingerprint"), Paragraph.plain(data.fingerprint, s.cell)),
        (t("report_id"), Paragraph.plain(ctx.resolved.report_id, s.cell)),
        (t("log_head"), Paragraph.plain(f"{data.log_head or '—'} ({t('log_count').format(count=f'{data.log_count:,}')})", s.cell)),
    ], s.cell_bold, ctx.frame_width))
    out.append(Spacer(1, 8))
    keys = ("col_no", "col_file", "col_kind", "col_size", "col_sha")
    rows: list[list[object]] = [[Paragraph.plain(t(k), s.cell_head) for k in keys]]
    for number, source in ctx.cited_sources():
        for attachment in source.attachments:
            rows.append([
                Paragraph.plain(f"[{number}]", s.cell),
                para(display_name(attachment.file_name), s.cell),  # bidi tricks shown, not obeyed
                Paragraph.plain(t.word(attachment.kind), s.cell),
                Paragraph.plain(f"{attachment.size:,}", s.cell_right),
                Paragraph.plain(attachment.sha256, s.cell_small),
            ])
    if len(rows) == 1:
        return out + [Paragraph.plain(t("no_attachments"), s.muted)]
    w = ctx.frame_width
    out.append(data_table(rows, [0.07 * w, 0.3 * w, 0.12 * w, 0.11 * w, 0.4 * w]))
    return out
