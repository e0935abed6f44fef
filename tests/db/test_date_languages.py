"""Dates written for people in Russian and Arabic (and numerically), and read back: whatever
``humanize`` writes in a language, the date reader reads to the same EDTF."""

from __future__ import annotations

import itertools
import random

import pytest

from db import dates
from db.date_describe import describe
from db.date_reading import read_date


@pytest.mark.parametrize(("edtf", "ru", "ar"), [
    ("2017", "2017", "2017"),
    ("2017-04", "апрель 2017", "أبريل 2017"),
    ("2017-04-05", "5 апреля 2017", "5 أبريل 2017"),
    ("2017~", "около 2017", "نحو 2017"),
    ("2017-04~", "около апреля 2017", "نحو أبريل 2017"),
    ("2017-04-05~", "около 5 апреля 2017", "نحو 5 أبريل 2017"),
    ("2017-04?", "апрель 2017?", "أبريل 2017؟"),
    ("2017%", "около 2017?", "نحو 2017؟"),
    ("199X", "1990-е", "عقد 1990"),
    ("19XX", "1900–1999", "1900–1999"),
    ("2017-21", "весна 2017", "ربيع 2017"),
    ("2017-22", "лето 2017", "صيف 2017"),
    ("2017-23", "осень 2017", "خريف 2017"),
    ("2017-24", "зима 2017 (декабрь 2017 – февраль 2018)", "شتاء 2017 (ديسمبر 2017 – فبراير 2018)"),
    ("2017-21~", "около весны 2017", "نحو ربيع 2017"),
    ("2017-29", "весна 2017 (южное полушарие)", "ربيع 2017 (نصف الكرة الجنوبي)"),
    ("2017-33", "первый квартал 2017", "الربع الأول من 2017"),
    ("2017-37", "первая треть 2017 (январь–апрель)", "الثلث الأول من 2017 (يناير–أبريل)"),
    ("2017-41", "второе полугодие 2017", "النصف الثاني من 2017"),
    ("2017-XX", "2017 (месяц неизвестен)", "2017 (الشهر غير معروف)"),
    ("2017-04-XX", "апрель 2017 (день неизвестен)", "أبريل 2017 (اليوم غير معروف)"),
    ("199X-04", "апрель, 1990-е", "أبريل، عقد 1990"),
    ("2004-?06-?11", "11 июня 2004 (месяц и день под вопросом)", "11 يونيو 2004 (الشهر واليوم: غير مؤكد)"),
    ("2017-04-01/2017-04-03", "1–3 апреля 2017", "1–3 أبريل 2017"),
    ("2017-04/2017-06", "апрель–июнь 2017", "أبريل–يونيو 2017"),
    ("2016-11/2017-02", "ноябрь 2016 – февраль 2017", "نوفمبر 2016 – فبراير 2017"),
    ("201X/202X", "2010-е – 2020-е", "عقد 2010 – عقد 2020"),
    ("../2017", "до 2018", "قبل 2018"),
    ("../2017-05", "до июня 2017", "قبل يونيو 2017"),
    ("../2017-06-12", "до 13 июня 2017", "قبل 13 يونيو 2017"),
    ("../2017-04~", "до примерно мая 2017", "قبل نحو مايو 2017"),
    ("2017-06-13/..", "с 13 июня 2017", "من 13 يونيو 2017 فصاعدًا"),
    ("2017-04/..", "с апреля 2017", "من أبريل 2017 فصاعدًا"),
    ("199X/..", "с 1990", "من 1990 فصاعدًا"),
    ("/2017", "? – 2017", "? – 2017"),
    ("2017/", "2017 – ?", "2017 – ?"),
    ("../..", "без даты", "بدون تاريخ"),
    ("", "без даты", "بدون تاريخ"),
])  # fmt: skip
def test_each_precision_and_qualifier_in_russian_and_arabic(edtf: str, ru: str, ar: str) -> None:
    assert dates.humanize(edtf, "ru") == ru
    assert dates.humanize(edtf, "ar") == ar


def test_day_words_and_unknown_languages() -> None:
    assert dates.day_words("2017-12-31", "ru") == "31 декабря 2017"
    assert dates.day_words("2017-12-31", "ar") == "31 ديسمبر 2017"
    assert dates.humanize("2017-04", "de") == dates.humanize("2017-04") == "April 2017"
    assert dates.humanize("2017-04", "ru-RU") == "апрель 2017"


@pytest.mark.parametrize(("edtf", "en", "ru", "ar"), [
    ("2017-04", "2017-04", "2017-04", "2017-04"),
    ("2017-04-05~", "c. 2017-04-05", "около 2017-04-05", "نحو 2017-04-05"),
    ("2017?", "2017?", "2017?", "2017؟"),
    ("2017%", "c. 2017?", "около 2017?", "نحو 2017؟"),
    ("2017-04/2017-06", "2017-04/2017-06", "2017-04/2017-06", "2017-04/2017-06"),
    ("2017-04~/..", "c. 2017-04/..", "около 2017-04/..", "نحو 2017-04/.."),
    ("", "undated", "без даты", "بدون تاريخ"),
])
def test_numeric_style_keeps_the_digits_and_says_the_qualifiers(edtf: str, en: str, ru: str, ar: str) -> None:
    assert [dates.humanize(edtf, lang, style="numeric") for lang in ("en", "ru", "ar")] == [en, ru, ar]


@pytest.mark.parametrize(("edtf", "ru", "ar"), [
    ("2017", "2017 — точность до года", "2017 — بدقة السنة"),
    ("2017-04", "апрель 2017 — точность до месяца", "أبريل 2017 — بدقة الشهر"),
    ("2017~", "около 2017 — приблизительно, точность до года", "نحو 2017 — تقريبي، بدقة السنة"),
    ("2017-21", "весна 2017 — сезон", "ربيع 2017 — فصل"),
    ("199X", "1990-е — десятилетие", "عقد 1990 — عقد"),
    ("2017-04-XX", "апрель 2017 (день неизвестен) — точность до месяца, день не указан",
     "أبريل 2017 (اليوم غير معروف) — بدقة الشهر، اليوم غير محدد"),
    ("2017-04-01/2017-04-03~", "1 апреля 2017 – около 3 апреля 2017 — диапазон дней, конец: приблизительно",
     "1 أبريل 2017 – نحو 3 أبريل 2017 — نطاق أيام، النهاية: تقريبي"),
    ("../2017", "до 2018 (по 31 декабря 2017 включительно) — открытое начало, точность до года",
     "قبل 2018 (حتى 31 ديسمبر 2017 ضمنًا) — بداية مفتوحة، بدقة السنة"),
    ("", "Нет даты", "بدون تاريخ"),
])
def test_describe_in_russian_and_arabic(edtf: str, ru: str, ar: str) -> None:
    assert describe(edtf, "ru") == ru
    assert describe(edtf, "ar") == ar


def test_the_reader_reads_the_new_words() -> None:
    assert read_date("1990-е").edtf == "199X"
    assert read_date("около 1990-х").edtf == "199X~"
    assert read_date("عقد 1990").edtf == "199X"
    assert read_date("أبريل 2017؟").edtf == "2017-04?"
    assert "ambiguous" in (read_date("1900-е").error or "")  # as "1900s" is
    assert read_date("апрель 2017", display_language="ru").description == "апрель 2017 — точность до месяца"


def _edtf_values() -> list[str]:
    """Many EDTF dates: every precision, qualifier and open or unknown end, and random days."""
    singles = ["2017", "0800", "1990", "199X", "201X", "19XX", "2017-01", "2017-04", "2017-12",
               "2017-02-28", "2016-02-29", "2017-04-05", "2017-12-31", "2017-21", "2017-22", "2017-23",
               "2017-24", "2017-25", "2017-33", "2017-40", "2017-XX", "2017-04-XX", "199X-04"]
    rng = random.Random(12)
    for _ in range(150):
        year, month = rng.randint(1, 9999), rng.randint(1, 12)
        singles.append(rng.choice([f"{year:04d}", f"{year:04d}-{month:02d}", f"{year:04d}-{month:02d}-{rng.randint(1, 28):02d}"]))
    marked = [v + mark for v in singles for mark in ("", "~", "?", "%") if "X" not in v[:4] or mark in ("", "~")]
    ends = ["2016", "2017-03", "2017-06-30", "2017-04-01", "2017-04-03", "2018-21", "2017~", "201X", "../2017", ""]
    pairs = [f"{a}/{b}" for a, b in itertools.product(ends[:-2] + ["", ".."], ends[:-2] + ["", ".."])]
    return marked + pairs + [f"../{v}" for v in marked[:200]] + [f"{v}/.." for v in marked[:200]]


MUST_READ_BACK = ("2017-04-05", "2017-04~", "2017?", "2017%", "2017-21", "199X", "../2017-05",
                  "2017-06-13/..", "2017-04-01/2017-04-03", "2017-04/2017-06", "2016-11/2017-02")


def test_whatever_russian_or_arabic_words_the_reader_reads_back() -> None:
    """The property: for every EDTF value the English words read back to (the reader's own
    round trip), the Russian and Arabic words read back to it too — and the dates that matter
    in a brief (days, months, years, c., ?, seasons, decades, before/after, ranges) do."""
    values = [v for v in [*_edtf_values(), *MUST_READ_BACK] if dates.is_valid(v)]
    english = [v for v in values if read_date(dates.humanize(v)).edtf == v]
    assert len(values) > 1000 and len(english) > 800
    failures = [(v, lang, dates.humanize(v, lang), read_date(dates.humanize(v, lang)).edtf)
                for v in english for lang in ("ru", "ar") if read_date(dates.humanize(v, lang)).edtf != v]
    assert failures == []
    assert set(MUST_READ_BACK) <= set(english)
