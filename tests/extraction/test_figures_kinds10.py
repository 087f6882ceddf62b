"""Figures by kind of layout and wording (issue 7, tenth pass), in our own words.

Each test is a kind, written afresh, so a fix that only matched one sentence of a batch fails here.
"""

from __future__ import annotations

from speechwatch.extraction import extract_text


def _figures(text: str) -> set[tuple[str, str, int]]:
    return {(s.measure, s.scope, s.value) for s in extract_text(text).statistics}


def test_a_sentence_naming_both_spans_does_not_carry_the_year_to_date_on() -> None:
    text = ("Press freedom monitor: second quarter review\n1 April – 30 June 2019\n\n"
            "No editor was killed: none this quarter and none since the start of the year.\n\n"
            "Prosecutors opened seven criminal cases. Editors faced 23 civil suits.\n")
    got = _figures(text)
    assert {("legal.criminal", "period", 7), ("legal.civil", "period", 23)} <= got
    assert not {("legal.criminal", "ytd", 7), ("legal.civil", "ytd", 23)} & got


def test_a_note_after_the_figures_says_what_their_brackets_hold() -> None:
    text = ("Violations of free speech, May 2015\n\n"
            "In May the monitors logged 40 reports (190). There were 4 attacks on reporters (9) and "
            "12 refusals of information (51).\n\n"
            "The numbers in brackets are totals since 1 January 2015.\n\n"
            "- On May 4 a cameraman was pushed out of a court in Taraz.\n")
    got = _figures(text)
    assert {("reports.total", "period", 40), ("reports.total", "ytd", 190), ("rights.attack", "ytd", 9),
            ("access.refusal", "ytd", 51)} <= got
    assert ("rights.attack", "period", 9) not in got


def test_a_bracket_note_far_below_the_figures_is_not_theirs() -> None:
    text = ("Violations of free speech, May 2015\n\nIn May the monitors logged 40 reports (190).\n\n"
            "- One.\n\n- Two.\n\n- Three.\n\n- Four.\n\n- Five.\n\n"
            "The numbers in brackets are totals since 1 January 2015.\n")
    assert ("reports.total", "ytd", 190) not in _figures(text)


def test_three_counts_that_add_up_to_the_total_are_its_three_groups() -> None:
    text = ("Freedom of expression in Kazakhstan – August 2020\n\n"
            "In August we received 45 reports. Reporters saw their rights infringed 11 times, requests for "
            "information went unanswered in 19 cases, and 15 reports concerned lawsuits and charges against "
            "the press.\n")
    got = _figures(text)
    assert {("reports.total", "period", 45), ("rights.total", "period", 11), ("access.total", "period", 19),
            ("legal.total", "period", 15)} <= got
    assert ("access.refusal", "period", 19) not in got


def test_three_counts_that_do_not_add_up_keep_their_own_measures() -> None:
    text = ("Freedom of expression in Kazakhstan – August 2020\n\n"
            "In August we received 45 reports. Requests for information went unanswered in 19 cases, "
            "7 sites were blocked and 3 newspapers were closed.\n")
    got = _figures(text)
    assert ("access.refusal", "period", 19) in got
    assert ("access.total", "period", 19) not in got


def test_a_column_headed_by_a_date_counts_from_that_date() -> None:
    text = ("Digest: October 2017\n\n"
            "| Kind of violation | October | From 1 January |\n"
            "|---|---|---|\n"
            "| Attacks on journalists | 2 | 14 |\n"
            "| Refusals to give information | 9 | 77 |\n")
    got = _figures(text)
    assert {("rights.attack", "period", 2), ("rights.attack", "ytd", 14), ("access.refusal", "ytd", 77)} <= got
    assert ("rights.attack", "period", 14) not in got


def test_a_total_row_under_the_three_groups_is_the_report_total() -> None:
    text = ("Нарушения свободы слова: апрель 2013 года\n\n"
            "| Группа | Апрель | С начала года |\n"
            "|---|---|---|\n"
            "| Нарушения прав журналистов | 12 | 40 |\n"
            "| Ограничение доступа к информации | 8 | 31 |\n"
            "| Иски и обвинения к СМИ | 15 | 52 |\n"
            "| Итого | 35 | 123 |\n")
    got = _figures(text)
    assert {("reports.total", "period", 35), ("reports.total", "ytd", 123)} <= got


def test_a_total_item_under_one_groups_parts_is_that_groups_total() -> None:
    text = ("Сөз бостандығы: 2019 жылғы қараша\n\n"
            "Қылмыстық қудалау:\n"
            "- жала жабу – 3\n"
            "- жалған ақпарат тарату – 2\n"
            "- Барлығы – 5\n\nОқиғалар шежіресі төменде.\n")
    got = _figures(text)
    assert ("legal.criminal", "period", 5) in got  # the parts are criminal charges: their total is the criminal count


def test_a_total_row_after_a_blank_line_sums_nothing_above_it() -> None:
    text = ("Digest: October 2017\n\n"
            "Attacks on journalists – 2\nThreats – 3\n\n"
            "Total – 9\n")
    assert not {m for m, _s, v in _figures(text) if v == 9}


def test_bare_brackets_in_later_items_keep_the_span_an_earlier_item_named() -> None:
    text = ("Свобода слова в Казахстане. Март 2018 года\n\n"
            "В марте получено 60 сообщений (с начала года – 190):\n"
            "- нарушения прав журналистов – 15 (с начала года – 44), в том числе угрозы – 4 (12);\n"
            "- ограничение доступа к информации – 25 (80), в том числе отказы в информации – 20 (61);\n"
            "- иски и обвинения против СМИ – 20 (66).\n\n"
            "Хроника событий ниже.\n")
    got = _figures(text)
    assert {("access.total", "ytd", 80), ("access.refusal", "ytd", 61), ("legal.total", "ytd", 66),
            ("rights.threat", "ytd", 12)} <= got
    assert ("access.total", "period", 80) not in got


def test_a_count_told_as_times_with_a_group_of_other_people() -> None:
    text = ("Free speech review, January–June 2015\n\n"
            "Prosecutors brought criminal charges against reporters, editors and other citizens 11 times.\n")
    assert ("legal.criminal", "period", 11) in _figures(text)


def test_one_persons_story_told_as_times_is_no_tally() -> None:
    text = ("Free speech review, January–June 2015\n\n"
            "Police summoned the editor and his other colleagues 3 times.\n")
    assert not {v for _m, _s, v in _figures(text) if v == 3}


def test_cases_and_what_became_of_them() -> None:
    text = ("Digest: September 2019\n\nProsecutors opened five criminal cases against bloggers. "
            "Three cases have been sent to court.\n")
    assert ("legal.criminal.in_court", "period", 3) in _figures(text)


def test_a_bare_count_after_a_semicolon_is_a_part_of_the_count_before_it() -> None:
    text = ("Digest: September 2019\n\n"
            "Judges issued 30 rulings on honour suits; 12 went in favour of the journalists. "
            "Prosecutors opened nine criminal cases. Four concern defamation; three concern stirring up "
            "hatred between ethnic groups.\n")
    got = _figures(text)
    assert {("legal.civil.decisions", "period", 30), ("legal.civil.decisions_for_media", "period", 12),
            ("legal.criminal.defamation", "period", 4), ("legal.criminal.incitement", "period", 3)} <= got


def test_a_bare_count_whose_words_name_no_part_is_not_forced() -> None:
    text = ("Digest: September 2019\n\nJudges issued 30 rulings on honour suits; 12 were postponed.\n")
    assert not {v for _m, _s, v in _figures(text) if v == 12}


def test_wordings_for_unreachable_sites_and_reporters_kept_away() -> None:
    text = ("Digest: September 2019\n\n"
            "Violations of journalists' rights – 20, including:\n"
            "- reporters kept away from events and sessions: 11\n"
            "- threats: 9\n"
            "Restrictions of access to information – 14, including:\n"
            "- sites made unreachable for users: 6\n"
            "- refusals: 8\n\n"
            "Events of the month follow.\n")
    got = _figures(text)
    assert {("rights.obstruction", "period", 11), ("access.blocking", "period", 6)} <= got


def test_a_bracket_note_after_a_year_to_date_bracket_on_the_same_line() -> None:
    text = ("Нарушения свободы слова. Июнь 2016\n\n"
            "В июне получено 52 сообщения (с начала года – 301). Числа в скобках ниже – с начала года:\n"
            "- нарушения прав журналистов – 18 (95);\n"
            "- ограничение доступа к информации – 20 (110);\n"
            "- иски и обвинения против СМИ – 14 (96).\n\n"
            "Задержаний журналистов – 3 (12).\n\n"
            "Хроника событий ниже.\n")
    got = _figures(text)
    assert {("rights.total", "period", 18), ("rights.total", "ytd", 95), ("legal.total", "ytd", 96),
            ("rights.detention", "period", 3), ("rights.detention", "ytd", 12)} <= got
    assert ("rights.detention", "ytd", 3) not in got


def test_a_new_paragraph_after_bulleted_items_closes_their_list() -> None:
    text = ("Free speech in Kazakhstan: May 2024\n\n"
            "14 reports on violated rights of journalists, among them:\n"
            "•    5 threats to reporters;\n"
            "•    9 cases of obstruction of journalistic work.\n\n"
            "20 reports concerning the right to seek, receive and pass on information freely, among them:\n"
            "•    17 refusals to provide information;\n"
            "•    no closures of media outlets.\n\n"
            "Events of the month follow.\n")
    got = _figures(text)
    assert {("rights.total", "period", 14), ("access.total", "period", 20), ("access.refusal", "period", 17),
            ("access.closure", "period", 0)} <= got


def test_a_bulleted_item_saying_no_with_no_verb_is_an_absence() -> None:
    text = ("Free speech in Kazakhstan: May 2024\n\nAccess to information – 20, among them:\n"
            "•    17 refusals to provide information;\n•    no blockings of websites.\n\nEvents follow.\n")
    result = extract_text(text)
    assert ("access.blocking", "period", 0) in {(s.measure, s.scope, s.value) for s in result.statistics}
    assert not [i for i in result.incidents if "blockings" in text[i.span[0] : i.span[1]]]


def test_a_no_comment_line_is_no_absence_of_anything() -> None:
    text = ("Free speech in Kazakhstan: May 2024\n\nOn May 3 the akim of Taraz was asked about the budget.\n"
            "No comment.\n\nEvents follow.\n")
    assert not {(m, v) for m, _s, v in _figures(text) if v == 0}


def test_of_the_total_with_a_comma_divides_the_total() -> None:
    text = ("Free speech: third quarter review, July–September 2014\n\n"
            "The monitors registered 150 reports of violations and conflicts. Of the total, 60 related to the "
            "rights of journalists, 40 to restrictions on access to information, and 50 to claims and "
            "charges against the media.\n")
    got = _figures(text)
    assert {("reports.total", "period", 150), ("rights.total", "period", 60), ("access.total", "period", 40),
            ("legal.total", "period", 50)} <= got
    assert ("legal.total", "period", 150) not in got


def test_the_number_of_a_label_has_reached_a_count() -> None:
    text = ("Digest: October 2013\n\nIn October the courts received 6 honour suits. "
            "Since January the number of honour and dignity suits has reached 71, and the number of criminal "
            "charges 19.\n")
    got = _figures(text)
    assert {("legal.civil.honor", "ytd", 71), ("legal.criminal", "ytd", 19)} <= got
    assert ("legal.criminal", "ytd", 71) not in got


def test_the_number_of_in_russian() -> None:
    text = ("Нарушения свободы слова. Октябрь 2013 года\n\n"
            "С начала года число исков о защите чести и достоинства достигло 57, "
            "а количество уголовных дел составило 12.\n")
    got = _figures(text)
    assert {("legal.civil.honor", "ytd", 57), ("legal.criminal", "ytd", 12)} <= got


def test_kazakh_reports_in_the_accusative() -> None:
    text = ("Сөз бостандығы: 2018 жылғы қараша\n\n"
            "Қараша айында қордың мониторингі 52 хабарды тіркеді.\n")
    assert ("reports.total", "period", 52) in _figures(text)


def test_reports_that_concern_a_group_count_that_group() -> None:
    text = ("Нарушения свободы слова в Казахстане. Май 2019 года\n\n"
            "В мае зарегистрировано 50 сообщений. Восемнадцать сообщений касаются права получать и "
            "распространять информацию.\n")
    got = _figures(text)
    assert ("access.total", "period", 18) in got
    assert ("reports.total", "period", 18) not in got


def test_demands_that_reached_a_sum_are_the_claimed_damages() -> None:
    text = ("Свобода слова в Казахстане: итоги полугодия 2016 года\n\n"
            "Исков о защите чести и достоинства поступило 40, требования по ним достигли 1 млрд. 200 млн. тенге.\n")
    assert ("legal.civil.claimed_kzt", "period", 1_200_000_000) in _figures(text)


def test_the_year_to_date_of_a_january_digest_is_its_own_period() -> None:
    text = ("Сөз бостандығы: 2022 жылғы қаңтар\n\n"
            "Жыл басынан бері журналистерге қатысты 5 қылмыстық іс қозғалды.\n")
    got = _figures(text)
    assert ("legal.criminal", "period", 5) in got
    assert not [s for _m, s, _v in got if s == "ytd"]


def test_a_month_that_passed_without_something_states_its_absence() -> None:
    en = ("Free speech in Kazakhstan, June 2023\n\nIn June we registered 40 reports.\n\n"
          "The month passed without detentions of journalists and without closures of media outlets.\n")
    ru = ("Нарушения свободы слова. Июнь 2023 года\n\nВ июне получено 40 сообщений.\n\n"
          "Месяц прошёл без задержаний журналистов и без закрытия СМИ.\n")
    for text in (en, ru):
        got = _figures(text)
        assert {("rights.detention", "period", 0), ("access.closure", "period", 0)} <= got, got


def test_absences_on_both_sides_of_a_semicolon() -> None:
    text = ("Free speech in Kazakhstan, June 2023\n\nIn June we registered 40 reports.\n\n"
            "The month saw no murders and no detentions of journalists; no outlet was closed.\n")
    got = _figures(text)
    assert {("rights.murder", "period", 0), ("rights.detention", "period", 0),
            ("access.closure", "period", 0)} <= got


def test_of_them_after_a_year_to_date_bracket_divides_the_months_count() -> None:
    text = ("2019 жылғы наурыз: сөз бостандығы мониторингі\n\n"
            "Наурыз айында барлығы 58 хабар тіркелді (жыл басынан бері – 190). Олардың ішінде:\n"
            "1) журналистер мен БАҚ құқықтарының бұзылуы туралы – 19;\n"
            "2) ақпаратты еркін алу және тарату құқығына қатысты – 21;\n"
            "3) БАҚ-қа қойылған сотқа дейінгі және сот талаптары туралы – 18.\n\n"
            "Айдың оқиғалары төменде.\n")
    got = _figures(text)
    assert {("rights.total", "period", 19), ("access.total", "period", 21), ("legal.total", "period", 18)} <= got
    assert ("rights.total", "ytd", 19) not in got


def test_square_brackets_with_words_read_like_round_ones() -> None:
    text = ("Freedom of Speech Violations in Kazakhstan - May 2020\n\n"
            "Filed in May 2020:\n"
            "* criminal charges: 2 [since the beginning of the year: 15];\n"
            "* civil claims: 6, five of them over honour and dignity [since the beginning of the year: 40].\n\n"
            "Events follow.\n")
    got = _figures(text)
    assert {("legal.criminal", "period", 2), ("legal.criminal", "ytd", 15), ("legal.civil", "period", 6),
            ("legal.civil", "ytd", 40)} <= got
    assert ("legal.civil.honor", "ytd", 40) not in got


def test_a_footnote_mark_in_square_brackets_is_no_count() -> None:
    text = ("Digest: May 2020\n\nIn May there were 4 attacks on journalists[1].\n\n[1] Source: our monitors.\n")
    got = _figures(text)
    assert ("rights.attack", "period", 4) in got and not [v for _m, _s, v in got if v == 1]


def test_for_n_months_of_a_year_in_a_monthly_digest_is_the_year_to_date() -> None:
    text = ("Kazakhstan: freedom of speech violations. June 2016\n\n"
            "In June the courts received two honour suits.\n\n"
            "For six months of 2016, media outlets and citizens faced the following:\n"
            "  - criminal charges of defamation - 7;\n"
            "  - claims to protect honour, dignity and business reputation - 30.\n\nEvents follow.\n")
    got = _figures(text)
    assert {("legal.criminal.defamation", "ytd", 7), ("legal.civil.honor", "ytd", 30)} <= got
