"""Kinds of figures and periods issue 7's thirteenth pass taught the pipeline, each in a report written for
the test."""

from __future__ import annotations

from datetime import date

from speechwatch.extraction.metadata import find_period
from speechwatch.extraction.pipeline import extract_text


def _figures(text: str) -> set[tuple[str, str, int]]:
    return {(s.measure, s.scope, s.value) for s in extract_text(text).statistics}


def test_a_kazakh_span_of_days_puts_the_year_first() -> None:
    found = find_period("Есеп кезеңі: 2023 жылғы 5 наурыз – 19 сәуір аралығы.")
    assert found is not None
    assert (found[0].start, found[0].end) == (date(2023, 3, 5), date(2023, 4, 19))


def test_a_first_line_that_only_names_the_month_is_the_title() -> None:
    text = """OCTOBER 2021 IN SHORT
Press freedom monitoring · 9 November 2021

Columns below: left is October, right is January–October 2021.

Reports in all ........................ 40 | 350
"""
    report = extract_text(text).report
    assert report.period is not None
    assert (report.period.start, report.period.end) == (date(2021, 10, 1), date(2021, 10, 31))
    assert report.kind == "monthly"


def test_a_dotted_table_with_two_counts_per_row_takes_its_columns_from_the_caption() -> None:
    text = """Нарушения свободы слова. Май 2019 года

Таблица: первая цифра — май, вторая — январь–май 2019 года.

Всего сообщений ................................ 44 / 230
Нарушения прав журналистов ..................... 12 / 70
   угрозы ...................................... 3 / 15
   воспрепятствование работе ................... 6 / 31

В мае в Таразе неизвестные угрожали редактору районной газеты.
"""
    got = _figures(text)
    assert {("reports.total", "period", 44), ("reports.total", "ytd", 230), ("rights.total", "period", 12),
            ("rights.total", "ytd", 70), ("rights.threat", "period", 3), ("rights.threat", "ytd", 15),
            ("rights.obstruction", "period", 6), ("rights.obstruction", "ytd", 31)} <= got
    assert ("reports.total", "period", 230) not in got


def test_a_bar_between_two_counts_splits_the_columns_a_left_right_caption_names() -> None:
    text = """SEPTEMBER 2020 IN FIGURES
Freedom of speech monitoring · 12 October 2020

Left: September; right: January–September 2020.

Rights of journalists ......................... 9 | 60
   detentions ................................. 2 | 11
Access to information ........................ 20 | 130

In all, 41 reports came in during September, and 290 since January.
"""
    got = _figures(text)
    assert {("rights.total", "period", 9), ("rights.total", "ytd", 60), ("rights.detention", "period", 2),
            ("rights.detention", "ytd", 11), ("access.total", "period", 20), ("access.total", "ytd", 130),
            ("reports.total", "period", 41), ("reports.total", "ytd", 290)} <= got
    assert ("reports.total", "ytd", 41) not in got


def test_a_bracket_that_only_names_the_span_leaves_the_sentence_its_year_to_date() -> None:
    text = """Нарушения свободы слова: декабрь 2018 года

В декабре зарегистрировано 37 сообщений.

Итоги 2018 года (январь–декабрь): 455 сообщений (в 2017 году — 430); уголовных дел — 11. Требования о
компенсации морального вреда за год — 640 млн. тенге.
"""
    got = _figures(text)
    assert {("reports.total", "ytd", 455), ("legal.criminal", "ytd", 11),
            ("legal.civil.claimed_kzt", "ytd", 640_000_000)} <= got
    assert not {("reports.total", "period", 455), ("legal.criminal", "period", 11)} & got


def test_a_group_item_that_has_a_parent_still_opens_its_own_including_list() -> None:
    text = """Free speech monitoring, May 2022

In May the monitors logged 51 reports. They were about:
– the rights of journalists and bloggers: 14, including:
     – 5 cases where reporters were kept from doing their job;
     – 2 fake profiles pretending to be reporters;
– access to information: 25, including:
     – 20 refusals and delays in answering requests;
     – 3 restrictions of access to sites or pages;
– claims against the press: 12.

No journalist was beaten in May, and none was taken into custody.
"""
    got = _figures(text)
    assert {("rights.obstruction", "period", 5), ("rights.discrediting", "period", 2),
            ("access.refusal", "period", 20), ("access.blocking", "period", 3),
            ("rights.detention", "period", 0)} <= got


def test_an_item_under_a_group_that_reads_closer_to_another_group_stays_unmapped() -> None:
    text = """Monitoring of free expression, August 2023

In August we received 30 reports.

12 reports concerned access to information, including:
•    10 refusals to provide information;
•    2 cases of persecution for spreading information.
"""
    got = _figures(text)
    assert ("access.refusal", "period", 10) in got
    assert ("access.refusal", "period", 2) not in got


def test_each_all_or_both_in_a_sentence_names_the_count_just_before_it() -> None:
    text = """Нарушения свободы слова: март 2021 года

В марте поступило 40 сообщений, из них 11 — о претензиях к СМИ: 7 гражданских (все — о защите чести и
достоинства), 1 уголовное дело и 3 административных, все — по статье 73-3 КоАП.
"""
    got = _figures(text)
    assert {("legal.civil.honor", "period", 7), ("legal.administrative.defamation", "period", 3)} <= got
    assert ("legal.administrative.defamation", "period", 7) not in got


def test_a_sentence_of_label_comma_count_pairs_after_a_colon() -> None:
    text = """FREE EXPRESSION IN KAZAKHSTAN: APRIL 2010 IN BRIEF

Our correspondents sent 61 messages in April.
""" + " ".join(["By subject: the general situation of the press, 14;", "violations of the rights of journalists, 29;",
                "claims, suits and charges against the media, 18.\n"])
    got = _figures(text)
    assert {("rights.total", "period", 29), ("legal.total", "period", 18)} <= got
    assert ("rights.total", "period", 14) not in got


def test_a_paragraph_led_in_without_a_count_counts_the_year_to_date_its_first_span_names() -> None:
    text = """Freedom of speech violations: monitoring for September 2014

In September the foundation logged 70 reports.

""" + " ".join(["Three quarters of the year are over.",
                "Since 1 January, 20 criminal cases have been opened against journalists.",
                "Civil courts received 80 honour suits over the same nine months (66 in 2013).",
                "The plaintiffs seek KZT 900 million.\n"])
    got = _figures(text)
    assert {("legal.criminal", "ytd", 20), ("legal.civil.honor", "ytd", 80),
            ("legal.civil.claimed_kzt", "ytd", 900_000_000)} <= got
    assert not {("legal.civil.honor", "period", 80), ("legal.civil.claimed_kzt", "period", 900_000_000)} & got


def test_n_months_of_the_year_opening_a_sentence_is_the_year_to_date() -> None:
    text = """Free speech monitoring: October 2011

The foundation received 55 reports in October.

Ten months of 2011 have brought 12 criminal cases of libel against journalists and 60 honour suits.
"""
    got = _figures(text)
    assert {("legal.criminal.defamation", "ytd", 12), ("legal.civil.honor", "ytd", 60)} <= got


def test_from_january_to_the_reports_month_opens_a_year_to_date_paragraph() -> None:
    text = """Нарушения свободы слова в Казахстане. Июль 2011 года

В июле поступило 50 сообщений.

""" + " ".join(["С января по июль включительно журналистам предъявлено девять уголовных обвинений.",
                "Исков о защите чести за тот же срок — 40.",
                "Истцы требуют взыскать в общей сложности 700 млн. тенге морального вреда.\n"])
    got = _figures(text)
    assert ("legal.civil.claimed_kzt", "ytd", 700_000_000) in got
    assert ("legal.civil.claimed_kzt", "period", 700_000_000) not in got


def test_a_header_naming_a_group_opens_a_list_of_its_parts() -> None:
    text = """Қазақстандағы сөз бостандығының бұзылуы — 2021 жылғы наурыз

""" + " ".join(["Наурызда барлығы 60 хабарлама тіркелді: журналистер мен БАҚ құқықтарының бұзылуы — 20;",
                "ақпаратты алу және тарату құқығының шектелуі — 25; журналистерге қойылған талаптар — 15.\n"]) + """
Құқық бұзушылықтардың ішінде:
· 4 шабуыл;
· 7 кедергі келтіру (түсіруге тыйым салу);
· 3 ұстау.
"""
    got = _figures(text)
    assert {("rights.attack", "period", 4), ("rights.obstruction", "period", 7),
            ("rights.detention", "period", 3)} <= got


def test_a_counts_own_words_outweigh_the_sentence_before_it() -> None:
    text = """Қазақстандағы сөз бостандығының бұзылуы — 2021 жылғы мамыр

Мамырда барлығы 44 хабарлама тіркелді.

Ақпарат саласында он бес рет ақпарат беруден бас тартылды, 3 сайт пен парақшаға қолжетімділік шектелді.
"""
    got = _figures(text)
    assert ("access.refusal", "period", 3) not in got


def test_an_absence_after_a_lead_in_and_a_colon() -> None:
    text = """Free speech violations in Kazakhstan, March 2024

In March the foundation registered 40 reports.

The courts had a quiet month: not a single criminal case over a publication was opened in March.
"""
    assert ("legal.criminal", "period", 0) in _figures(text)


def test_a_groups_breakdown_in_brackets_reads_its_labels_against_the_groups_measures() -> None:
    text = """Сайлау кезеңіндегі сөз бостандығы: арнайы шолу

Шолу кезеңі: 2023 жылғы 1 ақпан – 19 наурыз.

Осы аралықта қор 50 хабарлама тіркеді:
— журналистердің құқықтары туралы — 20 (түсірілімге және іс-шараларға кедергі — 12, қорқыту — 3);
— ақпаратты алу құқығы туралы — 30 (референдум науқанына байланысты шектеулер — 9, ақпарат беруден бас тарту — 21).
"""
    got = _figures(text)
    assert {("rights.obstruction", "period", 12), ("rights.threat", "period", 3),
            ("access.elections", "period", 9), ("access.refusal", "period", 21)} <= got


def test_counts_of_cases_whose_label_stands_before_in() -> None:
    text = """Нарушения свободы слова в Казахстане. Июнь 2019 года

""" + " ".join(["Всего в июне учтено 70 сообщений. Права журналистов нарушались в 19 случаях, право на",
                "информацию — в 31, претензии и обвинения предъявлялись в 20.\n\n"]) + " ".join([
    "Задержания журналистов отмечены в 5 случаях, воспрепятствование их работе — в 8, угрозы — в 2.",
    "Чаще всего отказывали в сведениях о паводке: такие отказы зафиксированы в 24 случаях",
    "(за шесть месяцев — 140).\n"])
    got = _figures(text)
    assert {("rights.total", "period", 19), ("access.total", "period", 31), ("legal.total", "period", 20),
            ("rights.detention", "period", 5), ("rights.obstruction", "period", 8), ("rights.threat", "period", 2),
            ("access.refusal", "period", 24), ("access.refusal", "ytd", 140)} <= got
    assert ("rights.obstruction", "period", 5) not in got


def test_labels_linked_to_their_counts_by_with_or_came_to() -> None:
    text = """Adil Soz: what the October 2017 monitoring found

October closed with 80 reports. Violations of journalists' rights accounted for 30 of them.

Detentions lead the first group, with 12; next come obstruction of reporting, with 9, and threats, with four.
In the second group, refusals to give information came to fifteen and blocked resources to six.
"""
    got = _figures(text)
    assert {("rights.detention", "period", 12), ("rights.obstruction", "period", 9), ("rights.threat", "period", 4),
            ("access.refusal", "period", 15), ("access.blocking", "period", 6)} <= got
    assert ("access.blocking", "period", 15) not in got


def test_the_subject_before_its_aside_is_what_a_with_count_counts() -> None:
    text = """Freedom of speech in Kazakhstan, 2012: the year in review

""" + " ".join(["Obstruction of professional work - being turned away from sessions, having cameras covered -",
                "remained the most frequent violation of journalists' rights, with 88 cases.\n"])
    got = _figures(text)
    assert ("rights.total", "period", 88) not in got


def test_this_years_sums_and_what_courts_have_so_far_awarded_are_the_year_to_date() -> None:
    text = """Free speech monitoring, October 2018

In October the foundation registered 51 reports.

Plaintiffs in this year's honour suits have asked for KZT 250,000,000; the courts have so far awarded KZT 1,900,000.
"""
    got = _figures(text)
    assert {("legal.civil.claimed_kzt", "ytd", 250_000_000), ("legal.civil.recovered_kzt", "ytd", 1_900_000)} <= got


def test_each_sum_takes_the_span_told_right_after_it() -> None:
    text = """Free speech violations in Kazakhstan, April 2025

In April the foundation registered 48 reports.

Moral damages claimed in honour and dignity suits: KZT 22.4 million in April and KZT 97.1 million since January.
"""
    got = _figures(text)
    assert {("legal.civil.claimed_kzt", "period", 22_400_000), ("legal.civil.claimed_kzt", "ytd", 97_100_000)} <= got


def test_kazakh_civil_suits_are_civil_claims_not_rulings_for_the_press() -> None:
    text = """Қазақстандағы сөз бостандығының бұзылуы. 2023 жылғы шілде

Шілдеде барлығы 38 хабарлама тіркелді. Оның ішінде:

Журналистерге, БАҚ пен азаматтарға сотқа дейінгі және сот талаптары туралы 8 хабарлама:
• қылмыстық тәртіптегі 2 айыптау;
• азаматтық тәртіптегі 6 талап-арыз (барлығы – ар-намысты қорғау туралы).
"""
    got = _figures(text)
    assert ("legal.civil", "period", 6) in got
    assert ("legal.civil.decisions_for_media", "period", 6) not in got


def test_an_absence_among_year_to_date_items_is_of_the_year_to_date() -> None:
    text = """Нарушения свободы слова в Казахстане. Май 2017 года

В мае зарегистрировано 41 сообщение.

С начала года журналистам и гражданам предъявлено:
- 7 обвинений в клевете (ст. 130 УК РК);
- 3 обвинения в распространении заведомо ложной информации (ст. 274 УК РК);
- ни одного обвинения в разжигании розни;
"""
    got = _figures(text)
    assert ("legal.criminal.incitement", "ytd", 0) in got
    assert ("legal.criminal.incitement", "period", 0) not in got


def test_in_n_of_them_it_was_about_and_n_reports_made_up() -> None:
    text = """Дайджест нарушений свободы слова, март 2014 года

""" + " ".join(["В марте фонд получил 60 сообщений. В восемнадцати из них речь шла о нарушениях прав журналистов",
                "и СМИ, в двадцати пяти — об ограничении доступа к информации, ещё в семнадцати — о претензиях",
                "к прессе.\n"]) + """
Основную часть второй группы, 19 сообщений, составили отказы в информации.
"""
    got = _figures(text)
    assert {("rights.total", "period", 18), ("access.total", "period", 25), ("legal.total", "period", 17),
            ("access.refusal", "period", 19)} <= got
    assert ("reports.total", "period", 19) not in got


def test_a_kazakh_count_stops_before_the_next_counts_genitive_label() -> None:
    text = """Қазақстандағы сөз бостандығының бұзылуы. 2021 жылғы қаңтар–қараша

Он бір айда қор 700 хабарлама тіркеді:
""" + " ".join(["- журналистердің құқықтарын бұзу туралы 200 хабарлама, оның ішінде 20 шабуыл, 50 ұстау және",
                "полицияға күштеп жеткізу, заңды кәсіби қызметке кедергі келтірудің 90 жағдайы;\n"])
    got = _figures(text)
    assert {("rights.detention", "period", 50), ("rights.obstruction", "period", 90)} <= got
    assert ("rights.obstruction", "period", 50) not in got


def test_a_comparison_after_a_semicolon_leaves_the_count_before_it_the_reports_own() -> None:
    text = """Нарушения свободы слова в Казахстане. Февраль 2023 года

Февраль выдался спокойнее января. Фонд учёл 51 сообщение; в феврале 2022 года их было 73.
"""
    got = _figures(text)
    assert ("reports.total", "period", 51) in got
    assert ("reports.total", "period", 73) not in got
