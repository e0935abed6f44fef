"""The integrity annex prints attachment names as the screen shows them: a bidi override is
shown as ⟨U+202E⟩, not obeyed, so "invoice\\u202efdp.exe" reads as the .exe it is."""

from __future__ import annotations

from dataclasses import replace

from report_pdf import Pdf

from db.report_data import ReportData
from desktop.report import ReportOptions, render


def test_the_integrity_annex_shows_hidden_characters(demo_data: ReportData) -> None:
    source = next(s for s in demo_data.sources if s.attachments)
    hostile = replace(source.attachments[0], file_name="invoice\u202efdp.exe")
    changed = replace(source, attachments=(hostile, *source.attachments[1:]))
    data = replace(demo_data, sources=tuple(changed if s is source else s for s in demo_data.sources))
    pdf = Pdf(render(data, ReportOptions(sections=("integrity",), redaction="none")))
    assert "invoice⟨U+202E⟩fdp.exe" in pdf.flat
    assert "\u202e" not in pdf.text and "invoiceexe.pdf" not in pdf.flat


def test_a_very_long_name_without_spaces_wraps_in_the_annex(demo_data: ReportData) -> None:
    """A 600-character name with no space to break at (a pasted URL, a hash) must wrap in its
    table cell, not overflow the page or stop the build."""
    source = next(s for s in demo_data.sources if s.attachments)
    name = "capture-" + "0123456789abcdef" * 37 + ".pdf"
    long_named = replace(source.attachments[0], file_name=name)
    changed = replace(source, attachments=(long_named, *source.attachments[1:]))
    data = replace(demo_data, sources=tuple(changed if s is source else s for s in demo_data.sources))
    pdf = Pdf(render(data, ReportOptions(sections=("integrity",), redaction="none")))
    assert name in pdf.flat  # every character printed, in order, across wrapped lines
