"""CLDR plural categories of whole numbers, per language, for the report's counted phrases.

The report counts whole things (events, sources, items withheld), so only the integer part of
each CLDR rule is needed (operands n = i, v = 0). Rules follow CLDR 44 (unicode.org/cldr,
``plurals.xml``); a language not listed here uses the English rule, which is also what
:class:`desktop.report.i18n.Strings` falls back to for wording it lacks.
"""

from __future__ import annotations

from collections.abc import Callable

CATEGORIES = ("zero", "one", "two", "few", "many", "other")


def _one_if_1(n: int) -> str:  # en, de, nl, sv, da, nb, fi, el, hu, tr, ce, ka, …
    return "one" if n == 1 else "other"


def _one_if_0_or_1(n: int) -> str:  # hi, bn, fa, am, zu: "i = 0 or n = 1"
    return "one" if n in (0, 1) else "other"


def _romance(one_for_zero: bool) -> Callable[[int], str]:
    """fr, pt (0 and 1 are "one") and es, it, ca (only 1): whole millions are "many"."""

    def rule(n: int) -> str:
        if n == 1 or (one_for_zero and n == 0):
            return "one"
        return "many" if n != 0 and n % 1_000_000 == 0 else "other"

    return rule


def _east_slavic(n: int) -> str:  # ru, uk, be: 1, 21 событие; 2–4, 22 события; 5, 11 событий
    if n % 10 == 1 and n % 100 != 11:
        return "one"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return "few"
    return "many"


def _polish(n: int) -> str:  # pl: 1 zdarzenie; 2–4, 22 zdarzenia; 5, 12, 21 zdarzeń
    if n == 1:
        return "one"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return "few"
    return "many"


def _czech(n: int) -> str:  # cs, sk ("many" is for fractions only)
    return "one" if n == 1 else "few" if 2 <= n <= 4 else "other"


def _arabic(n: int) -> str:  # ar: 0, 1, 2, 3–10, 11–99 (of each hundred), the rest
    if n in (0, 1, 2):
        return ("zero", "one", "two")[n]
    if 3 <= n % 100 <= 10:
        return "few"
    return "many" if 11 <= n % 100 <= 99 else "other"


def _hebrew(n: int) -> str:  # he: 1, 2, the rest
    return "one" if n == 1 else "two" if n == 2 else "other"


def _other(_n: int) -> str:  # zh, ja, ko, vi, th, id, ms: no plural forms
    return "other"


RULES: dict[str, Callable[[int], str]] = {
    **dict.fromkeys(("en", "de", "nl", "sv", "da", "nb", "nn", "no", "fi", "et", "el", "hu", "tr",
                     "az", "ka", "ce", "ky", "kk", "uz", "bg", "ur", "sw", "ps", "ku"), _one_if_1),
    **dict.fromkeys(("hi", "bn", "fa", "am", "zu", "gu", "kn", "mr"), _one_if_0_or_1),
    **dict.fromkeys(("fr", "pt"), _romance(one_for_zero=True)),
    **dict.fromkeys(("es", "it", "ca"), _romance(one_for_zero=False)),
    **dict.fromkeys(("ru", "uk", "be"), _east_slavic),
    "pl": _polish,
    **dict.fromkeys(("cs", "sk"), _czech),
    "ar": _arabic,
    "he": _hebrew,
    **dict.fromkeys(("zh", "ja", "ko", "vi", "th", "id", "ms", "my", "lo", "km"), _other),
}
"""Integer plural rule of each language (primary subtag of a BCP 47 tag)."""

_REGIONAL = {"pt-pt": _romance(one_for_zero=False)}
"""Where a region's rule differs from the language's (European Portuguese: only 1 is "one")."""


def plural_category(language: str, n: int) -> str:
    """The CLDR category ("one", "few", "many", …) of the whole number ``n`` in ``language``
    (a BCP 47 tag such as ``ru`` or ``pt-PT``); English's rule for a language not known."""
    tag = language.strip().lower().replace("_", "-")
    rule = _REGIONAL.get(tag) or RULES.get(tag.split("-", 1)[0], _one_if_1)
    return rule(abs(n))
