"""How dates are written for people in each display language (English, Russian, Arabic).

Pure data for :mod:`db.dates` (``humanize``) and :mod:`db.date_describe`; the words the
*reader* accepts are in :mod:`db.date_words`, and every phrase written here in Russian or
Arabic is one the reader reads back to the same EDTF (``tests/db/test_date_languages.py``).

Russian puts a month in the nominative alone ("апрель 2017") and in the genitive with a day
("5 апреля 2017") or after a preposition ("около апреля 2017", "до июня 2017", "с мая 2017").
Arabic uses the month names of Egypt and the Gulf (يناير … ديسمبر), which newspapers across
the Arab world print and readers in the Levant and the Maghreb recognise (the reader also
takes نيسان/كانون الثاني and أفريل/جوان). Digits are Western (0–9) in all three languages: they are
what the Maghreb writes, what Gulf and Levantine online media mostly print, and they match the
EDTF, counts and report ids printed beside the dates.
"""

from __future__ import annotations

from dataclasses import dataclass

from db.date_edtf import APPROXIMATE, UNCERTAIN

LANGUAGES = ("en", "ru", "ar")
STYLES = ("words", "numeric")
_BOTH = APPROXIMATE | UNCERTAIN


@dataclass(frozen=True)
class Phrases:
    """The date wording of one language; ``{}`` marks where the date (or part) goes.

    ``*_gen`` forms are the ones a preposition takes (Russian genitive; the same words in
    English and Arabic). ``year_sep`` joins a month or season to its year, ``year_sep_unknown``
    to a year with unknown digits ("April, 1990s")."""

    months: tuple[str, ...]
    months_of_day: tuple[str, ...]
    months_gen: tuple[str, ...]
    seasons: dict[int, str]
    seasons_gen: dict[int, str]
    decade: str
    decade_gen: str
    undated: str
    approximate: str
    approximate_gen: str
    """After a preposition: Russian "с примерно апреля 2017", not "с около апреля"."""
    uncertain: str
    component: str
    component_group: str
    component_names: dict[str, str]
    mark_words: dict[int, str]
    and_: str
    list_sep: str
    year_sep: str
    year_sep_unknown: str
    day: str
    month_unknown: str
    day_unknown: str
    periods: dict[int, tuple[str, str]]
    """EDTF 33–41: (phrase with ``{year}`` holding the separator and year, months note)."""
    hemispheres: dict[str, str]
    notes: str
    span: str
    before: str
    or_earlier: str
    unknown_start: str
    onwards: str
    unknown_end: str
    day_range: str
    month_range: str
    range: str
    # describe (db.date_describe)
    no_date: str
    described: str
    up_to: str
    qualifiers: dict[int, str]
    precisions: dict[str, str]
    """How each precision is said: "year precision", "season" (said alone)."""
    plural: dict[str, str]
    year_partly: str
    month_unspecified: str
    day_unspecified: str
    edtf: str
    open_range: str
    open_start: str
    unknown_start_kind: str
    open_end: str
    unknown_end_kind: str
    range_of: str
    range_kind: str
    start_qualified: str
    end_qualified: str


_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")  # fmt: skip
_EN_SEASONS = {21: "spring", 22: "summer", 23: "autumn", 24: "winter"}
_EN_ORDINALS = ("first", "second", "third", "fourth")
_EN_MARKS = {APPROXIMATE: "approximate", UNCERTAIN: "uncertain", _BOTH: "approximate and uncertain"}
_PRECISIONS = ("day", "month", "year", "season", "quarter", "third of a year", "half year", "decade", "century", "millennium")

ENGLISH = Phrases(
    months=_EN_MONTHS, months_of_day=_EN_MONTHS, months_gen=_EN_MONTHS,
    seasons=_EN_SEASONS, seasons_gen=_EN_SEASONS,
    decade="{}0s", decade_gen="{}0s",
    undated="undated", approximate="c. {}", approximate_gen="c. {}", uncertain="{}?",
    component="{} ({})", component_group="{} {}",
    component_names={"year": "year", "month": "month", "day": "day", "season": "season"},
    mark_words=_EN_MARKS, and_=" and ", list_sep=", ", year_sep=" ", year_sep_unknown=", ",
    day="{day} {month}{year}", month_unknown="{} (month unknown)", day_unknown="{} (day unknown)",
    periods={**{code: (f"{_EN_ORDINALS[code - 33]} quarter of{{year}}", "") for code in range(33, 37)},
             37: ("first third of{year}", " (January–April)"), 38: ("second third of{year}", " (May–August)"),
             39: ("last third of{year}", " (September–December)"), 40: ("first half of{year}", ""),
             41: ("second half of{year}", "")},
    hemispheres={"north": "northern hemisphere", "south": "southern hemisphere"},
    notes=" ({})", span="{} – {}",
    before="before {}", or_earlier="{} or earlier", unknown_start="? – {}", onwards="from {} onwards",
    unknown_end="{} – ?", day_range="{}–{} {} {}", month_range="{}–{} {}", range="{} – {}",
    no_date="No date", described="{} — {}", up_to=" (up to {})",
    qualifiers=_EN_MARKS,
    precisions={**{p: f"{p} precision" for p in ("day", "month", "year")},
                **{p: p for p in _PRECISIONS[3:]}},
    plural={"day": "days", "month": "months", "year": "years", "season": "seasons", "quarter": "quarters",
            "third of a year": "thirds of a year", "half year": "half years", "decade": "decades",
            "century": "centuries", "millennium": "millennia"},
    year_partly="year partly unspecified", month_unspecified="month unspecified", day_unspecified="day unspecified",
    edtf="EDTF", open_range="open range", open_start="open start, {}", unknown_start_kind="unknown start, {}",
    open_end="open end, {}", unknown_end_kind="unknown end, {}", range_of="range of {}", range_kind="range",
    start_qualified="{} start", end_qualified="{} end",
)  # fmt: skip

_RU_MONTHS = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
              "октябрь", "ноябрь", "декабрь")  # fmt: skip
_RU_MONTHS_GEN = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                  "октября", "ноября", "декабря")  # fmt: skip
_RU_MARKS = {APPROXIMATE: "приблизительно", UNCERTAIN: "под вопросом", _BOTH: "приблизительно и под вопросом"}

RUSSIAN = Phrases(
    months=_RU_MONTHS, months_of_day=_RU_MONTHS_GEN, months_gen=_RU_MONTHS_GEN,
    seasons={21: "весна", 22: "лето", 23: "осень", 24: "зима"},
    seasons_gen={21: "весны", 22: "лета", 23: "осени", 24: "зимы"},
    decade="{}0-е", decade_gen="{}0-х",
    undated="без даты", approximate="около {}", approximate_gen="примерно {}", uncertain="{}?",
    component="{} ({})", component_group="{} {}",
    component_names={"year": "год", "month": "месяц", "day": "день", "season": "сезон"},
    mark_words=_RU_MARKS, and_=" и ", list_sep=", ", year_sep=" ", year_sep_unknown=", ",
    day="{day} {month}{year}", month_unknown="{} (месяц неизвестен)", day_unknown="{} (день неизвестен)",
    periods={33: ("первый квартал{year}", ""), 34: ("второй квартал{year}", ""), 35: ("третий квартал{year}", ""),
             36: ("четвёртый квартал{year}", ""), 37: ("первая треть{year}", " (январь–апрель)"),
             38: ("вторая треть{year}", " (май–август)"), 39: ("последняя треть{year}", " (сентябрь–декабрь)"),
             40: ("первое полугодие{year}", ""), 41: ("второе полугодие{year}", "")},
    hemispheres={"north": "северное полушарие", "south": "южное полушарие"},
    notes=" ({})", span="{} – {}",
    before="до {}", or_earlier="{} или ранее", unknown_start="? – {}", onwards="с {}",
    unknown_end="{} – ?", day_range="{}–{} {} {}", month_range="{}–{} {}", range="{} – {}",
    no_date="Нет даты", described="{} — {}", up_to=" (по {} включительно)",
    qualifiers=_RU_MARKS,
    precisions={"day": "точность до дня", "month": "точность до месяца", "year": "точность до года",
                "season": "сезон", "quarter": "квартал", "third of a year": "треть года", "half year": "полугодие",
                "decade": "десятилетие", "century": "век", "millennium": "тысячелетие"},
    plural={"day": "дней", "month": "месяцев", "year": "лет", "season": "сезонов", "quarter": "кварталов",
            "third of a year": "третей года", "half year": "полугодий", "decade": "десятилетий",
            "century": "веков", "millennium": "тысячелетий"},
    year_partly="год указан не полностью", month_unspecified="месяц не указан", day_unspecified="день не указан",
    edtf="EDTF", open_range="открытый диапазон", open_start="открытое начало, {}",
    unknown_start_kind="неизвестное начало, {}", open_end="открытый конец, {}", unknown_end_kind="неизвестный конец, {}",
    range_of="диапазон {}", range_kind="диапазон", start_qualified="начало: {}", end_qualified="конец: {}",
)  # fmt: skip

_AR_MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
              "أكتوبر", "نوفمبر", "ديسمبر")  # fmt: skip
_AR_SEASONS = {21: "ربيع", 22: "صيف", 23: "خريف", 24: "شتاء"}
_AR_MARKS = {APPROXIMATE: "تقريبي", UNCERTAIN: "غير مؤكد", _BOTH: "تقريبي وغير مؤكد"}

ARABIC = Phrases(
    months=_AR_MONTHS, months_of_day=_AR_MONTHS, months_gen=_AR_MONTHS,
    seasons=_AR_SEASONS, seasons_gen=_AR_SEASONS,
    decade="عقد {}0", decade_gen="عقد {}0",
    undated="بدون تاريخ", approximate="نحو {}", approximate_gen="نحو {}", uncertain="{}؟",
    component="{} ({})", component_group="{}: {}",
    component_names={"year": "السنة", "month": "الشهر", "day": "اليوم", "season": "الفصل"},
    mark_words=_AR_MARKS, and_=" و", list_sep="، ", year_sep=" ", year_sep_unknown="، ",
    day="{day} {month}{year}", month_unknown="{} (الشهر غير معروف)", day_unknown="{} (اليوم غير معروف)",
    periods={33: ("الربع الأول من{year}", ""), 34: ("الربع الثاني من{year}", ""), 35: ("الربع الثالث من{year}", ""),
             36: ("الربع الرابع من{year}", ""), 37: ("الثلث الأول من{year}", " (يناير–أبريل)"),
             38: ("الثلث الثاني من{year}", " (مايو–أغسطس)"), 39: ("الثلث الأخير من{year}", " (سبتمبر–ديسمبر)"),
             40: ("النصف الأول من{year}", ""), 41: ("النصف الثاني من{year}", "")},
    hemispheres={"north": "نصف الكرة الشمالي", "south": "نصف الكرة الجنوبي"},
    notes=" ({})", span="{} – {}",
    before="قبل {}", or_earlier="{} أو قبل ذلك", unknown_start="? – {}", onwards="من {} فصاعدًا",
    unknown_end="{} – ?", day_range="{}–{} {} {}", month_range="{}–{} {}", range="{} – {}",
    no_date="بدون تاريخ", described="{} — {}", up_to=" (حتى {} ضمنًا)",
    qualifiers=_AR_MARKS,
    precisions={"day": "بدقة اليوم", "month": "بدقة الشهر", "year": "بدقة السنة", "season": "فصل",
                "quarter": "ربع سنة", "third of a year": "ثلث سنة", "half year": "نصف سنة", "decade": "عقد",
                "century": "قرن", "millennium": "ألفية"},
    plural={"day": "أيام", "month": "أشهر", "year": "سنوات", "season": "فصول", "quarter": "أرباع سنة",
            "third of a year": "أثلاث سنة", "half year": "أنصاف سنة", "decade": "عقود", "century": "قرون",
            "millennium": "ألفيات"},
    year_partly="السنة غير محددة جزئيًا", month_unspecified="الشهر غير محدد", day_unspecified="اليوم غير محدد",
    edtf="EDTF", open_range="نطاق مفتوح", open_start="بداية مفتوحة، {}", unknown_start_kind="بداية غير معروفة، {}",
    open_end="نهاية مفتوحة، {}", unknown_end_kind="نهاية غير معروفة، {}", range_of="نطاق {}", range_kind="نطاق",
    start_qualified="البداية: {}", end_qualified="النهاية: {}",
)  # fmt: skip

PHRASES: dict[str, Phrases] = {"en": ENGLISH, "ru": RUSSIAN, "ar": ARABIC}


def phrases(language: str) -> Phrases:
    """The wording of ``language`` (a BCP 47 tag: ``ru``, ``ar-EG``); English when unknown."""
    return PHRASES.get((language or "en").lower().replace("_", "-").split("-", 1)[0], ENGLISH)
