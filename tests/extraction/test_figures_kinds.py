"""Figures by kind of wording (issue 7, second pass): one invented report per kind, in our own words.

Each test is a kind of failure the blind batches showed, written afresh (other numbers, other phrasing),
so that a fix that only matched one blind sentence would fail here.
"""

from __future__ import annotations

import pytest

from speechwatch.extraction import extract_text
from speechwatch.extraction.readers import read_html


def _figures(text: str) -> set[tuple[str, str, int]]:
    return {(s.measure, s.scope, s.value) for s in extract_text(text).statistics}


def test_group_totals_worded_as_claims_and_suits_are_the_legal_total() -> None:
    ru = ("Мониторинг свободы слова, октябрь 2019 года\n"
          "Претензии и иски к журналистам и редакциям – 31, из них уголовные дела – 5, гражданские иски – 26.\n")
    got = _figures(ru)
    assert ("legal.total", "period", 31) in got
    assert ("legal.civil", "period", 31) not in got
    assert {("legal.criminal", "period", 5), ("legal.civil", "period", 26)} <= got
    en = ("Media monitoring, March 2017\n"
          "In March 2017 the monitors counted 60 reports: 21 concerned journalists' rights, 17 concerned "
          "access to information and 22 concerned claims and lawsuits.\n")
    got = _figures(en)
    assert {("reports.total", "period", 60), ("rights.total", "period", 21), ("access.total", "period", 17),
            ("legal.total", "period", 22)} <= got
    # narrowed to civil or honour, the same words stay a civil count
    civil = ("Media monitoring, March 2017\n"
             "In March 2017, media faced 14 pre-trial claims and suits on protection of honour and dignity.\n")
    assert ("legal.total", "period", 14) not in _figures(civil)


def test_label_then_number_then_next_label() -> None:
    text = ("Свобода слова, май 2013 года\n"
            "Досудебные и судебные претензии – 12, в том числе административные дела – 4, уголовные дела – 8.\n")
    got = _figures(text)
    assert {("legal.total", "period", 12), ("legal.administrative", "period", 4),
            ("legal.criminal", "period", 8)} <= got


def test_kazakh_sentence_with_several_descriptions_before_their_counts() -> None:
    text = ("2022 жылғы қазан айындағы шолу\n"
            "2022 жылғы қазанда 41 хабарлама тіркелді.\n"
            "Оның ішінде журналистердің құқықтарын бұзу туралы 11 хабарлама, ақпарат алу құқығын бұзу туралы "
            "16 хабарлама және 14 сотқа дейінгі және сот талабы бар.\n")
    got = _figures(text)
    assert {("rights.total", "period", 11), ("access.total", "period", 16)} <= got
    assert ("access.total", "period", 11) not in got
    assert ("reports.total", "period", 16) not in got


def test_subject_first_totals_and_openers() -> None:
    text = ("Monitoring of free expression: August 2021\n"
            "In August 2021, 58 reports of violations were registered.\n"
            "Over the first eight months of 2021 the total number of reports reached 377.\n"
            "Among the August reports, 19 concerned violations of journalists' rights, 23 concerned access to "
            "information and 16 concerned pre-trial and court claims.\n"
            "Journalists' rights were violated in 19 cases.\n")
    got = _figures(text)
    assert {("reports.total", "period", 58), ("reports.total", "ytd", 377), ("rights.total", "period", 19),
            ("access.total", "period", 23), ("legal.total", "period", 16)} <= got
    assert not any(s == "ytd" and m != "reports.total" for m, s, _ in got)


def test_inline_list_after_a_colon() -> None:
    text = ("Freedom of speech, February 2019\n"
            "In February 2019 the monitors registered 37 reports of violations: 10 on violations of the rights "
            "of journalists, 15 on access to information and 12 on pre-trial and judicial claims.\n")
    got = _figures(text)
    assert {("reports.total", "period", 37), ("rights.total", "period", 10), ("access.total", "period", 15),
            ("legal.total", "period", 12)} <= got


def test_recorded_reports_without_a_cue_word() -> None:
    text = ("Monitoring report, July 2018\n"
            "In July 2018 the foundation recorded 71 reports of violations, against 64 in June.\n"
            "Since January, the foundation has registered 402 reports.\n")
    got = _figures(text)
    assert {("reports.total", "period", 71), ("reports.total", "ytd", 402)} <= got


def test_verb_of_amount_after_the_label() -> None:
    text = ("Monitoring report, June 2022\n"
            "Pre-trial and court claims numbered 18; among them, 11 civil suits and 7 criminal charges.\n")
    got = _figures(text)
    assert {("legal.total", "period", 18), ("legal.civil", "period", 11), ("legal.criminal", "period", 7)} <= got


def test_restated_count_opens_its_children() -> None:
    text = ("Monitoring report, May 2020\n"
            "In May 2020, media and citizens faced 13 pre-trial and court claims.\n"
            "Of the 13 claims, 2 were criminal charges, 9 were civil suits and 2 were administrative cases.\n")
    got = _figures(text)
    assert {("legal.total", "period", 13), ("legal.criminal", "period", 2), ("legal.civil", "period", 9),
            ("legal.administrative", "period", 2)} <= got


def test_year_to_date_sentence_with_its_own_count_does_not_carry_on() -> None:
    text = ("Свобода слова в Казахстане. Март 2021 года\n"
            "В марте 2021 года поступило 44 сообщения о нарушениях свободы слова.\n"
            "С начала года зарегистрировано 120 сообщений.\n"
            "Нарушения прав журналистов – 15, из них 6 нападений.\n")
    got = _figures(text)
    assert {("reports.total", "period", 44), ("reports.total", "ytd", 120), ("rights.total", "period", 15),
            ("rights.attack", "period", 6)} <= got
    assert ("rights.total", "ytd", 15) not in got
    # a year-to-date opener without its own count still sets the span of the list after it
    header = ("Monitoring, September 2020\n"
              "January-September 2020\n"
              "- 33 cases of obstruction of journalists' professional activity\n"
              "Prepared by the monitoring service.\n")
    assert ("rights.obstruction", "ytd", 33) in _figures(header)


def test_glued_counts() -> None:
    text = ("Freedom of speech monitor, April 2023\n"
            "Violations of the rights of journalists – 9, of them 4obstructions of lawful professional activity.\n"
            "The monitors counted 61reports of violations in April 2023.\n")
    got = _figures(text)
    assert {("rights.total", "period", 9), ("rights.obstruction", "period", 4),
            ("reports.total", "period", 61)} <= got


def test_group_total_that_the_groups_add_up_to_is_the_report_total() -> None:
    text = ("Freedom of speech monitor: March 2019\n"
            "The service registered 40reports of violations of the rights of journalists and media in March 2019.\n"
            "Violations of the rights of journalists – 11.\n"
            "Violations of the right to receive information – 13.\n"
            "Pre-trial and judicial claims – 16.\n")
    got = _figures(text)
    assert ("reports.total", "period", 40) in got
    assert ("rights.total", "period", 40) not in got
    assert {("rights.total", "period", 11), ("access.total", "period", 13), ("legal.total", "period", 16)} <= got


def test_article_in_any_case_form_is_not_a_count() -> None:
    text = ("Мониторинг, июнь 2022 года\n"
            "В июне журналисты получили 5 уголовных обвинений (из них 3 по статье 274 УК РК о распространении "
            "заведомо ложной информации).\n")
    got = _figures(text)
    assert {("legal.criminal", "period", 5), ("legal.criminal.false_info", "period", 3)} <= got
    assert not any(v == 274 for _, _, v in got)


def test_count_before_a_line_break_is_not_a_date() -> None:
    text = ("Monitoring report, October 2015\n"
            "Court claims against journalists – 9\n"
            "- criminal – 2\n"
            "- civil – 6\n"
            "- administrative – 1\n"
            "October 4: In Taraz, a guard pushed a reporter out of the court building.\n")
    got = _figures(text)
    assert ("legal.administrative", "period", 1) in got


def test_long_label_naming_the_administrative_code() -> None:
    text = ("Monitoring report, November 2016\n"
            "Pre-trial and court claims against journalists – 7, including:\n"
            "- cases under an article of the Administrative Code on breaching the rules of election coverage – 3;\n"
            "- criminal charges – 4.\n")
    got = _figures(text)
    assert {("legal.total", "period", 7), ("legal.administrative", "period", 3),
            ("legal.criminal", "period", 4)} <= got


def test_money_with_its_verb_after_the_sum() -> None:
    text = ("Freedom of Speech in Kazakhstan 2018\n"
            "Annual report for 2018\n"
            "Some figures: 64 million KZT was demanded in 2018 (88 million KZT in 2017); two million KZT in 2018 "
            "recovered. In 2012, by comparison, one billion KZT was demanded.\n")
    got = _figures(text)
    assert ("legal.civil.claimed_kzt", "period", 64_000_000) in got
    assert ("legal.civil.recovered_kzt", "period", 2_000_000) in got
    assert not any(v in (88_000_000, 1_000_000_000) and s == "period" for _, s, v in got)


def test_claimants_demanded_a_total() -> None:
    text = ("Freedom of speech, first half of 2022\n"
            "Summary of monitoring for January–June 2022\n"
            "Lawsuits seeking protection of honour and dignity – 31\n"
            "The claimants demanded a total of KZT 145,000,000 in compensation for moral harm.\n")
    assert ("legal.civil.claimed_kzt", "period", 145_000_000) in _figures(text)


def test_russian_abbreviated_including_and_labelled_sums() -> None:
    text = ("Нарушения свободы слова. Ноябрь 2021 года\n"
            "Всего за ноябрь 2021 года зафиксировано 52 сообщения.\n"
            "Из них нарушения прав журналистов и СМИ – 13 (в т.ч. 2 нападения, 4 угрозы).\n"
            "Отказ в доступе к информации – 10 случаев.\n"
            "Иски о защите чести и достоинства – 8 на общую сумму 41 млн тенге.\n"
            "Суды вынесли 5 решений, из них 3 – в пользу СМИ.\n")
    got = _figures(text)
    assert {("rights.total", "period", 13), ("rights.attack", "period", 2), ("rights.threat", "period", 4),
            ("access.refusal", "period", 10), ("legal.civil.honor", "period", 8),
            ("legal.civil.claimed_kzt", "period", 41_000_000), ("legal.civil.decisions", "period", 5),
            ("legal.civil.decisions_for_media", "period", 3)} <= got
    # a count followed by its sum in running text keeps its own words ("на сумму" does not cut it)
    running = ("Обзор, октябрь 2012 года\n"
               "С начала года к СМИ предъявлено 64 претензии и иска на сумму 2 млрд тенге.\n")
    got = _figures(running)
    assert ("legal.total", "ytd", 64) not in got


def test_of_them_after_a_group_count_in_the_previous_sentence() -> None:
    text = ("Monitoring of violations of freedom of expression: March 2023\n"
            "During March 2023, the foundation received 49 reports. 14 of them were about violations of the "
            "rights of journalists, 20 about violations of the right to access information, and 15 about "
            "pre-trial and judicial claims.\n")
    got = _figures(text)
    assert {("reports.total", "period", 49), ("rights.total", "period", 14), ("access.total", "period", 20),
            ("legal.total", "period", 15)} <= got


def test_courts_decisions_and_present_tense_claims() -> None:
    text = ("Freedom of speech violations, July 2022\n"
            "Civil lawsuits – 17, of which 15 for protection of honor, dignity and business reputation. "
            "Plaintiffs demand compensation for moral damage in the total amount of KZT 64,500,000.\n"
            "The courts made 9 decisions, 3 of them in favour of the media.\n")
    got = _figures(text)
    assert {("legal.civil", "period", 17), ("legal.civil.honor", "period", 15),
            ("legal.civil.claimed_kzt", "period", 64_500_000), ("legal.civil.decisions", "period", 9),
            ("legal.civil.decisions_for_media", "period", 3)} <= got


def test_kazakh_honour_suits() -> None:
    text = ("2022 жылғы наурыздағы шолу\n"
            "Мониторинг қызметі 2022 жылғы наурызда 38 хабарлама тіркеді.\n"
            "Ар-намысты қорғау туралы азаматтық талап – 7.\n")
    assert ("legal.civil.honor", "period", 7) in _figures(text)


def test_pipe_table_rows() -> None:
    text = ("Freedom of speech in Kazakhstan, April–June 2021\n"
            "| Category | Number |\n"
            "| Attacks on journalists | 3 |\n"
            "| Refusals to provide information | 19 |\n"
            "| Criminal charges | 4 |\n")
    result = extract_text(text)
    got = {(s.measure, s.scope, s.value) for s in result.statistics}
    assert {("rights.attack", "period", 3), ("access.refusal", "period", 19), ("legal.criminal", "period", 4)} <= got
    spans = {s.measure: s.text for s in result.statistics}
    assert spans["rights.attack"] == "Attacks on journalists | 3"


def test_year_to_date_in_a_parenthesis_after_the_count() -> None:
    text = ("Мониторинг, август 2017 года\n"
            "Нападения на журналистов: 3 (с начала года – 14).\n"
            "Угрозы: 6 (с начала года – 22).\n"
            "Threats against journalists – 6 (41 since the beginning of the year).\n")
    got = _figures(text)
    assert {("rights.attack", "period", 3), ("rights.attack", "ytd", 14), ("rights.threat", "period", 6),
            ("rights.threat", "ytd", 22), ("rights.threat", "ytd", 41)} <= got
    assert ("rights.attack", "ytd", 3) not in got


def test_kazakh_including_and_counted_attacks() -> None:
    text = ("Сөз бостандығын бұзу, 2020 жылғы мамыр\n"
            "2020 жылғы мамырда мониторинг қызметі 39 хабарлама тіркеді, оның ішінде журналистер мен БАҚ "
            "құқықтарын бұзу туралы – 10, ақпарат алу құқығын бұзу туралы – 16, сотқа дейінгі және сот "
            "талаптары туралы – 13.\n"
            "Журналистерге 3 шабуыл және 4 қоқан-лоқы тіркелді.\n")
    got = _figures(text)
    assert {("reports.total", "period", 39), ("rights.total", "period", 10), ("access.total", "period", 16),
            ("legal.total", "period", 13), ("rights.attack", "period", 3), ("rights.threat", "period", 4)} <= got
    assert ("rights.total", "period", 39) not in got


def test_list_item_naming_no_measure_is_kept_unmapped() -> None:
    text = ("Violations of freedom of speech in Kazakhstan October 2025\n\n"
            "14 reports concerned the right to obtain information from officials, including:\n"
            "•    8 cases of refusals to provide information;\n"
            "•    2 instances of denial of press accreditation;\n"
            "•    4 cyberattacks on media websites.\n\n"
            "October 2. In Taraz, the akimat refused to answer a request of a local newspaper.\n")
    result = extract_text(text)
    got = {(s.measure, s.value) for s in result.statistics}
    assert {("access.total", 14), ("access.refusal", 8), ("access.cyberattack", 4)} <= got
    assert not any(v == 2 for _, v in got)  # never forced into a measure
    assert [(u.label, u.value) for u in result.unmapped] == [("instances of denial of press accreditation", 2)]
    assert any("denial of press accreditation" in w for w in result.warnings)


def test_old_digest_total_of_media_journalists_and_citizens() -> None:
    text = ("Мониторинг нарушений свободы слова, апрель 2010 года\n"
            "В апреле 2010 года зафиксировано 53 сообщения о нарушениях прав СМИ, журналистов и граждан.\n"
            "Среди них: 3 нападения на журналистов, 12 отказов в предоставлении информации, 2 закрытия СМИ.\n")
    got = _figures(text)
    assert ("reports.total", "period", 53) in got and ("rights.total", "period", 53) not in got
    assert {("rights.attack", "period", 3), ("access.refusal", "period", 12), ("access.closure", "period", 2)} <= got


def test_labelled_siblings_of_one_measure_are_not_its_total() -> None:
    text = ("Violations of freedom of speech in Kazakhstan in February 2014\n"
            "Pre-trial and court claims: 18, of them criminal – 4 (libel – 3, insult – 1), civil – 13, "
            "administrative – 1.\n")
    got = _figures(text)
    assert {("legal.total", "period", 18), ("legal.criminal", "period", 4), ("legal.civil", "period", 13),
            ("legal.administrative", "period", 1)} <= got
    assert not any(m == "legal.criminal.defamation" for m, _, _ in got)


def test_long_legal_paraphrases_under_a_group_total() -> None:
    text = ("Monitoring of freedom of speech, February 2018\n"
            "In February 2018 the foundation registered 38 reports of violations of freedom of speech.\n"
            "Pre-trial and judicial claims against media and citizens – 14, including:\n"
            "- criminal cases opened over the spreading of knowingly false information – 3;\n"
            "- lawsuits of akims and banks demanding a refutation and compensation for moral harm – 9;\n"
            "- administrative offence protocols under the law on mass media – 2.\n"
            "Violations of the right to access information – 7, including:\n"
            "- cases when ministries did not answer requests of journalists on time – 7.\n")
    got = _figures(text)
    assert {("legal.total", "period", 14), ("legal.criminal.false_info", "period", 3), ("legal.civil", "period", 9),
            ("legal.administrative", "period", 2), ("access.total", "period", 7),
            ("access.refusal", "period", 7)} <= got


def test_lawsuits_told_in_a_story_are_no_figure() -> None:
    text = ("Freedom of speech in Kazakhstan 2019\nAnnual report for 2019\n"
            "Four lawsuits to defend business reputation were filed by a mining company against a blogger.\n")
    assert not any(m == "legal.civil" for m, _, _ in _figures(text))


def test_year_to_date_named_by_its_months_in_any_language() -> None:
    text = ("Обзор нарушений свободы слова, сентябрь 2021 года\n"
            "В сентябре 2021 года поступило 33 сообщения о нарушениях свободы слова.\n"
            "За январь–сентябрь журналистам предъявлено 41 уголовное обвинение.\n"
            "В сентябре журналистам предъявлено 4 уголовных обвинения.\n")
    got = _figures(text)
    assert {("legal.criminal", "ytd", 41), ("legal.criminal", "period", 4)} <= got
    en = ("Freedom of expression monitoring: September 2021\n"
          "In the nine months of 2021 courts recovered KZT 8 million from media outlets.\n")
    assert ("legal.civil.recovered_kzt", "ytd", 8_000_000) in _figures(en)


def test_counts_in_brackets_after_their_labels() -> None:
    text = ("Freedom of speech in Kazakhstan: May 2018\n"
            "In May 2018, the foundation recorded a total of 44 reports.\n"
            "Violations of the rights of journalists (15): attacks (3), threats (5), obstruction (7).\n"
            "Claims and lawsuits (12): criminal (2), civil (10).\n")
    result = extract_text(text)
    got = {(s.measure, s.scope, s.value) for s in result.statistics}
    assert {("reports.total", "period", 44), ("rights.total", "period", 15), ("rights.attack", "period", 3),
            ("rights.threat", "period", 5), ("rights.obstruction", "period", 7), ("legal.total", "period", 12),
            ("legal.criminal", "period", 2), ("legal.civil", "period", 10)} <= got
    assert {s.text for s in result.statistics} >= {"attacks (3)", "civil (10)"}


def test_html_table_rows_read_as_label_and_count() -> None:
    html = ("<html><body><h1>Violations of freedom of speech in Kazakhstan, October 2016</h1>"
            "<p>In October 2016, the monitoring service registered 47 reports of violations.</p>"
            "<table><tr><th>Category</th><th>October 2016</th></tr>"
            "<tr><td>Threats against journalists</td><td>4</td></tr>"
            "<tr><td>Refusals to provide information</td><td>13</td></tr>"
            "<tr><td>Civil lawsuits</td><td>9</td></tr></table>"
            "<p>October 5. In Oral, a guard pushed a reporter.</p></body></html>")
    result = extract_text(read_html(html), fmt="html")
    got = {(s.measure, s.scope, s.value) for s in result.statistics}
    assert {("reports.total", "period", 47), ("rights.threat", "period", 4), ("access.refusal", "period", 13),
            ("legal.civil", "period", 9)} <= got


def test_kazakh_current_format() -> None:
    text = ("Қазақстандағы сөз бостандығының бұзылуы, 2025 жылғы ақпан\n\n"
            "2025 жылғы ақпанда мынадай оқиғалар тіркелді:\n\n"
            "Журналистердің және БАҚ-тың құқықтарын бұзу туралы 9 хабарлама, оның ішінде:\n"
            "•    журналистердің заңды кәсіби қызметіне кедергі келтірудің 4 жағдайы;\n"
            "•    журналистерге қоқан-лоқы көрсетудің 5 жағдайы.\n\n"
            "Ақпаратты еркін алу және тарату құқығына қатысты 7 хабарлама, оның ішінде:\n"
            "•    ақпарат беруден бас тартудың 7 жағдайы.\n")
    got = _figures(text)
    assert {("rights.total", "period", 9), ("rights.obstruction", "period", 4), ("rights.threat", "period", 5),
            ("access.total", "period", 7), ("access.refusal", "period", 7)} <= got


def test_the_same_month_of_another_year_is_a_comparison() -> None:
    text = ("Freedom of speech monitoring: March 2022\n"
            "In March 2022, the foundation registered 58 reports of violations, 9 more than in February.\n"
            "In March 2021, there were 41 reports.\n"
            "The number of attacks on journalists rose from 2 to 5.\n")
    got = _figures(text)
    assert ("reports.total", "period", 58) in got
    assert not any(s in ("period", "ytd") and v in (41, 9, 2, 5) for _, s, v in got)


def test_counts_and_sums_in_dated_event_paragraphs_are_no_figures() -> None:
    text = ("Violations of freedom of speech in Kazakhstan, August 2020\n"
            "In August 2020, the foundation registered 36 reports of violations.\n"
            "EVENTS IN AUGUST 2020\n"
            "August 4. The Auezov district court ordered the newspaper Karavan to pay KZT 3 million to a bank.\n"
            "August 19. Three journalists were attacked in Aktau.\n"
            "21 августа суд взыскал с блогера 500 000 тенге.\n")
    got = _figures(text)
    assert got == {("reports.total", "period", 36)}


def test_official_statistics_quoted_in_a_report_are_not_its_figures() -> None:
    text = ("Freedom of speech monitoring, June 2023\n"
            "According to the monitoring of the foundation, 44 reports of violations were registered in June 2023.\n"
            "The Ministry of Information received 310 reports from citizens about fake news.\n"
            "According to the Prosecutor General's Office, 57 criminal cases were opened.\n"
            "По данным МВД, возбуждено 12 уголовных дел о распространении ложной информации.\n")
    got = _figures(text)
    assert got == {("reports.total", "period", 44)}


def test_a_part_of_the_same_measure_is_not_its_count() -> None:
    text = ("Violations of freedom of speech in Kazakhstan, April 2016\n"
            "In April 2016 the following were registered:\n"
            "- 8 threats to journalists, including 3 death threats;\n"
            "- 22 civil suits on protection of honour and dignity with total claims of KZT 640 million.\n")
    got = _figures(text)
    assert ("rights.threat", "period", 8) in got and ("rights.threat", "period", 3) not in got
    assert ("legal.civil.claimed_kzt", "period", 640_000_000) in got


def test_year_to_date_from_the_first_of_january() -> None:
    text = ("Обзор нарушений свободы слова, июль 2020 года\n"
            "В июле 2020 года поступило 35 сообщений.\n"
            "С 1 января 2020 года зарегистрировано 260 сообщений.\n"
            "Since 1 January, 41 criminal charges were brought against journalists.\n")
    got = _figures(text)
    assert {("reports.total", "period", 35), ("reports.total", "ytd", 260), ("legal.criminal", "ytd", 41)} <= got


def test_n_of_which_after_a_count() -> None:
    text = ("Violations of freedom of speech in Kazakhstan, September 2016\n"
            "In September 2016, media and citizens faced:\n"
            "- 7 criminal charges, 4 of which concern libel (Article 130 of the Criminal Code);\n"
            "- 19 civil suits, 15 of which on protection of honour and dignity.\n")
    got = _figures(text)
    assert {("legal.criminal", "period", 7), ("legal.criminal.defamation", "period", 4), ("legal.civil", "period", 19),
            ("legal.civil.honor", "period", 15)} <= got


def test_people_counted_by_what_was_done_to_them() -> None:
    text = ("Violations of freedom of speech in Kazakhstan, first half of 2020\n"
            "In January–June 2020, the foundation recorded 380 reports of violations of freedom of speech.\n"
            "Over the six months, 2 journalists were killed and 9 were detained.\n"
            "In the first half of 2019, there were 341 reports.\n")
    got = _figures(text)
    assert {("reports.total", "period", 380), ("rights.murder", "period", 2),
            ("rights.detention", "period", 9)} <= got
    assert ("reports.total", "period", 341) not in got


@pytest.mark.parametrize(("label", "measure"), [
    ("Violations of the professional rights of journalists", "rights.total"),
    ("Нарушения профессиональных прав журналистов", "rights.total"),
    ("Нарушения права граждан на информацию", "access.total"),
    ("Violations of the right to freedom of information", "access.total"),
    ("Lawsuits and claims against the media", "legal.total"),
])
def test_group_total_wordings(label: str, measure: str) -> None:
    text = f"Monitoring report, May 2021\n{label} – 12\nPrepared by the monitoring service.\n"
    assert (measure, "period", 12) in _figures(text)


def test_one_month_of_a_cumulative_report_is_not_its_period() -> None:
    text = ("Нарушения свободы слова в Казахстане за 9 месяцев 2019 года\n"
            "За январь–сентябрь 2019 года фонд зарегистрировал 587 сообщений о нарушениях свободы слова.\n"
            "В сентябре зарегистрировано 64 сообщения.\n")
    got = _figures(text)
    assert ("reports.total", "period", 587) in got
    assert ("reports.total", "period", 64) not in got
