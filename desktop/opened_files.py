"""A private folder for attachments opened with the desktop's viewer: readable by this user
only, removed when the archive closes, and at the next start if Casefile crashed meanwhile.

The desktop's opener needs a real file, so an opened attachment has to leave the archive for a
while. It goes to the per-user runtime folder (a RAM disk on most Linux systems, emptied at
log-out) or, where there is none, the temporary folder; each Casefile process has its own
sub-folder, mode 0700, holding a lock file. A folder whose lock nobody holds belongs to a
process that died: :func:`remove_stale` deletes it. Qt-free.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import warnings
from pathlib import Path
from typing import IO

from platformdirs import user_runtime_path

from db.file_names import safe_file_name

PREFIX = "open-"
LOCK_NAME = ".lock"


def base_folder() -> Path:
    """Where the opened-file folders of this user live (created 0700 if missing)."""
    with warnings.catch_warnings():  # no XDG_RUNTIME_DIR: platformdirs warns, then falls back
        warnings.simplefilter("ignore")
        runtime = user_runtime_path("casefile", appauthor=False, ensure_exists=False)
    candidates = [runtime, Path(tempfile.gettempdir()) / f"casefile-{_uid()}"]
    for folder in candidates:
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError:
            continue
        if _private(folder):
            return folder
    raise OSError(f"No private folder is available for opened attachments (tried {', '.join(map(str, candidates))}).")


def _uid() -> str:
    return str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")


def _private(folder: Path) -> bool:
    """A real folder of ours that nobody else can read, in a parent nobody else can swap it
    out of (always true on Windows, whose per-user temporary folder is private)."""
    if not hasattr(os, "getuid"):
        return True
    info, parent = folder.lstat(), folder.parent.lstat()
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        return False
    others_may_rename = parent.st_mode & 0o022 and not parent.st_mode & stat.S_ISVTX
    if parent.st_uid not in (0, os.getuid()) or others_may_rename:
        return False
    if info.st_mode & 0o077:
        folder.chmod(0o700)
    return True


RAM_FILESYSTEMS = ("tmpfs", "ramfs")


class PlaintextOnDisk(OSError):
    """An attachment of an encrypted archive would be written unencrypted to a disk (no
    RAM-backed private folder here); the caller asks the user first."""


def is_ram_backed(folder: Path) -> bool:
    """Whether ``folder`` lives on a RAM file system (Linux ``/proc/mounts``; elsewhere: no)."""
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return False
    target, best, kind = str(folder.resolve()), "", ""
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        if (target == point or target.startswith(point.rstrip("/") + "/")) and len(point) > len(best):
            best, kind = point, fields[2]
    return kind in RAM_FILESYSTEMS


def ram_folder() -> Path | None:
    """A private folder on a RAM file system for opened attachments of encrypted archives:
    the runtime folder (``XDG_RUNTIME_DIR``) or ``/dev/shm``; ``None`` if neither is one."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        runtime = user_runtime_path("casefile", appauthor=False, ensure_exists=False)
    for folder in (runtime, Path("/dev/shm") / f"casefile-{_uid()}"):
        try:
            if not is_ram_backed(folder.parent):
                continue
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            if _private(folder) and is_ram_backed(folder):
                return folder
        except OSError:
            continue
    return None


class OpenedFiles:
    """This process's folder of opened attachments (made on first use). GUI thread.

    With ``in_ram`` (an encrypted archive), files go only to a RAM-backed folder; where there
    is none, :meth:`write` raises :class:`PlaintextOnDisk` unless ``allow_disk`` is given (after
    the user agreed).
    """

    def __init__(self, base: Path | None = None, in_ram: bool = False) -> None:
        self._base = base
        self.in_ram = in_ram
        self.folder: Path | None = None
        self._lock: IO[bytes] | None = None

    def write(self, key: str, name: str, content: bytes, allow_disk: bool = False) -> Path:
        """Write ``content`` as ``<folder>/<key>/<safe name>``, readable and writable by this
        user only and never executable; returns its path."""
        if self.in_ram and self._base is None and self.folder is None:
            ram = ram_folder()
            if ram is None and not allow_disk:
                raise PlaintextOnDisk(f"no RAM-backed folder here: “{name}” would be written unencrypted to {base_folder()}")
            self._base = ram
        folder = self._folder() / safe_file_name(key)
        folder.mkdir(mode=0o700, exist_ok=True)
        path = folder / safe_file_name(name)
        path.unlink(missing_ok=True)  # a viewer may have made it read-only
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
        return path

    def remove(self) -> None:
        """Delete the folder and everything in it (a file a viewer still holds open on
        Windows stays until the next start)."""
        folder, self.folder = self.folder, None
        if self._lock is not None:
            self._lock.close()
            self._lock = None
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)

    def _folder(self) -> Path:
        if self.folder is None:
            base = self._base or base_folder()
            for _attempt in range(5):  # another start's remove_stale may take it before the lock
                folder = Path(tempfile.mkdtemp(prefix=PREFIX, dir=base))
                try:
                    lock = _hold_lock(folder / LOCK_NAME)
                except OSError:
                    continue
                if folder.is_dir():
                    self._lock, self.folder = lock, folder
                    break
                lock.close()
            else:
                raise OSError(f"Could not make a private folder in {base}.")
        return self.folder


def remove_stale(base: Path | None = None) -> list[Path]:
    """Delete the opened-file folders left by Casefile processes that no longer run (their
    lock is free); returns them. Folders of running processes are kept."""
    try:
        base = base or base_folder()
        folders = [p for p in base.iterdir() if p.name.startswith(PREFIX) and p.is_dir()]
    except OSError:
        return []
    removed = []
    for folder in folders:
        try:
            lock = _hold_lock(folder / LOCK_NAME)
        except OSError:
            continue  # held: its process is running
        lock.close()
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed


def _hold_lock(path: Path) -> IO[bytes]:
    """An exclusive lock on ``path`` for as long as the handle stays open; ``OSError`` if
    another process holds it."""
    handle = open(path, "a+b")  # noqa: SIM115 (held open on purpose)
    try:
        try:
            import fcntl
        except ImportError:  # Windows
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        raise
    return handle
