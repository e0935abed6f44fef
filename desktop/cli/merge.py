"""``casefile merge``, ``conflicts``, ``resolve`` and ``same``: bringing field copies together headless.

A merge reads each source (never writes to it), backs the target up, and applies what the
source changed in one logged edit (see :mod:`db.merge`). What it cannot settle alone —
conflicts, possible duplicates — is listed by ``conflicts`` and settled one at a time by
``resolve`` and ``same``; until then the target is used as usual.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.cli.output import write_utf8
from desktop.cli.passphrase import archive_argument
from desktop.cli.user_option import add_user_option, user_of

Register = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]
SHOWN = 50
"""Longest value quoted in the conflicts list."""


def add_merge_commands(command: Register) -> None:
    p = command("merge", _cmd_merge, "Merge copies of an archive changed elsewhere (field laptops) into TARGET; conflicts are kept, never settled silently.")
    p.add_argument("archive", type=archive_argument, metavar="TARGET", help="the archive to merge into (a file is backed up first), or a postgresql:// URL")
    p.add_argument("sources", type=archive_argument, nargs="+", metavar="SOURCE", help="archives to merge from (only read): files or postgresql:// URLs")
    add_user_option(p)

    p = command("conflicts", _cmd_conflicts, "List a merged archive's open conflicts and possible duplicates.")
    p.add_argument("archive", type=archive_argument, metavar="TARGET")

    p = command("resolve", _cmd_resolve, "Settle one merge conflict: keep ours, take theirs, or set a value.")
    p.add_argument("archive", type=archive_argument, metavar="TARGET")
    p.add_argument("conflict", metavar="CONFLICT", help="the conflict's id as `casefile conflicts` prints it")
    p.add_argument("--take", required=True, metavar="ours|theirs|VALUE", help="ours, theirs, or the value to set (read as the form reads the field)")
    add_user_option(p)

    p = command("same", _cmd_same, "Confirm two records a merge offered as possible duplicates are the same (combined into the first), or --different.")
    p.add_argument("archive", type=archive_argument, metavar="TARGET")
    p.add_argument("keep", metavar="UID", help="the record to keep")
    p.add_argument("other", metavar="UID", help="the record combined into it (its references move, it is deleted)")
    p.add_argument("--different", action="store_true", help="they are not the same: stop offering them")
    add_user_option(p)


def _cmd_merge(args: argparse.Namespace) -> int:
    from db.merge.run import merge
    from desktop.cli.passphrase import open_archive

    for where in (*args.sources, args.archive):
        if isinstance(where, Path) and not where.is_file():
            raise FileNotFoundError(2, "no such file", str(where))
    with open_archive(args.archive, user=user_of(args), exclusive=True) as target:
        for path in args.sources:
            with open_archive(path) as source:
                print(merge(target, source).summary())
        from db.merge import candidates, conflicts

        with target.session() as session:
            open_count, offered = conflicts.count_open(session), len(candidates.open_candidates(session))
    if open_count or offered:
        print(f"{open_count:,} open conflict(s), {offered:,} possible duplicate(s): see `casefile conflicts {args.archive}`")
    return 0


def _cmd_conflicts(args: argparse.Namespace) -> int:
    from db.merge import candidates, conflicts
    from desktop.cli.passphrase import open_archive

    with open_archive(args.archive) as archive, archive.session() as session:
        found, offered = conflicts.open_conflicts(session), candidates.open_candidates(session)
    lines = []
    for c in found:
        what = f"{c.table.replace('_', ' ')} “{c.label}”" + (f" {c.field}" if c.field else "")
        lines.append(f"{c.uid[:8]}  {what}: {_kind(c.kind)}")
        lines.append(f"    ours:   {_shown(c.ours)}  ({_who(c.ours_by, c.ours_at)})")
        theirs = f"{c.theirs_label} (deleted here)" if c.theirs_label else _shown(c.theirs)
        if c.brings:
            theirs += ", with " + ", ".join(f"{n} {t.replace('_', ' ')}{'s' if n != 1 else ''}" for t, n in sorted(c.brings.items()))
        lines.append(f"    theirs: {theirs}  ({_who(c.theirs_by, c.theirs_at)})")
    for d in offered:
        lines.append(f"same?  {d.table} “{d.ours_label}” {d.ours_uid} and “{d.theirs_label}” {d.theirs_uid}: {d.reason}")
    if not lines:
        lines.append("no open conflicts or possible duplicates")
    write_utf8("\n".join(lines) + "\n")
    return 0


def _cmd_resolve(args: argparse.Namespace) -> int:
    from db import services
    from db.merge import conflicts
    from desktop.cli.passphrase import open_archive

    take = args.take.strip()
    with open_archive(args.archive, user=user_of(args)) as archive:
        with archive.session() as session:
            row = conflicts.find(session, args.conflict)
            uid, field = row.uid, row.field
            value = None if take.lower() in ("ours", "theirs") else conflicts.read_typed(session, uid, take)
        with services.edit(archive) as ed:
            conflicts.resolve(ed, uid, take.lower() if value is None else "value", value)
    shown = take.lower() if value is None else _shown(value)
    print(f"resolved {uid[:8]}{' ' + field if field else ''}: {shown}")
    return 0


def _cmd_same(args: argparse.Namespace) -> int:
    from db import services
    from db.merge import candidates
    from desktop.cli.passphrase import open_archive

    with open_archive(args.archive, user=user_of(args)) as archive, services.edit(archive) as ed:
        if args.different:
            candidates.dismiss(ed, args.keep, args.other)
            message = f"{args.keep} and {args.other} are different; no longer offered"
        else:
            moved = candidates.confirm_same(ed, args.keep, args.other).moved
            refs = ", ".join(f"{n} {t.replace('_', ' ')}" for t, n in sorted(moved.items())) or "no references"
            message = f"combined {args.other} into {args.keep} ({refs} moved)"
    print(message)
    return 0


def _kind(kind: str) -> str:
    return {"field": "changed on both sides", "deleted_here": "deleted here, changed there",
            "deleted_there": "changed here, deleted there",
            "deleted_link": "set there to a record deleted here"}.get(kind, kind)  # fmt: skip


def _who(user: str, at: str) -> str:
    return ", ".join(part for part in (user, at) if part) or "unknown"


def _shown(value: Any) -> str:
    if value is None:
        return "(deleted)"
    if isinstance(value, dict):
        value = value.get("title") or value.get("name") or value.get("quote") or value.get("uid")
        return "(the record: " + _shown(value) + ")"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"


