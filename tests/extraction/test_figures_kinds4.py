"""Figures by kind of wording (issue 7, fourth pass), in our own words.

Each test is a kind, written afresh, so a fix that only matched one sentence of a batch fails here.
"""

from __future__ import annotations

from speechwatch.extraction import extract_text


def _figures(text: str) -> set[tuple[str, str, int]]:
    return {(s.measure, s.scope, s.value) for s in extract_text(text).statistics}


def test_reports_with_any_verb_are_the_whole_count() -> None:
    text = ("Steppe Media Watch, digest for March 2013\n\n"
            "In March 2013, 58 reports arrived at the Watch. Of them, 20 concerned violations of the rights "
            "of journalists, 14 concerned the right to receive information, and 24 concerned claims and "
            "lawsuits against journalists.\n")
    got = _figures(text)
    assert ("reports.total", "period", 58) in got
    assert {("rights.total", "period", 20), ("access.total", "period", 14)} <= got


def test_reports_narrowed_by_their_verb_are_not_the_whole_count() -> None:
    text = ("Steppe Media Watch, digest for May 2016\n\n"
            "In May 2016 the Watch registered 40 reports of violations of freedom of speech. "
            "9 reports pertained to the right to receive and disseminate information.\n")
    got = _figures(text)
    assert ("reports.total", "period", 40) in got
    assert ("reports.total", "period", 9) not in got
