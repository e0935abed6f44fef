"""Archive keys: a passphrase turned into SQLCipher 4 raw keys once per file salt.

SQLCipher 4 derives a file's key with PBKDF2-HMAC-SHA512 (256,000 iterations) from the
passphrase and the 16-byte salt at the start of the file; doing it on every pooled connection
costs ~0.1-0.3 s each. An :class:`ArchiveKey` derives once per salt (on whichever thread asks
first, a worker in the GUI) and keys each connection with the raw ``x'…'`` form.
"""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

KDF_ITERATIONS = 256_000
"""SQLCipher 4's default ``kdf_iter``."""
SALT_BYTES = 16
KEY_BYTES = 32


class ArchiveKey:
    """The secret that opens encrypted archives. Never printed: ``repr`` and ``str`` hide it.

    Holds the passphrase (needed for files with another salt, e.g. a backup written by another
    tool) and the raw keys derived so far, by salt. Thread-safe.
    """

    __slots__ = ("__passphrase", "__raw", "__lock")

    def __init__(self, passphrase: str) -> None:
        if not passphrase:
            raise ValueError("An empty passphrase cannot encrypt an archive.")
        self.__passphrase = passphrase.encode("utf-8")
        self.__raw: dict[bytes, bytes] = {}
        self.__lock = threading.Lock()

    @classmethod
    def from_passphrase(cls, passphrase: str) -> ArchiveKey:
        return cls(passphrase)

    def raw(self, salt: bytes) -> bytes:
        """The 32-byte key for a file with ``salt`` (derived on first use, then cached)."""
        if len(salt) != SALT_BYTES:
            raise ValueError("an SQLCipher salt is 16 bytes")
        with self.__lock:
            key = self.__raw.get(salt)
            if key is None:
                key = hashlib.pbkdf2_hmac("sha512", self.__passphrase, salt, KDF_ITERATIONS, KEY_BYTES)
                self.__raw[salt] = key
            return key

    def prepare(self, location: Path) -> None:
        """Derive the key for the file at ``location`` now (call it off the UI thread)."""
        self.raw(file_salt(location))

    def new_salt(self) -> bytes:
        """A salt for a new file: the last one used, so backups reuse the derived key."""
        with self.__lock:
            if self.__raw:
                return next(reversed(self.__raw))
        return os.urandom(SALT_BYTES)

    def pragma_value(self, salt: bytes, with_salt: bool = False) -> str:
        """The ``PRAGMA key`` / ``ATTACH … KEY`` literal: ``"x'<key>'"``, with the salt appended
        (``"x'<key><salt>'"``) for a file that does not exist yet."""
        text = self.raw(salt).hex() + (salt.hex() if with_salt else "")
        return f"\"x'{text}'\""

    def same_as(self, other: ArchiveKey) -> bool:
        return self.__passphrase == other.__passphrase

    def __repr__(self) -> str:
        return "ArchiveKey(<hidden>)"

    __str__ = __repr__

    def __reduce__(self) -> object:
        raise TypeError("an ArchiveKey is not pickled")


def file_salt(location: Path) -> bytes:
    """The salt SQLCipher keeps in a file's first 16 bytes."""
    with Path(location).open("rb") as handle:
        return handle.read(SALT_BYTES)
