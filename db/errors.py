"""Typed errors of the data layer; only the UI turns them into dialogs or messages."""

from __future__ import annotations


class CasefileError(Exception):
    """Base of every error the data layer raises on purpose."""


class NotAnArchive(CasefileError):
    """The file exists but is not a Casefile archive (another SQLite file, or not SQLite)."""


class CorruptArchive(CasefileError):
    """The file is a Casefile archive but SQLite reports damage; ``schema_version`` is set
    when its schema still reads (it can then be opened read-only to show and rescue it)."""

    def __init__(self, message: str, schema_version: int | None = None) -> None:
        super().__init__(message)
        self.schema_version = schema_version


class NewerSchema(CasefileError):
    """The archive was written by a newer Casefile; opening it could lose data."""


class ArchiveLocked(CasefileError):
    """Another process holds the archive."""


class ArchiveBusy(ArchiveLocked):
    """Another process is writing the archive (or has it open for editing) right now."""


class ArchiveReadOnly(CasefileError):
    """The archive was opened read-only (read-only media, no write permission, or damage)."""


class WriteFailed(CasefileError):
    """The database could not take a write (disk full, I/O error); nothing was written."""


class QueryCancelled(CasefileError):
    """A read stopped inside the database because its caller cancelled it."""


class ExportCancelled(CasefileError):
    """An export stopped because its caller cancelled it; no file was left behind."""


class ValidationError(CasefileError):
    """User input that cannot be stored as given; ``field`` names the offending field."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class EditConflict(CasefileError):
    """A save refused because someone changed the record since the version it was based on
    (or, for an undo, changed again what the undo would put back): never a silent overwrite.

    ``fields`` maps each field to ``(mine, theirs)``: the value this save would write and the
    value the archive holds now. ``changed_by``/``changed_at`` name the latest change to the
    record (from the change log); ``base_version``/``current_version`` the row versions.
    ``removes``: the refused undo or redo would delete the record (undo of its creation, redo
    of its deletion), not put fields back.
    """

    def __init__(
        self, table: str, uid: str, fields: dict[str, tuple[object, object]], base_version: int | None,
        current_version: int, changed_by: str, changed_at: str, undo: bool = False, removes: bool = False,
    ) -> None:  # fmt: skip
        self.table, self.uid, self.fields = table, uid, fields
        self.base_version, self.current_version = base_version, current_version
        self.changed_by, self.changed_at, self.undo, self.removes = changed_by, changed_at, undo, removes
        noun = table.replace("_", " ")
        names = ", ".join(k.replace("_", " ") for k in fields) or "it"
        when = changed_at.replace("T", " ").removesuffix("Z")
        if undo and removes:  # undoing a create, redoing a delete: the record itself would go
            message = f"Cannot undo: {changed_by} has changed this {noun} since ({when} UTC); undo would remove it with their change."
        elif undo:
            message = f"Cannot undo: {changed_by} has since changed this {noun}'s {names} again ({when} UTC); undo would overwrite their change."
        else:
            message = f"Not saved: {changed_by} changed this {noun} at {when} UTC, after you began editing ({names})."
        super().__init__(message)


class InvalidDate(ValidationError):
    """A date that is not valid EDTF or names a day that does not exist."""


class NotFound(CasefileError):
    """A record referenced by uid or id does not exist."""


class ImportFailed(CasefileError):
    """An import found problems; ``problems`` lists (line, message) and nothing was written."""

    def __init__(self, message: str, problems: list[tuple[int, str]] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


WRONG_PASSPHRASE = "wrong passphrase, or not a Casefile archive"


class PassphraseRequired(CasefileError):
    """The file is not plain SQLite: it is an encrypted archive (or a foreign file) and opening
    it needs a passphrase."""


class WrongPassphrase(NotAnArchive):
    """The passphrase does not open the file: a wrong passphrase and a foreign file look alike
    to a cipher, so the message says both."""

    def __init__(self, message: str = WRONG_PASSPHRASE) -> None:
        super().__init__(message)


class CipherMissing(CasefileError):
    """The SQLCipher driver is missing, has no cipher compiled in, or lacks FTS5."""


class ServerUnreachable(CasefileError):
    """A server archive could not be reached or refused the connection."""


class CredentialsRequired(ServerUnreachable):
    """The server wants a password that neither the URL, ``~/.pgpass`` nor ``PGPASSWORD`` gave."""
