"""Report metadata: period, kind, title, publisher and publication date from invented report openings."""

from __future__ import annotations

from datetime import date

import pytest

from speechwatch.extraction.metadata import extract_metadata, find_period

HEADER = ("Сөз бостандығын қорғау халықаралық қоры\nМеждународный фонд защиты свободы слова\n"
          "The International Foundation for Freedom of Speech Protection\n\n")


def _meta(text: str, lang: str = "en"):
    return extract_metadata(text, lang)


def test_monthly_with_header_title_and_publication_date() -> None:
    meta, warnings = _meta(HEADER + "Violations of freedom of speech in Kazakhstan March 2031\n\n4 april 2031\n\n"
                           "The foundation presents an overview of events in March 2031.\n")
    assert meta.period and (meta.period.start, meta.period.end) == (date(2031, 3, 1), date(2031, 3, 31))
    assert meta.kind == "monthly" and meta.publisher == "Adil Soz"
    assert meta.title == "Violations of freedom of speech in Kazakhstan March 2031"
    assert meta.published == date(2031, 4, 4)
    assert warnings == []


def test_title_beats_lead_with_warning() -> None:
    meta, warnings = _meta("Violations of freedom of speech, February 2032\n\n"
                           "An overview of events in January 2032 follows.\n")
    assert meta.period.start == date(2032, 2, 1) and meta.period.end == date(2032, 2, 29)
    assert len(warnings) == 1 and "January 2032" in warnings[0] and "February 2032" in warnings[0]


@pytest.mark.parametrize(
    ("text", "start", "end", "kind"),
    [
        ("Monitoring digest\n\nJanuary – September 2033\n\nThe monitors stated:", date(2033, 1, 1),
         date(2033, 9, 30), "annual"),
        ("Monitoring digest\n\n2 october 2033\n\nJanuary 2010 – September 2033\n", date(2010, 1, 1),
         date(2033, 9, 30), "annual"),
        ("ATTACKS ON REPORTERS IN 2030-2031\n\nKEY FINDINGS", date(2030, 1, 1), date(2031, 12, 31), "annual"),
        ("Freedom of Speech: Violations 2034\n\n20 january 2035\n", date(2034, 1, 1), date(2034, 12, 31),
         "annual"),
        ("1. OVERVIEW\nThe pandemic shaped the year in the country in 2030. On March 15, 2030, a decree...",
         date(2030, 1, 1), date(2030, 12, 31), "annual"),
        ("Report for the first half of 2031\n", date(2031, 1, 1), date(2031, 6, 30), "annual"),
        ("Monitoring report for the third quarter of 2031\n", date(2031, 7, 1), date(2031, 9, 30), "other"),
        ("Обзор нарушений свободы слова за первое полугодие 2030 года\n", date(2030, 1, 1), date(2030, 6, 30),
         "annual"),
        ("В марте 2029 г. мониторинг фонда зафиксировал 90 сообщений.", date(2029, 3, 1), date(2029, 3, 31),
         "monthly"),
        ("В октябре 2028 года мониторинг нарушений свободы слова зафиксировал", date(2028, 10, 1),
         date(2028, 10, 31), "monthly"),
        ("The foundation studied the situation in Kazakhstan in\nDecember\n2027.\n\nIt reports:",
         date(2027, 12, 1), date(2027, 12, 31), "monthly"),
        ("The foundation studied the situation in Kazakhstan in MayMarch 2026.\nIt reports", date(2026, 5, 1),
         date(2026, 5, 31), "monthly"),
        ("This briefing paper was prepared for the dialogue in November 2025.\n\nSummary", date(2025, 11, 1),
         date(2025, 11, 30), "briefing"),
    ],
)
def test_periods_and_kinds(text: str, start: date, end: date, kind: str) -> None:
    meta, _ = _meta(text)
    assert meta.period is not None
    assert (meta.period.start, meta.period.end, meta.kind) == (start, end, kind)


def test_no_period_is_a_warning() -> None:
    meta, warnings = _meta("Some text without any time reference at all.")
    assert meta.period is None and meta.kind == "other"
    assert warnings and "no report period" in warnings[0]


def test_full_dates_are_not_periods() -> None:
    assert find_period("On March 15, 2030 and 4 april 2031 things happened") is None


def test_a_briefing_told_as_an_event_does_not_make_the_report_a_briefing() -> None:
    """Only the title or the lead's first sentence can call the document a briefing; an official speaking
    at a briefing further on is an event of a monthly report."""
    text = ("Сөз бостандығы мониторингі\n2023 жылғы қазан\n\n"
            "• Қазанда барлығы 27 хабарлама тіркелді.\n"
            "• Қазанда журналистерге шабуыл жасалған жоқ.\n\n"
            "Қазанның 9-ы күні министрдің орынбасары брифингте тілшінің сұрағына жауап беруден бас тартты.\n")
    meta, _ = _meta(text, "kk")
    assert meta.kind == "monthly"
    en = ("Media monitoring, October 2023\n\nIn October the monitors registered 27 reports. At a press "
          "briefing on 9 October a deputy minister refused to answer a reporter's question.\n")
    assert _meta(en)[0].kind == "monthly"
    assert _meta("Briefing note on media freedom, October 2023\n\nSummary.\n")[0].kind == "briefing"
