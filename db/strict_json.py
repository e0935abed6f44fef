"""Strict JSON reading for files from outside: a hostile file gets one clear line, never a
``RecursionError`` or ``OverflowError`` traceback, and never "the last duplicate key wins".

One regex pass over the text (strings and brackets only) measures nesting, finds duplicate keys
with their line and refuses oversized strings before :func:`json.loads` runs; the parser's
hooks then refuse NaN/Infinity and integers that do not fit in 64 bits (SQLite's INTEGER).
"""

from __future__ import annotations

import json
import re
from typing import Any

MAX_DEPTH = 64
"""Deepest nesting accepted; a Casefile export is 4 levels deep."""
MAX_STRING_CHARS = 64 * 1024 * 1024
"""Longest single string (a base64 attachment of 48 MB)."""
INT_MIN, INT_MAX = -(2**63), 2**63 - 1

_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"(\s*:)?|[{}\[\]]', re.DOTALL)


class JSONRefused(ValueError):
    """The text is not JSON this program will read; ``line`` is 1-based (0 when unknown)."""

    def __init__(self, message: str, line: int = 0) -> None:
        super().__init__(message)
        self.line = line


def loads(text: str) -> Any:
    """Parse ``text`` as strict JSON; raises :class:`JSONRefused` or ``json.JSONDecodeError``."""
    _scan(text)
    try:
        return json.loads(text, parse_constant=_no_constant, parse_int=_int64)
    except RecursionError:  # unreachable after _scan; kept so no traceback can escape
        raise JSONRefused(f"nested more than {MAX_DEPTH} levels deep") from None


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _scan(text: str) -> None:
    """Nesting depth, duplicate keys and string length, in one pass over the tokens."""
    keys: list[set[str] | None] = []  # one entry per open bracket: an object's keys, or None
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token in "{[":
            keys.append(set() if token == "{" else None)
            if len(keys) > MAX_DEPTH:
                raise JSONRefused(f"nested more than {MAX_DEPTH} levels deep at line {_line(text, match.start())}", _line(text, match.start()))
        elif token in "}]":
            if keys:
                keys.pop()
        else:
            end = match.end(1) if match.group(1) else match.end()
            if end - match.start() > MAX_STRING_CHARS:
                line = _line(text, match.start())
                raise JSONRefused(f"a string at line {line} is longer than {MAX_STRING_CHARS:,} characters", line)
            if match.group(1) and keys and keys[-1] is not None:
                raw = text[match.start() : match.start(1)]
                if "\\" in raw:
                    try:
                        key = json.loads(raw)
                    except ValueError:
                        continue  # json.loads reports it with its position
                else:  # no escapes: the key is the text between the quotes (most keys; no second parse)
                    key = raw[1:-1]
                if key in keys[-1]:
                    line = _line(text, match.start())
                    raise JSONRefused(f"duplicate key {key!r} at line {line}", line)
                keys[-1].add(key)


def _no_constant(name: str) -> Any:
    raise JSONRefused(f"{name} is not a number JSON allows")


def _int64(digits: str) -> int:
    if len(digits.lstrip("-")) > 19:
        raise JSONRefused(f"the integer {digits[:24]}{'…' if len(digits) > 24 else ''} does not fit in 64 bits")
    value = int(digits)
    if not INT_MIN <= value <= INT_MAX:
        raise JSONRefused(f"the integer {digits} does not fit in 64 bits")
    return value
