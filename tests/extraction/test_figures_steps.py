"""Unit tests of the figure steps, one module at a time (candidates, measure, scope, structure, steps, reconcile)."""

from __future__ import annotations

from datetime import date

import pytest

from speechwatch.extraction.document import ReportDocument
from speechwatch.extraction.figures import candidates, measure, reconcile, scope, steps, structure
from speechwatch.extraction.figures.extract import Extractor
from speechwatch.extraction.figures.model import Figure
from speechwatch.extraction.numbers import find_numbers
from speechwatch.extraction.schemas import Period, ReportMeta

MAY_2021 = ReportMeta(kind="monthly", period=Period(date(2021, 5, 1), date(2021, 5, 31)))
LEGAL = ("legal.criminal", "legal.civil", "legal.administrative", "legal.warning", "legal.criminal.",
         "legal.civil.", "legal.administrative.")


def _candidate_values(text: str) -> list[int]:
    return [n.integer for n in find_numbers(text) if candidates.is_count_candidate(text, n)]


# --- candidates ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "values"), [
    ("under Article 274 of the Criminal Code", []),
    ("по статье 274 УК РК", []),
    ("on 24 April the court ruled", []),
    ("a rise of 25% on the year", []),
    ("the channel Khabar24 reported", []),
    ("in 2021 the number fell", []),
    ("the service registered 47reports of violations", [47]),
    ("of them 5obstructions of professional activity", [5]),
    ("administrative – 1\nJune 7: a guard pushed a reporter", [1]),
    ("(в т.ч. 3 нападения)", [3]),
])
def test_count_candidates(text: str, values: list[int]) -> None:
    assert _candidate_values(text) == values


def test_states_a_count_ignores_years() -> None:
    assert not candidates.states_a_count("From January to October 2023, journalists faced problems:")
    assert candidates.states_a_count("Since January, 79 reports were registered.")
    assert candidates.states_a_count("Since January, seventy reports were registered.")


# --- measure ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("language", "clause", "allowed_parent", "expected"), [
    ("en", " civil lawsuits", None, "legal.civil"),
    ("en", " pre-trial and judicial claims", None, "legal.total"),
    ("en", " pre-trial claims and suits on protection of honour", None, "legal.civil.honor"),
    ("ru", "Претензии и иски к СМИ и журналистам", None, "legal.total"),
    ("ru", "претензий и исков на сумму", None, "legal.civil"),
    ("en", " on access to information", None, "access.total"),
    ("en", "Journalists' rights were violated in", None, "rights.total"),
    ("en", " reports of violations were registered, against ", None, "reports.total"),
    ("en", " for defamation", "legal.administrative", "legal.administrative.defamation"),
    ("en", "Weather on the steppe", None, None),
])
def test_resolve(language: str, clause: str, allowed_parent: str | None, expected: str | None) -> None:
    parent = Figure(allowed_parent, 8, 0, 1, "period") if allowed_parent else None
    assert measure.resolve(language, clause, parent, "", lexical=True) == expected


def test_a_group_constrains_its_children() -> None:
    rights = Figure("rights.total", 9, 0, 1, "period")
    assert measure.resolve("en", " refusals to provide information", rights, "", lexical=True) is None
    assert measure.is_allowed("legal.criminal.false_info", LEGAL)
    assert not measure.is_allowed("rights.attack", LEGAL)
    assert measure.is_allowed("anything", None)


def test_articles_and_codes() -> None:
    assert measure.article_measure("(Article 274 of the Criminal Code)") == "legal.criminal.false_info"
    assert measure.article_measure("Article 999 of the Criminal Code") is None
    assert measure.code_for("defamation", "under the Administrative Code", None) == "legal.administrative.defamation"
    assert measure.code_for("defamation", "charges", None) == "legal.criminal.defamation"


# --- scope -----------------------------------------------------------------------------------------------
def _reader(report: ReportMeta = MAY_2021, text: str = "x") -> scope.ScopeReader:
    return scope.ScopeReader(ReportDocument(text, "en", report.period), report)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Since the beginning of the year, 88 reports were registered.", "ytd"),
    ("Since January, the foundation has registered 197 reports.", "ytd"),
    ("January–May 2021", "ytd"),
    ("Over the first five months of 2021, 240 reports came in.", "ytd"),
    ("Over the first three months of 2021, 120 reports came in.", "other"),
    ("In May 2021, 41 reports of violations were registered.", "period"),
    ("The figures for 2017 were much higher.", "other"),
    ("Pre-trial claims numbered 22.", ""),
])
def test_own_scope(sentence: str, expected: str) -> None:
    assert _reader().own_scope(sentence) == expected


def test_a_year_to_date_sentence_with_its_count_does_not_carry_on() -> None:
    reader = _reader()
    assert reader.sentence_scope("Since January, 197 reports were registered.", "period") == ("ytd", "period")
    assert reader.sentence_scope("Since the beginning of the year, they faced:", "period") == ("ytd", "ytd")
    assert reader.sentence_scope("From January to May 2021, journalists faced problems.", "period") == ("ytd", "ytd")


def test_period_for() -> None:
    assert scope.period_for("period", MAY_2021) == MAY_2021.period
    assert scope.period_for("ytd", MAY_2021) == Period(date(2021, 1, 1), date(2021, 5, 31))
    assert scope.period_for("other", MAY_2021) is None


def test_money_year_scope() -> None:
    annual = ReportMeta(kind="annual", period=Period(date(2020, 1, 1), date(2020, 12, 31)))
    reader = _reader(annual)
    assert reader.money_year_scope("Some numbers: ", " was demanded in 2020 ", "period") == "period"
    assert reader.money_year_scope("compared to 2013, when ", " was demanded", "period") == "other"


# --- structure -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("opener", "matches"), [
    ("Among the October reports, ", True),
    ("Of these reports, ", True),
    ("Из них ", True),
    ("Among the journalists detained, ", False),
])
def test_openers(opener: str, matches: bool) -> None:
    assert bool(structure.OF_THEM_SENTENCE.match(opener)) is matches


def test_list_headers_and_including() -> None:
    assert structure.HEADER_FOLLOWS.match("Among them:")
    assert structure.HEADER_FOLLOWS.match("оның ішінде:")
    assert structure.INCLUDING.search(" (в т.ч. ")
    assert structure.INCLUDING.search(", оның ішінде ")


def test_opener_naming_the_month_divides_the_months_count() -> None:
    text = ("Report, May 2021\nIn May 2021, 40 reports were registered.\n"
            "Over the first five months, 180 reports.\nAmong the May reports, 12 concerned threats.\n")
    ex = Extractor(ReportDocument(text, "en", MAY_2021.period), MAY_2021)
    month = Figure("reports.total", 40, 0, 1, "period", sentence=1)
    ytd = Figure("reports.total", 180, 0, 1, "ytd", sentence=2)
    ex.figures = [month, ytd]
    assert structure.opener_parent(ex, "Among the May reports, ", 3) is month
    assert structure.opener_parent(ex, "Of them, ", 3) is ytd


# --- steps -----------------------------------------------------------------------------------------------
def test_span_only() -> None:
    assert steps._span_only(" (с начала года – ")
    assert steps._span_only(" since the beginning of the year)")
    assert not steps._span_only(" (including 3 attacks since the beginning of the year)")
    assert not steps._span_only(" (12 threats)")


def test_table_cell_and_kazakh_clause_cut() -> None:
    assert steps.TABLE_CELL.search("| Attacks on journalists | ")["label"] == "Attacks on journalists"
    assert steps.KK_BARE_THEN_NEXT.match(" хабарлама, ақпарат алу").group(1) == " хабарлама"
    assert steps.KK_BARE_THEN_NEXT.match(" хабарлама тіркелді") is None
    assert steps.SUM_FOLLOWS.match(" на общую сумму 56 млн тенге")


def test_every_step_is_a_named_function() -> None:
    assert [s.__name__ for s in steps.FIGURE_STEPS] == [
        "step_clause", "step_parent", "step_measure", "step_label", "step_refers_back", "step_section_total",
        "step_told_as_verb", "step_count", "step_cutoff", "step_scope"]


# --- reconcile -------------------------------------------------------------------------------------------
def test_group_total_that_is_the_sum_of_the_groups() -> None:
    first = Figure("rights.total", 47, 0, 1, "period")
    groups = [Figure("rights.total", 13, 2, 3, "period"), Figure("access.total", 15, 4, 5, "period"),
              Figure("legal.total", 19, 6, 7, "period")]
    out = reconcile.reconcile([first, *groups])
    assert [f.measure for f in out] == ["reports.total", "rights.total", "access.total", "legal.total"]
    # not when the sum disagrees, nor when the report total is known
    other = Figure("rights.total", 50, 0, 1, "period")
    assert reconcile.reconcile([other, *[Figure(g.measure, g.value, g.start, g.end, g.scope) for g in groups]]
                               )[0].measure == "rights.total"


def test_two_siblings_of_one_measure_are_dropped() -> None:
    parent = Figure("rights.total", 9, 0, 1, "period")
    a = Figure("rights.attack", 2, 2, 3, "period", parent)
    b = Figure("rights.attack", 3, 4, 5, "period", parent)
    c = Figure("rights.threat", 4, 6, 7, "period", parent)
    assert reconcile.drop_ambiguous_siblings([parent, a, b, c]) == [parent, c]


def test_parent_rules_are_named_list_forms() -> None:
    assert [r.__name__ for r in structure.PARENT_RULES] == [
        "parent_of_the_n", "parent_including", "parent_of_them_after", "parent_one_each", "parent_sibling",
        "parent_colon", "parent_opener",
        "parent_of_them_next_sentence", "parent_apposition", "parent_remaining", "parent_after_semicolon",
        "parent_dropped_sibling",
        "parent_in_open_bracket", "parent_list_item"]
    assert structure.NEXT_LABEL.fullmatch(", insult – ")
    assert not structure.NEXT_LABEL.fullmatch("), civil – ")  # a bracket closes the sub-list
