"""Kinds of figures issue 7's sixteenth pass taught the pipeline, each in a report written for the test."""

from __future__ import annotations

from speechwatch.extraction.pipeline import extract_text


def _figures(text: str) -> set[tuple[str, str, int]]:
    return {(s.measure, s.scope, s.value) for s in extract_text(text).statistics}


# Each group stands in its own block; only the first group's square bracket names the span, the later ones
# are bare counts in square brackets after the count and its noun.
ONE_BRACKET_CONVENTION = """Monitoring digest: March 2028

In March 2028 the monitors logged:

11 reports on violations of journalists' rights [since January – 30]. Of them:
    obstruction of lawful professional activity – 6 [14];
    threats – 5 [16].

8 reports [21] on the right to receive and impart information. Of them:
    refusals to provide information – 7 [18];
    DDoS attacks on websites – 1 [3].

4 reports [9] on claims and charges against the media. Of them:
    civil claims – 4 [8];
    administrative charges – 0 [1].
"""


def test_a_bare_square_bracket_in_a_later_group_restates_over_the_span_the_first_one_named() -> None:
    got = _figures(ONE_BRACKET_CONVENTION)
    assert {("rights.total", "ytd", 30), ("access.total", "ytd", 21), ("legal.total", "ytd", 9),
            ("access.refusal", "ytd", 18), ("legal.civil", "ytd", 8), ("legal.administrative", "ytd", 1)} <= got
    assert {("access.total", "period", 8), ("legal.total", "period", 4), ("access.refusal", "period", 7)} <= got
    assert ("access.total", "period", 21) not in got
