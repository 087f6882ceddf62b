"""Parsing report periods and deriving year-to-date, previous and last year's periods (no database)."""

from __future__ import annotations

from datetime import date

import pytest

from speechwatch.stats.periods import parse_period, previous, previous_months, same_period_last_year, ytd


@pytest.mark.parametrize(
    ("text", "start", "end", "kind", "label"),
    [
        ("2024-04", "2024-04-01", "2024-04-30", "month", "2024-04"),
        ("2024-2", "2024-02-01", "2024-02-29", "month", "2024-02"),
        ("2023-02", "2023-02-01", "2023-02-28", "month", "2023-02"),
        ("2024-Q2", "2024-04-01", "2024-06-30", "quarter", "2024-Q2"),
        ("2024q4", "2024-10-01", "2024-12-31", "quarter", "2024-Q4"),
        ("2024-H1", "2024-01-01", "2024-06-30", "half", "2024-H1"),
        ("2024-H2", "2024-07-01", "2024-12-31", "half", "2024-H2"),
        ("2024", "2024-01-01", "2024-12-31", "year", "2024"),
        ("2024-01-01..2024-05-15", "2024-01-01", "2024-05-15", "range", "2024-01-01..2024-05-15"),
        (" 2024-04-01..2024-04-30 ", "2024-04-01", "2024-04-30", "month", "2024-04"),
        ("2024-04-01..2024-06-30", "2024-04-01", "2024-06-30", "quarter", "2024-Q2"),
        ("2024-03-08", "2024-03-08", "2024-03-08", "range", "2024-03-08..2024-03-08"),
    ],
)
def test_parse(text, start, end, kind, label):
    p = parse_period(text)
    assert (p.start.isoformat(), p.end.isoformat(), p.kind, p.label) == (start, end, kind, label)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2024-13", "month 13 is not between 1 and 12"),
        ("2024-Q5", "expected one of the formats"),
        ("2024-H3", "expected one of the formats"),
        ("April 2024", "expected one of the formats"),
        ("", "empty period"),
        ("2024-02-30..2024-03-31", "'2024-02-30' is not a real date"),
        ("2024-05-01..2024-04-01", "ends (2024-04-01) before it starts (2024-05-01)"),
        ("0999", "year 999 is out of range"),
    ],
)
def test_bad_periods_give_clear_errors(text, message):
    with pytest.raises(ValueError) as err:
        parse_period(text)
    assert message in str(err.value)


def test_ytd():
    assert ytd(parse_period("2024-04")).start == date(2024, 1, 1)
    assert ytd(parse_period("2024-04")).end == date(2024, 4, 30)
    crossing = ytd(parse_period("2023-12-01..2024-01-31"))
    assert (crossing.start, crossing.end) == (date(2024, 1, 1), date(2024, 1, 31))


def test_previous():
    assert previous(parse_period("2024-01")).label == "2023-12"
    assert previous(parse_period("2024-03")).label == "2024-02"
    assert previous(parse_period("2024-Q1")).label == "2023-Q4"
    assert previous(parse_period("2024-H2")).label == "2024-H1"
    assert previous(parse_period("2024")).label == "2023"
    assert previous(parse_period("2024-03-11..2024-03-20")).label == "2024-03-01..2024-03-10"
    assert previous(parse_period("2024-02-01..2024-03-31")).label == "2023-12-01..2024-01-31"


def test_same_period_last_year():
    assert same_period_last_year(parse_period("2024-04")).label == "2023-04"
    assert same_period_last_year(parse_period("2024-02")).end == date(2023, 2, 28)
    assert same_period_last_year(parse_period("2024-Q2")).label == "2023-Q2"
    leap = same_period_last_year(parse_period("2024-02-10..2024-02-29"))
    assert (leap.start, leap.end) == (date(2023, 2, 10), date(2023, 2, 28))


def test_previous_months():
    assert [p.label for p in previous_months(parse_period("2024-02"), 3)] == ["2023-11", "2023-12", "2024-01"]
    assert parse_period("2024-Q2").months() == [date(2024, 4, 1), date(2024, 5, 1), date(2024, 6, 1)]
