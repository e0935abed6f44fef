"""The ``casefile`` command: the GUI with no arguments, headless subcommands otherwise.

Every failure prints one clear line to stderr and exits non-zero; tracebacks are for bugs.
Qt is imported only by the GUI commands, so headless commands start fast and run anywhere.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from db.errors import CasefileError, ImportFailed
from desktop.cli.passphrase import archive_argument
from desktop.cli.user_option import add_user_option, user_of

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", _cmd_gui)
    from desktop.preferences import use_backup_preferences

    use_backup_preferences()  # backups go where Preferences say, from the CLI too
    try:
        return handler(args)
    except ImportFailed as error:
        print(f"casefile: {error}", file=sys.stderr)
        for line, message in error.problems:
            if message not in str(error):  # a one-problem error already says it
                print(f"  line {line}: {message}", file=sys.stderr)
        return EXIT_PROBLEM
    except (CasefileError, OSError, ValueError) as error:
        print(f"casefile: {_one_line(error)}", file=sys.stderr)
        return EXIT_PROBLEM
    except DBAPIError as error:  # the file failed under a read: damage the open-time check missed
        print(f"casefile: {args_archive(args)}: the archive cannot be read ({error.orig}); it may be damaged, see `casefile check`.", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        print("casefile: interrupted", file=sys.stderr)
        return 130


def args_archive(args: argparse.Namespace) -> str:
    archive = getattr(args, "archive", None)
    return str(getattr(archive, "name", "casefile"))


def _one_line(error: BaseException) -> str:
    if isinstance(error, FileNotFoundError) and error.filename:
        return f"{error.filename}: no such file"
    if isinstance(error, OSError) and error.strerror and error.filename:
        return f"{error.filename}: {error.strerror}"
    return " ".join(str(error).split()) or type(error).__name__


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="casefile",
        description="Offline case files of events and the sources that back them. "
        "With no command, opens the desktop application.",
    )
    from db.version import APP_VERSION

    parser.add_argument("--version", action="version", version=f"casefile {APP_VERSION}")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, handler: Callable[[argparse.Namespace], int], help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        return p

    p = command("open", _cmd_open, "Open an archive in the desktop application.")
    p.add_argument("archive", type=archive_argument, nargs="?", help="the .casefile archive (or postgresql:// URL) to open (default: the last one)")
    p.add_argument("--demo", action="store_true", help="open the demo archive (created on first use)")

    p = command("init", _cmd_init, "Create a new, empty archive: a file, or the schema in an empty PostgreSQL database.")
    p.add_argument("archive", type=archive_argument, help="path of the new archive (must not exist), or postgresql://user@host/database (empty)")
    p.add_argument("--roles", action="store_true", help="server archives: also create the roles and their rules (as `casefile roles` does)")
    add_user_option(p)

    p = command("roles", _cmd_roles, "On a server archive, create the database roles casefile_reader, casefile_editor, casefile_admin and the right casefile_sensitive, with their grants, an append-only change log and row-level security (idempotent; run again after an upgrade).")
    p.add_argument("archive", type=archive_argument, help="the postgresql:// URL of the archive (connect as its owner or a superuser)")

    p = command("copy", _cmd_copy, "Copy a whole archive, change log included, to a new file or an empty server database.")
    p.add_argument("source", type=archive_argument, help="the archive to copy (file or postgresql:// URL)")
    p.add_argument("target", type=archive_argument, help="a new file, or the postgresql:// URL of an empty database")

    p = command("demo", _cmd_demo, "Write the demo archive (the 2017 Chechnya campaigns case).")
    p.add_argument("archive", type=archive_argument, help="path of the new archive (must not exist), or a postgresql:// URL of an empty database")
    p.add_argument("--encrypt", action="store_true", help="encrypt it with a new passphrase (asked twice, or CASEFILE_NEW_PASSPHRASE / CASEFILE_PASSPHRASE)")
    add_user_option(p)

    from db.interchange import formats

    p = command("import", _cmd_import, "Import events from CSV, a whole archive from JSON, or sources from Zotero and other reference managers (CSL-JSON, RIS, BibTeX); the format is recognised from each file's content.")
    p.add_argument("archive", type=archive_argument, help="archive to import into (a file is created if missing)")
    p.add_argument("files", type=Path, nargs="+", metavar="FILE", help="files (or folders) to import: " + ", ".join(f"{f.label} ({' '.join(f.patterns)})" for f in formats.FORMATS))
    p.add_argument("--format", choices=formats.names(), help="read every FILE as this format instead of recognising it")
    p.add_argument("--skip-bad", action="store_true", help="import the good CSV rows and report the bad ones")
    p.add_argument("--map", type=Path, metavar="MAPPING.json", help="CSV: which column holds which field, how dates and the file are read (see below)")
    add_user_option(p)
    from desktop.cli.import_help import MAP_HELP

    p.epilog, p.formatter_class = MAP_HELP, argparse.RawDescriptionHelpFormatter

    p = command("export-json", _cmd_export_json, "Export the whole archive as lossless JSON.")
    p.add_argument("archive", type=archive_argument)
    p.add_argument("-o", "--output", type=Path, required=True, help="JSON file to write")

    p = command("export-csv", _cmd_export_csv, "Export events as CSV (spreadsheet-safe).")
    p.add_argument("archive", type=archive_argument)
    p.add_argument("-o", "--output", type=Path, required=True, help="CSV file to write")

    p = command("check", _cmd_check, "Check an archive: schema, integrity, change-log chain, counts.")
    p.add_argument("archive", type=archive_argument)
    p.add_argument("--full", action="store_true", help="run the engine's full integrity check and a foreign-key check, and recompute every record's digest against the change log (slower)")
    p.add_argument("--custody", action="store_true", help="also compare the change log with the tables: every record brought in by an entry, every import's digest verified (a full pass)")

    p = command("search", _cmd_search, "Print the events matching a full-text query.")
    p.add_argument("archive", type=archive_argument)
    p.add_argument("query", help="words to find (prefixes match; any script)")
    p.add_argument("-n", "--limit", type=int, default=50, help="most results to print (default 50)")

    p = command("verify-brief", _cmd_verify_brief, "Check a PDF brief against an archive: list what changed since it was printed.")
    p.add_argument("report", type=Path, help="the PDF brief (printed by Casefile)")
    p.add_argument("archive", type=archive_argument)

    p = command("purge", _cmd_purge, "Remove records and their text from every place in the archive, beyond undo (see README).")
    p.add_argument("archive", type=archive_argument)
    p.add_argument("uids", nargs="+", metavar="UID")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    add_user_option(p)

    from desktop.cli.backups import add_backup_commands
    from desktop.cli.export_pdf import add_export_pdf
    from desktop.cli.exports import add_export_commands
    from desktop.cli.merge import add_merge_commands
    from desktop.cli.records import add_record_commands

    from desktop.cli.encryption import add_encryption_commands

    add_export_pdf(command)
    add_encryption_commands(command)
    add_record_commands(command)
    add_backup_commands(command)
    add_export_commands(command)
    add_merge_commands(command)
    return parser


# --- headless commands -------------------------------------------------------------------


def _cmd_init(args: argparse.Namespace) -> int:
    from desktop.cli.passphrase import create_archive

    if isinstance(args.archive, Path) and args.archive.exists():
        raise CasefileError(f"{args.archive} already exists; choose a new file name.")
    if args.roles and isinstance(args.archive, Path):
        raise CasefileError(f"{args.archive}: roles belong to a server archive (postgresql://…); a file is guarded by who may read it.")
    with create_archive(args.archive, user=user_of(args)):
        pass
    print(f"Created an empty archive in {args.archive}")
    return _cmd_roles(args) if args.roles else EXIT_OK


def _cmd_roles(args: argparse.Namespace) -> int:
    from db.engine.postgres_roles import ROLES
    from desktop.cli.passphrase import open_archive

    with open_archive(args.archive) as archive:
        install = getattr(archive.backend, "install_roles", None)
        if not archive.on_server or install is None:
            raise CasefileError(f"{args.archive}: roles belong to a server archive (postgresql://…); a file is guarded by who may read it.")
        with archive.engine.begin() as connection:
            install(connection, archive.path.database)  # type: ignore[union-attr]
    print(f"Roles ready on {archive.path.name}: {', '.join(ROLES)}. Grant them to people: GRANT casefile_editor TO alice;")
    return EXIT_OK


def _cmd_copy(args: argparse.Namespace) -> int:
    from db.copy import copy_archive
    from db.location import ServerLocation
    from desktop.cli.passphrase import open_archive, with_password

    from db.errors import CredentialsRequired

    with open_archive(args.source) as source:
        try:
            report = copy_archive(source, args.target)
        except CredentialsRequired:
            if not isinstance(args.target, ServerLocation):
                raise
            report = copy_archive(source, with_password(args.target))
    total = sum(report.rows.values())
    print(f"Copied {args.source.name} to {args.target} ({report.rows.get('event', 0):,} events, {report.rows.get('change_log', 0):,} change-log entries, {total:,} rows in all)")
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    from desktop.cli.passphrase import create_archive, new_key
    from db.demo import build_demo

    if isinstance(args.archive, Path) and args.archive.exists():
        raise CasefileError(f"{args.archive} already exists; choose a new file name.")
    key = new_key(fallback_to_current=True) if args.encrypt else None
    with create_archive(args.archive, user=user_of(args), key=key) as archive:
        build_demo(archive)
    print(f"Wrote the {'encrypted ' if key else ''}demo archive to {args.archive}")
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from db import backups
    from db.archive import Archive
    from db.interchange import formats
    from desktop.cli.passphrase import open_archive

    chosen = [(file, formats.by_name(args.format) if args.format else _detect(file, args.map is not None)) for file in args.files]
    options = formats.ImportOptions(skip_bad=args.skip_bad, mapping=args.map)
    user = user_of(args)
    on_server = not isinstance(args.archive, Path)
    existed = on_server or args.archive.exists()
    archive = open_archive(args.archive, user=user) if existed else Archive.create(args.archive, user=user)
    with archive:
        if existed and not on_server:  # an import can be large: keep the archive as it was before it
            backups.take(archive, "before import")
        for file, fmt in chosen:
            summary = formats.import_file(archive, file, options, format_name=fmt.name)
            print(summary.headline)
            for note in summary.notes:
                print(f"  {note}")
            for line in summary.skipped_lines():
                print(f"  {line}", file=sys.stderr)
        from db import search_backlog

        # A large CSV leaves its search index for after its commit: a command line has no
        # background to leave it to, so build it now (interrupted, the next open resumes it).
        search_backlog.run(archive)
    return EXIT_OK


def _detect(file: Path, mapped: bool) -> object:
    """The format of ``file``; with ``--map``, a file that is no other format is read as CSV."""
    from db.interchange import formats

    try:
        return formats.detect(file)
    except CasefileError:
        if mapped and file.is_file():
            return formats.by_name("csv")
        raise


def _cmd_export_json(args: argparse.Namespace) -> int:
    from db.archive import Archive
    from desktop.cli.passphrase import new_key, open_archive
    from db.interchange import json_archive

    with open_archive(args.archive) as archive:
        json_archive.export_json(archive, args.output)
    print(f"Wrote {args.output}")
    return EXIT_OK


def _cmd_export_csv(args: argparse.Namespace) -> int:
    from db.archive import Archive
    from desktop.cli.passphrase import new_key, open_archive
    from db.interchange import csv_events

    with open_archive(args.archive) as archive:
        csv_events.export_events_csv(archive, args.output)
    print(f"Wrote {args.output}")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from db import changelog, custody, queries, record_check
    from db.archive import Archive
    from desktop.cli.passphrase import new_key, open_archive

    with open_archive(args.archive) as archive:
        meta = archive.meta()
        problems = archive.integrity_check(quick=not args.full)
        tail = archive.missing_tail
        with archive.session() as session:
            chain = changelog.verify(session)
            counts = queries.counts(session)
            audit = custody.audit(session) if args.custody else None
            contents = record_check.check_records(session) if args.full else None
    print(f"archive: {args.archive}")
    print(f"schema version: {meta.get('schema_version', '?')} (created by {meta.get('created_by', '?')})")
    print(f"integrity: {'ok' if not problems else '; '.join(problems[:5])}")
    if chain.ok:
        print(f"change log: ok ({chain.entries} entries, hash chain intact)")
    else:
        print(f"change log: BROKEN at entry {chain.broken_at}: {chain.reason}")
    if audit is not None:
        imports = f"{len(audit.imports)} import(s) verified" if all(c.ok for c in audit.imports) else "an import does not verify"
        print(f"custody: {'ok' if not audit.mismatches else f'{len(audit.mismatches)} MISMATCH(ES)'} ({audit.records} records, {imports})")
        for mismatch in audit.mismatches[:20]:
            print(f"  {mismatch.table} {mismatch.uid}: {mismatch.problem}")
    if contents is not None:
        state = "ok" if contents.ok else f"{len(contents.tampered) + len(contents.imports)} PROBLEM(S)"
        print(f"record contents: {state} ({contents.checked} records match their log digest, {contents.unvouched} vouched for by an import or an older entry)")
        for item in contents.tampered:
            print(f"  {item.line()}")
        for line in contents.imports:
            print(f"  {line}")
    if tail is not None:
        print(f"missing changes: {tail.message()}")
    for table, count in counts.items():
        print(f"{table}: {count}")
    sound = chain.ok and not problems and (audit is None or not audit.mismatches) and (contents is None or contents.ok) and tail is None
    return EXIT_OK if sound else EXIT_PROBLEM


def _cmd_verify_brief(args: argparse.Namespace) -> int:
    from db.archive import Archive
    from db.brief_check import check_brief
    from desktop.cli.passphrase import open_archive
    from desktop.report import manifest

    if not args.report.is_file():
        raise FileNotFoundError(2, "no such file", str(args.report))
    brief = manifest.read(args.report)
    with open_archive(args.archive) as archive, archive.session() as session:
        result = check_brief(session, brief)
    print(f"brief {result.report_id}: {result.events} events, {result.attachments} cited attachments, printed at change-log entry {brief.get('log_count')}")
    for problem in result.problems:
        print(f"  {problem}")
    if result.ok:
        print("nothing the brief shows has changed since it was printed")
    if result.entries_since:
        print(f"{result.entries_since} change(s) logged since it was printed" + (", none to what it shows" if result.ok else ""))
    return EXIT_OK if result.ok else EXIT_PROBLEM


def _cmd_purge(args: argparse.Namespace) -> int:
    from db import backups, records
    from db.purge import purge
    from desktop.cli.passphrase import open_archive

    with open_archive(args.archive, user=user_of(args), exclusive=True) as archive:
        with archive.session() as session:
            tables = [records.table_of(session, uid) for uid in args.uids]
        if not args.yes:
            if not sys.stdin.isatty():
                raise CasefileError("purge cannot be undone: confirm with --yes when not on a terminal")
            listed = ", ".join(f"{t} {u}" for t, u in zip(tables, args.uids))
            answer = input(f"Purge {listed} and everything that depends on it? This cannot be undone. [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                print("nothing purged")
                return EXIT_PROBLEM
        report = purge(archive, args.uids, backups=lambda apply: backups.rewrite_backups(archive, apply))
    print(f"purged {report.records} record(s), erased the values of {report.entries} change-log entries, rewrote {report.backups} backup(s)")
    return EXIT_OK


def _cmd_search(args: argparse.Namespace) -> int:
    from db import dates, queries, search
    from db.archive import Archive
    from desktop.cli.passphrase import new_key, open_archive

    with open_archive(args.archive) as archive, archive.session() as session:
        rows = queries.event_rows(session, search.search_events(session, args.query, args.limit))
    for row in rows:
        print(f"{dates.humanize(row.date_text)}\t{row.title}")
    if not rows:
        print("no matching events", file=sys.stderr)
    return EXIT_OK


# --- GUI commands ------------------------------------------------------------------------


def _cmd_gui(args: argparse.Namespace) -> int:
    from desktop.gui.app import run

    return run(None)


def _cmd_open(args: argparse.Namespace) -> int:
    from desktop.gui.app import run
    from desktop.paths import demo_archive_path

    if args.demo:
        path = demo_archive_path()
        if not path.exists():
            from db.archive import Archive
            from db.demo import build_demo

            with Archive.create(path, user=user_of(args)) as archive:
                build_demo(archive)
        return run(path)
    return run(args.archive)  # no archive named (a desktop launch): the last one, as with no command
