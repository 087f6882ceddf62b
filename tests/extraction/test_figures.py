"""Published figures from invented reports in each phrasing the publishers use (no corpus text copied)."""

from __future__ import annotations

from datetime import date

from speechwatch.extraction.figures import extract_figures
from speechwatch.extraction.metadata import extract_metadata


def _triples(text: str, lang: str = "en") -> set[tuple[str, str, int]]:
    meta, _ = extract_metadata(text, lang)
    return {(s.measure, s.scope, s.value) for s in extract_figures(text, lang, meta)}


def _stats(text: str, lang: str = "en"):
    meta, _ = extract_metadata(text, lang)
    return extract_figures(text, lang, meta)


CURRENT = """Violations of freedom of speech in the Republic, May 2031
The foundation presents an overview of the events of May 2031.
In May 2031, the following incidents were recorded:
11 reports of violations of the rights of journalists, bloggers and editorial offices, among them:
•    4 cases of obstruction of lawful journalistic activities;
•    2 cases of threats against media outlets and bloggers;
•    1 case of media discrimination.
9 reports touched on the right to freely receive and spread information, among them:
•    6 cases of refusals or restrictions on the provision of information that matters to the public;
•    3 instances of resource/account blocking.
7 reports of pretrial and court claims and lawsuits brought against reporters, editors and citizens. Among them:
•    5 civil claims against media outlets;
•    2 administrative charges, including 1 for defamation.
EVENTS IN MAY 2031
May 3. Officers detained two reporters in Kokshetau; 3 cameras were seized and 12 people were questioned.
"""


def test_current_monthly_format() -> None:
    assert _triples(CURRENT) == {
        ("rights.total", "period", 11), ("rights.obstruction", "period", 4), ("rights.threat", "period", 2),
        ("access.total", "period", 9), ("access.refusal", "period", 6), ("access.blocking", "period", 3),
        ("legal.total", "period", 7), ("legal.civil", "period", 5), ("legal.administrative", "period", 2),
        ("legal.administrative.defamation", "period", 1),
    }


def test_spans_and_periods() -> None:
    text = CURRENT
    for s in _stats(text):
        assert text[s.span[0]:s.span[1]] == s.text
        assert s.period is not None and s.period.start == date(2031, 5, 1) and s.period.end == date(2031, 5, 31)
    first = _stats(text)[0]
    assert first.text.startswith("11 reports of violations")


OLDER = """Violations of freedom of speech in the Republic in September, 2029 (Digest)
There was following information:
- A court in the north fined a local newspaper 300 000 tenge for an article about a bank.
In September, two suits on protection of honour and dignity (and of business reputation too) in the amount of KZT \
three hundred and five millions and two hundred thousands were filed against media outlets and citizens.
Three judicial acts were passed, including one in appellate instance; one of them in favour of journalists.
Since the beginning of the year, over people using their freedom of expression, \
they were brought:
- 14 charges with slander (incl. passing data – 3);
- 2 charges with incitement of national enmity (article 174 of the Criminal Code);
- 41 pre-trial claims and suits on protection of honour, dignity and good name. The requested amount \
of moral damage compensation KZT96 millions and 250 thousands.
"""


def test_older_digest_format_with_words_and_money() -> None:
    assert _triples(OLDER) == {
        ("legal.civil.honor", "period", 2), ("legal.civil.claimed_kzt", "period", 305_200_000),
        ("legal.civil.decisions", "period", 3), ("legal.civil.decisions_for_media", "period", 1),
        ("legal.criminal.defamation", "ytd", 14), ("legal.criminal.incitement", "ytd", 2),
        ("legal.civil.honor", "ytd", 41), ("legal.civil.claimed_kzt", "ytd", 96_250_000),
    }


SUMMARY_AT_END = """Violations of Freedom of Speech in the Republic October 2030
- On October 2, a blogger in the south was detained for 10 days; the plaintiff demanded compensation for moral \
damages in the amount of 2 million tenge.
In October 2030, a total of 31 reports of incidents related to the professional activities of the media were \
registered (excluding reports related to ongoing cases):
- 8 reports were related to violations of journalists' rights.
-20 reports concerned the right to access and disseminate information.
-3 cases of presentation of judicial and pre-trial claims to journalists.
In October 2030, the following have been filed:
- 2 pre-judicial claims and civil lawsuits. All of them concern protection of honor, dignity, and \
good name.
- 1 non-judicial warning about breaking the criminal law.
Since the beginning of the year, the following have been filed:
- 9 criminal charges (including 4 in court).
- 47 civil claims and lawsuits (including 40 for the protection of honor and business reputation). The \
claimed amounts of moral damage compensation come to 12,700,000 tenge. The courts recovered 1 million 50 \
thousand tenge.
- 15 administrative charges, including 6 for defamation and 3 for spreading fake information (Article 456-2 of \
the Code on Administrative Offences).
"""


def test_summary_block_after_the_narrative() -> None:
    assert _triples(SUMMARY_AT_END) == {
        ("reports.total", "period", 31), ("rights.total", "period", 8), ("access.total", "period", 20),
        ("legal.total", "period", 3), ("legal.civil", "period", 2), ("legal.civil.honor", "period", 2),
        ("legal.warning", "period", 1), ("legal.criminal", "ytd", 9), ("legal.criminal.in_court", "ytd", 4),
        ("legal.civil", "ytd", 47), ("legal.civil.honor", "ytd", 40), ("legal.civil.claimed_kzt", "ytd", 12_700_000),
        ("legal.civil.recovered_kzt", "ytd", 1_050_000), ("legal.administrative", "ytd", 15),
        ("legal.administrative.defamation", "ytd", 6), ("legal.administrative.false_info", "ytd", 3),
    }


ANNUAL_LABELS = """Freedom of Speech: Violations 2030

15 january 2031

The foundation compiled statistics on violations of the right to freedom of speech in 2030.
It recorded:
Detained - 12 journalists
Attacks on Journalists – 9
Criminal charges:
Defamation and Insult - 14
Incitement of discord – 4
Civil charges - 52
The claimed amount of compensation for non-pecuniary damage - 88 million 300 thousand tenge.
Judgments rendered –  40
Of those in favor of the media and the citizens – 22
Appellants of civil claims to media: civil servants  – 11 , legal entities – 9
"""


def test_annual_label_lists() -> None:
    assert _triples(ANNUAL_LABELS) == {
        ("rights.detention", "period", 12), ("rights.attack", "period", 9),
        ("legal.criminal.defamation", "period", 14), ("legal.criminal.incitement", "period", 4),
        ("legal.civil", "period", 52), ("legal.civil.claimed_kzt", "period", 88_300_000),
        ("legal.civil.decisions", "period", 40), ("legal.civil.decisions_for_media", "period", 22),
    }


RUSSIAN = """В июне 2028 г. мониторинг фонда зафиксировал 64 сообщения.
Из них 30 дают информацию о прямых нарушениях прав СМИ и журналистов, 21 - о конфликтах и обвинениях, выдвинутых \
против СМИ и журналистов.
Всего с начала года СМИ и гражданам предъявлены 7 обвинений в уголовном порядке, 58 претензий и исков на сумму \
1,5 млн тенге.
"""


def test_russian_report() -> None:
    assert _triples(RUSSIAN, "ru") == {
        ("reports.total", "period", 64), ("rights.total", "period", 30), ("legal.total", "period", 21),
        ("legal.criminal", "ytd", 7), ("legal.civil", "ytd", 58), ("legal.civil.claimed_kzt", "ytd", 1_500_000),
    }


def test_cut_off_figures_are_not_figures() -> None:
    text = ("Violations of freedom of speech in the Republic, March 2032\n"
            "In March 2032, the following were recorded:\n"
            "6 reports of violations of the rights of journalists and the media.\n"
            "- 4 criminal ")
    assert _triples(text) == {("rights.total", "period", 6)}
    cut_money = "В марте 2032 г. с начала года предъявлены 5 претензий и исков на сумму 4 млрд. 100 млн. 250"
    assert ("legal.civil.claimed_kzt", "ytd", 4_100_000_000) not in _triples(cut_money, "ru")


def test_comparisons_and_other_periods_are_not_the_report_period() -> None:
    text = ("Violations of freedom of speech in the Republic, October 2033\n"
            "From January to October 2033, 150 cases in total were logged where officials showed a failure to "
            "provide information. This is close to the similar period of 2032, which stood at 140 cases.\n"
            "From January to July, 2033, 9 cases of accusations of libel were documented.\n")
    triples = _triples(text)
    assert ("access.refusal", "ytd", 150) in triples
    assert not {t for t in triples if t[2] in {140, 9} and t[1] in {"period", "ytd"}}


def test_narrative_numbers_are_not_figures() -> None:
    text = ("Violations of freedom of speech in the Republic, April 2034\n"
            "- On April 3, two journalists were detained for 5 hours; 3 cameras were broken.\n"
            "- A court sentenced the blogger to 2 years under Article 274 of the Criminal Code.\n"
            "- Two other criminal cases initiated against him are pending.\n"
            "- 13 activists were sentenced under Article 405 of the Criminal Code.\n"
            "- The plaintiff demanded compensation for moral damages in the amount of 5 million tenge.\n")
    assert _triples(text) == set()


def test_more_russian_phrasings() -> None:
    text = ("В апреле 2027 года мониторинг зафиксировал 52 сообщения.\n"
            "С начала года СМИ и гражданам предъявлены 4 обвинения в клевете, 12 претензий и исков о защите чести, "
            "достоинства и деловой репутации на сумму 700 тыс. тенге.\n"
            "В апреле вынесено 3 судебных решения, из них 2 в пользу СМИ.\n")
    assert _triples(text, "ru") == {
        ("reports.total", "period", 52), ("legal.criminal.defamation", "ytd", 4), ("legal.civil.honor", "ytd", 12),
        ("legal.civil.claimed_kzt", "ytd", 700_000), ("legal.civil.decisions", "period", 3),
        ("legal.civil.decisions_for_media", "period", 2),
    }


def test_format_of_the_early_2020s() -> None:
    text = """Violations of Freedom of Speech in the Republic March 2032

1 april 2032

The foundation studied the situation with the right to freedom of expression in March 2032.

The following charges were filed over the use of free expression in March 2032:

- 3 criminal charges (2 in court)

- 4 civil claims and lawsuits (3 of them for protection of honor and business reputation).

- 2 administrative offence charges

The following charges were filed since the beginning of the year:

- 14 criminal charges (6 in court), including 5 under Article 274 of the Criminal Code.

- 33 claims and suits in civil procedure (30 of them for protection of honor, dignity and business reputation).

The total amount of claims for moral damages is 5 million 120 thousand tenge. The courts ordered the defendants \
to pay 800 thousand tenge.

- 9 administrative charges
"""
    assert _triples(text) == {
        ("legal.criminal", "period", 3), ("legal.criminal.in_court", "period", 2), ("legal.civil", "period", 4),
        ("legal.civil.honor", "period", 3), ("legal.administrative", "period", 2),
        ("legal.criminal", "ytd", 14), ("legal.criminal.in_court", "ytd", 6), ("legal.criminal.false_info", "ytd", 5),
        ("legal.civil", "ytd", 33), ("legal.civil.honor", "ytd", 30), ("legal.civil.claimed_kzt", "ytd", 5_120_000),
        ("legal.civil.recovered_kzt", "ytd", 800_000), ("legal.administrative", "ytd", 9),
    }
