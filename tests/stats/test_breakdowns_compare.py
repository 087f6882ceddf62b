"""Breakdowns, comparisons with their phrasing, and the trend flag, on hand-computed data."""

from __future__ import annotations

import pytest

from speechwatch.stats.compare import phrase
from speechwatch.stats.engine import compare, compute_breakdown, trends
from tests.stats.builders import BIG_CLAIM, build_world, incident

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(db):
    return build_world()


def test_breakdown_by_region_counts_each_region_of_an_incident(world):
    assert compute_breakdown("2024-04", "reports.total", "region") == {"unknown": 3, "shymkent": 2, "almaty_city": 1}
    assert compute_breakdown("2024-04", "legal.criminal.in_court", "region", scope="ytd") == {
        "almaty_city": 1,
        "shymkent": 1,
        "unknown": 1,
    }


def test_breakdown_by_outlet_and_perpetrator_kind(world):
    assert compute_breakdown("2024-04", "reports.total", "outlet_kind") == {"none": 4, "tv": 1}
    assert compute_breakdown("2024-04", "reports.total", "outlet_kind", scope="ytd") == {
        "none": 10,
        "newspaper": 1,
        "tv": 1,
    }
    assert compute_breakdown("2024-04", "reports.total", "perpetrator_kind") == {"unknown": 4, "state": 1}
    assert compute_breakdown("2024-04", "reports.total", "perpetrator_kind", scope="ytd") == {
        "unknown": 8,
        "state": 3,
        "non_state": 1,
    }


def test_breakdown_by_legal_basis_and_month(world):
    assert compute_breakdown("2024-04", "legal.total", "legal_basis", scope="ytd") == {
        "CivC 143": 2,
        "AC 456-2": 1,
        "CC 130": 1,
        "CC 131": 1,
        "CC 274": 1,
        "CivC 951": 1,
        "none": 1,
    }
    assert compute_breakdown("2024-04", "reports.total", "month", scope="ytd") == {
        "2024-01": 3,
        "2024-02": 2,
        "2024-03": 2,
        "2024-04": 5,
    }
    assert compute_breakdown("2024", "legal.civil.honor", "month") == {"2024-01": 1, "2024-04": 1}


def test_money_breakdowns_are_exact_and_not_doubled(world):
    assert compute_breakdown("2024-04", "legal.civil.claimed_kzt", "legal_basis", scope="ytd") == {
        "CivC 143": BIG_CLAIM + 5_000_000,
        "CivC 951": BIG_CLAIM,
    }
    assert compute_breakdown("2024", "legal.civil.recovered_kzt", "month") == {"2024-03": 1_000_000, "2024-04": 250_000}
    assert compute_breakdown("2024-04", "legal.civil.claimed_kzt", "outlet_kind", scope="ytd") == {
        "none": BIG_CLAIM + 5_000_000
    }


def test_unknown_breakdown(world):
    with pytest.raises(ValueError, match="unknown breakdown"):
        compute_breakdown("2024-04", "reports.total", "colour")


@pytest.mark.parametrize(
    ("value", "other", "against", "lang", "text"),
    [
        (10, 5, "previous_year", "en", "twice as many as in the same period last year (5)"),
        (5, 10, "previous_year", "en", "half as many as in the same period last year (10)"),
        (15, 10, "previous_year", "en", "1.5 times more than in the same period last year (10)"),
        (10, 30, "previous", "en", "3 times fewer than in the previous period (30)"),
        (7, 7, "previous", "en", "the same as in the previous period (7)"),
        (101, 100, "previous", "en", "1 more than in the previous period (100)"),
        (3, 0, "previous", "en", "3 more than in the previous period (0)"),
        (15, 10, "previous_year", "ru", "в 1,5 раза больше, чем за тот же период прошлого года (10)"),
        (10, 5, "previous_year", "ru", "в два раза больше, чем за тот же период прошлого года (5)"),
        (50, 10, "previous", "ru", "в 5 раз больше, чем за предыдущий период (10)"),
        (22, 1, "previous", "ru", "в 22 раза больше, чем за предыдущий период (1)"),
        (12, 1, "previous", "ru", "в 12 раз больше, чем за предыдущий период (1)"),
        (4, 6, "previous", "ru", "в 1,5 раза меньше, чем за предыдущий период (6)"),
        (15, 10, "previous_year", "kk", "өткен жылдың сәйкес кезеңімен салыстырғанда 1,5 есе көп (10)"),
        (5, 10, "previous", "kk", "алдыңғы кезеңмен салыстырғанда екі есе аз (10)"),
    ],
)
def test_phrases(value, other, against, lang, text):
    assert phrase(value, other, against, lang) == text


def test_compare(world):
    got = {(c.measure, c.against): c for c in compare("2024-04", ["reports.total", "rights.total", "access.total"])}
    total_prev = got[("reports.total", "previous")]
    assert (total_prev.value, total_prev.against_value, total_prev.against_period.label) == (5, 2, "2024-03")
    assert total_prev.text("en") == "2.5 times more than in the previous period (2)"
    last_year = got[("reports.total", "previous_year")]
    assert (last_year.against_value, last_year.against_period.label, last_year.difference) == (4, "2023-04", 1)
    assert last_year.text("en") == "1.3 times more than in the same period last year (4)"  # 1.25 rounds half up
    assert last_year.text("ru") == "в 1,3 раза больше, чем за тот же период прошлого года (4)"
    assert got[("rights.total", "previous")].text("en") == "2 more than in the previous period (0)"
    assert got[("access.total", "previous_year")].text("en") == "4 fewer than in the same period last year (4)"


def test_trend_flag_on_world(world):
    flagged = trends("2024-04")
    assert [t.measure for t in flagged] == ["rights.detention"]  # 2 against 0, 0, 0
    assert flagged[0].baseline == [0, 0, 0]
    assert flagged[0].months == ["2024-01", "2024-02", "2024-03"]


def test_trend_flag_against_the_three_month_mean(db):
    for month, n in (("2022-05", 1), ("2022-06", 1), ("2022-07", 1), ("2022-08", 2)):
        for _ in range(n):
            incident(month, "access.cyberattack")  # mean 1, then 2: flagged
    for month, n in (("2022-05", 1), ("2022-06", 1), ("2022-07", 2), ("2022-08", 2)):
        for _ in range(n):
            incident(month, "access.censorship")  # mean 4/3, then 2: not flagged
    incident("2022-08", "access.blocking")  # one report after nothing: too few to call a trend
    incident("2022-08", "rights.threat", status="draft")
    incident("2022-08", "rights.threat", status="draft")
    got = trends("2022-08")
    assert [t.measure for t in got] == ["access.cyberattack"]
    assert got[0].text("en") == "2 times the mean of 1 a month over the previous 3 months"
    assert got[0].text("ru") == "в 2 раза выше среднего (1 в месяц) за предыдущие 3 месяца"
    # a quarter compares its monthly rate (6 / 3 = 2 a month) with the three months before it
    for month in ("2022-09", "2022-10"):
        incident(month, "access.cyberattack")
        incident(month, "access.cyberattack")
    quarter = trends("2022-Q3")  # Jul-Sep: 1 + 2 + 2 = 5, 5/3 a month against Apr-Jun mean 2/3
    # censorship: 4/3 a month against 2/3, exactly twice: the flag is "two or more times"
    assert [t.measure for t in quarter] == ["access.cyberattack", "access.censorship"]
    assert quarter[0].baseline == [0, 1, 1]
