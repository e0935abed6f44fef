"""The report data with its dates in words of the report's language.

:mod:`db.report_data` words dates in English (the fingerprint and the brief check read the
data, not the words); a Russian or Arabic report re-words them from the EDTF before printing.
"""

from __future__ import annotations

from dataclasses import replace

from db import dates
from db.report_data import ReportData


def localize(data: ReportData, language: str) -> ReportData:
    """``data`` with ``date_human`` and ``published_human`` in ``language`` (same data for English)."""
    if language == "en":
        return data
    events = tuple(replace(e, date_human=dates.humanize(e.date_text, language)) for e in data.events)
    sources = tuple(replace(s, published_human=dates.humanize(s.published, language) if s.published else "")
                    for s in data.sources)
    return replace(data, events=events, sources=sources)
