"""``casefile export-timelinejs`` and ``casefile export-bag``: publishing and archival exports."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from db.models import STATUSES

Command = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def add_export_commands(command: Command) -> None:
    p = command("export-timelinejs", _cmd_export_timelinejs,
                "Export the events a report would cover as a TimelineJS timeline (JSON, or its spreadsheet with --csv).")  # fmt: skip
    p.add_argument("archive", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True, help="file to write (timeline.json, or timeline.csv with --csv)")
    p.add_argument("--csv", action="store_true", help="write the TimelineJS spreadsheet template's columns instead of JSON (to paste into its Google Sheet)")
    p.add_argument("--case", metavar="UID", help="the case (default: the archive's only case)")
    p.add_argument("--from", dest="date_from", metavar="EDTF", help="first date in scope, e.g. 2017-04")
    p.add_argument("--to", dest="date_to", metavar="EDTF", help="last date in scope, e.g. 2017-06")
    p.add_argument("--tag", action="append", default=[], metavar="T", help="only events with this tag (repeatable)")
    p.add_argument("--status", action="append", default=[], choices=STATUSES, help="only events with this status (repeatable)")
    p.add_argument("--redaction", choices=("none", "standard", "strict"), default="standard",
                   help="redaction profile, as for reports (default standard: sensitive records left out, protected people pseudonymised)")  # fmt: skip
    p.add_argument("--title", help="the title slide's headline (default: the case title)")

    p = command("export-bag", _cmd_export_bag,
                "Write an archival package: a BagIt bag (RFC 8493) with the lossless JSON, every attachment under its hash and SHA-256/SHA-512 manifests.")  # fmt: skip
    p.add_argument("archive", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True, metavar="DIR", help="folder to create (must be new or empty)")
    p.add_argument("--organisation", help="Source-Organization in bag-info.txt (default: the cases' organisations)")


def _cmd_export_timelinejs(args: argparse.Namespace) -> int:
    from db.interchange.timelinejs import TimelineOptions, export_timelinejs
    from db.report_data import ReportFilters
    from desktop.cli.export_pdf import _date_range
    from desktop.cli.passphrase import open_archive

    filters = ReportFilters(
        case_uid=args.case, date_range=_date_range(args.date_from, args.date_to),
        tags=tuple(args.tag), statuses=tuple(args.status),
    )  # fmt: skip
    options = TimelineOptions(filters=filters, redaction=args.redaction, title=args.title)
    with open_archive(args.archive) as archive:
        result = export_timelinejs(archive, args.output, options, as_csv=args.csv)
    withheld = f", {result.withheld:,} item(s) withheld ({args.redaction} redaction)" if result.withheld else ""
    print(f"Wrote {result.path}: {result.events:,} events{withheld}")
    for warning in result.warnings:
        print(f"casefile: warning: {warning}", file=sys.stderr)
    return 0


def _cmd_export_bag(args: argparse.Namespace) -> int:
    from db.interchange.bag import export_bag
    from desktop.cli.passphrase import open_archive

    with open_archive(args.archive) as archive:
        result = export_bag(archive, args.output, organisation=args.organisation)
    records = sum(result.records.values())
    print(f"Wrote the bag {result.path}: {records:,} records, {result.attachments:,} attachment file(s), {result.payload_bytes:,} bytes of payload")
    return 0
