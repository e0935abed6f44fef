"""Words the date reader understands, one lexicon per language: English, Russian and Arabic.

Russian months come in the cases a date puts them in ("апрель", "1 апреля", "в апреле");
Arabic months in the Egyptian/Gulf names (أبريل), the Levantine ones (نيسان, كانون الثاني) and
the Maghrebi ones (أفريل). Words are compared folded (:func:`fold`): lower case, Arabic
without short vowels or tatweel and with one alef, so أبريل, إبريل and ابريل are one word.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Lexicon:
    """The date words of one language, all in lower case without a trailing full stop.

    ``months`` and ``seasons`` map a word to its number (EDTF seasons are 21–24); the tuples
    list words (or phrases of several words) that play one part in a date phrase. Pure data: safe on any thread.
    """

    months: dict[str, int]
    seasons: dict[str, int]
    weekdays: dict[str, int]
    approximate: tuple[str, ...]
    before: tuple[str, ...]
    """Open start, the date itself excluded: "before 2018" ends on 31 December 2017."""
    until: tuple[str, ...]
    """Open start, the date itself included: "until 2018" ends on 31 December 2018."""
    after: tuple[str, ...]
    """Open end, the date itself excluded: "after 12 June 2017" starts on 13 June."""
    starting: tuple[str, ...]
    """Open end, the date itself included: "from", "since"."""
    between: tuple[str, ...]
    range_joins: tuple[str, ...]
    between_joins: tuple[str, ...]
    onwards: tuple[str, ...]
    fillers: tuple[str, ...]
    century: tuple[str, ...]
    ordinal_suffixes: tuple[str, ...]
    hints: dict[str, str]
    """Words we do not read on purpose, with what to write instead."""


def _english_months() -> dict[str, int]:
    words: dict[str, int] = {}
    for number in range(1, 13):
        name = _EN_MONTHS[number - 1]
        words[name] = number
        words[name[:3]] = number
    words["sept"] = 9
    return words


_EN_MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_EN_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_PART_OF_YEAR = "Casefile does not guess what part of a year is meant; write a range instead, e.g. January–April 2017."

ENGLISH = Lexicon(
    months=_english_months(),
    seasons={"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24},
    weekdays={**{w: i for i, w in enumerate(_EN_WEEKDAYS)}, **{w[:3]: i for i, w in enumerate(_EN_WEEKDAYS)}},
    approximate=("c", "ca", "circa", "about", "around", "approx", "approximately", "roughly"),
    before=("before", "prior to"),
    until=("until", "till", "by", "up to", "no later than"),
    after=("after", "later than"),
    starting=("from", "starting", "starting from", "beginning", "since", "no earlier than"),
    between=("between",),
    range_joins=("to", "until", "till", "through", "thru"),
    between_joins=("and",),
    onwards=("onwards", "onward"),
    fillers=("the", "of", "on", "in"),
    century=("century", "c"),
    ordinal_suffixes=("st", "nd", "rd", "th"),
    hints={"early": _PART_OF_YEAR, "mid": _PART_OF_YEAR, "late": _PART_OF_YEAR, "end": _PART_OF_YEAR},
)

def _each(groups: dict[int, str]) -> dict[str, int]:
    """{number: "word word …"} → {word: number}."""
    return {word: number for number, words in groups.items() for word in words.split()}


_RU_MONTHS = {
    1: "январь января январе январём январем янв", 2: "февраль февраля феврале февралём февралем фев февр",
    3: "март марта марте мартом мар", 4: "апрель апреля апреле апрелем апр", 5: "май мая мае маем",
    6: "июнь июня июне июнем июн", 7: "июль июля июле июлем июл", 8: "август августа августе августом авг",
    9: "сентябрь сентября сентябре сентябрём сентябрем сен сент", 10: "октябрь октября октябре октябрём октябрем окт",
    11: "ноябрь ноября ноябре ноябрём ноябрем ноя нояб", 12: "декабрь декабря декабре декабрём декабрем дек",
}  # fmt: skip
"""Nominative, genitive ("1 апреля"), prepositional ("в апреле"), instrumental ("между маем и
июлем") and the usual abbreviations."""
_RU_PART_OF_YEAR = _PART_OF_YEAR

RUSSIAN = Lexicon(
    months=_each(_RU_MONTHS),
    seasons=_each({21: "весна весной весны весне", 22: "лето летом лета лете", 23: "осень осенью осени", 24: "зима зимой зимы зиме"}),
    weekdays=_each({
        0: "понедельник пн", 1: "вторник вт", 2: "среда среду ср", 3: "четверг чт", 4: "пятница пятницу пт",
        5: "суббота субботу сб", 6: "воскресенье вс",
    }),  # fmt: skip
    approximate=("около", "ок", "примерно", "приблизительно", "ориентировочно"),
    before=("до", "ранее", "раньше"),
    until=("по", "не позднее", "вплоть до"),
    after=("после", "позднее", "позже"),
    starting=("с", "со", "начиная с", "от", "не ранее"),
    between=("между",),
    range_joins=("по", "до"),
    between_joins=("и",),
    onwards=(),
    fillers=("в", "во", "на", "года", "год", "году", "г", "гг"),
    century=(),
    ordinal_suffixes=(),
    hints={w: _RU_PART_OF_YEAR for w in ("начало", "начале", "конец", "конце", "середина", "середине")},
)

_AR_MONTHS = {  # folded spellings (see fold): أبريل is written ابريل here
    1: "يناير جانفي", 2: "فبراير شباط فيفري", 3: "مارس اذار", 4: "ابريل نيسان افريل", 5: "مايو ايار ماي",
    6: "يونيو يونيه حزيران جوان", 7: "يوليو يوليه تموز جويليه جويلية", 8: "اغسطس اب اوت", 9: "سبتمبر ايلول",
    10: "اكتوبر", 11: "نوفمبر", 12: "ديسمبر",
}  # fmt: skip
_AR_MONTH_PHRASES = {"كانون الثاني": 1, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12}
_HIJRI = "Casefile reads Gregorian dates only; write the Hijri date's Gregorian day, e.g. 1 April 2017."

ARABIC = Lexicon(
    months={**_each(_AR_MONTHS), **_AR_MONTH_PHRASES},
    seasons=_each({21: "الربيع ربيع", 22: "الصيف صيف", 23: "الخريف خريف", 24: "الشتاء شتاء"}),
    weekdays=_each({
        0: "الاثنين", 1: "الثلاثاء", 2: "الاربعاء", 3: "الخميس", 4: "الجمعه الجمعة", 5: "السبت", 6: "الاحد",
    }),  # fmt: skip
    approximate=("حوالي", "حوالى", "نحو", "قرابه", "قرابة", "تقريبا"),
    before=("قبل",),
    until=("حتى", "لغايه", "لغاية", "الى غايه", "الى غاية"),
    after=("بعد",),
    starting=("من", "منذ", "ابتداء من", "اعتبارا من"),
    between=("بين",),
    range_joins=("الى", "حتى"),
    between_joins=("و",),
    onwards=("فصاعدا",),
    fillers=("في", "عام", "العام", "سنه", "سنة", "يوم", "شهر", "م"),
    century=(),
    ordinal_suffixes=(),
    hints={"ه": _HIJRI, "هجري": _HIJRI, "هجريه": _HIJRI, "هجرية": _HIJRI},
)

LEXICONS: dict[str, Lexicon] = {"en": ENGLISH, "ru": RUSSIAN, "ar": ARABIC}
"""Lexicons by BCP 47 language; the reader accepts the words of every listed language."""

MONTH_NAMES = tuple(name.capitalize() for name in _EN_MONTHS)
"""Month names used in messages (the interface language), January first."""
WEEKDAY_NAMES = tuple(name.capitalize() for name in _EN_WEEKDAYS)
"""Weekday names used in messages, Monday first (as ``date.weekday()``)."""


ALL_LANGUAGES = tuple(LEXICONS)
"""What the reader accepts by default: a researcher pastes dates from sources in any of them."""

_ARABIC_MARKS = dict.fromkeys(map(ord, "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640\u0670"))
_ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي"})


def strip_marks(text: str) -> str:
    """Arabic text without its optional marks (short vowels, shadda, tatweel)."""
    return text.translate(_ARABIC_MARKS)


def fold(word: str) -> str:
    """How the reader compares words: lower case; Arabic without short vowels, shadda or
    tatweel, every alef as ا and alef maqsura as ي (أبريل = إبريل = ابريل)."""
    return word.casefold().translate(_ARABIC_MARKS).translate(_ARABIC_LETTERS)


@functools.lru_cache(maxsize=16)
def lexicon(languages: tuple[str, ...] = ALL_LANGUAGES) -> Lexicon:
    """The words of ``languages`` together, folded (unknown codes are skipped; English when
    none is known)."""
    chosen = [LEXICONS[code] for code in languages if code in LEXICONS] or [LEXICONS["en"]]
    merged: dict[str, object] = {}
    for spec in fields(Lexicon):
        values = [getattr(lex, spec.name) for lex in chosen]
        if isinstance(values[0], dict):
            merged[spec.name] = {" ".join(fold(w) for w in k.split()): v for d in values for k, v in d.items()}
        else:
            merged[spec.name] = tuple(dict.fromkeys(" ".join(fold(w) for w in p.split()) for t in values for p in t))
    return Lexicon(**merged)  # type: ignore[arg-type]
