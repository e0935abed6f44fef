"""Recognise reference files by their first bytes, without importing a parser.

CSL-JSON and a Casefile export are both JSON: CSL-JSON is an array of objects carrying CSL's
``"type"`` and ``"id"`` or ``"title"`` (or an object with ``items``, or a lone item, which the
reader then refuses by name); a Casefile export says ``"format": "casefile-archive"`` and is
never taken for CSL-JSON.
"""

from __future__ import annotations

import re

_CASEFILE = re.compile(r'"format"\s*:\s*"casefile-archive"')
_CSL_TYPE = re.compile(r'"type"\s*:\s*"[a-z_-]+"')
_CSL_KEY = re.compile(r'"(?:id|title)"\s*:')
_ITEMS = re.compile(r'"items"\s*:')
_RIS = re.compile(r"^TY  ?- ", re.MULTILINE)
_BIBTEX = re.compile(r"^[ \t]*@[A-Za-z]+[ \t]*[{(]", re.MULTILINE)


def _text(head: bytes) -> str:
    return head.decode("utf-8-sig", errors="replace").lstrip()


def is_csl_json(head: bytes) -> bool:
    text = _text(head)
    if _CASEFILE.search(text[:4096]):
        return False
    if text.startswith("["):
        body = text[1:].lstrip()
        return body.startswith("{") and bool(_CSL_TYPE.search(text)) and bool(_CSL_KEY.search(text))
    if not text.startswith("{"):
        return False
    return bool(_ITEMS.search(text)) or (bool(_CSL_TYPE.search(text)) and bool(_CSL_KEY.search(text)))


def is_ris(head: bytes) -> bool:
    """The first line that is not blank starts an entry (``TY  - JOUR``), as Zotero checks."""
    lines = [line for line in _text(head).splitlines() if line.strip()][:5]
    return any(_RIS.match(line) for line in lines[:1])


def is_bibtex(head: bytes) -> bool:
    """An ``@type{`` at the start of a line, outside JSON."""
    text = _text(head)
    return not text.startswith(("{", "[")) and bool(_BIBTEX.search(text))
