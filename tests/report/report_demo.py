"""A demo-sized case for report tests, with hostile, RTL, protected and sensitive records."""

from __future__ import annotations

import hashlib
from pathlib import Path

from db import dates
from db.archive import Archive
from db.models import (
    Actor,
    Attachment,
    Blob,
    CaseFile,
    Citation,
    Event,
    Figure,
    Involvement,
    Place,
    Source,
    Tag,
)

STAMP = "2017-07-01T12:00:00Z"
PROTECTED_NAME = "Ruslan Zaurov"
PROTECTED_ORIGINAL = "Руслан Зауров"
PROTECTED_ALIAS = "Rusik Z"
SECRET_PSEUDONYM_NAME = "Magomed Testov"
SENSITIVE_EVENT = "SENSITIVE-EVENT-TITLE Argun facility testimony"
SENSITIVE_SOURCE = "SENSITIVE-SOURCE-TITLE confidential interview"
UNPRINTABLE_QUOTE = "UNPRINTABLE-QUOTE-MARKER do not print"
PRIVATE_NOTE = "PRIVATE-NOTE-MARKER call back on Tuesday"
SAFE_HOUSE = "Safe house on Lenina Street"
HOSTILE_TITLE = "A < B & C <b>unclosed"
HOSTILE_TEXT = 'S&P 500 &copy; <img src="/etc/passwd"/> </para> <font size=40>big'
LONG_TOKEN = "x" * 5000
CYRILLIC = "Новая газета"
CHECHEN = "Нохчийчоь ӀаӀа"
ARABIC_TITLE = "تغطية صحفية عربية للحملة"
ARABIC_PARAGRAPH = (
    "طالبت منظمة العفو الدولية بالتحقيق في اضطهاد الرجال المثليين في الشيشان. "
    "وقالت الشبكة الروسية إنها أنقذت أكثر من أربعين رجلا من المنطقة حيث الظروف مميتة. "
    "وتجمع المحتجون أمام السفارات الروسية في لندن وواشنطن وسيدني ومدريد وبرلين."
)
LONG_URL = "https://www.example.org/news/2017/06/" + "advocating-for-chechens-" * 9 + "end"


def _blob(session, content: bytes) -> str:  # type: ignore[no-untyped-def]
    sha = hashlib.sha256(content).hexdigest()
    if session.get(Blob, sha) is None:
        session.add(Blob(sha256=sha, size=len(content), content=content))
    return sha


def _event(case, title, date_text, **kw):  # type: ignore[no-untyped-def]
    bounds = dates.parse(date_text)
    kw.setdefault("updated_at", STAMP)
    kw.setdefault("created_at", STAMP)
    return Event(case=case, title=title, date_text=date_text, date_lo=bounds.lo,
                 date_hi=bounds.hi, **kw)


def build_demo(path: Path) -> Archive:
    """Create the demo archive at ``path`` and return it open."""
    archive = Archive.create(path, user="tester")
    with archive.transaction() as s:
        case = CaseFile(
            title="Campaigns against the purge of gay men in Chechnya",
            summary="Since Novaya Gazeta revealed the persecution of gay men in Chechnya in "
            "April 2017, campaigners across the world protested outside Russian embassies "
            f"and delivered petitions. {PROTECTED_NAME} described his detention.\n"
            "Activists sought humanitarian visas for men fleeing the region.",
            organisation="Rights Watch Collective", author="", tlp="AMBER",
            updated_at=STAMP, created_at=STAMP,
        )
        s.add(case)
        actor = {}
        for key, kind, name, original, extra in [
            ("amnesty", "organisation", "Amnesty International", "", {}),
            ("novaya", "organisation", "Novaya Gazeta", CYRILLIC, {}),
            ("rln", "organisation", "Russian LGBT Network", "Российская ЛГБТ-сеть", {}),
            ("pink", "organisation", "PinkNews", "", {}),
            ("ep", "state_body", "European Parliament", "", {}),
            ("chechen", "state_body", "Chechen authorities", CHECHEN, {}),
            ("arab", "organisation", "Al-Sharq (demo)", "صحيفة الشرق", {}),
            ("witness", "person", PROTECTED_NAME, PROTECTED_ORIGINAL,
             {"protected": True, "aliases": [PROTECTED_ALIAS], "description": "Former detainee"}),
            ("witness2", "person", SECRET_PSEUDONYM_NAME, "",
             {"protected": True, "pseudonym": "Witness K"}),
        ]:
            actor[key] = Actor(kind=kind, name=name, name_original=original,
                               updated_at=STAMP, **extra)
        s.add_all(actor.values())
        place = {}
        for key, name, local, country, city, precision in [
            ("london", "London", "", "GB", "London", "locality"),
            ("dc", "Russian Ambassador's residence, Washington DC", "", "US", "Washington",
             "exact"),
            ("sydney", "Russian Consulate, Sydney", "", "AU", "Sydney", "exact"),
            ("nl", "The Hague", "Den Haag", "NL", "The Hague", "locality"),
            ("madrid", "Russian Embassy, Madrid", "", "ES", "Madrid", "exact"),
            ("berlin", "Berlin", "", "DE", "Berlin", "locality"),
            ("grozny", "Grozny", "Грозный", "RU", "Grozny", "locality"),
            ("safe", SAFE_HOUSE, "", "RU", "Grozny", "exact"),
            ("paris", "Paris", "", "FR", "Paris", "locality"),
            ("strasbourg", "Strasbourg", "", "FR", "Strasbourg", "locality"),
            ("chechnya", "Chechnya", CHECHEN, "RU", "", "region"),
        ]:
            place[key] = Place(name=name, local_name=local, country=country, city=city,
                               precision=precision, region="Chechnya" if country == "RU" else "")
        place["london"].latitude, place["london"].longitude = 51.5072, -0.1276
        place["safe"].latitude, place["safe"].longitude = 43.3178, 45.6986
        s.add_all(place.values())
        tags = {n: Tag(name=n) for n in ("protest", "petition", "evacuation", "detention")}
        s.add_all(tags.values())

        def source(key, title, **kw):  # type: ignore[no-untyped-def]
            kw.setdefault("updated_at", STAMP)
            if kw.get("published"):
                b = dates.parse(kw["published"])
                kw["published_lo"], kw["published_hi"] = b.lo, b.hi
            return Source(title=title, **kw)

        src = {
            "ng": source("ng", "Убийство чести", title_translated="Honour killing",
                         outlet=actor["novaya"], published="2017-04-01", language="ru",
                         url="https://novayagazeta.ru/articles/2017/04/01/71983-ubiystvo-chesti",
                         retrieved_at="2017-04-02", reliability="B", kind="news_article",
                         collected_by="Researcher One"),
            "ai": source("ai", "Chechnya: campaigners worldwide act for gay men",
                         outlet=actor["amnesty"], published="2017-05", language="en",
                         url="https://www.amnesty.org/en/latest/campaigns/2017/05/chechnya/",
                         retrieved_at="2017-06-01", reliability="A", kind="ngo_report",
                         notes=PRIVATE_NOTE),
            "rln": source("rln", "Заявление Российской ЛГБТ-сети", outlet=actor["rln"],
                          published="2017-05-2X", language="ru", reliability="B",
                          url="https://lgbtnet.org/news/2017/05/statement", kind="ngo_report"),
            "pink": source("pink", "This is how campaigners are advocating for Chechens across "
                           "the world", outlet=actor["pink"], published="2017-06~",
                           language="en", url=LONG_URL, retrieved_at="2017-06-30",
                           reliability="C", kind="news_article"),
            "arab": source("arab", ARABIC_TITLE, outlet=actor["arab"], published="2017-06",
                           language="ar", reliability="C", kind="news_article",
                           url="https://example.com/ar/2017/06/chechnya"),
            "secret": source("secret", SENSITIVE_SOURCE, kind="testimony",
                             author=PROTECTED_NAME, published="2017-05-03", language="ru",
                             reliability="B", sensitivity="sensitive"),
            "gov": source("gov", "Statement of the Chechen authorities", outlet=actor["chechen"],
                          published="2017-04-03", language="ru", reliability="D",
                          kind="official_document"),
            "ep": source("ep", "European Parliament resolution on the persecution of gay men "
                         "in Chechnya", outlet=actor["ep"], published="2017-05-18",
                         language="en", reliability="A", kind="official_document",
                         url="https://www.europarl.europa.eu/doceo/document/TA-8-2017-0228_EN"),
            "hostile": source("hostile", HOSTILE_TITLE, author=HOSTILE_TEXT, language="en",
                              reliability="E", kind="other", url=LONG_TOKEN[:300]),
        }
        s.add_all(src.values())
        for key, name, content, kind in [
            ("ng", "novaya-gazeta-2017-04-01.pdf", b"%PDF-1.4 demo capture of Novaya Gazeta",
             "pdf"),
            ("ng", "novaya-gazeta-2017-04-01.html", b"<html>capture</html>", "web_page"),
            ("ai", "amnesty-2017-05.pdf", b"%PDF-1.4 Amnesty report", "pdf"),
            ("secret", f"interview-{PROTECTED_NAME}.mp3", b"ID3 secret audio", "media"),
            ("pink", "pinknews-capture.png", b"\x89PNG demo", "full_page_capture"),
        ]:
            sha = _blob(s, content)
            src[key].attachments.append(
                Attachment(sha256=sha, file_name=name, kind=kind, size=len(content),
                           media_type="application/octet-stream", captured_at="2017-06-30")
            )

        events = []

        def ev(title, date_text, where, etype, status, **kw):  # type: ignore[no-untyped-def]
            tag_names = kw.pop("tags", ())
            e = _event(case, title, date_text, place=place.get(where) if where else None,
                       event_type=etype, status=status, **kw)
            e.tags = [tags[t] for t in tag_names]
            s.add(e)
            events.append(e)
            return e

        def cite(e, key, **kw):  # type: ignore[no-untyped-def]
            c = Citation(event=e, source=src[key], **kw)
            s.add(c)
            return c

        e1 = ev("Novaya Gazeta reveals the persecution of gay men", "2017-04-01", "grozny",
                "statement", "confirmed", description="The Russian newspaper Novaya Gazeta "
                "revealed the persecution of gay men in Chechnya.")
        cite(e1, "ng", locator="1", quote="Это не убийство, это спасение чести",
             quote_language="ru", quote_translation="It is not a killing, it is saving honour",
             credibility=2)
        cite(e1, "ai", locator="3", locator_type="paragraph", credibility=1)
        e2 = ev("Detentions of gay men in Chechnya", "2017-04", "chechnya", "detention",
                "confirmed", disputed=True, tags=["detention"],
                description="About 100 men were believed to be detained.")
        c2 = cite(e2, "ng", locator="2", credibility=2)
        c2b = cite(e2, "gov", stance="contradicts", credibility=5, independent=False,
                   quote=UNPRINTABLE_QUOTE, printable=False)
        s.flush()
        e2.figures.append(Figure(minimum=100, maximum=100, unit="men detained",
                     qualifier="about", citation=c2))
        e2.figures.append(Figure(minimum=0, maximum=0, unit="men detained",
                     qualifier="exactly", citation=c2b))
        e3 = ev("Parents warned to kill their children", "2017-04~", "grozny", "statement",
                "possible", description="Reports said parents were warned.")
        cite(e3, "pink", credibility=3)
        e4 = ev("Protest in London: roses on a rainbow flag", "2017-04-12/2017-04-14", "london",
                "protest", "confirmed", tags=["protest"],
                description="Demonstrators in London laid roses on a rainbow flag.")
        cite(e4, "pink", locator="2", credibility=2)
        cite(e4, "ai", credibility=2)
        e5 = ev("Protest at the Russian Ambassador's residence", "2017-04-2X", "dc", "protest",
                "likely", tags=["protest"], description="Activists demanded an investigation.")
        cite(e5, "ai", credibility=2)
        e6 = ev("Petition handed to the Russian Consulate in Sydney", "2017-05", "sydney",
                "petition", "confirmed", tags=["petition"],
                description="Australian activists handed thousands of signatures.")
        cite(e6, "ai", credibility=2)
        e7 = ev("Dutch petition of 44,700 signatures", "2017-05-1X", "nl", "petition",
                "confirmed", tags=["petition"],
                description="In the Netherlands, 44,700 signatures were collected.")
        c7 = cite(e7, "ai", locator="4", credibility=1)
        s.flush()
        e7.figures.append(Figure(minimum=44700, maximum=44700, unit="signatures",
                     qualifier="exactly", citation=c7))
        e8 = ev("100 black balloons released", "2017-05-1X", "nl", "protest", "confirmed",
                description="Each balloon stood for one of the 100 men believed detained.")
        c8 = cite(e8, "ai", locator="4", credibility=2)
        s.flush()
        e8.figures.append(Figure(minimum=100, maximum=100, unit="balloons", citation=c8))
        e9 = ev("Rally in black hoods outside the Russian Embassy", "2017-05?", "madrid",
                "protest", "likely", tags=["protest"],
                description="Spanish activists wore black hoods outside the Russian Embassy.")
        cite(e9, "pink", credibility=3)
        e10 = ev("Activist in a mock cage in Berlin", "2017-05", "berlin", "protest",
                 "confirmed", tags=["protest"], notes=PRIVATE_NOTE,
                 description="An activist stood in a mock cage wrapped in a rainbow flag.")
        cite(e10, "pink", credibility=2)
        e11 = ev("Russian LGBT Network evacuates more than 40 men", "2017-05/2017-06", "grozny",
                 "evacuation", "confirmed", tags=["evacuation"],
                 description="The network reported saving more than 40 men.")
        c11 = cite(e11, "rln", quote="Мы эвакуировали более 40 человек", quote_language="ru",
                   quote_translation="We evacuated more than 40 people", credibility=2)
        c11b = cite(e11, "pink", credibility=3)
        s.flush()
        e11.figures.append(Figure(minimum=40, unit="men evacuated", qualifier="at_least",
                     citation=c11))
        e11.figures.append(Figure(minimum=40, maximum=45, unit="men evacuated", qualifier="about",
                     citation=c11b))
        e12 = ev("European Parliament calls for an investigation", "2017-05-18", "strasbourg",
                 "statement", "confirmed", description="The Parliament called for an "
                 "“immediate, independent and objective” investigation.")
        cite(e12, "ep", credibility=1)
        e13 = ev("France grants a humanitarian visa", "2017-06", "paris", "visa granted",
                 "likely", description="France was one of the first to grant the visa.")
        cite(e13, "pink", credibility=3)
        e14 = ev("Germany welcomes a man who escaped", "2017-06~", "berlin", "visa granted",
                 "possible", description="Germany also welcomed a man who escaped the purge.")
        cite(e14, "pink", credibility=3)
        e15 = ev("Prison camp reportedly destroyed", "../2017-06", "chechnya", "statement",
                 "possible", disputed=True, description="Detainees were reportedly moved.")
        cite(e15, "pink", credibility=4)
        e16 = ev("Persecution continues", "2017-04-01/..", "chechnya", "detention", "likely",
                 tags=["detention"], description="The persecution is believed to continue.")
        cite(e16, "rln", credibility=3)
        e17 = ev(SENSITIVE_EVENT, "2017-05-03", "grozny", "testimony", "confirmed",
                 sensitivity="sensitive", description=f"{PROTECTED_NAME} gave testimony.")
        cite(e17, "secret", quote="secret words", credibility=2)
        e17.involvements.append(Involvement(actor=actor["witness2"], role="witness"))
        e18 = ev(ARABIC_TITLE, "2017-06-10", "london", "statement", "possible",
                 description=ARABIC_PARAGRAPH + "\nСмешанный абзац: " + CYRILLIC + " и "
                 + ARABIC_TITLE + " — " + CHECHEN)
        cite(e18, "arab", quote=ARABIC_PARAGRAPH[:60], quote_language="ar",
             quote_translation="Amnesty called for an investigation", credibility=3)
        e19 = ev(HOSTILE_TITLE, "2017-06-20", None, "other", "unknown",
                 description=HOSTILE_TEXT + " " + LONG_TOKEN)
        cite(e19, "hostile", locator=HOSTILE_TITLE, quote=HOSTILE_TEXT, credibility=6)
        e20 = ev(f"{PROTECTED_NAME} describes his detention", "2017-05-2X", "safe",
                 "testimony", "likely", notes=PRIVATE_NOTE,
                 description=f"{PROTECTED_NAME} ({PROTECTED_ORIGINAL}), known as "
                 f"{PROTECTED_ALIAS}, said he was held for two weeks.")
        cite(e20, "rln", quote=f"{PROTECTED_NAME} was held", quote_language="en",
             credibility=2)
        e20.involvements.append(Involvement(actor=actor["witness"], role="victim",
                          note=PRIVATE_NOTE))
        e20.involvements.append(Involvement(actor=actor["rln"], role="intervening_party"))
        e21 = ev("Statement in Chechen", "2017-04-20", "chechnya", "statement", "unlikely",
                 description=f"{CHECHEN}: Ӏалам. Witness K was mentioned.")
        cite(e21, "gov", credibility=4, independent=False)
        e21.involvements.append(Involvement(actor=actor["witness2"], role="witness"))
        for e, a, role in [(e4, "amnesty", "organiser"), (e7, "amnesty", "organiser"),
                           (e11, "rln", "organiser"), (e12, "ep", "authority"),
                           (e2, "chechen", "perpetrator"), (e1, "novaya", "speaker")]:
            e.involvements.append(Involvement(actor=actor[a], role=role, count=None))
        e6.involvements.append(Involvement(actor=actor["amnesty"], role="organiser", count=2500))
    return archive
