"""Figures by kind of layout and wording (issue 7, eleventh pass), in our own words.

Each test is a kind, written afresh, so a fix that only matched one sentence of a batch fails here.
"""

from __future__ import annotations

from speechwatch.extraction import extract_text


def _figures(text: str) -> set[tuple[str, str, int]]:
    return {(s.measure, s.scope, s.value) for s in extract_text(text).statistics}


def test_a_titles_lone_year_is_the_period_over_the_month_it_was_written() -> None:
    text = ("Free Speech in Kazakhstan, 2019: the Year in Figures\nMonitoring service, February 2020\n\n"
            "Over 2019 the monitors counted 402 reports of violations of freedom of expression.\n")
    result = extract_text(text)
    assert (result.report.period.start.isoformat(), result.report.period.end.isoformat()) == (
        "2019-01-01", "2019-12-31")
    assert result.report.kind == "annual"
    assert ("reports.total", "period", 402) in _figures(text)


def test_a_lead_that_narrows_the_titles_year_keeps_its_month() -> None:
    text = ("Free Speech in Kazakhstan, 2019: monthly figures\n\n"
            "In March 2019 the monitors counted 41 reports of violations of freedom of expression.\n")
    assert extract_text(text).report.period.start.isoformat() == "2019-03-01"


def test_each_sum_has_the_cue_told_since_the_sum_before_it() -> None:
    text = ("Court figures, June 2021\n\nIn June 2021 plaintiffs sought KZT 12,500,000 in moral damages, while the "
            "courts ordered KZT 1.5 million to be paid.\n")
    got = _figures(text)
    assert {("legal.civil.claimed_kzt", "period", 12500000), ("legal.civil.recovered_kzt", "period", 1500000)} <= got


def test_the_verb_right_before_a_sum_says_it_was_recovered() -> None:
    en = ("Digest, May 2016\n\nIn May 2016 courts heard 9 honour suits against the press and recovered "
          "KZT 2,300,000 from editorial offices.\n")
    assert ("legal.civil.recovered_kzt", "period", 2300000) in _figures(en)
    ordered = ("Digest, May 2016\n\nIn May 2016 courts delivered 12 judicial acts in honour suits. Outlets and "
               "authors were ordered to pay KZT 4,100,000.\n")
    assert ("legal.civil.recovered_kzt", "period", 4100000) in _figures(ordered)
    kk = ("Сөз бостандығы: 2017 жылғы мамыр\n\n2017 жылғы мамырда ар-намысты қорғау туралы 6 талап арыз түсті, "
          "соттар жауапкерлерден 3 млн 200 мың теңге өндіріп берді.\n")
    assert ("legal.civil.recovered_kzt", "period", 3200000) in _figures(kk)


def test_one_cases_award_in_a_numbered_story_or_a_story_paragraph_is_no_figure() -> None:
    numbered = ("Digest, May 2016\n\n1) On May 4 the police in Taraz detained the cameraman Arman Ospan.\n"
                "2) The Semey city court granted the claim of a developer against the weekly «Ertis Kesh» and "
                "ordered the paper to pay 8 million tenge.\n")
    assert not [m for m, _s, _v in _figures(numbered) if m.endswith("_kzt")]
    kk = ("Сөз бостандығы: 2017 жылғы мамыр\n\nСОТ ІСТЕРІ\nМамырда Жаңақорған аудандық соты әкімнің «Сыр "
          "Шұғыласы» газетіне қарсы талап-арызын ішінара қанағаттандырып, газеттен 500 мың теңге өндіріп берді.\n")
    assert not [m for m, _s, _v in _figures(kk) if m.endswith("_kzt")]


def test_a_clause_with_its_own_subject_belongs_to_the_next_count() -> None:
    text = ("Freedom of expression in 2022: annual figures\n\nIn 2022 six reporters were beaten or had their "
            "cameras broken, and police detained bloggers and journalists eleven times.\n")
    got = _figures(text)
    assert {("rights.attack", "period", 6), ("rights.detention", "period", 11)} <= got
    assert ("rights.detention", "period", 6) not in got


def test_an_item_back_at_the_indentation_of_its_group_ends_the_groups_list() -> None:
    text = ("Violations of freedom of speech, March 2024\n\nMarch in numbers\n"
            "* Rights of journalists and media - 9 reports, of which:\n"
            "  - threats: 4\n"
            "  - obstruction of professional work: 5\n"
            "* Access to information - 7 reports: refusals to answer requests (5), blocked sites (2)\n"
            "* Claims and charges against the press - 6 reports: 1 criminal, 5 civil\n\n"
            "Events of the month follow below.\n")
    got = _figures(text)
    assert {("rights.total", "period", 9), ("access.total", "period", 7), ("legal.total", "period", 6),
            ("legal.criminal", "period", 1), ("legal.civil", "period", 5)} <= got
    assert not [m for m, _s, _v in got if m == "rights.murder"]  # "reports" is not "reporter"


def test_parts_after_a_count_restated_in_brackets_divide_the_months_count() -> None:
    text = ("Мониторинг нарушений свободы слова: май 2018 года\n\n"
            "Всего за месяц — 44 сообщения (с начала года — 230). Из них:\n"
            "– нарушения прав журналистов и СМИ — 20 (с начала года — 101);\n"
            "     задержания — 3, угрозы — 5, воспрепятствование работе — 12;\n"
            "– ограничения доступа к информации — 24 (с начала года — 129).\n")
    got = _figures(text)
    assert {("rights.detention", "period", 3), ("rights.threat", "period", 5),
            ("rights.obstruction", "period", 12)} <= got
    assert not {("rights.detention", "ytd", 3), ("rights.threat", "ytd", 5)} & got


def test_a_space_table_with_an_empty_cell_and_a_column_that_names_a_part() -> None:
    text = ("Итоги мониторинга свободы слова за 2023 год\n\n"
            "Вид преследования          Всего     Дошли до суда\n"
            "Уголовные дела               12            5\n"
            "Гражданские иски             30            -\n"
            "Административные дела         8            -\n\n"
            "Фонд благодарит корреспондентов.\n")
    got = _figures(text)
    assert {("legal.criminal", "period", 12), ("legal.criminal.in_court", "period", 5),
            ("legal.civil", "period", 30), ("legal.administrative", "period", 8)} <= got
    assert ("legal.criminal", "period", 5) not in got


def test_russian_damages_declared_and_english_messages_counted() -> None:
    ru = ("Дайджест за апрель 2015 года\n\nВ апреле 2015 года подано 7 исков о защите чести и достоинства. "
          "Моральный вред по ним заявлен на общую сумму 48 000 000 тенге.\n")
    assert ("legal.civil.claimed_kzt", "period", 48000000) in _figures(ru)
    en = "MONITORING DIGEST - APRIL 2015\n\nTotal messages this month: 41 (year to date: 200).\n"
    assert {("reports.total", "period", 41), ("reports.total", "ytd", 200)} <= _figures(en)


def test_a_remark_in_brackets_between_a_count_and_the_rest_of_its_label() -> None:
    text = ("Digest, October 2010\n\nSince January the press has faced 3 criminal charges and 52 claims "
            "(in court and pre-trial) for the protection of honour and dignity.\n\n"
            "From January to October the press answered 40 claims over honour and dignity, for a combined "
            "KZT 96 million.\n")
    got = _figures(text)
    assert ("legal.civil.honor", "ytd", 52) in got
    assert ("legal.civil.claimed_kzt", "ytd", 96000000) in got


def test_parts_told_of_them_in_court_and_a_bracket_after_the_parts_bracket() -> None:
    text = ("Filed in September 2021 over the exercise of free expression:\n"
            "* criminal charges: 4 (2 of them already in court) [since the beginning of the year: 19];\n"
            "* administrative charges: 7 (3 under the false-information article of the Administrative Code).\n")
    got = _figures(text)
    assert {("legal.criminal", "period", 4), ("legal.criminal.in_court", "period", 2),
            ("legal.criminal", "ytd", 19), ("legal.administrative.false_info", "period", 3)} <= got
    assert ("legal.criminal.in_court", "ytd", 19) not in got


def test_kazakh_slander_charges_and_the_sum_in_them() -> None:
    text = ("Сөз бостандығы: 2019 жылғы қараша\n\n2019 жылдың басынан бері:\n"
            "• жала жабу және қорлау бойынша қылмыстық айыптау — 6;\n"
            "• көрінеу жалған ақпарат тарату бойынша айыптау — 2;\n"
            "• ар-намысты қорғау туралы талап арыздар — 31, олардағы жалпы сома — 210 млн теңге.\n")
    got = _figures(text)
    assert {("legal.criminal.defamation", "ytd", 6), ("legal.criminal.false_info", "ytd", 2),
            ("legal.civil.claimed_kzt", "ytd", 210000000)} <= got
    assert ("legal.criminal", "ytd", 6) not in got
