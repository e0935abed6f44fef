"""Builds the PDF: TLP header/footer, "Page X of Y", outline, progress, atomic write."""

from __future__ import annotations

import io
import os
import re
import tempfile
import traceback
import weakref
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from db.report_data import ReportData
from db.version import APP_VERSION
from desktop.gc_policy import collection_paused
from db.polling import polling
from desktop.report.context import MARGIN, Context, ReportCancelled
from desktop.report import manifest
from desktop.report.flow import Anchor, KeepWithFirstRows, page_form
from desktop.report.fonts import BOLD, REGULAR, register_fonts
from desktop.report.i18n import Strings
from desktop.report.localize import localize
from desktop.report.options import ReportOptions, resolve
from db.redaction import redact
from desktop.report.story import make_story
from desktop.report.styles import MUTED, RULE, TLP_COLOURS, make_styles
from desktop.report.text import report_direction, rtl_report, visual

Progress = Callable[[int, int], None]
TOP, BOTTOM = 62.0, 58.0
PAGE_COUNT_FORM = "casefilePageCount"
APP_NAME = f"Casefile {APP_VERSION}"


class _Doc(BaseDocTemplate):
    """Adds bookmarks for :class:`Anchor` marks and the page-count form at the end."""

    def __init__(self, target: Any, ctx: Context, **kw: Any) -> None:
        super().__init__(target, keepTogetherClass=KeepWithFirstRows, **kw)
        # reportlab's namespace for doc-programming flowables holds the document itself; a
        # weak proxy keeps ``doc`` usable there without making the document a cycle.
        self._nameSpace["doc"] = weakref.proxy(self)
        self.ctx = ctx
        self.section_pages: dict[str, int] = {}
        frame = Frame(MARGIN, BOTTOM, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        # A plain function, not the bound ``self._decorate``: the template is the document's,
        # and a bound method in it would make every document a reference cycle.
        self.addPageTemplates([PageTemplate("page", [frame], onPage=_Doc._decorate)])
        self._outline_closed = len(ctx.data.events) > 30
        self._head: str | None = None

    def _makeCanvas(self, *args: Any, **kw: Any) -> Canvas:  # noqa: N802 (reportlab's name)
        """reportlab's canvas, dated with the report date (see :func:`pdf_date`)."""
        canv = super()._makeCanvas(*args, **kw)
        stamp = pdf_date(self.ctx.resolved.report_date)
        if stamp:
            canv.setDateFormatter(lambda *_clock: stamp)  # holds the text only: no cycle
        return canv

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        if not isinstance(flowable, Anchor):
            return
        top = self.frame._y + 14  # type: ignore[attr-defined]
        self.canv.bookmarkPage(flowable.key, fit="XYZ", left=0, top=top)
        closed = flowable.key == "narratives" and self._outline_closed
        self.canv.addOutlineEntry(flowable.title, flowable.key, flowable.level, closed=closed)
        if flowable.level == 0:
            self.section_pages.setdefault(flowable.key, self.page)

    def _startBuild(self, *args: Any, **kw: Any) -> None:  # noqa: N802 (reportlab's name)
        super()._startBuild(*args, **kw)
        manifest.install(self.canv, manifest.build(self.ctx.resolved.report_id, self.ctx.data))

    def _endBuild(self) -> None:  # noqa: N802 (reportlab's name)
        """Fill in the forms that pages drew before the numbers were known, then save."""
        self._doSave = 0
        super()._endBuild()
        canv = self.canv
        rtl = rtl_report()  # the total stands left of "الصفحة 1 من": right-aligned there
        canv.beginForm(PAGE_COUNT_FORM, -60 if rtl else 0, -4, 0 if rtl else 60, 12)
        canv.setFont(REGULAR, 7.5)
        canv.setFillColor(MUTED)
        (canv.drawRightString if rtl else canv.drawString)(0, 0, str(self.page))
        canv.endForm()
        style = self.ctx.styles.toc
        for key in self.ctx.resolved.sections:
            canv.beginForm(page_form(key), -80, -4, 0, style.leading)
            if key in self.section_pages:
                canv.setFont(style.fontName, style.fontSize)
                canv.setFillColor(style.textColor)
                canv.drawRightString(0, 0, str(self.section_pages[key]))
            canv.endForm()
        self.ctx.check_cancel()  # saving takes a while: do not start it for nothing
        canv.save()

    @staticmethod
    def _decorate(canv: Canvas, doc: BaseDocTemplate) -> None:
        """Header and footer of one page (reportlab's ``onPage(canvas, doc)``)."""
        assert isinstance(doc, _Doc)
        ctx = doc.ctx
        width, height = doc.pagesize
        canv.saveState()
        rtl = rtl_report()  # mirrored: TLP label on the left, running head and page on the right
        tlp_w = _tlp_width(ctx.resolved.tlp)
        tlp_right = MARGIN + tlp_w if rtl else width - MARGIN
        _tlp_label(canv, ctx.resolved.tlp, tlp_right, height - 34)
        canv.setFont(REGULAR, 7.5)
        canv.setFillColor(MUTED)
        if doc._head is None:  # the same on every page: fit it once
            doc._head = _fit(_running_head(ctx), width - 2 * MARGIN - tlp_w - 12)
        head = doc._head
        if rtl:
            canv.drawRightString(width - MARGIN, height - 32, head)
        else:
            canv.drawString(MARGIN, height - 32, head)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.4)
        canv.line(MARGIN, height - 40, width - MARGIN, height - 40)
        canv.line(MARGIN, 42, width - MARGIN, 42)
        _tlp_label(canv, ctx.resolved.tlp, tlp_right, 24)
        canv.setFont(REGULAR, 7.5)
        canv.setFillColor(MUTED)
        text = visual(ctx.strings("page_of", page=doc.page)) + " "
        if rtl:  # "الصفحة 1 من" at the right margin, the total to its left
            canv.drawRightString(width - MARGIN, 27, text.strip())
            canv.saveState()
            canv.translate(width - MARGIN - stringWidth(text, REGULAR, 7.5), 27)
        else:
            canv.drawString(MARGIN, 27, text)
            canv.saveState()
            canv.translate(MARGIN + stringWidth(text, REGULAR, 7.5), 27)
        canv.doForm(PAGE_COUNT_FORM)
        canv.restoreState()
        label, number = ctx.strings("report_id"), ctx.resolved.report_id
        # an id is read left to right: beside Arabic the bidi algorithm would reverse its groups
        report_id = f"{number} {visual(label)}" if rtl else f"{label} {number}"
        canv.drawCentredString(width / 2, 27, report_id)
        canv.restoreState()


def pdf_date(report_date: str) -> str:
    """The PDF's creation and modification date: the report date, as a PDF date string.

    The build runs in reportlab's invariant mode so that the same archive and options give
    the same bytes (a brief can be verified by rebuilding it); that mode stamps every file
    2000-01-01. The report date comes from the data (or the options), never the clock, so it
    keeps the output reproducible and says when the brief speaks for. "" when it is not an
    ISO date (reportlab's stamp stays then)."""
    match = _ISO_DATE.fullmatch(report_date.strip())
    return f"D:{''.join(part for part in match.groups() if part)}" if match else ""


_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _running_head(ctx: Context) -> str:
    parts = [p for p in (ctx.resolved.organisation, ctx.resolved.title) if p]
    return " · ".join(parts)


def _fit(text: str, width: float, size: float = 7.5) -> str:
    """One line in display order, cut with an ellipsis to fit ``width``."""
    shown = visual(text)
    if stringWidth(shown, REGULAR, size) <= width:
        return shown
    logical = text
    while logical and stringWidth(visual(logical + "…"), REGULAR, size) > width:
        logical = logical[: max(0, len(logical) - max(1, len(logical) // 10))]
    return visual(logical.rstrip() + "…")


def _tlp_width(tlp: str) -> float:
    return stringWidth(f"TLP:{tlp}", BOLD, 8) + 10


def _tlp_label(canv: Canvas, tlp: str, right: float, y: float) -> float:
    """Draw "TLP:AMBER" right-aligned at ``right``: coloured capitals on black."""
    text = f"TLP:{tlp}"
    w = _tlp_width(tlp)
    canv.setFillColor(colors.black)
    canv.rect(right - w, y - 3.5, w, 13, stroke=0, fill=1)
    canv.setFillColor(TLP_COLOURS[tlp])
    canv.setFont(BOLD, 8)
    canv.drawRightString(right - 5, y, text)
    return w


def render(
    data: ReportData,
    options: ReportOptions,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """The PDF as bytes (see :func:`build_pdf`)."""
    register_fonts()

    def check_cancel() -> None:
        if is_cancelled is not None and is_cancelled():
            raise ReportCancelled("The report was cancelled.")

    with collection_paused(), polling(check_cancel):
        try:
            pdf = _render(data, options, _Reporter(progress, check_cancel), check_cancel)
        except ReportCancelled as cancelled:
            # reportlab re-raises errors from a frame that holds them (annotateException), a
            # cycle through the traceback that would keep the half-built document alive until
            # the next full collection: drop the frames' locals while the collector is paused.
            traceback.clear_frames(cancelled.__traceback__)
            raise
    if progress is not None:
        progress(100, 100)
    return pdf


def _render(data: ReportData, options: ReportOptions, reporter: _Reporter,
            check_cancel: Callable[[], None]) -> bytes:
    """The build itself: everything it makes is freed by reference counting on return."""
    check_cancel()
    redacted = redact(data, options.redaction, options.include_notes)
    resolved = resolve(options, data)
    resolved = replace(resolved, title=redacted.scrub(resolved.title))
    ctx = Context(localize(redacted.data, options.language), options, resolved, Strings(options.language),
                  make_styles(), redacted.summary, check_cancel)
    with report_direction(options.language):
        pdf = _layout(ctx, reporter)
    check_cancel()  # a cancel that came while the file was being saved still counts
    return pdf


class _Reporter:
    """Turns reportlab's progress events into (done, total) percent calls; checks cancel."""

    def __init__(self, progress: Progress | None, check: Callable[[], None]) -> None:
        self.progress, self.check = progress, check
        self.size, self.best, self.last = 1, 0, -1

    def __call__(self, kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            self.size = max(value, 1)
        elif kind == "PROGRESS":
            self.check()
            self.best = max(self.best, min(value, self.size))
            percent = int(100 * self.best / self.size)
            if self.progress is not None and percent != self.last and percent < 100:
                self.last = percent
                self.progress(percent, 100)


def _layout(ctx: Context, reporter: _Reporter) -> bytes:
    buffer = io.BytesIO()
    author = ctx.resolved.author
    doc = _Doc(
        buffer, ctx, pagesize=ctx.resolved.page_size, leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=TOP, bottomMargin=BOTTOM, title=ctx.resolved.title, author=author or "",
        subject="", keywords="", creator=APP_NAME, producer=APP_NAME, invariant=1,
        lang=ctx.options.language, displayDocTitle=1, initialFontName=REGULAR,
    )
    doc.setProgressCallBack(reporter)
    story = make_story(ctx, doc.height)
    doc.build(story)
    return buffer.getvalue()


def build_pdf(
    data: ReportData,
    options: ReportOptions,
    out: Path,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Render ``data`` with ``options`` to ``out``: progress(percent, 100) as it goes; raises
    :class:`ReportCancelled` when ``is_cancelled()`` turns true. The file appears complete
    or not at all (temporary file in the same folder, then an atomic rename)."""
    out = Path(out)
    pdf = render(data, options, progress, is_cancelled)
    fd, temp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(pdf)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, out)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return out
