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
