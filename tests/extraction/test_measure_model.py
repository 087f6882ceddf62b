"""The learned measure of a count the rules left unnamed (`figures/measure_model.py`), in our own words."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from speechwatch.extraction.document import ReportDocument
from speechwatch.extraction.figures import measure_model
from speechwatch.extraction.figures.candidates import count_candidates
from speechwatch.extraction.pipeline import extract_text

ROOT = Path(__file__).resolve().parents[2]

REPORT = """Monitoring digest, May 2019

In May 2019 the foundation registered 30 reports of violations of freedom of speech. In total, 14 times reporters
were kept away from court hearings and sessions of the local council.

On 3 May two police officers came to the office of the weekly «Dala Sozi» and asked for its founding documents.
"""


def _figures(text: str) -> set[tuple[str, str, int]]:
    return {(s.measure, s.scope, s.value) for s in extract_text(text).statistics}


def test_shipped_model_loads_and_is_small() -> None:
    assert measure_model.MODEL_PATH.stat().st_size < 1_500_000
    assert measure_model.predict("In total, ", " times reporters were kept away from court hearings", "en")


def test_windows_are_the_words_between_the_counts_of_a_sentence() -> None:
    text = "В мае зафиксировано 12 сообщений, из них 5 нападений на журналистов."
    doc = ReportDocument(text, "ru")
    got = [(n.integer, left, right) for n, left, right in measure_model.windows(doc, count_candidates(doc))]
    assert got == [(12, "В мае зафиксировано ", " сообщений, из них "),
                   (5, " сообщений, из них ", " нападений на журналистов.")]


def test_confident_only_for_a_tally_and_none_for_a_story() -> None:
    assert measure_model.confident_measure(
        "In total, ", " times reporters were kept away from court hearings", "en") == "rights.obstruction"
    ranked = measure_model.predict("Кроме того, ", " раз журналистов не пустили на заседания акимата и суда", "ru")
    assert ranked[0][1] == "rights.obstruction" and ranked[0][0] > 0.8
    assert measure_model.confident_measure("On 3 May ", " police officers arrived at the office", "en") is None
    assert measure_model.confident_measure("", "", "en") is None  # nothing known: no opinion


def test_a_count_no_rule_names_is_read_by_its_words_and_a_story_number_is_not() -> None:
    got = _figures(REPORT)
    assert ("rights.obstruction", "period", 14) in got  # no cue lists "kept away from court hearings"
    assert ("reports.total", "period", 30) in got
    assert not any(v == 2 for _m, _s, v in got)  # "two police officers" is a story's, not a tally


def test_without_a_figure_nearby_the_model_is_not_asked() -> None:
    # a story that mentions suits is no passage of figures: its "six lawsuits" are part of the story, and
    # the model, which would call them honour suits, is not asked
    story = ("Monitoring digest, May 2019\n\nOn 3 May a district court in Taraz heard a claim against the weekly "
             "«Dala Sozi». Six lawsuits to defend business reputation were filed by the regional prison service "
             "against the weekly and its reporters.\n")
    assert measure_model.confident_measure(
        "", " lawsuits to defend business reputation were filed by the regional prison service", "en"
    ) == "legal.civil.honor"
    assert _figures(story) == set()


def test_a_missing_model_leaves_the_rules_alone(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SPEECHWATCH_MEASURE_MODEL", str(tmp_path / "absent.json"))
    assert measure_model.predict("In total, ", " times reporters were kept away", "en") == []
    assert ("rights.obstruction", "period", 14) not in _figures(REPORT)


def test_script_reproduces_the_shipped_model(tmp_path: Path, shared_dir: Path) -> None:
    out = tmp_path / "model.json"
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_measure_model.py"), "--out", str(out)],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == measure_model.MODEL_PATH.read_bytes()
