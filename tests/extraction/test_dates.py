"""Date mentions and their resolution against the report period (own invented sentences)."""

from datetime import date

import pytest

from speechwatch.extraction.dates import DATE_START, find_dates, incident_date
from speechwatch.extraction.schemas import Period

APRIL = Period(date(2024, 4, 1), date(2024, 4, 30))
JANUARY = Period(date(2024, 1, 1), date(2024, 1, 31))


def test_day_without_year_takes_report_year():
    (d,) = find_dates("On April 24 the editor was questioned.", APRIL)
    assert (d.day, d.precision, d.explicit_year) == (date(2024, 4, 24), "day", False)


def test_explicit_year_is_kept():
    (d,) = find_dates("The verdict of January 9, 2020 was upheld.", APRIL)
    assert d.day == date(2020, 1, 9) and d.explicit_year


def test_december_event_in_january_report_is_previous_year():
    (d,) = find_dates("The site has been attacked since December 6th.", JANUARY)
    assert d.day == date(2023, 12, 6)


def test_day_month_order_and_russian_forms():
    days = [d.day for d in find_dates("3 October 2024; 24 апреля 2023 года; 5 мая; 12.03.2021", APRIL)]
    assert days == [date(2024, 10, 3), date(2023, 4, 24), date(2024, 5, 5), date(2021, 3, 12)]


def test_month_only_mentions_have_month_precision():
    found = find_dates("In October, the editor filed a lawsuit; в марте 2022 года суд отказал.", APRIL)
    assert [(d.day, d.precision) for d in found] == [(date(2023, 10, 1), "month"), (date(2022, 3, 1), "month")]


def test_modal_may_is_not_a_month():
    assert find_dates("The court may reconsider the case.", APRIL) == []


def test_incident_date_prefers_first_day_inside_period():
    text = "As reported, on March 2 the blogger was fined. On April 12 the appeal court upheld the fine."
    assert incident_date(text, APRIL) == (date(2024, 4, 12), "day")


def test_incident_date_falls_back_to_month_then_period_start():
    assert incident_date("It became known in April that the case was closed.", APRIL) == (date(2024, 4, 1), "month")
    assert incident_date("The newspaper lost its lawsuit.", APRIL) == (date(2024, 4, 1), "month")


@pytest.mark.parametrize("line", ["April 6: A storm", "On April 1, the blogger", "On the evening of April 24, she",
                                  "On Monday, April 22, the court",
                                  "- On December 4, the court", "24 апреля журналиста задержали"])
def test_date_start(line):
    assert DATE_START.match(line)


@pytest.mark.parametrize("line", ["On the same day, the minister", "April showers came", "The court on April 4"])
def test_not_a_date_start(line):
    assert not DATE_START.match(line)


MARCH = Period(date(2024, 3, 1), date(2024, 3, 31))


@pytest.mark.parametrize(("text", "day"), [
    ("Наурыздың 5-і күні полиция тілшіні ұстады.", date(2024, 3, 5)),
    ("Наурыздың 5-інде әкімдік сұраныма жауап бермеді.", date(2024, 3, 5)),
    ("5 наурызда редактор сотқа шақырылды.", date(2024, 3, 5)),
    ("5-наурызда редактор сотқа шақырылды.", date(2024, 3, 5)),
    ("2024 жылғы 5 наурызда сот шешім шығарды.", date(2024, 3, 5)),
    ("2024 жылғы наурыздың 5-і сот шешім шығарды.", date(2024, 3, 5)),
    ("05.03.2024 – the akimat refused to answer.", date(2024, 3, 5)),
    ("2024-03-05: the site was blocked.", date(2024, 3, 5)),
    ("5–7 March: the court heard the case.", date(2024, 3, 5)),
    ("March 5-7: the court heard the case.", date(2024, 3, 5)),
    ("С 5 по 7 марта суд рассматривал иск.", date(2024, 3, 5)),
    ("5-го марта полиция задержала оператора.", date(2024, 3, 5)),
    ("On the 5th, police detained a cameraman in Aktau.", date(2024, 3, 5)),
])
def test_common_day_forms_start_a_story_and_give_the_day(text, day):
    assert DATE_START.match(text), text
    assert incident_date(text, MARCH) == (day, "day")


def test_kazakh_month_mentions_and_counts_are_not_days():
    found = find_dates("2024 жылғы наурыз айында 7 хабарлама түсті; қарашасында 23 хабарлама.", MARCH)
    assert [(d.day, d.precision) for d in found] == [(date(2024, 3, 1), "month")]
    assert find_dates("наурыз 2024", MARCH) == []  # not a day 20


def test_on_the_nth_needs_a_one_month_report():
    assert find_dates("On the 5th, police detained a cameraman.", Period(date(2024, 1, 1), date(2024, 12, 31))) == []
    assert [d.day for d in find_dates("on the 5th of April", MARCH)] == [date(2024, 4, 5)]
