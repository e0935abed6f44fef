"""A first guess at a column mapping from header names, in English, German, French, Russian and Arabic.

Only obvious names are guessed ("Datum" → date, "Заголовок" → title, "المكان" → place); any
other column is left ignored for the person to choose, never guessed at. Pure data, no Qt.
"""

from __future__ import annotations

import re

from db.interchange.csv_mapping import CsvMapping, column_key
from db.interchange.csv_rows import COLUMNS

SYNONYMS: dict[str, tuple[str, ...]] = {
    "title": (
        "title", "event", "event title", "headline", "name",
        "titel", "überschrift", "ereignis", "bezeichnung",
        "titre", "intitulé", "événement", "evenement", "libellé",
        "заголовок", "название", "событие", "наименование",
        "عنوان", "العنوان", "الحدث", "حدث",
    ),
    "date": (
        "date", "when", "day", "start", "start date", "date from", "event date",
        "datum", "wann", "tag", "beginn", "anfang", "startdatum",
        "date de début", "quand", "jour", "début",
        "дата", "когда", "дата начала", "начало",
        "تاريخ", "التاريخ", "اليوم", "تاريخ البدء",
    ),
    "end_date": (
        "end date", "end", "until", "date to", "to",
        "enddatum", "ende", "bis", "datum bis",
        "date de fin", "fin", "jusqu'à",
        "дата окончания", "конец", "окончание", "по",
        "تاريخ الانتهاء", "النهاية", "إلى",
    ),
    "place": (
        "place", "location", "city", "venue", "where", "town",
        "ort", "stadt", "wo", "schauplatz",
        "lieu", "ville", "endroit", "où",
        "место", "город", "где", "местоположение",
        "مكان", "المكان", "الموقع", "موقع", "المدينة", "مدينة",
    ),
    "country": (
        "country", "country code", "nation",
        "land", "staat", "ländercode",
        "pays", "code pays",
        "страна", "код страны",
        "بلد", "البلد", "الدولة", "دولة",
    ),
    "type": (
        "type", "event type", "kind", "category",
        "typ", "art", "ereignistyp", "kategorie",
        "catégorie", "genre", "type d'événement",
        "тип", "вид", "категория", "тип события",
        "نوع", "النوع", "الفئة", "نوع الحدث",
    ),
    "status": (
        "status", "verification", "verification status", "verified",
        "prüfstatus", "verifizierung",
        "statut", "état", "vérification",
        "статус", "проверка", "состояние",
        "حالة", "الحالة", "التحقق",
    ),
    "description": (
        "description", "details", "summary", "text", "what happened",
        "beschreibung", "zusammenfassung", "einzelheiten",
        "résumé", "détails", "texte",
        "описание", "подробности", "текст", "содержание",
        "وصف", "الوصف", "التفاصيل", "ملخص",
    ),
    "tags": (
        "tags", "tag", "keywords", "labels",
        "schlagwörter", "stichwörter", "schlagworte",
        "étiquettes", "mots-clés", "mots clés",
        "теги", "метки", "ключевые слова",
        "وسوم", "الوسوم", "كلمات مفتاحية",
    ),
    "actors": (
        "actors", "actor", "participants", "organisations", "organizations", "who",
        "akteure", "beteiligte", "teilnehmer", "wer",
        "acteurs", "participants", "qui",
        "участники", "актёры", "акторы", "кто",
        "الجهات الفاعلة", "الفاعلون", "المشاركون",
    ),
    "source_title": (
        "source", "source title", "reference",
        "quelle", "quellentitel", "beleg",
        "titre de la source", "référence",
        "источник", "название источника",
        "مصدر", "المصدر", "عنوان المصدر",
    ),
    "source_url": (
        "url", "link", "source url", "web", "website",
        "quelle url", "webseite",
        "lien", "adresse web",
        "ссылка", "адрес", "url источника",
        "رابط", "الرابط", "رابط المصدر",
    ),
    "source_publisher": (
        "publisher", "outlet", "media", "medium",
        "verlag", "herausgeber", "medium",
        "éditeur", "média", "journal",
        "издатель", "сми", "издание",
        "الناشر", "الوسيلة الإعلامية",
    ),
    "source_published": (
        "published", "publication date", "date published",
        "veröffentlicht", "erscheinungsdatum", "veröffentlichungsdatum",
        "date de publication", "publié",
        "опубликовано", "дата публикации",
        "تاريخ النشر",
    ),
    "quote": (
        "quote", "excerpt", "citation text",
        "zitat", "auszug",
        "citation", "extrait",
        "цитата", "выдержка",
        "اقتباس", "الاقتباس",
    ),
}  # fmt: skip

_BY_NAME = {column_key(name): target for target, names in SYNONYMS.items() for name in names}
_TIDY = re.compile(r"[_\-.:*#]+")


def field_for(name: str) -> str | None:
    """The field a header name obviously means, or ``None``."""
    key = column_key(_TIDY.sub(" ", name))
    if key in COLUMNS or key.replace(" ", "_") in COLUMNS:
        return key.replace(" ", "_")
    return _BY_NAME.get(key)


def guess_columns(headers: list[str]) -> dict[str, str | None]:
    """Each header → its obvious field (the first column wins a field), ``None`` otherwise."""
    columns: dict[str, str | None] = {}
    taken: set[str] = set()
    for name in headers:
        if not name.strip() or column_key(name) in {column_key(n) for n in columns}:
            continue
        target = field_for(name)
        columns[name] = target if target and target not in taken else None
        if target:
            taken.add(target)
    return columns


def looks_like_header(cells: list[str]) -> bool:
    """Whether a first row names columns: some cell is a name :func:`field_for` knows."""
    return any(field_for(cell) for cell in cells if cell.strip())


def guess_mapping(headers: list[str], header: bool = True) -> CsvMapping:
    """A mapping to start from: obvious names mapped, the rest ignored. Without a header row
    the first column is taken as the title and the rest ignored."""
    if not header:
        return CsvMapping({str(n): ("title" if n == 1 else None) for n in range(1, len(headers) + 1)}, header=False)
    return CsvMapping(guess_columns(headers))
