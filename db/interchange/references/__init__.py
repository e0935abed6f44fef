"""Sources from reference managers: Zotero's CSL-JSON, RIS and BibTeX, read into sources.

Each reader (:mod:`.csl_json`, :mod:`.ris`, :mod:`.bibtex`) turns a file into neutral
:class:`~db.interchange.references.reference.Reference` values and the entries it had to
leave out; :mod:`.mapping` turns those into source values (authors, dates, kinds);
:mod:`.importer` writes them in one transaction, matching outlets to existing actors and
sources to existing ones (DOI, then URL, then normalised title + date) so a re-import adds
nothing. :mod:`.sniff` recognises the files by content and imports no parser, so the
import registry (:mod:`db.interchange.formats`) stays cheap to load.
"""
