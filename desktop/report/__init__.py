"""Briefing reports as PDF (reportlab platypus); plain data in, no Qt anywhere in here."""

from desktop.report.builder import build_pdf, render
from desktop.report.context import ReportCancelled
from desktop.report.export import export_pdf
from desktop.report.options import REDACTION_PROFILES, SECTIONS, TEMPLATES, ReportOptions
from db.redaction import RedactionSummary, redact

__all__ = [
    "REDACTION_PROFILES", "SECTIONS", "TEMPLATES", "RedactionSummary", "ReportCancelled",
    "ReportOptions", "build_pdf", "export_pdf", "redact", "render",
]
