"""Rendered reports read natively in ru and kk: months in the case the sentence needs ("в апреле
2024 года", "2024 жылғы сәуірде"), counts with their nouns, dates in the language's order, legal
bases cited in the official form; never "В апрель", a lower-case Kazakh sentence start, "Сәуір 29,
2024" or a part glued to an article ("CC 174-1"). The fixture is the hand-counted one of factories.py
(9 reports in April 2024); the editors' preview prints its English-only records flagged, which is
enough to read every generated sentence around them."""

from __future__ import annotations

import re

import pytest
from django.utils import translation

from speechwatch.core import phrasing
from speechwatch.reports import build, render
from speechwatch.reports.document import BulletList, IncidentList, Paragraph, Section

pytestmark = pytest.mark.django_db

KK_DATE = re.compile(r"^\d{4} жылғы \d{1,2} (қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|"
                     r"қараша|желтоқсан)$")
RU_DATE = re.compile(r"^\d{1,2} (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|"
                     r"декабря) \d{4} года$")
NEVER = ("В апрель", "в апрель 2024 ", "За апрель 2024 служба", "сәуір 2024", "Сәуір 29", "ішінде мониторинг",
         "CC 274", "AC 456-2", "CivC 143", "articles:")


def _sentences(doc) -> list[str]:
    out = [doc.title, doc.subtitle, doc.caveat]
    for block in doc.walk():
        if isinstance(block, Paragraph):
            out.append(block.text)
        elif isinstance(block, BulletList):
            out += block.items
        elif isinstance(block, Section):
            out.append(block.title)
    return [t for t in out if t]


def _entries(doc) -> list:
    return [e for b in doc.walk() if isinstance(b, IncidentList) for e in b.entries]


TEXTS = {  # a title and a summary per language for the fixture's legal records (written for this test)
    "ru": ("Судебное дело в отношении редакции", "Против редакции возбуждено дело."),
    "kk": ("Редакцияға қатысты сот ісі", "Редакцияға қарсы іс қозғалды."),
}


def _translate_legal(lang: str) -> None:
    """Give the legal records a text in `lang`, so their entries (and proceeding lines) are printed."""
    from speechwatch.incidents.models import Incident, IncidentTranslation

    if lang not in TEXTS:
        return
    title, summary = TEXTS[lang]
    for inc in Incident.objects.filter(primary_category__group__code="legal"):
        IncidentTranslation.objects.update_or_create(incident=inc, lang=lang,
                                                     defaults={"title": f"{title} #{inc.pk}", "summary": summary,
                                                               "status": "reviewed"})


def _doc(kind: str, period: str, lang: str):
    _translate_legal(lang)
    doc = build(kind, period, lang=lang, preview=True)
    return doc, render(doc, "md").decode(), render(doc, "html").decode()


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_monthly_report_reads_natively(report_data, lang):
    doc, md, html = _doc("monthly", "2024-04", lang)
    lead = {
        "en": "In April 2024 the monitoring service registered 9 reports of violations of freedom of speech.",
        "ru": "В апреле 2024 года служба мониторинга зарегистрировала 9 сообщений о нарушениях свободы слова.",
        "kk": "2024 жылғы сәуірде мониторинг қызметі сөз бостандығын бұзу туралы 9 хабарлама тіркеді.",
    }[lang]
    assert lead in md and lead in html
    title = {"en": "Violations of freedom of speech in Kazakhstan, April 2024",
             "ru": "Нарушения свободы слова в Казахстане, апрель 2024 года",
             "kk": "Қазақстандағы сөз бостандығының бұзылуы, 2024 жылғы сәуір"}[lang]
    assert doc.title == title
    for text in (md, html):
        for wrong in NEVER:
            assert wrong not in text, (lang, wrong)
    for sentence in _sentences(doc):
        assert not sentence[:1].islower(), f"{lang}: sentence starts in lower case: {sentence!r}"
    # the legal claims sentence: the noun agrees with the number, the verb with the noun
    legal = next(b.text for b in doc.walk()
                 if isinstance(b, Paragraph) and re.search(r"\d+ (pre-trial|досудебн|сотқа дейінгі)", b.text))
    n = int(re.search(r"(\d+) (pre-trial|досудебн|сотқа дейінгі)", legal).group(1))
    assert phrasing.count_noun(n, "legal_claim", lang) in legal
    if lang == "ru":
        verb = {0: "зарегистрирована", 1: "зарегистрированы", 2: "зарегистрировано"}[phrasing.plural_index(n, "ru")]
        assert legal.startswith(f"В апреле 2024 года {verb} {n} ")
    if lang == "kk":
        assert legal.startswith("2024 жылғы сәуірде ")
    # dates in the language's order and case
    dates = [e.date for e in _entries(doc) if e.date]
    assert dates
    if lang == "kk":
        assert all(KK_DATE.match(d) for d in dates), dates
    if lang == "ru":
        assert all(RU_DATE.match(d) for d in dates), dates
    # legal bases from the codebook in the official form
    cited = {
        "en": ("under Article 274 of the Criminal Code", "under Article 456-2 of the Code of Administrative Offences",
               "under Article 143 of the Civil Code"),
        "ru": ("по ст. 274 УК РК", "по ст. 456-2 КоАП РК", "по ст. 143 ГК РК"),
        "kk": ("ҚР ҚК 274-бабы бойынша", "ҚР ӘҚБтК 456-2-бабы бойынша", "ҚР АК 143-бабы бойынша"),
    }[lang]
    for citation in cited:
        assert citation in md, (lang, citation)


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_annual_report_reads_natively(report_data, lang):
    doc, md, _html = _doc("annual", "2024", lang)
    want = {
        "en": ("Freedom of speech in Kazakhstan in 2024: annual report", "In 2024 the monitoring service registered "),
        "ru": ("Свобода слова в Казахстане в 2024 году: годовой доклад", "В 2024 году служба мониторинга "
               "зарегистрировала "),
        "kk": ("2024 жылы Қазақстандағы сөз бостандығы: жылдық баяндама", "2024 жылы мониторинг қызметі "),
    }[lang]
    assert doc.title == want[0]
    assert want[1] in md
    for sentence in _sentences(doc):
        assert not sentence[:1].islower(), f"{lang}: sentence starts in lower case: {sentence!r}"
    for wrong in NEVER:
        assert wrong not in md


def test_partial_period_in_russian_and_kazakh_counts_months_natively(report_data):
    """The fixture's 2024 stops in April: the caveat counts the months with their noun and names the
    span in the language's range form."""
    for lang, want in (
        ("en", "from March to April 2024"),
        ("ru", "2 месяца, с марта по апрель 2024 года"),
        ("kk", "2024 жылғы наурыздан сәуірге дейін тіркелген жазбалар ғана бар (2 ай)"),
    ):
        with translation.override(lang):
            doc = build("annual", "2024", lang=lang, preview=True)
        assert want in doc.caveat, (lang, doc.caveat)
