"""Where an archive lives: a ``*.casefile`` file (a :class:`~pathlib.Path`) or a database on a
server (a :class:`ServerLocation`, from a ``postgresql://`` URL).

A server location keeps the URL as given; a password in it is never shown (``str()`` masks
it). Credentials normally come from libpq itself (``~/.pgpass``, ``PGPASSWORD``, ``PGUSER``…);
the command line and the GUI may add a typed password with :meth:`ServerLocation.with_password`.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import URL, make_url

SERVER_SCHEMES = ("postgresql", "postgres")


class ServerLocation:
    """An archive on a database server; compared by its URL."""

    def __init__(self, url: str | URL) -> None:
        parsed = make_url(url) if isinstance(url, str) else url
        if parsed.drivername.split("+", 1)[0] == "postgres":
            parsed = parsed.set(drivername="postgresql")
        if not parsed.database:
            raise ValueError(f"{parsed.render_as_string()}: name the database (postgresql://user@host/DATABASE).")
        self.url = parsed

    @classmethod
    def of(cls, host: str, port: int | None, database: str, user: str | None = None, **options: str) -> ServerLocation:
        """A server archive from its parts (a dialog's fields); ``options`` are libpq's
        (``sslmode``…). No password: libpq finds it, or the user types it when asked."""
        return cls(URL.create("postgresql", username=user or None, host=host, port=port, database=database, query=options))

    @property
    def scheme(self) -> str:
        return self.url.drivername.split("+", 1)[0]

    @property
    def name(self) -> str:
        """What messages call the archive: ``database on host``."""
        return f"{self.url.database} on {self.url.host or 'localhost'}"

    @property
    def database(self) -> str:
        return str(self.url.database)

    def with_password(self, password: str) -> ServerLocation:
        return ServerLocation(self.url.set(password=password))

    def resolve(self) -> ServerLocation:
        return self

    def without_password(self) -> str:
        """The URL to remember (recent archives, settings): never the password, which stays
        in the user's head, ~/.pgpass or the environment libpq reads."""
        return self.url._replace(password=None).render_as_string(hide_password=False)  # set(password=None) keeps it

    def __str__(self) -> str:
        return self.url.render_as_string(hide_password=True)

    def __repr__(self) -> str:
        return f"ServerLocation({str(self)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ServerLocation) and str(other.url.render_as_string(False)) == str(self.url.render_as_string(False))

    def __hash__(self) -> int:
        return hash(self.url.render_as_string(hide_password=False))


Location = Path | ServerLocation


def is_server(location: object) -> bool:
    """Whether ``location`` (text, a path or a location) names a server archive."""
    if isinstance(location, ServerLocation):
        return True
    if isinstance(location, Path):
        return False
    return isinstance(location, str) and location.split("://", 1)[0].split("+", 1)[0] in SERVER_SCHEMES and "://" in location


def location_of(text: str | Path | ServerLocation) -> Location:
    """A path for a file name, a :class:`ServerLocation` for a server URL."""
    if isinstance(text, (Path, ServerLocation)):
        return text
    return ServerLocation(text) if is_server(text) else Path(text)
