"""Kinds of figures issue 7's fifteenth pass taught the pipeline, each in a report written for the test."""

from __future__ import annotations

from speechwatch.extraction.pipeline import extract_text


def _figures(text: str) -> set[tuple[str, str, int]]:
    return {(s.measure, s.scope, s.value) for s in extract_text(text).statistics}


# Group lines set apart by blank lines under the month's count; the first bracket names the year to date, the
# others are bare. One group holds a statement of absence with its own bracket.
GROUPS_APART = """Свобода слова: обзор за апрель 2027 года

В апреле 2027 года мониторинг учёл 61 сообщение (с начала года – 230), из них:

20 – о нарушениях прав журналистов и редакций (77), в том числе:
- препятствия работе корреспондентов – 9 (31);
- угрозы – 4 (12);
- нападений не зафиксировано (2).

25 – о праве свободно получать и распространять информацию (90), в том числе:
- отказы в предоставлении сведений – 17 (60);
- DDoS-атаки на сайты – 2 (5).

16 – о претензиях и исках к журналистам и редакциям (63), в том числе:
- уголовные преследования – 3 (7);
- гражданские иски – 13 (56).
"""


def test_group_lines_apart_by_blank_lines_stay_in_the_list_of_the_months_count() -> None:
    got = _figures(GROUPS_APART)
    assert {("rights.total", "period", 20), ("access.total", "period", 25), ("legal.total", "period", 16)} <= got
    assert ("access.total", "period", 90) not in got


def test_bare_brackets_under_a_count_whose_bracket_named_the_year_restate_over_the_year() -> None:
    got = _figures(GROUPS_APART)
    assert {("rights.total", "ytd", 77), ("access.total", "ytd", 90), ("legal.total", "ytd", 63),
            ("rights.threat", "ytd", 12), ("access.refusal", "ytd", 60), ("legal.civil", "ytd", 56)} <= got
    # the month's parts stay the month's: the group's own count is divided, not its bracket
    assert {("rights.threat", "period", 4), ("access.refusal", "period", 17), ("legal.civil", "period", 13)} <= got
    assert ("rights.threat", "ytd", 4) not in got


def test_an_absence_with_a_bracketed_count_is_zero_in_the_month_and_the_count_over_the_year() -> None:
    got = _figures(GROUPS_APART)
    assert {("rights.attack", "period", 0), ("rights.attack", "ytd", 2)} <= got
    assert ("rights.attack", "period", 2) not in got
