"""Figures, periods and stories by kind of wording (issue 7, eighth pass), in our own words.

Each test is a kind, written afresh, so a fix that only matched one sentence of a batch fails here.
"""

from __future__ import annotations

from speechwatch.extraction import extract_text


def _figures(text: str) -> set[tuple[str, str, int]]:
    return {(s.measure, s.scope, s.value) for s in extract_text(text).statistics}


def _stories(text: str) -> list[str]:
    return [text[a:b] for a, b in (i.span for i in extract_text(text).incidents)]


def test_a_title_with_the_month_before_the_day() -> None:
    result = extract_text("Freedom of expression monitor: April 1 – June 30, 2019\n\nQuarterly review.\n\n"
                          "In the second quarter of 2018 the service had counted 140 reports.\n")
    assert (str(result.report.period.start), str(result.report.period.end)) == ("2019-04-01", "2019-06-30")


def test_of_them_divides_the_count_not_its_bracketed_year_to_date() -> None:
    text = ("Monitoring review: January 1 – March 31, 2021\n\n"
            "Over the quarter the monitors logged 154 reports (since January of the previous year, 702). "
            "Infringements of journalists' rights accounted for 61 of them, and lawsuits and charges for 40.\n")
    got = _figures(text)
    assert {("reports.total", "period", 154), ("rights.total", "period", 61), ("legal.total", "period", 40)} <= got
    assert not any(v in (61, 40) and s == "ytd" for _m, s, v in got)


def test_stories_under_a_brief_heading_each_open_on_their_month() -> None:
    text = ("Monitoring review: July 1 – September 30, 2020\n\n"
            "Over the quarter the monitors logged 120 reports.\n\n"
            "The quarter in brief:\n\n"
            "In July readers of the weekly Dala Sozi could not open its site for nine days; the provider "
            "blamed a cable fault.\n\n"
            "In August the regional court upheld a fine imposed on the blogger Arman Kenzhe for a post about "
            "a hospital.\n\n"
            "On 14 September guards pushed a camera operator of Alau TV out of a district court.\n\n"
            "The Foundation will publish the nine-month figures next month, and our lawyers continue to "
            "advise the people named above.\n")
    stories = _stories(text)
    assert [s.split()[1] for s in stories] == ["July", "August", "14"]
    assert not any("Foundation will publish" in s for s in stories)


def test_a_count_that_points_back_to_its_topic() -> None:
    text = ("Monitoring review: January–June 2015\n\n"
            "Over the half-year the service registered 300 reports. Threats to reporters did not let up: there "
            "were fourteen of them, most by telephone, and attacks on journalists, of which the monitors counted "
            "six, happened in the south. Honour and dignity claims numbered 40 in all, and the plaintiffs asked "
            "for KZT 90 million.\n")
    got = _figures(text)
    assert {("rights.threat", "period", 14), ("rights.attack", "period", 6), ("legal.civil.honor", "period", 40)} <= got


def test_shares_of_the_period_and_the_remaining_rest() -> None:
    text = ("Press freedom review: the Second Quarter of 2020\n\n"
            "Between April and June the monitors logged 150 reports. Breaches of journalists' rights made up 40 "
            "of this quarter's reports, access to information accounted for 52, and the remaining 58 dealt with "
            "lawsuits and charges against the press.\n")
    got = _figures(text)
    assert {("rights.total", "period", 40), ("access.total", "period", 52), ("legal.total", "period", 58)} <= got


def test_counts_whose_words_are_split_around_them() -> None:
    text = ("Press freedom review: the Third Quarter of 2019\n\n"
            "Field correspondents described three attacks. Denials of requested information stayed the most "
            "frequent grievance: 33 such cases were noted. Camera crews were kept out of public hearings and "
            "council sessions 14 times. Civil plaintiffs filed 25 claims, 19 of which sought protection of "
            "honour and dignity.\n")
    got = _figures(text)
    assert {("rights.attack", "period", 3), ("access.refusal", "period", 33), ("rights.obstruction", "period", 14),
            ("legal.civil", "period", 25), ("legal.civil.honor", "period", 19)} <= got


def test_a_bracket_note_told_before_its_brackets() -> None:
    text = ("Monitoring digest, May 2014\n\n"
            "Reports by group (January-May figures in brackets):\n"
            "- breaches of the rights of journalists - 18 (77);\n"
            "- restrictions on access to information - 12 (50);\n"
            "- claims and charges against the media - 15 (66).\n\n"
            "Within the first group there were 2 attacks (6 since January) and 4 threats (13).\n")
    got = _figures(text)
    assert {("rights.total", "period", 18), ("rights.total", "ytd", 77), ("legal.total", "ytd", 66),
            ("rights.attack", "period", 2), ("rights.attack", "ytd", 6), ("rights.threat", "ytd", 13)} <= got
    assert ("rights.total", "period", 77) not in got


def test_court_acts_parts_told_with_with_and_an_absence_after_counts_in_words() -> None:
    text = ("Freedom of Speech in Kazakhstan, January–June 2016: Half-Year Review\n\n"
            "In the first half of 2016 the foundation counted 300 reports. Reporters faced five physical attacks "
            "and nine threats, and no killing of a journalist was recorded. Twelve criminal charges were brought; "
            "four of the twelve were in court by the end of June. Judges issued 27 acts in honour and dignity "
            "cases, and 11 of them favoured the media. The administrative route was used 20 times, with 8 "
            "charges of defamation under Article 73-3 and three for false information.\n")
    got = _figures(text)
    assert {("rights.threat", "period", 9), ("rights.murder", "period", 0), ("legal.criminal.in_court", "period", 4),
            ("legal.civil.decisions", "period", 27), ("legal.civil.decisions_for_media", "period", 11),
            ("legal.administrative", "period", 20), ("legal.administrative.defamation", "period", 8),
            ("legal.administrative.false_info", "period", 3)} <= got
    assert ("rights.threat", "period", 0) not in got and ("rights.murder", "period", 9) not in got


def test_a_russian_review_told_in_prose() -> None:
    text = ("Свобода слова в Казахстане: итоги девяти месяцев 2015 года\n\n"
            "С января по сентябрь 2015 года мониторинг насчитал 500 сообщений. Для сравнения: годом ранее их "
            "было 450. Из общего числа 150 сообщений касалось нарушений прав журналистов, 200 – ограничений права "
            "получать и распространять информацию, а 150 – претензий к СМИ. На мероприятия и заседания "
            "журналистов не пускали 40 раз, дважды приостанавливался выпуск газет. Возбуждено 20 уголовных дел, в "
            "том числе 8 по статьям о клевете; до суда дошли 6 из них. Кроме того, зарегистрировано 12 "
            "предостережений прокуратуры за публикации.\n")
    got = _figures(text)
    assert {("rights.total", "period", 150), ("access.total", "period", 200), ("rights.obstruction", "period", 40),
            ("access.closure", "period", 2), ("legal.criminal.in_court", "period", 6),
            ("legal.warning", "period", 12)} <= got


def test_russian_parts_after_a_colon_a_link_verb_and_a_long_verb_after_the_count() -> None:
    text = ("Свобода выражения в Казахстане в 2021 году. Годовой обзор\n\n"
            "В 2021 году мониторинг учёл 480 сообщений. Корреспонденты сообщили о 5 нападениях, ещё 21 раз от "
            "имени известных журналистов и изданий создавались фейковые аккаунты и распространялись порочащие "
            "материалы. Больше половины сообщений группы доступа связаны с отказами и задержками ответов на "
            "запросы: таких случаев 140. Уголовных обвинений предъявлено 12, в том числе 4 – за ложную "
            "информацию; три из них рассматривались в суде. По статьям Кодекса об административных "
            "правонарушениях возбуждено 25 дел: 11 – о клевете (ст. 73-3), 4 – о ложной информации.\n")
    got = _figures(text)
    assert {("rights.discrediting", "period", 21), ("access.refusal", "period", 140),
            ("legal.criminal.in_court", "period", 3), ("legal.administrative", "period", 25),
            ("legal.administrative.defamation", "period", 11), ("legal.administrative.false_info", "period", 4)} <= got


def test_a_brief_of_the_month_with_its_stories_between_semicolons() -> None:
    text = ("Мониторинг нарушений свободы слова в Казахстане. Март 2013 г.\n\n"
            "В марте 2013 года Фонд зафиксировал 70 сообщений. Из этого числа 18 сообщений характеризует общую "
            "ситуацию со свободой слова; 30 – о нарушениях прав журналистов; 22 – о претензиях к СМИ.\n\n"
            "Кратко о главном: в Семее 4 марта неизвестные разбили камеру оператора канала «Ертіс»; в Атырау "
            "прокуратура вынесла предупреждение газете «Жайық» за статью о нефтяниках; районный суд Караганды "
            "оставил без рассмотрения иск директора школы к журналистке Алие Сериковой, поскольку истец дважды "
            "не явился в заседание.\n\n"
            "С начала года возбуждено 5 уголовных дел (в марте – 1); 40 исков о защите чести и достоинства (в "
            "марте – 9) на общую сумму 900 млн. тенге.\n")
    got = _figures(text)
    assert {("legal.civil.honor", "ytd", 40), ("legal.civil.honor", "period", 9),
            ("legal.civil.claimed_kzt", "ytd", 900000000)} <= got
    assert ("reports.total", "period", 18) not in got and ("legal.civil.honor", "period", 40) not in got
    assert [s.split()[0] for s in _stories(text)] == ["в", "в", "районный"]


def test_bare_bracketed_counts_after_a_bracket_that_named_its_span() -> None:
    text = ("Monitoring of freedom of speech violations in Kazakhstan. October 2010\n\n"
            "In October 2010 the monitoring service received 70 reports (since January, 702). Of these, 15 describe "
            "the general background, 30 (340) concern direct violations of the rights of journalists, and 25 (280) "
            "are about claims and accusations brought against the press.\n")
    got = _figures(text)
    assert {("rights.total", "period", 30), ("rights.total", "ytd", 340), ("legal.total", "period", 25),
            ("legal.total", "ytd", 280)} <= got


def test_kazakh_group_lines_with_a_dash_after_the_noun_and_ddos_attacks() -> None:
    text = ("2024 жылғы сәуірдегі сөз бостандығының бұзылуы\n\n"
            "Сәуір айында мониторинг мыналарды тіркеді:\n"
            "11 хабарлама – журналистердің құқықтарын бұзу туралы.\n"
            "17 хабарлама – ақпаратты еркін алу және тарату құқығына қатысты, оның ішінде ақпарат беруден бас "
            "тартудың 9 жағдайы және 4 DDoS-шабуыл.\n")
    got = _figures(text)
    assert {("rights.total", "period", 11), ("access.total", "period", 17), ("access.refusal", "period", 9),
            ("access.cyberattack", "period", 4)} <= got
    assert ("reports.total", "period", 17) not in got and ("rights.attack", "period", 4) not in got


def test_a_list_opened_by_from_january_and_a_total_sum_told_in_words() -> None:
    text = ("Monthly digest: freedom of speech violations in Kazakhstan, June 2015\n\n"
            "In June, the press received three lawsuits seeking protection of honour and dignity, for a total sum "
            "of KZT forty one millions and two hundred thousand.\n\n"
            "No new criminal cases for slander were opened in June.\n\n"
            "From January, editorial offices and citizens have had to answer:\n\n"
            "-9 charges with slander and insult;\n\n"
            "-22 pre-trial claims and lawsuits over honour and dignity.\n")
    got = _figures(text)
    assert {("legal.civil.claimed_kzt", "period", 41200000), ("legal.criminal.defamation", "period", 0),
            ("legal.criminal.defamation", "ytd", 9), ("legal.civil.honor", "ytd", 22)} <= got


def test_groups_of_a_total_between_semicolons_each_with_its_parts_in_brackets() -> None:
    text = ("Monthly digest, March 2024\n\n"
            "In March 2024 the Foundation's correspondents produced 48 reports: twelve about violations of the "
            "rights of journalists (two attacks and four cases of obstruction among them); nineteen about access "
            "to information (eleven refusals to answer requests among them); seventeen about claims against the "
            "press.\n\n"
            "Restrictions on receiving and spreading information: 19 (61)\n")
    got = _figures(text)
    assert {("rights.total", "period", 12), ("access.total", "period", 19), ("access.refusal", "period", 11),
            ("legal.total", "period", 17)} <= got


def test_kazakh_bare_collective_numerals_and_a_label_after_a_dash() -> None:
    text = ("Қазақстандағы сөз бостандығының бұзылуы: 2023 жылғы тамыз\n\n"
            "2023 жылғы тамызда мыналар тіркелді (жақша ішінде – жыл басынан бергі көрсеткіш):\n\n"
            "•    журналистерге қойылған сотқа дейінгі және сот талаптары туралы 7 (60) хабарлама, оның ішінде:\n"
            "     – азаматтық талаптар – төртеу (38);\n"
            "     – әкімшілік айыптаулар – үшеу (15).\n\n"
            "Ақпарат құқығы тобында ең көп тіркелгені – ақпарат беруден бас тарту: 21 жағдай.\n")
    got = _figures(text)
    assert {("legal.civil", "period", 4), ("legal.civil", "ytd", 38), ("legal.administrative", "period", 3),
            ("access.refusal", "period", 21)} <= got
    assert not extract_text(text).incidents


def test_a_kazakh_inline_list_with_each_label_before_its_count() -> None:
    text = ("Қазақстандағы сөз бостандығының бұзылуы. 2020 жылғы мамыр\n\n"
            "2020 жылғы мамырда қор 50 жағдайды құжаттады. Оның ішінде:\n\n"
            "- 16 хабарлама журналистердің құқықтарын бұзуға қатысты: 2 рет ұстау және заңды кәсіби қызметке 9 "
            "рет кедергі жасау;\n"
            "- 20 хабарлама ақпаратты еркін алу және тарату құқығына қатысты: ақпарат беруден 15 рет бас тарту;\n"
            "- 14 хабарлама сот талаптарына қатысты: 3 қылмыстық іс, ар-намысты қорғау туралы 9 азаматтық талап.\n")
    got = _figures(text)
    assert {("rights.detention", "period", 2), ("rights.obstruction", "period", 9), ("access.refusal", "period", 15),
            ("legal.criminal", "period", 3), ("legal.civil.honor", "period", 9)} <= got


def test_russian_counts_that_point_back_and_a_label_before_its_participle_then_a_sum() -> None:
    text = ("Свобода слова в Казахстане: итоги девяти месяцев 2013 года\n\n"
            "За девять месяцев 2013 года мониторинг зафиксировал 600 сообщений. Отказы в предоставлении "
            "информации остаются самым частым нарушением: их было 160. Гражданских исков о защите чести, "
            "достоинства и деловой репутации подано 95 на общую сумму 1 млрд. 20 млн. тенге.\n")
    got = _figures(text)
    assert {("access.refusal", "period", 160), ("legal.civil.honor", "period", 95),
            ("legal.civil.claimed_kzt", "period", 1020000000)} <= got


def test_a_count_with_a_comparison_after_it_and_an_absence_before_but() -> None:
    text = ("Свобода слова в Казахстане в 2014 году. Годовой обзор\n\n"
            "В 2014 году мониторинг насчитал 900 сообщений. Журналистов убито не было, но зафиксировано 12 "
            "нападений. Отказов в предоставлении информации было 230 – больше, чем когда-либо прежде.\n")
    got = _figures(text)
    assert {("rights.murder", "period", 0), ("rights.attack", "period", 12), ("access.refusal", "period", 230)} <= got


def test_a_bracket_note_told_as_a_sentence_and_labelled_sums_in_a_list() -> None:
    text = ("Digest: freedom of speech violations in Kazakhstan, October 2013\n\n"
            "Figures are given for October; totals since 1 January 2013 follow in brackets.\n\n"
            "Reports registered: 77 (690)\n"
            "Accusations and claims against media and citizens: 25 (240), including\n"
            " - claims over honour, dignity and business reputation: 5 (61)\n"
            " - moral damages claimed: KZT 31.5 million (KZT 1.2 billion)\n")
    got = _figures(text)
    assert {("reports.total", "ytd", 690), ("legal.total", "ytd", 240), ("legal.civil.honor", "ytd", 61),
            ("legal.civil.claimed_kzt", "period", 31500000), ("legal.civil.claimed_kzt", "ytd", 1200000000)} <= got


def test_section_titles_that_count_their_reports_in_brackets() -> None:
    text = ("FREEDOM OF EXPRESSION IN KAZAKHSTAN: JANUARY - JUNE 2021\n\n"
            "Over six months our correspondents yielded 380 reports.\n\n"
            "Violations of journalists' rights (140 reports)\n"
            "Six attacks and 15 threats were recorded; on 30 occasions reporters were kept out of briefings or "
            "courtrooms.\n\n"
            "Access to information (120 reports)\n"
            "Refusals made up the bulk of this group: 90 cases.\n\n"
            "Claims and charges (120 reports)\n"
            "- civil claims: 40; plaintiffs asked for KZT 300 million in moral damages.\n")
    got = _figures(text)
    assert {("rights.total", "period", 140), ("access.total", "period", 120), ("legal.total", "period", 120),
            ("rights.attack", "period", 6), ("rights.obstruction", "period", 30),
            ("legal.civil.claimed_kzt", "period", 300000000)} <= got
    assert not any(m == "reports.total" and v in (140, 120) for m, _s, v in got)


def test_a_russian_section_title_with_its_total_in_brackets() -> None:
    text = ("Свобода слова в Казахстане: 1 января – 30 июня 2017 года\n\n"
            "За полгода мониторинг насчитал 400 сообщений.\n\n"
            "Нарушения прав журналистов и СМИ (всего 120):\n"
            "- нападения — 5;\n"
            "- угрозы — 14.\n")
    got = _figures(text)
    assert {("rights.total", "period", 120), ("rights.attack", "period", 5), ("rights.threat", "period", 14)} <= got


def test_a_list_of_articles_and_outlets_counted_after_their_verb() -> None:
    text = ("Итоги мониторинга за первое полугодие 2012 года (январь – июнь)\n\n"
            "За шесть месяцев 2012 года зафиксировано 450 сообщений. Приостановлен или прекращён выпуск 4 изданий, "
            "сайты блокировались дважды. Предъявлено 15 обвинений в уголовном порядке (из них 9 — по статьям 129 "
            "и 130 УК о клевете и оскорблении).\n")
    got = _figures(text)
    assert {("access.closure", "period", 4), ("legal.criminal", "period", 15),
            ("legal.criminal.defamation", "period", 9)} <= got
    assert not any(v == 130 for _m, _s, v in got)


def test_an_article_without_its_code_under_a_group_and_a_bracketed_count_of_cases() -> None:
    text = ("Quarterly review: freedom of expression in Kazakhstan, April-June 2024\n\n"
            "Over the quarter the monitoring registered 150 reports. The access group was dominated by unanswered "
            "or refused requests (44 cases, 70% of the group). Legal pressure: criminal charges - 5 (3 of them under "
            "Article 274). Two prosecutors' warnings to editors complete the group.\n")
    got = _figures(text)
    assert {("access.refusal", "period", 44), ("legal.criminal", "period", 5),
            ("legal.criminal.false_info", "period", 3), ("legal.warning", "period", 2)} <= got


def test_white_bullets_are_list_items() -> None:
    text = ("Қазақстандағы сөз бостандығының бұзылуы. 2022 жылғы сәуір\n\n"
            "Сәуірде мониторинг барысында 50 хабарлама тіркелді:\n\n"
            "• журналистердің құқықтарын бұзу туралы 18 хабарлама, оның ішінде:\n"
            "    ◦ 2 ұстау;\n"
            "    ◦ 3 қорқыту;\n"
            "• ақпаратты еркін алу және тарату құқығына қатысты 20 хабарлама, оның ішінде:\n"
            "    ◦ 4 DDoS-шабуыл мен аккаунтты бұзу;\n")
    got = _figures(text)
    assert {("rights.detention", "period", 2), ("rights.threat", "period", 3),
            ("access.cyberattack", "period", 4)} <= got


def test_absences_told_as_none_after_a_dash_as_nobody_and_for_the_year_so_far() -> None:
    text = ("Мониторинг нарушений свободы слова. Сентябрь 2018 г.\n\n"
            "В сентябре зарегистрировано 60 сообщений. Нарушения прав журналистов и СМИ: нападений — два; "
            "блокировок сайтов — ни одной. Убийств журналистов в 2018 году не зафиксировано.\n")
    got = _figures(text)
    assert {("access.blocking", "period", 0), ("rights.murder", "ytd", 0)} <= got
    assert ("rights.murder", "period", 0) not in got
    english = _figures("Monthly digest, March 2016\n\nThere were 40 reports in March. Nobody was detained for "
                       "journalistic work during the month.\n")
    assert ("rights.detention", "period", 0) in english
