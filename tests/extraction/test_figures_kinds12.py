"""Kinds of figures issue 7's twelfth pass taught the steps, each in a report written for the test."""

from __future__ import annotations

from speechwatch.extraction.pipeline import extract_text


def _figures(text: str) -> set[tuple[str, str, int]]:
    return {(s.measure, s.scope, s.value) for s in extract_text(text).statistics}


def test_a_table_sub_row_divides_its_group_cell_in_the_same_column() -> None:
    text = """Quarterly review: April – June 2019

Between April and June the monitors logged 180 reports.

Group                                             Apr-Jun   Jan-Jun
Violations of the rights of journalists               44       97
   of which detentions                                 7       15
Restrictions of access to information                  61      120
   of which refusals to give information               50       99
"""
    got = _figures(text)
    assert {("rights.detention", "period", 7), ("rights.detention", "ytd", 15),
            ("access.refusal", "period", 50), ("access.refusal", "ytd", 99)} <= got


def test_dotted_leaders_end_a_label() -> None:
    text = """Free expression in Kazakhstan in 2023: figures of the year

The foundation counted 640 reports over the year.

Rights of journalists and bloggers - 170 reports:
   detentions by the police ......................... 12
   threats and intimidation ......................... 41
   obstruction of professional work ................. 70

The full review of the year is on the foundation's site.
"""
    got = _figures(text)
    assert {("rights.detention", "period", 12), ("rights.threat", "period", 41),
            ("rights.obstruction", "period", 70)} <= got


def test_a_count_named_as_a_sibling_of_its_parent_stands_under_their_group() -> None:
    text = """Monitoring, May 2016

In May the foundation registered 70 reports. Claims and charges numbered 30: 5 were criminal, 21 civil, 18 of
them over honour and dignity, and 4 administrative.
"""
    assert ("legal.administrative", "period", 4) in _figures(text)


def test_an_item_whose_noun_is_left_out_is_read_by_what_it_is_about() -> None:
    text = """Monitoring, March 2017

The foundation received 52 reports in March.

Breakdown for March:
– 15 on infringements of journalists' rights, incl. 9 cases in which reporters were turned away from sessions;
– 18 about the right to get and spread information, incl. 14 refusals to answer requests;
"""
    got = _figures(text)
    assert {("rights.total", "period", 15), ("access.total", "period", 18), ("access.refusal", "period", 14)} <= got


def test_a_share_of_a_count_named_by_its_value() -> None:
    text = """Monitoring, April 2017

In April the foundation registered 40 reports. Claims and charges: 6 criminal, 10 civil. Three of the six
criminal cases have already gone to trial.
"""
    assert ("legal.criminal.in_court", "period", 3) in _figures(text)


def test_rulings_on_disputes_are_decisions_and_recovered_by_courts_is_recovered() -> None:
    text = """The year 2022 in figures

Legal pressure - 120 claims and charges:
• civil: 70, of which 61 for honour, dignity and business reputation; recovered by courts - KZT 2,400,000;
courts issued 48 rulings on honour-and-dignity disputes, 30 of them in favour of the media and citizens;
"""
    got = _figures(text)
    assert {("legal.civil.decisions", "period", 48), ("legal.civil.decisions_for_media", "period", 30),
            ("legal.civil.recovered_kzt", "period", 2400000)} <= got
    assert ("legal.civil.honor", "period", 48) not in got


def test_both_under_an_article_take_the_count_told_before_the_words() -> None:
    text = """Обзор за май 2019 года (в скобках – с начала года)

Претензии и обвинения:
   уголовные – 2 (19), оба по ст. 174 УК;
   гражданские – 8 (70).
"""
    got = _figures(text)
    assert ("legal.criminal.incitement", "period", 2) in got
    assert ("legal.criminal.incitement", "ytd", 19) not in got


def test_of_them_after_a_bracketed_restatement_divides_the_months_count() -> None:
    text = """Нарушения свободы слова, октябрь 2021 года

В октябре 2021 года предъявлены:
- 6 гражданских исков и претензий (с начала года – 61), из них 5 о защите чести, достоинства и деловой
репутации (с начала года – 52);
"""
    got = _figures(text)
    assert {("legal.civil", "period", 6), ("legal.civil", "ytd", 61), ("legal.civil.honor", "period", 5),
            ("legal.civil.honor", "ytd", 52)} <= got


def test_none_of_them_after_a_dash_is_a_zero() -> None:
    text = """Нарушения свободы слова, октябрь 2021 года

В октябре 2021 года суды вынесли 4 решения по искам о защите чести и достоинства, ни одного – в пользу СМИ.
"""
    assert ("legal.civil.decisions_for_media", "period", 0) in _figures(text)


def test_a_heading_that_names_a_group_decides_between_measures() -> None:
    text = """Monitoring, February 2024

In February 2024 the monitoring recorded 30 reports.

1. Rights of journalists: 4 obstructions of filming at public events; 2 threats.

2. Access to information: 9 refusals to give information; 3 attacks on news websites.
"""
    got = _figures(text)
    assert {("rights.obstruction", "period", 4), ("access.cyberattack", "period", 3)} <= got
    assert ("rights.attack", "period", 3) not in got


def test_a_sibling_label_that_cites_an_article() -> None:
    text = """Обзор за девять месяцев 2022 года

Административных дел – 50 (по ст. 73-3 КоАП «Клевета» – 30, по ст. 456-2 – 20).
"""
    got = _figures(text)
    assert {("legal.administrative.defamation", "period", 30), ("legal.administrative.false_info", "period", 20)} <= got


def test_a_share_of_the_reports_about_one_category() -> None:
    text = """Нарушения свободы слова, май 2022 года

С начала года зарегистрировано 150 сообщений. Из них 47 касаются отказов и ограничений в доступе к информации.
"""
    assert ("access.refusal", "ytd", 47) in _figures(text)


def test_kazakh_all_of_them_and_labels_before_their_counts() -> None:
    text = """Қазақстандағы сөз бостандығының бұзылуы. 2019 жылғы наурыз

2019 жылғы наурызда барлығы 44 хабарлама тіркелді.
Талаптар мен айыптар – 20:
   • азаматтық талап-арыздар – 9 (жыл басынан бері – 25), барлығы ар-намысты қорғау туралы;
   • көрінеу жалған ақпарат таратқаны үшін 3 қылмыстық айыптау.
Ар-намысты қорғау туралы жыл басынан бері 25 талап-арыз түсті.
"""
    got = _figures(text)
    assert {("legal.civil.honor", "period", 9), ("legal.criminal.false_info", "period", 3)} <= got


def test_a_sum_item_under_items_that_open_with_their_counts_is_a_tally() -> None:
    text = """Freedom of speech in Kazakhstan: May 2014 (Digest)

Since January the Foundation counted:
- 9 criminal cases for libel and insult;
- 30 pre-trial claims and lawsuits over honour and dignity;
- courts ordered journalists and editorial offices to pay KZT2800000.
"""
    assert ("legal.civil.recovered_kzt", "ytd", 2800000) in _figures(text)


def test_a_sum_in_brackets_after_a_sum_restates_it_over_the_span() -> None:
    text = """Monitoring, March 2021

In March 2021 the foundation registered 40 reports; civil claims: 9 (20), 7 of them to protect honour and
dignity (15), with KZT21000000 demanded in moral damages (KZT64000000 since January).
"""
    got = _figures(text)
    assert {("legal.civil.claimed_kzt", "period", 21000000), ("legal.civil.claimed_kzt", "ytd", 64000000)} <= got


def test_claimed_sums_in_other_wordings() -> None:
    ru = """Нарушения свободы слова, июль 2016 года

В июле против СМИ подано пять исков о защите чести и достоинства; истцы хотели бы получить 41 млн. тенге.
"""
    kk = """Сөз бостандығы, 2020 жыл

Ар-намыс туралы талаптар бойынша моральдық зиян үшін талап етілген сома – 120 млн 500 мың теңге.
Сот шешімдері бойынша өндірілген сома – 3 млн 250 мың теңге.
"""
    assert ("legal.civil.claimed_kzt", "period", 41000000) in _figures(ru)
    assert {("legal.civil.claimed_kzt", "period", 120500000), ("legal.civil.recovered_kzt", "period", 3250000)
            } <= _figures(kk)


def test_statements_of_absence_in_more_forms() -> None:
    cases = [
        ("ru", "Нарушения свободы слова, июнь 2018 года\n\nВ июне зарегистрировано 30 сообщений. "
               "Кибератак на сайты СМИ в июне не зафиксировано.\n", ("access.cyberattack", "period", 0)),
        ("ru", "Нарушения свободы слова, июнь 2018 года\n\nВ июне зарегистрировано 30 сообщений. "
               "Решений в пользу СМИ в июне не выносилось.\n", ("legal.civil.decisions_for_media", "period", 0)),
        ("en", "Monitoring, June 2018\n\nIn June the foundation registered 30 reports. Nobody lost their life "
               "because of their work in June.\n", ("rights.murder", "period", 0)),
        ("kk", "Сөз бостандығы, 2018 жылғы маусым\n\nМаусымда 30 хабарлама тіркелді. Маусымда журналистерге шабуыл "
               "жасалғаны туралы бірде-бір хабар түскен жоқ.\n", ("rights.attack", "period", 0)),
        ("en", "Monitoring, June 2018\n\nIn June the foundation registered 30 reports.\n\nAdministrative charges - "
               "none this month (since January - 3).\n", ("legal.administrative", "period", 0)),
    ]
    for _language, text, figure in cases:
        assert figure in _figures(text), text


def test_an_absence_over_the_period_and_the_year_gives_both() -> None:
    text = ("Quarterly review, April – June 2019\n\nBetween April and June the foundation registered 150 reports.\n\n"
            "Killings of journalists: none this quarter, none since the start of the year.\n")
    assert {("rights.murder", "period", 0), ("rights.murder", "ytd", 0)} <= _figures(text)


def test_an_item_under_a_counting_header_whose_bracket_names_all_of_them() -> None:
    text = """Freedom of speech in Kazakhstan: March 2016 (Digest)

In March, media and citizens faced these charges over what they said or published:

- 3 criminal (all under article 274 of the Criminal Code);
- 6 pre-trial claims and lawsuits on protection of honour, dignity and business reputation.
"""
    assert {("legal.criminal", "period", 3), ("legal.criminal.false_info", "period", 3)} <= _figures(text)


def test_a_bracket_naming_the_years_span_names_the_sentences() -> None:
    text = """Review for the third quarter of 2015 (July–September)

Between 1 July and 30 September 2015 our monitors registered 210 reports on events touching journalists,
editorial offices and the public's right to information.

For the nine months as a whole (January–September 2015) the count stands at 590 reports, among them 21
criminal charges and 150 honour suits.
"""
    got = _figures(text)
    assert {("reports.total", "period", 210), ("reports.total", "ytd", 590), ("legal.criminal", "ytd", 21),
            ("legal.civil.honor", "ytd", 150)} <= got
    assert ("access.total", "period", 210) not in got


def test_shares_of_the_total_in_a_chain_and_parts_named_by_their_noun() -> None:
    text = """Freedom of speech monitoring, May 2012

During May 2012 the monitors of the foundation logged 80 messages.
Ten of them concern the general climate in which the press worked; 40 tell of direct infringements of the
rights of journalists and editorial offices, refusals to release information among them; 30 deal with
conflicts, claims and accusations faced by the media.

The right to receive and disseminate information – 25 reports, among them 20 refusals to provide information.
In 12 of the refusals the answer came too late.
"""
    got = _figures(text)
    assert {("rights.total", "period", 40), ("legal.total", "period", 30), ("access.refusal", "period", 20)} <= got
    assert ("access.refusal", "period", 12) not in got


def test_a_label_with_commas_before_a_count_of_reported_cases() -> None:
    text = """Nine months of 2022 in review

From January to September 2022 the foundation recorded 400 reports.

The rights of journalists, media and newsmakers were violated in 120 reported cases.
"""
    assert ("rights.total", "period", 120) in _figures(text)


def test_kazakh_since_january_and_hacker_attacks() -> None:
    text = """Қазақстандағы сөз бостандығы: 2022 жылғы сәуір

Сәуірде қор 50 хабарлама тіркеді.
Ақпарат алу құқығы – 20:
   а) ақпарат беруден бас тарту – 15;
   ә) хакерлік шабуылдар мен DDoS – 5.

Қаңтардан бергі кезеңде барлығы 6 қылмыстық айып тіркелді.
"""
    got = _figures(text)
    assert {("access.cyberattack", "period", 5), ("legal.criminal", "ytd", 6)} <= got
    assert ("rights.attack", "period", 5) not in got


def test_sums_in_more_wordings_and_one_cases_money() -> None:
    en = """Monitoring, November 2020

In November the foundation registered 45 reports. Moral damages sought in the honour claims filed this November
came to KZT 12,500,000; since January courts have recovered KZT 2 million 300 thousand from the press.

Follow-up. The regional court upheld the ruling that ordered journalist Marat Seitov to pay KZT 700,000 to an akim.
"""
    ru = """Итоги 2014 года

Истцы потребовали возместить моральный вред на общую сумму 1 млрд. 200 млн. тенге, суды присудили
к взысканию 9 млн. 150 тыс. тенге.
"""
    got = _figures(en)
    assert {("legal.civil.claimed_kzt", "period", 12500000), ("legal.civil.recovered_kzt", "ytd", 2300000)} <= got
    assert not any(v == 700000 for _m, _s, v in got)
    assert ("legal.civil.recovered_kzt", "period", 9150000) in _figures(ru)


def test_a_quarters_months_named_one_by_one_are_its_period() -> None:
    text = """Нарушения свободы слова в Казахстане. Итоги III квартала 2019 года

За июль, август и сентябрь 2019 года служба мониторинга фонда зарегистрировала 205 сообщений.
"""
    assert ("reports.total", "period", 205) in _figures(text)


def test_every_one_of_them_is_all_of_them_and_a_warning_told_is_no_absence() -> None:
    text = """Freedom of speech violations in Kazakhstan, March 2025

In March 2025 the monitoring logged 40 reports.

8 reports on pre-trial and judicial claims against journalists, media and citizens, including
- 5 civil claims and lawsuits against media outlets, every one of them seeking to protect honour, dignity and
business reputation,
- 3 administrative charges.
"""
    got = _figures(text)
    assert {("legal.civil", "period", 5), ("legal.civil.honor", "period", 5)} <= got
    assert ("legal.civil.honor", "period", 1) not in got
    kk = ("Сөз бостандығы, 2018 жылғы шілде\n\nШілдеде 30 хабарлама тіркелді. Редакция бұл парақшаға ешқандай "
          "қатысы жоқ екенін оқырмандарға ескертті.\n")
    assert ("legal.warning", "period", 0) not in _figures(kk)


def test_a_line_opening_with_the_start_of_a_span_is_no_dated_event() -> None:
    text = ("Сөз бостандығы: 2022 жылғы қазан\n\nҚазанда 40 хабарлама тіркелді.\n"
            "1 қаңтардан 31 қазанға дейін ар-намыс туралы талаптарда 21 миллион 500 мың теңге моральдық өтемақы "
            "талап етілді.\n")
    assert ("legal.civil.claimed_kzt", "ytd", 21500000) in _figures(text)
