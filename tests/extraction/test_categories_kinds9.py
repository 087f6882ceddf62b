"""Incident categories by kind (issue 7, ninth pass), in our own words."""

from __future__ import annotations

from speechwatch.extraction import extract_text
from speechwatch.extraction.classify import classify


def _categories(text: str) -> list[str]:
    return [i.category for i in extract_text(text).incidents]


def test_a_violation_under_a_general_events_heading_keeps_its_category() -> None:
    text = ("Freedom of speech violations in Kazakhstan, May 2025\n\n"
            "In May the foundation registered 40 reports.\n\n"
            "Events in the Country\n"
            "May 6: In Taraz, a reporter of the Aq Zhol portal was not allowed into a session of the city "
            "maslikhat; a guard said the session was closed to the press.\n"
            "May 19: Police in Oral detained the blogger Nurlan Ospan during a picket and held him for five "
            "hours at the station.\n")
    assert _categories(text) == ["rights.obstruction", "rights.detention"]


def test_a_general_events_heading_still_holds_context() -> None:
    text = ("Freedom of speech violations in Kazakhstan, May 2025\n\n"
            "In May the foundation registered 40 reports.\n\n"
            "Events in the Country\n"
            "May 14: A round table on media literacy for school teachers took place in Astana, with "
            "speakers from three universities.\n")
    assert _categories(text) == ["context.statement"]


def test_a_kazakh_sentence_is_a_criminal_case_not_a_statement() -> None:
    story = ("- 12 мамырда Атырау қалалық соты блогер Арман Серікті ҚК 274-бабы бойынша бір жыл бас "
             "бостандығын шектеуге соттады. Адвокат үкімге шағым беретінін мәлімдеді.")
    assert classify(story, "kk")[0] == "legal.criminal"


def test_an_official_announcing_what_will_be_done_is_a_statement() -> None:
    story = ("- Ақпарат министрі блогерлерді тіркеу міндетті болатынын мәлімдеді.")
    assert classify(story, "kk")[0] == "context.statement"
