"""Native phrasing (speechwatch.core.phrasing) against tables written by hand: every month in every
form of the three languages, every plural form for the numbers where Russian changes form, periods,
dates, number grouping, and the citation of every article of the codebook with and without a part."""

from __future__ import annotations

import datetime as dt

import pytest

from speechwatch.codebook import legal_articles
from speechwatch.core import phrasing as P

MONTHS = {
    ("en", "nom"): "January February March April May June July August September October November December",
    ("en", "short"): "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    ("ru", "nom"): "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
    ("ru", "gen"): "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    ("ru", "prep"): "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре",
    ("ru", "short"): "янв фев мар апр май июн июл авг сен окт ноя дек",
    ("kk", "nom"): "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан",
    ("kk", "gen"): "қаңтардың ақпанның наурыздың сәуірдің мамырдың маусымның шілденің тамыздың қыркүйектің "
    "қазанның қарашаның желтоқсанның",
    ("kk", "loc"): "қаңтарда ақпанда наурызда сәуірде мамырда маусымда шілдеде тамызда қыркүйекте қазанда "
    "қарашада желтоқсанда",
    ("kk", "attr"): "қаңтардағы ақпандағы наурыздағы сәуірдегі мамырдағы маусымдағы шілдедегі тамыздағы "
    "қыркүйектегі қазандағы қарашадағы желтоқсандағы",
    ("kk", "abl"): "қаңтардан ақпаннан наурыздан сәуірден мамырдан маусымнан шілдеден тамыздан қыркүйектен "
    "қазаннан қарашадан желтоқсаннан",
    ("kk", "dat"): "қаңтарға ақпанға наурызға сәуірге мамырға маусымға шілдеге тамызға қыркүйекке қазанға "
    "қарашаға желтоқсанға",
    ("kk", "short"): "қаң ақп нау сәу мам мау шіл там қыр қаз қар жел",
}


def test_every_language_has_exactly_the_forms_of_the_table():
    for lang in P.LANGS:
        assert set(P.month_forms(lang)) == {form for (lg, form) in MONTHS if lg == lang}


@pytest.mark.parametrize(("lang", "form"), sorted(MONTHS))
def test_every_month_name_in_every_form(lang, form):
    assert [P.month_name(m, lang, form) for m in range(1, 13)] == MONTHS[(lang, form)].split()


def test_month_name_rejects_what_it_does_not_know():
    with pytest.raises(P.PhrasingError):
        P.month_name(13, "ru")
    with pytest.raises(P.PhrasingError):
        P.month_name(4, "ru", "loc")  # Russian uses "prep"; a wrong key is an error, not a guess
    assert P.month_name(4, "en", "gen") == "April"  # English has no case


PERIODS = {
    "en": {
        4: ["April 2024", "in April 2024", "of April 2024", "for April 2024"],
        "Q1": ["first quarter of 2024", "in the first quarter of 2024", "of the first quarter of 2024",
               "for the first quarter of 2024"],
        "H1": ["first half of 2024", "in the first half of 2024", "of the first half of 2024",
               "for the first half of 2024"],
        "H2": ["second half of 2024", "in the second half of 2024", "of the second half of 2024",
               "for the second half of 2024"],
        None: ["2024", "in 2024", "of 2024", "for 2024"],
    },
    "ru": {
        4: ["апрель 2024 года", "в апреле 2024 года", "апреля 2024 года", "за апрель 2024 года"],
        5: ["май 2024 года", "в мае 2024 года", "мая 2024 года", "за май 2024 года"],
        "Q4": ["четвёртый квартал 2024 года", "в четвёртом квартале 2024 года", "четвёртого квартала 2024 года",
               "за четвёртый квартал 2024 года"],
        "H1": ["первое полугодие 2024 года", "в первом полугодии 2024 года", "первого полугодия 2024 года",
               "за первое полугодие 2024 года"],
        None: ["2024 год", "в 2024 году", "2024 года", "за 2024 год"],
    },
    "kk": {
        4: ["2024 жылғы сәуір", "2024 жылғы сәуірде", "2024 жылғы сәуірдің", "2024 жылғы сәуірдегі"],
        1: ["2024 жылғы қаңтар", "2024 жылғы қаңтарда", "2024 жылғы қаңтардың", "2024 жылғы қаңтардағы"],
        "Q2": ["2024 жылдың екінші тоқсаны", "2024 жылдың екінші тоқсанында", "2024 жылдың екінші тоқсанының",
               "2024 жылдың екінші тоқсанындағы"],
        "H1": ["2024 жылдың бірінші жартыжылдығы", "2024 жылдың бірінші жартыжылдығында",
               "2024 жылдың бірінші жартыжылдығының", "2024 жылдың бірінші жартыжылдығындағы"],
        None: ["2024 жыл", "2024 жылы", "2024 жылдың", "2024 жылғы"],
    },
}


@pytest.mark.parametrize("lang", P.LANGS)
def test_period_phrases(lang):
    for month, forms in PERIODS[lang].items():
        assert [P.period_phrase(2024, month, lang, f) for f in P.PERIOD_FORMS] == forms, month


def test_period_phrase_rejects_unknown_periods_and_forms():
    for bad in ("Q5", "H3", "Q0"):
        with pytest.raises(P.PhrasingError):
            P.period_phrase(2024, bad, "ru")
    with pytest.raises(P.PhrasingError):
        P.period_phrase(2024, 4, "ru", "dat")


def test_month_ranges():
    assert P.range_phrase((2024, 1), (2024, 4), "en") == "from January to April 2024"
    assert P.range_phrase((2024, 1), (2024, 4), "ru") == "с января по апрель 2024 года"
    assert P.range_phrase((2024, 1), (2024, 4), "kk") == "2024 жылғы қаңтардан сәуірге дейін"
    assert P.range_phrase((2024, 1), (2024, 4), "en", "nom") == "January–April 2024"
    assert P.range_phrase((2024, 1), (2024, 4), "ru", "nom") == "январь — апрель 2024 года"
    assert P.range_phrase((2024, 1), (2024, 4), "kk", "nom") == "2024 жылғы қаңтар — сәуір"
    assert P.range_phrase((2023, 11), (2024, 2), "ru") == "с ноября 2023 года по февраль 2024 года"
    assert P.range_phrase((2023, 11), (2024, 2), "kk") == "2023 жылғы қарашадан 2024 жылғы ақпанға дейін"
    assert P.range_phrase((2023, 11), (2024, 2), "en", "nom") == "November 2023 – February 2024"
    assert P.range_phrase((2024, 4), (2024, 4), "ru") == "в апреле 2024 года"


def test_dates_in_each_language_order():
    d = dt.date(2024, 4, 29)
    assert P.format_date(d, "en") == "29 April 2024"
    assert P.format_date(d, "ru") == "29 апреля 2024 года"
    assert P.format_date(d, "kk") == "2024 жылғы 29 сәуір"
    assert P.format_date(d, "en", "in") == "on 29 April 2024"
    assert P.format_date(d, "kk", "in") == "2024 жылғы 29 сәуірде"
    assert P.format_date(dt.date(2021, 3, 3), "kk") == "2021 жылғы 3 наурыз"
    assert P.format_date(d, "ru", precision="month") == "апрель 2024 года"
    assert P.format_date(d, "kk", precision="year") == "2024 жыл"
    assert P.date_range(dt.date(2024, 4, 1), dt.date(2024, 4, 15), "ru") == (
        "с 1 апреля 2024 года по 15 апреля 2024 года"
    )
    assert P.date_range(dt.date(2024, 4, 1), dt.date(2024, 4, 15), "kk", "for") == (
        "2024 жылғы 1 сәуірден 2024 жылғы 15 сәуірге дейінгі"
    )
    assert P.date_range(dt.date(2024, 4, 1), dt.date(2024, 4, 15), "en") == "from 1 April 2024 to 15 April 2024"


NUMBERS = (0, 1, 2, 3, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111)
COUNTS = {
    "en": {"report": ["0 reports", "1 report", "2 reports", "3 reports", "4 reports", "5 reports", "11 reports",
                      "12 reports", "14 reports", "21 reports", "22 reports", "25 reports", "101 reports",
                      "111 reports"],
           "person": ["0 people", "1 person", "2 people", "3 people", "4 people", "5 people", "11 people",
                      "12 people", "14 people", "21 people", "22 people", "25 people", "101 people",
                      "111 people"]},
    "ru": {"report": ["0 сообщений", "1 сообщение", "2 сообщения", "3 сообщения", "4 сообщения", "5 сообщений",
                      "11 сообщений", "12 сообщений", "14 сообщений", "21 сообщение", "22 сообщения",
                      "25 сообщений", "101 сообщение", "111 сообщений"],
           "incident": ["0 случаев", "1 случай", "2 случая", "3 случая", "4 случая", "5 случаев", "11 случаев",
                        "12 случаев", "14 случаев", "21 случай", "22 случая", "25 случаев", "101 случай",
                        "111 случаев"],
           "month": ["0 месяцев", "1 месяц", "2 месяца", "3 месяца", "4 месяца", "5 месяцев", "11 месяцев",
                     "12 месяцев", "14 месяцев", "21 месяц", "22 месяца", "25 месяцев", "101 месяц",
                     "111 месяцев"],
           "year": ["0 лет", "1 год", "2 года", "3 года", "4 года", "5 лет", "11 лет", "12 лет", "14 лет",
                    "21 год", "22 года", "25 лет", "101 год", "111 лет"]},
    "kk": {"report": [f"{n} хабарлама" for n in NUMBERS],
           "month": [f"{n} ай" for n in NUMBERS]},
}


@pytest.mark.parametrize(("lang", "noun"), [(lang, noun) for lang, nouns in COUNTS.items() for noun in nouns])
def test_every_count_form(lang, noun):
    assert [P.count_noun(n, noun, lang) for n in NUMBERS] == COUNTS[lang][noun]


def test_russian_accusative_where_it_differs():
    assert [P.count_noun(n, "claim", "ru", case="acc") for n in (1, 2, 5, 21)] == [
        "1 претензию", "2 претензии", "5 претензий", "21 претензию"]
    assert P.count_noun(1, "claim", "ru") == "1 претензия"
    assert P.count_noun(1, "report", "ru", case="acc") == "1 сообщение"  # neuter: same as nominative


def test_every_noun_has_every_language():
    nouns = P._data()["nouns"]
    for key in nouns:
        for lang in P.LANGS:
            assert P.noun_form(5, key, lang)
    with pytest.raises(P.PhrasingError):
        P.count_noun(2, "reportz", "en")


def test_number_grouping():
    assert P.format_number(1_500_000, "en") == "1,500,000"
    assert P.format_number(1_500_000, "ru") == "1\u00a0500\u00a0000"
    assert P.format_number(1_500_000, "kk") == "1\u00a0500\u00a0000"
    assert P.format_number(1_500_000, "kk", plain=True) == "1 500 000"
    assert P.format_number(999, "ru") == "999"
    assert P.count_noun(1500, "report", "ru") == "1\u00a0500 сообщений"


def test_capitalise_at_sentence_start():
    assert P.capitalise(P.period_phrase(2024, 4, "ru", "in")) == "В апреле 2024 года"
    assert P.capitalise(P.period_phrase(2024, 4, "en", "in")) == "In April 2024"
    assert P.capitalise("2024 жылғы сәуірде") == "2024 жылғы сәуірде"
    assert P.capitalise(P.period_phrase(2024, 4, "ru", "nom")) == "Апрель 2024 года"


# -- citations -----------------------------------------------------------------------------------

SHORT = {  # code → (en, ru, kk) without part, with part {p}
    "CC": (("Article {a} of the Criminal Code", "ст. {a} УК РК", "ҚР ҚК {a}-бабы"),
           ("Article {a}({p}) of the Criminal Code", "ч. {p} ст. {a} УК РК", "ҚР ҚК {a}-бабының {p}-бөлігі")),
    "AC": (("Article {a} of the Code of Administrative Offences", "ст. {a} КоАП РК", "ҚР ӘҚБтК {a}-бабы"),
           ("Article {a}({p}) of the Code of Administrative Offences", "ч. {p} ст. {a} КоАП РК",
            "ҚР ӘҚБтК {a}-бабының {p}-бөлігі")),
    "CivC": (("Article {a} of the Civil Code", "ст. {a} ГК РК", "ҚР АК {a}-бабы"),
             ("Article {a}({p}) of the Civil Code", "п. {p} ст. {a} ГК РК", "ҚР АК {a}-бабының {p}-тармағы")),
}
LONG = {
    "CC": (("Article {a} of the Criminal Code of the Republic of Kazakhstan",
            "статья {a} Уголовного кодекса Республики Казахстан",
            "Қазақстан Республикасы Қылмыстық кодексінің {a}-бабы"),
           ("Part {p} of Article {a} of the Criminal Code of the Republic of Kazakhstan",
            "часть {p} статьи {a} Уголовного кодекса Республики Казахстан",
            "Қазақстан Республикасы Қылмыстық кодексінің {a}-бабының {p}-бөлігі")),
    "AC": (("Article {a} of the Code of the Republic of Kazakhstan on Administrative Offences",
            "статья {a} Кодекса Республики Казахстан об административных правонарушениях",
            "Әкімшілік құқық бұзушылық туралы Қазақстан Республикасы Кодексінің {a}-бабы"),
           ("Part {p} of Article {a} of the Code of the Republic of Kazakhstan on Administrative Offences",
            "часть {p} статьи {a} Кодекса Республики Казахстан об административных правонарушениях",
            "Әкімшілік құқық бұзушылық туралы Қазақстан Республикасы Кодексінің {a}-бабының {p}-бөлігі")),
    "CivC": (("Article {a} of the Civil Code of the Republic of Kazakhstan",
              "статья {a} Гражданского кодекса Республики Казахстан",
              "Қазақстан Республикасы Азаматтық кодексінің {a}-бабы"),
             ("Paragraph {p} of Article {a} of the Civil Code of the Republic of Kazakhstan",
              "пункт {p} статьи {a} Гражданского кодекса Республики Казахстан",
              "Қазақстан Республикасы Азаматтық кодексінің {a}-бабының {p}-тармағы")),
}
ARTICLES = sorted(legal_articles()[1])


def test_the_table_covers_every_code_of_the_codebook():
    assert set(legal_articles()[0]) == set(SHORT) == set(LONG)
    assert ("AC", "73-3") in ARTICLES and ("AC", "456-2") in ARTICLES


@pytest.mark.parametrize(("code", "article"), ARTICLES)
def test_citation_of_every_codebook_article(code, article):
    for style, table in (("short", SHORT), ("long", LONG)):
        bare, with_part = table[code]
        for i, lang in enumerate(P.LANGS):
            assert P.citation(code, article, "", lang, style) == bare[i].format(a=article)
            assert P.citation(code, article, None, lang, style) == bare[i].format(a=article)
            assert P.citation(code, article, "2", lang, style) == with_part[i].format(a=article, p="2")
            # the part never touches the article number with a hyphen ("174-2" is another article)
            assert f"{article}-2" not in P.citation(code, article, "2", lang, style)


def test_issue_examples_and_hyphenated_articles():
    assert P.citation("CC", "174", "1", "en") == "Article 174(1) of the Criminal Code"
    assert P.citation("CC", "174", "1", "ru") == "ч. 1 ст. 174 УК РК"
    assert P.citation("CC", "174", "1", "kk") == "ҚР ҚК 174-бабының 1-бөлігі"
    assert P.citation("CC", "174", "", "kk") == "ҚР ҚК 174-бабы"
    assert P.citation("AC", "73-3", "", "ru") == "ст. 73-3 КоАП РК"
    assert P.citation("AC", "73-3", "2", "ru") == "ч. 2 ст. 73-3 КоАП РК"
    assert P.citation("AC", "73-3", "", "en") == "Article 73-3 of the Code of Administrative Offences"
    assert P.citation("AC", "73-3", "", "kk") == "ҚР ӘҚБтК 73-3-бабы"
    assert P.citation("AC", "456\u20112", 2, "ru") == "ч. 2 ст. 456-2 КоАП РК"  # a non-breaking hyphen typed in
    assert P.citation_key("AC", "73–3") == "AC 73-3"


def test_a_code_without_templates_names_its_label_article_and_part():
    labels = {"en": "Labour Code", "ru": "Трудовой кодекс", "kk": "Еңбек кодексі"}
    assert P.citation("LC", "9", "2", "en", labels=labels) == "Labour Code, Article 9(2)"
    assert P.citation("LC", "9", "2", "ru", labels=labels) == "Трудовой кодекс, ч. 2 ст. 9"
    assert P.citation("LC", "9", "", "kk", labels=labels) == "Еңбек кодексі, 9-бап"
    with pytest.raises(P.PhrasingError):
        P.citation("CC", "", "1", "en")
    with pytest.raises(P.PhrasingError):
        P.citation("CC", "174", "1", "en", style="medium")


def test_module_imports_no_django():
    import subprocess
    import sys

    code = "import sys, speechwatch.core.phrasing as p; p.citation('CC','174','1','ru'); print('django' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_every_code_has_complete_citation_templates():
    """A code's templates cover both styles, with and without a part, in the three languages, and a
    part template names both the article and the part (a template that dropped one would print a
    citation of another article)."""
    for code, entry in legal_articles()[0].items():
        templates = entry["citation"]
        assert set(templates) == {"short", "short_part", "long", "long_part"}, code
        for key, by_lang in templates.items():
            assert set(by_lang) == set(P.LANGS), (code, key)
            for lang, text in by_lang.items():
                assert "{article}" in text, (code, key, lang)
                assert ("{part}" in text) == key.endswith("_part"), (code, key, lang)

