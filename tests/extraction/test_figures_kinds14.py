"""Kinds of figures issue 7's fourteenth pass taught the pipeline, each in a report written for the test."""

from __future__ import annotations

from speechwatch.extraction.pipeline import extract_text


def _figures(text: str) -> set[tuple[str, str, int]]:
    return {(s.measure, s.scope, s.value) for s in extract_text(text).statistics}


def test_the_opening_count_of_a_quarter_review_is_named_by_its_words() -> None:
    text = """Freedom of expression in Kazakhstan: a review, April – June 2019

Over the second quarter of 2019 our monitors logged 183 reports about how the right to speak and to be
informed was exercised across the regions.

Violations of the rights of journalists (40):
Attacks on journalists – 6
Threats – 9
"""
    got = _figures(text)
    assert ("reports.total", "period", 183) in got
    assert ("rights.total", "period", 40) in got


def test_a_number_of_months_is_never_a_count_the_model_fills_in() -> None:
    text = """Сөз бостандығы: 2020 жылғы қазан айының шолуы

Қазан айында қор 52 хабарлама тіркеді.
Жыл басынан бергі он айында қылмыстық істер жиі қозғалды.
"""
    got = _figures(text)
    assert ("reports.total", "period", 52) in got
    assert not any(v == 10 for _m, _s, v in got)


def test_examples_in_brackets_do_not_hide_the_label_before_them() -> None:
    text = """Monitoring digest, March 2016

Violations of the rights of journalists and media (12):
Attacks on journalists – 4
Hindering of lawful professional work (refused entry, camera covered, accreditation ignored) – 8

The cases of the month are described below.
"""
    assert ("rights.obstruction", "period", 8) in _figures(text)


def test_label_then_count_items_inside_a_bracket_break_down_the_count_before_it() -> None:
    text = """Monthly digest, October 2015

Claims and charges against media and citizens (22):
Criminal – 9 (defamation 4; knowingly false information 3; incitement of discord 2)
Civil – 13

The cases of the month are described below.
"""
    got = _figures(text)
    assert {("legal.criminal", "period", 9), ("legal.criminal.defamation", "period", 4),
            ("legal.criminal.false_info", "period", 3), ("legal.criminal.incitement", "period", 2),
            ("legal.civil", "period", 13)} <= got


def test_a_space_table_whose_second_column_is_in_brackets_reads_both_columns() -> None:
    text = """Press freedom in Kazakhstan. April 2018

In April 2018 the foundation counted (in brackets: since the beginning of the year):

                                                April      Jan.–Apr.
Detentions of journalists                         2          (11)
Threats                                           0           (4)
Criminal charges                                  3          (12)
   incl. knowingly false information (Art. 274)   2           (7)

Moral damages claimed in honour suits: KZT 4,100,000 in April; KZT 52.5 million since January.
Courts have recovered KZT 1 million 300 thousand from media and citizens since January.

The monitoring rests on the reports of our correspondents.
"""
    got = _figures(text)
    assert {("rights.detention", "period", 2), ("rights.detention", "ytd", 11), ("rights.threat", "period", 0),
            ("rights.threat", "ytd", 4), ("legal.criminal", "period", 3), ("legal.criminal", "ytd", 12),
            ("legal.criminal.false_info", "period", 2), ("legal.criminal.false_info", "ytd", 7),
            ("legal.civil.claimed_kzt", "period", 4100000), ("legal.civil.claimed_kzt", "ytd", 52500000),
            ("legal.civil.recovered_kzt", "ytd", 1300000)} <= got
    assert ("legal.civil.recovered_kzt", "period", 1300000) not in got


def test_a_list_header_naming_the_month_divides_the_months_count_not_the_years() -> None:
    text = """Violations of freedom of speech in Kazakhstan, May 2022
In May 2022, 51 reports were recorded. Since the start of the year – 240. Among the May reports:
17 on violations of the rights of journalists and media:
• 5 threats;
• 2 detentions.
20 on the right to receive and disseminate information:
• 14 refusals to give information.
14 on claims against journalists and media.
The cases of the month follow.
"""
    got = _figures(text)
    assert {("reports.total", "period", 51), ("reports.total", "ytd", 240), ("rights.total", "period", 17),
            ("access.total", "period", 20), ("legal.total", "period", 14)} <= got
    assert not {("rights.total", "ytd", 17), ("access.total", "ytd", 20)} & got


def test_a_nested_list_ends_where_a_line_like_its_header_comes_back() -> None:
    text = """Violations of freedom of speech in Kazakhstan, March 2024
In March 2024, 38 reports were recorded:
10 on violations of the rights of journalists and media:
• 4 cases of reporters kept out of public events or forbidden to film;
• 3 threats;
• 3 fake pages passing themselves off as editorial offices.
18 on the right to receive and disseminate information:
• 15 refusals to give information;
• 3 DDoS attacks.
10 on claims against journalists and media.
The cases of the month follow.
"""
    got = _figures(text)
    assert {("reports.total", "period", 38), ("rights.total", "period", 10), ("rights.obstruction", "period", 4),
            ("rights.threat", "period", 3), ("rights.discrediting", "period", 3), ("access.total", "period", 18),
            ("access.refusal", "period", 15), ("access.cyberattack", "period", 3),
            ("legal.total", "period", 10)} <= got


def test_the_first_half_year_named_without_its_year_in_the_june_report_is_the_year_to_date() -> None:
    text = """Нарушения свободы слова в Казахстане. Июнь 2017

В июне в Павлодаре полиция задержала корреспондента районной газеты.

За первое полугодие СМИ и гражданам предъявлено:
- 7 обвинений в клевете;
- 31 иск о защите чести, достоинства и деловой репутации.

Мониторинг подготовлен по сообщениям корреспондентов фонда.
"""
    got = _figures(text)
    assert {("legal.criminal.defamation", "ytd", 7), ("legal.civil.honor", "ytd", 31)} <= got
    assert not {("legal.criminal.defamation", "period", 7), ("legal.civil.honor", "period", 31)} & got


def test_a_bracket_with_the_previous_months_count_leaves_the_months_count_and_its_parts_alone() -> None:
    text = """Нарушения свободы слова в Казахстане. Март 2010 года

В марте 2010 г. мониторинг зафиксировал 66 сообщений (в феврале – 59).
Из них 12 характеризуют общую атмосферу, 30 содержат сведения о прямых нарушениях прав СМИ и журналистов, 24 – о
конфликтах и обвинениях, предъявленных СМИ и журналистам.
Подробности смотрите на сайте фонда.
"""
    got = _figures(text)
    assert {("reports.total", "period", 66), ("rights.total", "period", 30), ("legal.total", "period", 24)} <= got
    assert ("reports.total", "period", 59) not in got


def test_an_old_article_is_named_by_its_quoted_title_and_an_abbreviation_ends_no_sentence() -> None:
    text = """Нарушения свободы слова в Казахстане. Май 2011 года

В мае в Таразе полиция задержала фотографа областной газеты.
Всего с начала года предъявлены 6 обвинений в уголовном порядке (в т.ч. 3 – по ст. 164 УК РК «Возбуждение социальной,
национальной, родовой, расовой или религиозной вражды»), 27 претензий и исков о защите чести и достоинства.
Мониторинг подготовлен по сообщениям корреспондентов фонда.
"""
    got = _figures(text)
    assert {("legal.criminal", "ytd", 6), ("legal.criminal.incitement", "ytd", 3),
            ("legal.civil.honor", "ytd", 27)} <= got


def test_counts_that_leave_out_the_noun_but_keep_its_preposition_count_the_same_thing() -> None:
    text = """Violations of freedom of speech in Kazakhstan, April 2024
In April 2024 the monitoring recorded 47 reports.
Since January 2024: 61 reports on violations of rights, 83 on access to information and 29 on claims and lawsuits.
The events of the month follow.
"""
    got = _figures(text)
    assert {("rights.total", "ytd", 61), ("access.total", "ytd", 83), ("legal.total", "ytd", 29)} <= got


def test_a_sum_named_claimed_by_a_passive_verb_a_few_words_after_it() -> None:
    text = """Monitoring digest, September 2019

In September the courts received:
- 4 civil claims for the protection of honor, dignity and business reputation, with KZT 9 million 300 thousand of
moral damages claimed;
- 2 administrative charges.

Since January 2019:
- 37 claims and lawsuits for the protection of honor, in which KZT 1 billion 20 million is demanded as compensation
for moral harm.

The cases of the month follow.
"""
    got = _figures(text)
    assert {("legal.civil.claimed_kzt", "period", 9300000), ("legal.civil.claimed_kzt", "ytd", 1020000000)} <= got


def test_decisions_for_the_press_told_with_other_verbs() -> None:
    text = """Monitoring digest, October 2014

In October, six suits on protection of honour were brought against media outlets and citizens.
Seven judicial acts on earlier suits were handed down; in four of them the press prevailed.

The cases of the month follow.
"""
    got = _figures(text)
    assert {("legal.civil.decisions", "period", 7), ("legal.civil.decisions_for_media", "period", 4)} <= got


def test_a_labelled_count_with_one_article_in_brackets_is_the_label_and_all_of_it_under_that_article() -> None:
    text = """Violations of freedom of speech in Kazakhstan, June 2025
Pre-trial and court claims against journalists, media and citizens: 14
1) civil claims – 9;
2) criminal charges – 12 (Article 274 of the Criminal Code).
The events of the month follow.
"""
    got = _figures(text)
    assert {("legal.total", "period", 14), ("legal.civil", "period", 9), ("legal.criminal", "period", 12),
            ("legal.criminal.false_info", "period", 12)} <= got


def test_more_wordings_of_absence_are_zero_figures() -> None:
    en = """Violations of freedom of speech in Kazakhstan, July 2023
In July 2023, 31 reports were documented.
None of the media outlets was closed or suspended in July.
The events of the month follow.
"""
    ru = """Нарушения свободы слова в Казахстане. Август 2016 года

В августе вынесено четыре судебных акта по делам о защите чести. Новых уголовных обвинений в клевете в августе
не предъявлено.

Мониторинг подготовлен по сообщениям корреспондентов фонда.
"""
    assert ("access.closure", "period", 0) in _figures(en)
    assert ("legal.criminal.defamation", "period", 0) in _figures(ru)


def test_items_of_a_count_list_are_read_against_the_codebook_words() -> None:
    text = """Monitoring digest, May 2014

Since the beginning of the year media outlets and citizens in connection with their speech dealt with:
- 7 charges with libel and insult;
- 2 charges with disclosure of data of preliminary investigation;
- 33 claims and suits for the protection of honour and dignity.

The cases of the month follow.
"""
    got = _figures(text)
    assert {("legal.criminal.defamation", "ytd", 7), ("legal.criminal.disclosure", "ytd", 2),
            ("legal.civil.honor", "ytd", 33)} <= got


def test_criminal_cases_already_in_court_in_a_bracket() -> None:
    text = """Нарушения свободы слова в Казахстане. Октябрь 2021 года

В октябре в Актау полиция задержала блогера.

С начала года СМИ и гражданам предъявлены:
- 22 уголовных обвинения (11 – уже в суде);
- 64 иска о защите чести и достоинства.

Мониторинг подготовлен по сообщениям корреспондентов фонда.
"""
    got = _figures(text)
    assert {("legal.criminal", "ytd", 22), ("legal.criminal.in_court", "ytd", 11)} <= got


def test_a_share_of_a_count_told_above_is_no_new_count_and_a_table_label_may_cite_an_article() -> None:
    en = """Freedom of expression in Kazakhstan: a review, July – September 2020

Claims and charges against media and citizens – 61 reports:
   criminal – 8
   civil – 37, among them 30 for honor, dignity and business reputation
   administrative – 16
Officials and state bodies filed 12 of the civil claims.
The cases of the quarter follow.
"""
    ru = """Свобода слова в Казахстане: первое полугодие 2020 года

                                             I полуг. 2020
Уголовные обвинения                               15
  в т.ч. ст. 274 УК (ложная информация)            7
  в т.ч. ст. 405 УК (запрещенная организация)      4
Гражданские иски и претензии                      38

Наиболее серьезные случаи описаны ниже.
"""
    got = _figures(en)
    assert ("legal.civil", "period", 37) in got and ("legal.civil", "period", 12) not in got
    got = _figures(ru)
    assert {("legal.criminal", "period", 15), ("legal.criminal.false_info", "period", 7),
            ("legal.criminal.extremism", "period", 4)} <= got


def test_a_bracketed_restatement_followed_by_a_comparison_keeps_the_counts_measure() -> None:
    text = """Violations of freedom of speech in Kazakhstan, May 2025
In May 2025 the foundation's correspondents registered fifty-one reports (203 since the start of the year, against 187
for January–May 2024). Journalists' and media rights: 15; access to information: 21; claims and charges: 15.
The events of the month follow.
"""
    got = _figures(text)
    assert {("reports.total", "period", 51), ("reports.total", "ytd", 203)} <= got
    assert not any(v == 187 for _m, _s, v in got)


def test_an_old_digest_counts_refusals_among_direct_violations_by_its_own_correspondents() -> None:
    text = """Нарушения свободы слова в Казахстане. Июль 2010 года

В июле 2010 г. Фонд «Адил соз» по данным своих корреспондентов и открытых источников зафиксировал 64сообщения.
12 из них описывают общественно-политический фон, 31 посвящено прямым нарушениям прав журналистов и редакций (в том
числе 9 случаев отказа в предоставлении информации), 21 – судебным и досудебным претензиям к СМИ и журналистам.
Подробности смотрите на сайте фонда.
"""
    got = _figures(text)
    assert {("reports.total", "period", 64), ("rights.total", "period", 31), ("access.refusal", "period", 9),
            ("legal.total", "period", 21)} <= got
