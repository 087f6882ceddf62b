"""The pipeline is a list of components that declare what they require and assign."""

from __future__ import annotations

import pytest

from speechwatch.extraction import extract_text
from speechwatch.extraction.pipeline import (
    PIPELINE,
    Component,
    absences_step,
    check_pipeline,
    component,
    detect_language_step,
    figures_step,
    incidents_step,
    metadata_step,
)

REPORT = (
    "Press freedom monitoring, October 2023\n"
    "In October 2023, the monitors registered 26 reports of violations of freedom of speech.\n"
    "No journalists were killed in October.\n"
    "On October 11, police officers in Taraz detained the reporter Yerzhan Almasov at a rally and held him "
    "for six hours.\n"
)


def test_the_shipped_pipeline_is_consistent_and_readable() -> None:
    check_pipeline(PIPELINE)
    assert [c.name for c in PIPELINE] == ["language", "metadata", "figures", "absences", "incidents"]


def test_a_step_before_what_it_needs_is_refused() -> None:
    with pytest.raises(ValueError, match="figures"):
        check_pipeline([detect_language_step, figures_step, metadata_step])
    with pytest.raises(ValueError, match="incidents"):
        check_pipeline([detect_language_step, incidents_step])


def test_a_shortened_pipeline_runs_one_step_at_a_time() -> None:
    result = extract_text(REPORT, pipeline=[detect_language_step, metadata_step])
    assert result.source.language == "en" and result.report.kind == "monthly"
    assert result.statistics == [] and result.incidents == []
    full = extract_text(REPORT)
    assert {(s.measure, s.value) for s in full.statistics} == {("reports.total", 26), ("rights.murder", 0)}
    assert [i.category for i in full.incidents] == ["rights.detention"]


def test_a_new_component_slots_in() -> None:
    seen: list[str] = []

    @component("count words", requires=("doc.tokens",), assigns=("warnings",))
    def count_words(doc, result) -> None:
        seen.append(str(len(doc.tokens)))
        result.warnings.append(f"{len(doc.tokens)} words")

    assert isinstance(count_words, Component)
    steps = [*PIPELINE[:2], count_words, *PIPELINE[2:]]
    check_pipeline(steps)
    result = extract_text(REPORT, pipeline=steps)
    assert seen and result.warnings[-1] == f"{seen[0]} words"


def test_json_contract_keeps_its_keys_and_adds_optional_ones() -> None:
    data = extract_text(REPORT).to_json()
    assert set(data) == {"schema", "source", "report", "statistics", "incidents", "warnings"}
    inc = data["incidents"][0]
    assert 0.0 <= inc["confidence"] <= 1.0
    with_unmapped = extract_text(REPORT + "Lost press cards – 4\n").to_json()
    assert with_unmapped["unmapped"][0]["label"] == "Lost press cards"
    assert with_unmapped["unmapped"][0]["text"].endswith("4")
    assert any("unmapped" in w for w in with_unmapped["warnings"])


def test_absences_step_is_its_own_component() -> None:
    steps = [c for c in PIPELINE if c is not absences_step]
    result = extract_text(REPORT, pipeline=steps)
    assert all(s.value for s in result.statistics)
