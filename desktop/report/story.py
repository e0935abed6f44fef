"""The story: the chosen sections' flowables, in print order."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from desktop.report import annexes, body, front, method
from desktop.report.context import Context

_BUILDERS: dict[str, Callable[[Context], list[Flowable]]] = {
    "cover": front.cover,
    "contents": front.contents,
    "summary": front.summary,
    "findings": front.findings,
    "method": method.method,
    "chronology": body.chronology,
    "narratives": body.narratives,
    "actors": annexes.actors,
    "sources": annexes.sources,
    "integrity": annexes.integrity,
}
# Sections that open on a new page in a dossier (a brief runs on to stay short).
_NEW_PAGE = frozenset({"method", "chronology", "timeline", "narratives", "actors", "sources",
                       "integrity"})


def make_story(ctx: Context, frame_height: float) -> list[Flowable]:
    story: list[Flowable] = []
    dossier = ctx.options.template == "dossier"
    for key in ctx.resolved.sections:
        ctx.check_cancel()
        if story and not isinstance(story[-1], PageBreak):
            if dossier and key in _NEW_PAGE:
                story.append(PageBreak())
            else:
                story.append(CondPageBreak(120))
        if key == "timeline":
            story.extend(body.timeline_section(ctx, frame_height))
        else:
            story.extend(_BUILDERS[key](ctx))
    return story
