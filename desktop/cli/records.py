"""The ``casefile show``, ``edit`` and ``delete`` subcommands: records read and written headless.

Edits and deletes go through :mod:`db.services` like the GUI's (one transaction, written to
the change log) and read typed values with :mod:`db.field_input`, as the detail form does.
Bad input changes nothing: every field is read and checked before the transaction commits.
"""

from __future__ import annotations

from desktop.cli.passphrase import archive_argument

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select

from db.errors import CasefileError, ValidationError
from desktop.cli.output import write_utf8
from desktop.cli.user_option import add_user_option, user_of

Register = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]
SHOWN_CHARS = 60
"""Longest value quoted in the one-line summary of an edit."""


def add_record_commands(command: Register) -> None:
    p = command("show", _cmd_show, "Print one record (any kind) as JSON, found by its uid.")
    p.add_argument("archive", type=archive_argument)
    p.add_argument("uid")

    p = command("edit", _cmd_edit, "Change fields of one record in one logged edit, reading values as the form does.")
    p.add_argument("archive", type=archive_argument)
    p.add_argument("uid")
    p.add_argument("assignments", nargs="+", metavar="FIELD=VALUE", help="a field as `casefile show` names it or as the form labels it (any case), and its new value")
    add_user_option(p)
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.epilog = _fields_help()

    p = command("delete", _cmd_delete, "Delete records (and what depends on them) in one logged edit.")
    p.add_argument("archive", type=archive_argument)
    p.add_argument("uids", nargs="+", metavar="UID")
    add_user_option(p)


# --- show --------------------------------------------------------------------------------


def _cmd_show(args: argparse.Namespace) -> int:
    from db import records, services
    from db.archive import Archive
    from desktop.cli.passphrase import new_key, open_archive

    with open_archive(args.archive) as archive, archive.session() as session:
        table = records.table_of(session, args.uid)
        record = records.to_dict(session, services.get(session, table, args.uid))
    text = shown_json({"table": table, **record}, indent=2) + "\n"
    write_utf8(text)
    return 0


def shown_json(value: Any, indent: int | None = None) -> str:
    """JSON for a terminal: readable UTF-8, but bidi controls and other invisible characters
    written as ``\\uXXXX``, so a hostile title cannot reorder or hide what the screen shows.
    Still valid JSON that reads back to the very same text."""
    from db.file_names import is_invisible

    text = json.dumps(value, ensure_ascii=False, indent=indent)
    return "".join(json.dumps(c)[1:-1] if c not in " \n" and is_invisible(c) else c for c in text)


# --- edit --------------------------------------------------------------------------------


def _cmd_edit(args: argparse.Namespace) -> int:
    from db import field_input, records, services
    from db.archive import Archive
    from desktop.cli.passphrase import new_key, open_archive
    from db.models import Tag

    pairs = [_assignment(text) for text in args.assignments]
    with open_archive(args.archive, user=user_of(args), exclusive=True) as archive:
        with archive.session() as session:
            table = records.table_of(session, args.uid)
        typed: dict[str, str] = {}  # record key → the name the user gave it
        texts: dict[str, str] = {}
        for name, text in pairs:
            key = field_input.find_field(table, name).key
            if key in typed:
                raise ValidationError(f"{name}: the field is given twice ({typed[key]} and {name}).", key)
            typed[key], texts[key] = name, text
        new_tags: list[str] = []
        try:
            with services.edit(archive) as ed:
                values = {key: field_input.read_value(ed.session, table, key, text) for key, text in texts.items()}
                current = records.to_dict(ed.session, services.get(ed.session, table, args.uid))
                for key, text in texts.items():  # a new date typed in words keeps them (as the form does)
                    if values[key] != current.get(key):
                        worded = field_input.with_typed(table, key, values[key], text)
                        values.update({k: v for k, v in worded.items() if k not in texts})
                for tag in values.get("tags", []):  # new tags are records of their own, logged as the GUI does
                    if ed.session.scalar(select(Tag.id).where(Tag.name == tag)) is None:
                        services.create(ed, "tag", {"name": tag})
                        new_tags.append(tag)
                before = services.update(ed, table, args.uid, values)
                after = records.to_dict(ed.session, services.get(ed.session, table, args.uid))
        except ValidationError as error:
            raise _named(error, typed) from None
    changed = [key for key in before if key != "updated_at"]
    if not changed:
        print(f"No change: the {table} {args.uid} already has these values.")
        return 0
    parts = [f"{key} {_shown(before[key])} → {_shown(after[key])}" for key in changed]
    created = f" (new tag{'s' if len(new_tags) > 1 else ''}: {', '.join(new_tags)})" if new_tags else ""
    print(f"Updated {table} {args.uid}: {'; '.join(parts)}{created}")
    return 0


def _assignment(text: str) -> tuple[str, str]:
    name, equals, value = text.partition("=")
    if not equals or not name.strip():
        raise CasefileError(f"“{text}” is not FIELD=VALUE (e.g. status=likely or date=\"c. May 2017\").")
    return name.strip(), value


def _named(error: ValidationError, typed: dict[str, str]) -> ValidationError:
    """The error as one line that starts with the field as the user named it."""
    field = error.field
    if field is None and len(typed) == 1:
        field = next(iter(typed))
    name = typed.get(field or "", field)
    message = f"{name}: {error}" if name else str(error)
    return ValidationError(message, field)


def _shown(value: Any) -> str:
    text = shown_json(value)
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"


def _fields_help() -> str:
    from db import field_input
    from db.models import RECORD_MODELS

    lines = ["fields by record kind (name as `casefile show` prints it, or the form's label):"]
    for table in RECORD_MODELS:
        shown = ", ".join(f.key if f.label.casefold() == f.key.replace("_", " ") else f"{f.key} (“{f.label}”)" for f in field_input.fields(table))
        lines.append(f"  {table}: {shown}")
    lines += [
        "",
        "values are read as the form reads them: dates as written (\"c. May 2017\", \"1–3 April 2017\", EDTF),",
        "choices by value or label, yes/no, whole numbers (44,700), tags separated by commas, aliases by ;,",
        "references by uid or by exact name; an empty value clears the field.",
        "example: casefile edit case.casefile 7f3c… date=\"c. May 2017\" status=likely",
    ]
    return "\n".join(lines)


# --- delete ------------------------------------------------------------------------------


def _cmd_delete(args: argparse.Namespace) -> int:
    from db import records, services
    from db.archive import Archive
    from desktop.cli.passphrase import new_key, open_archive
    from db.models import RECORD_MODELS

    asked = list(dict.fromkeys(args.uids))
    order = list(RECORD_MODELS)
    with open_archive(args.archive, user=user_of(args), exclusive=True) as archive:
        with services.edit(archive) as ed:
            tables = {uid: records.table_of(ed.session, uid) for uid in asked}
            # children before parents, so "delete CASE EVENT…" can empty a case and then remove it
            for uid in sorted(asked, key=lambda u: -order.index(tables[u])):
                if uid in ed.changes.deleted.get(tables[uid], set()):
                    continue  # already gone with a record deleted before it
                try:
                    services.delete(ed, tables[uid], uid)
                except ValidationError as error:
                    raise ValidationError(f"{tables[uid]} {uid}: {error}", error.field) from None
            changes = ed.changes
    print(_delete_summary(asked, tables, changes.deleted, changes.updated))
    return 0


def _delete_summary(asked: list[str], tables: dict[str, str], deleted: dict[str, set[str]], updated: dict[str, set[str]]) -> str:
    line = f"Deleted {_count(len(asked), 'record')}: " + ", ".join(f"{tables[uid]} {uid}" for uid in asked)
    asked_set = set(asked)
    dependents = {t: len(uids - asked_set) for t, uids in sorted(deleted.items()) if uids - asked_set}
    if dependents:
        line += f"; with {'it' if len(asked) == 1 else 'them'} {_count(sum(dependents.values()), 'dependent record')} (" + ", ".join(_count(n, t.replace("_", " ")) for t, n in dependents.items()) + ")"
    if updated:
        line += "; links to them removed from " + ", ".join(_count(len(uids), t.replace("_", " ")) for t, uids in sorted(updated.items()))
    return line


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}" + ("" if number == 1 else "s")
