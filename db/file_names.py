"""Attachment names made safe: shown as what they are, written to disk as one harmless name,
and files that would run as programs recognised, by name and by content.

An attachment keeps the name it arrived with (it is evidence), whatever it holds: ``..``,
slashes, control characters, bidi overrides that make ``invoice\\u202efdp.exe`` look like
``invoiceexe.pdf``, 300-byte names. Nothing here changes what is stored; the GUI shows
:func:`display_name`, writes files under :func:`safe_file_name` and asks before handing
anything :func:`program_risk` flags to the desktop's opener.
"""

from __future__ import annotations

import re
import unicodedata

MAX_NAME_BYTES = 255
"""The longest file name (UTF-8 bytes) ext4, APFS and NTFS all accept."""
FALLBACK_NAME = "attachment"
MAX_EXTENSION_BYTES = 32
"""A longer "extension" is just text after a dot: the name is cut as a whole."""

BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
"""Marks, embeddings, overrides and isolates: they reorder what the eye sees."""
JOINERS = frozenset("\u200c\u200d")
"""Zero-width (non-)joiners are invisible but part of how Persian, Indic and emoji names are
spelled; they are kept and shown as written."""
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Zl", "Zp"})
_SPACE_RUN = re.compile(r"\s{4,}")
"""Four or more spaces in a row (they can push a real extension out of sight); the other
whitespace characters are invisible ones and already shown by code."""
_WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
)
_WINDOWS_FORBIDDEN = re.compile(r'[<>:"|?*]')


def is_invisible(char: str) -> bool:
    """Whether ``char`` is a control, format, bidi, separator or unpaired-surrogate character
    that would be invisible (or reorder text) on screen."""
    if char in JOINERS:
        return False
    return char in BIDI_CONTROLS or unicodedata.category(char) in _INVISIBLE_CATEGORIES


def _visible(char: str) -> str:
    return f"⟨U+{ord(char):04X}⟩"


def display_name(name: str) -> str:
    """``name`` for the screen: every invisible or reordering character shown as ``⟨U+202E⟩``
    and long runs of spaces as ``⟨12 spaces⟩``, so the name reads in stored order and its real
    extension is where the eye expects it. Slashes and dots are shown as they are."""
    shown = "".join(_visible(c) if is_invisible(c) else c for c in name)
    shown = _SPACE_RUN.sub(lambda m: f"⟨{len(m.group(0))} spaces⟩", shown)
    return shown or "⟨no name⟩"


def from_os_name(name: str) -> str:
    """A name read from the disk (``Path.name``) as text that can be stored: bytes that are not
    UTF-8 (Python keeps them as lone surrogates) are written ``\\xe9``, so the original bytes
    stay readable in the archive instead of the attach failing."""
    raw = name.encode("utf-8", "surrogateescape") if any("\udc80" <= c <= "\udcff" for c in name) else None
    if raw is None:
        return name
    return raw.decode("utf-8", "backslashreplace")


def safe_file_name(name: str) -> str:
    """One harmless file name for ``name`` on any disk: its last path part only, without
    invisible or bidi characters or characters Windows forbids, no ``.``/``..`` or reserved
    device name, no trailing dots or spaces, at most 255 UTF-8 bytes with the extension kept."""
    text = unicodedata.normalize("NFC", name)
    text = "".join(c for c in text if not is_invisible(c))
    text = text.replace("\\", "/").rsplit("/", 1)[-1]
    text = _WINDOWS_FORBIDDEN.sub("_", re.sub(r"\s+", " ", text)).strip().rstrip(". ")
    if not text.strip("."):
        return FALLBACK_NAME
    if text.split(".", 1)[0].strip().casefold() in _WINDOWS_RESERVED:
        text = "_" + text
    return _fit(text)


def extension(name: str) -> str:
    """The extension the system will go by, lower case without the dot ("" for none): the
    last one of the safe name, so ``invoice\\u202efdp.exe`` and ``report.pdf.exe.`` are exe."""
    safe = safe_file_name(name)
    stem, dot, ext = safe.rpartition(".")
    return ext.casefold() if dot and stem.strip(".") else ""


def _fit(text: str) -> str:
    if len(text.encode("utf-8")) <= MAX_NAME_BYTES:
        return text
    stem, dot, ext = text.rpartition(".")
    suffix = dot + ext
    if not dot or not stem or len(suffix.encode("utf-8")) > MAX_EXTENSION_BYTES:
        stem, suffix = text, ""
    budget = MAX_NAME_BYTES - len(suffix.encode("utf-8"))
    cut = stem.encode("utf-8")[:budget].decode("utf-8", errors="ignore")
    while cut and unicodedata.combining(cut[-1]):  # never leave an accent without its letter
        cut = cut[:-1]
    return cut.rstrip(". ") + suffix if cut.rstrip(". ") else FALLBACK_NAME + suffix


# --- files that run ------------------------------------------------------------------------

PROGRAM_EXTENSIONS: dict[str, str] = {
    **dict.fromkeys(("exe", "com", "scr", "pif", "cpl", "msi", "msp", "msix", "appx", "dll", "sys"), "a Windows program"),
    **dict.fromkeys(("bat", "cmd", "ps1", "psm1", "vbs", "vbe", "js", "jse", "wsf", "wsh", "hta", "reg", "inf", "lnk", "url", "scf"),
                    "a Windows script or shortcut"),
    **dict.fromkeys(("sh", "bash", "zsh", "csh", "ksh", "command", "run", "bin", "appimage", "desktop", "deb", "rpm", "flatpakref", "snap"),
                    "a Linux program, script or installer"),
    **dict.fromkeys(("app", "pkg", "dmg", "scpt", "applescript", "workflow", "terminal"), "a macOS program or installer"),
    **dict.fromkeys(("py", "pyw", "pyz", "pl", "rb", "php", "jar", "class", "apk", "elf", "o", "so"), "a program or script"),
    **dict.fromkeys(("docm", "dotm", "xlsm", "xltm", "xlam", "pptm", "potm", "ppam", "sldm"), "a document with macros (programs)"),
}  # fmt: skip
"""Extensions a desktop opener may run (or install) rather than show."""

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x7fELF", "a Linux program (ELF)"),
    (b"MZ", "a Windows program (MZ)"),
    (b"#!", "a script (it starts with #!)"),
    (b"\xfe\xed\xfa\xce", "a macOS program (Mach-O)"),
    (b"\xfe\xed\xfa\xcf", "a macOS program (Mach-O)"),
    (b"\xce\xfa\xed\xfe", "a macOS program (Mach-O)"),
    (b"\xcf\xfa\xed\xfe", "a macOS program (Mach-O)"),
    (b"\xca\xfe\xba\xbe", "a macOS or Java program"),
    (b"L\x00\x00\x00\x01\x14\x02\x00", "a Windows shortcut (it can start a program)"),
)
MAGIC_BYTES = max(len(magic) for magic, _ in _MAGIC)
"""How much of the content :func:`program_risk` looks at."""


def program_risk(name: str, head: bytes, executable: bool = False) -> str | None:
    """Why opening this file may run it ("its name ends in .exe: a Windows program"), or
    ``None``. ``head`` is the start of its content (at least :data:`MAGIC_BYTES`), and
    ``executable`` whether the file as written has an execute permission."""
    reasons = []
    ext = extension(name)
    if ext in PROGRAM_EXTENSIONS:
        reasons.append(f"its name ends in .{ext}: {PROGRAM_EXTENSIONS[ext]}")
    kind = next((what for magic, what in _MAGIC if head.startswith(magic)), None)
    if kind is not None:
        reasons.append(f"its content is {kind}")
    if executable:
        reasons.append("it is marked as executable")
    return "; ".join(reasons) or None
