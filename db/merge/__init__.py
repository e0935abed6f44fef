"""Merging copies of one archive that diverged in the field (and archives with no common history).

One job per module: :mod:`chain` finds where the two change logs part (the hash chain's common
prefix, moved on past what earlier merges of the same source already brought in);
:mod:`changes` reads, field by field, what the source changed since then; :mod:`plan` compares
three ways (the value at the common point, ours, theirs) into one-sided changes and
conflicts; :mod:`apply` writes them through :mod:`db.services`; :mod:`candidates` offers
possible duplicates; :mod:`conflicts` lists and settles what was kept open; :mod:`run` ties
them together behind a backup and one ``merge`` entry in the change log.
"""
