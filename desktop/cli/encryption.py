"""``casefile encrypt | decrypt | rekey ARCHIVE``: the file is rewritten, verified and
replaced; the old file is kept beside it (and said where)."""

from __future__ import annotations

from db.errors import CasefileError
from desktop.cli.passphrase import archive_argument

import argparse
from pathlib import Path
from collections.abc import Callable

from desktop.cli.passphrase import current_key, new_key
from desktop.cli.user_option import add_user_option, user_of

Command = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def add_encryption_commands(command: Command) -> None:
    for name, handler, text in (
        ("encrypt", _cmd_encrypt, "Encrypt an archive with a passphrase (SQLCipher); the plain original is kept beside it."),
        ("decrypt", _cmd_decrypt, "Write an encrypted archive back as a plain file; the encrypted original is kept beside it."),
        ("rekey", _cmd_rekey, "Change an encrypted archive's passphrase; the original is kept beside it."),
    ):
        p = command(name, handler, text)
        p.add_argument("archive", type=archive_argument)
        add_user_option(p)


def _done(verb: str, result: object) -> int:
    print(f"{verb} {result.path}")  # type: ignore[attr-defined]
    print(f"The original is kept as {result.kept}: remove it once you no longer need it.")  # type: ignore[attr-defined]
    if line := result.backups_line():  # type: ignore[attr-defined]
        print(line)
    return 0


def _cmd_encrypt(args: argparse.Namespace) -> int:
    from db import encryption

    _exists(args)
    return _done("Encrypted", encryption.encrypt(args.archive, new_key(fallback_to_current=True), user=user_of(args)))


def _cmd_decrypt(args: argparse.Namespace) -> int:
    from db import encryption

    _exists(args)
    return _done("Decrypted", encryption.decrypt(args.archive, current_key(args.archive), user=user_of(args)))


def _cmd_rekey(args: argparse.Namespace) -> int:
    from db import encryption

    _exists(args)
    old = current_key(args.archive)
    return _done("Changed the passphrase of", encryption.rekey(args.archive, old, new_key(), user=user_of(args)))


def _exists(args: argparse.Namespace) -> None:
    if not isinstance(args.archive, Path):
        raise CasefileError(f"{args.archive.name} is a server archive: Casefile encrypts archive files; the server protects its own (TLS, disk encryption).")
    if not args.archive.is_file():
        raise FileNotFoundError(2, "no such file", str(args.archive))
