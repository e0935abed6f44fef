"""The part of ``casefile import --help`` that documents column-mapping files (``--map``).

Plain text, kept out of the parser's module so the parser stays short; it imports nothing,
so ``casefile --help`` stays as fast as ever.
"""

MAP_HELP = """\
column mappings (--map MAPPING.json):
  A spreadsheet with other column names, another delimiter or encoding, or dates in
  words is imported with a mapping file that says which column fills which field:

    {"columns": {"Datum": "date", "Titel": "title", "Ort": "place", "Notiz": null},
     "header": true, "encoding": "auto", "delimiter": "auto",
     "dates": "words", "list_separator": ";"}

  fields     title (required), date, end_date, place, country, type, status,
             description, tags, actors, source_title, source_url,
             source_publisher, source_published, quote; null ignores a column.
             Names match ignoring case; a column the mapping does not name is an
             error unless it is one of these field names. Only "columns" is required.
  header     false when the first row is data: columns are then "1", "2", ...
  encoding   auto (byte order mark, UTF-8, else windows-1251/1252), or a name
             such as utf-8, windows-1252, utf-16
  delimiter  auto (detects , ; tab |), tab, or one character
  dates      words: read as the event form reads them ("April 2017", "c. 2017",
             "before 2018", "1-3 April 2017", ISO and EDTF); edtf: EDTF only
  list_separator  what separates names in tags and actors (default ;)

  The mapping is checked strictly: every problem is listed with its line and
  nothing is imported. With --map, a file whose content is no other format is
  read as CSV (so .tsv and .txt files work). Bad rows are listed with their
  line numbers; --skip-bad imports the others. The GUI's File > Import... asks
  for the mapping itself and remembers it for the next file with the same headers.
"""
