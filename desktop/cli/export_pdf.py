"""The ``casefile export-pdf`` subcommand: a briefing report from the command line."""

from __future__ import annotations

from desktop.cli.passphrase import archive_argument

import argparse
from collections.abc import Callable
from pathlib import Path

from db.models import STATUSES, TLP_LABELS

Register = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def add_export_pdf(command: Register) -> None:
    p = command("export-pdf", _cmd_export_pdf, "Write a PDF briefing report of an archive.")
    p.add_argument("archive", type=archive_argument)
    p.add_argument("-o", "--output", type=Path, required=True, help="PDF file to write (replaced only when complete)")
    p.add_argument("--template", choices=("brief", "dossier"), default="dossier", help="brief (2-4 pages) or dossier (everything); default dossier")
    p.add_argument("--case", metavar="UID", help="the case to report on (default: the archive's only case)")
    p.add_argument("--from", dest="date_from", metavar="EDTF", help="first date in scope, e.g. 2017-04")
    p.add_argument("--to", dest="date_to", metavar="EDTF", help="last date in scope, e.g. 2017-06")
    p.add_argument("--tag", action="append", default=[], metavar="T", help="only events with this tag (repeatable)")
    p.add_argument("--status", action="append", default=[], choices=STATUSES, help="only events with this status (repeatable)")
    p.add_argument("--tlp", choices=TLP_LABELS, help="TLP marking (default: the one chosen in Preferences, else the case's)")
    p.add_argument("--redaction", choices=("none", "standard", "strict"), help="redaction profile (default: the one chosen in Preferences, else standard)")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4")
    p.add_argument("--title", help="report title (default: the case title)")
    p.add_argument("--organisation", help="organisation on the cover (default: the case's)")
    p.add_argument("--author", help="author on the cover and in the PDF metadata (default: none; the case's author is never printed unasked)")
    p.add_argument("--language", choices=("en", "ru", "ar"), default="en", help="language of the report's headings, wording and dates: en, ru or ar (right to left); default en")
    p.add_argument("--include-analyst-notes", action="store_true", help="print the private notes of events, sources and involvements (default: never printed; the strict profile drops them anyway)")


def _date_range(date_from: str | None, date_to: str | None) -> str:
    from db import dates
    from db.errors import InvalidDate

    for option, value in (("--from", date_from), ("--to", date_to)):
        try:
            dates.parse(value or "")
        except InvalidDate as error:
            raise InvalidDate(f"{option}: {error}") from None
    if not date_from and not date_to:
        return ""
    return f"{date_from or '..'}/{date_to or '..'}"


def _cmd_export_pdf(args: argparse.Namespace) -> int:
    from db.archive import Archive
    from desktop.cli.passphrase import new_key, open_archive
    from db.report_data import ReportFilters
    from desktop.preferences import load_preferences
    from desktop.report import ReportOptions, export_pdf

    filters = ReportFilters(
        case_uid=args.case,
        date_range=_date_range(args.date_from, args.date_to),
        tags=tuple(args.tag),
        statuses=tuple(args.status),
    )
    defaults = load_preferences()  # what Edit ▸ Preferences… chose for every report
    options = ReportOptions(
        template=args.template,
        filters=filters,
        paper="A4" if args.paper == "a4" else "Letter",
        tlp=args.tlp or defaults.report_tlp or None,
        title=args.title,
        organisation=args.organisation,
        author=args.author,
        redaction=args.redaction or defaults.report_redaction,
        language=args.language,
        include_notes=args.include_analyst_notes,
    )
    with open_archive(args.archive) as archive:
        path = export_pdf(archive, options, args.output)
    print(f"Wrote {path}")
    return 0
