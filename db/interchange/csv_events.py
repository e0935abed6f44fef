"""CSV import and export of events, so a case can start from, or be handed over as, a spreadsheet.

Columns
-------
One row per event; the first row names the columns. Column names are matched ignoring case
and surrounding spaces, in any order; only ``title`` is required; an unknown column is an
error (so a misspelt column never loses data silently).

================  ==========================================================================
title             the event's title (required)
date              EDTF date as written: 2017, 2017-04, 2017-04-01, 2017~, 2017-04-0X,
                  2017-04/2017-06, 2017-04-01/.. (empty: undated)
end_date          optional EDTF end; with it the event's date is the interval ``date/end_date``
                  (``date`` empty: start unknown). Export leaves it empty: the interval
                  stays in ``date``.
place             place name, matched to an existing place by name *and* country (ignoring
                  case), created otherwise. A country without a place name gives a
                  country-level place named by the code.
country           ISO 3166 two-letter code (RU, UA, SY ...), any case
type              event type; written as the vocabulary spells it when it matches a term
status            confirmed, likely, possible, unlikely or unknown (any case); empty: unknown
description       free text, kept exactly (line breaks and spaces included)
tags              names separated by ``;``; matched ignoring case, created when new
actors            names separated by ``;``, each optionally followed by its role in
                  parentheses: ``OVD-Info (organiser); Moscow police (authority)``. Matched
                  by name ignoring case, created as organisations when unknown; no role means
                  participant. A name that itself ends in ``)`` needs a role after it:
                  ``Memorial (Russia) (organiser)``.
source_title      the source backing the event: matched by title (ignoring case) and URL,
                  created otherwise (kind "other"); the event cites it
source_url        the source's URL
source_publisher  the outlet: an actor, matched by name or created as an organisation
source_published  EDTF publication date of the source
quote             the passage of the source that supports the event (the citation's quote)
================  ==========================================================================

An existing place, actor or source is reused as it is (its fields are not overwritten). Every
row with a source creates a citation, quote or not. Names of tags and actors cannot contain
``;``. Importing the same file twice creates the events twice. Cells are trimmed, except
``description`` and ``quote``; a row with fewer cells than the header reads the missing ones
as empty, a row with more is an error. Export writes protected actors under their pseudonym.

File format
-----------
UTF-8 with or without a byte order mark (Excel: "CSV UTF-8"); comma-separated, fields with
commas, quotes or line breaks in double quotes (RFC 4180). Other delimiters and encodings need a column mapping (below).
Export writes UTF-8 *with* a byte order mark (so spreadsheets read Cyrillic and Arabic
correctly), ``\\r\\n`` line endings and minimal quoting.

Formula injection: a spreadsheet runs a cell beginning with ``=``, ``+``, ``-``, ``@``, tab or
carriage return as a formula. Export prefixes such cells with one apostrophe ``'``; import
removes exactly one leading apostrophe when the rest starts with one of those characters. So
that a cell such as ``'=x`` survives too, export also prefixes cells made of apostrophes
followed by one of those characters (``'=x`` → ``''=x``): round trips are lossless.

Errors
------
Problems are reported with the physical line of the file on which the row *starts* (the
header is line 1; a quoted cell spanning several lines moves later rows down) and name the
column and value. Unless ``skip_bad`` is set, any bad row means nothing is imported: the
transaction is rolled back, but the rest of the file is still checked so that every bad row
is listed. The whole import is one transaction: FTS stays in sync and one ``import`` entry
goes into the change log: file name, SHA-256, counts, the id range of each table's new rows
and a digest over every row written (:mod:`db.interchange.csv_digest`), so each imported
record can be traced to the file and checked (:mod:`db.provenance`).

Speed
-----
Rows are inserted in bulk rather than through :mod:`db.services` (which logs every record):
the file is streamed in batches; a reader thread checks and plans each batch (ids, uids,
index documents, :mod:`db.interchange.csv_batches`) while the caller's thread writes the
previous one with one statement per table (:mod:`db.interchange.csv_writer`). This package
checks what :mod:`db.records` would for the few columns a CSV can set.

Other layouts (foreign headers, ``;`` or tab, other encodings, no header row, dates in words)
are read through a column mapping: :mod:`~db.interchange.csv_mapping` (the mapping and its
JSON file), :mod:`~db.interchange.csv_shape` (detection, preview, dry run) and
:mod:`~db.interchange.csv_guess` (a first guess from header names).

Modules: :mod:`~db.interchange.csv_rows` (reading and checking rows),
:mod:`~db.interchange.csv_import` (the import's two threads), ``csv_batches``, ``csv_writer``,
:mod:`~db.interchange.csv_export`; this one keeps the public names.
"""

from __future__ import annotations

from db.interchange.csv_export import export_events_csv, render_events_csv
from db.interchange.csv_import import ImportReport, import_events_csv
from db.interchange.csv_rows import (
    CHUNK,
    COLUMNS,
    FIELD_LIMIT,
    FREE_TEXT,
    SEPARATOR,
    ImportCancelled,
    IsCancelled,
    Progress,
    guard,
    parse_date,
    split_role,
    unguard,
)

__all__ = [
    "CHUNK",
    "COLUMNS",
    "FIELD_LIMIT",
    "FREE_TEXT",
    "SEPARATOR",
    "ImportCancelled",
    "ImportReport",
    "IsCancelled",
    "Progress",
    "export_events_csv",
    "guard",
    "import_events_csv",
    "parse_date",
    "render_events_csv",
    "split_role",
    "unguard",
]
