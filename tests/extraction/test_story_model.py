"""The learned veto on blocks that tell no incident (`story_model.py`), in our own words."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from speechwatch.extraction import story_model
from speechwatch.extraction.pipeline import extract_text

ROOT = Path(__file__).resolve().parents[2]

BODY = """In March 2018 the foundation registered 41 reports of violations of freedom of speech.

On 6 March in Taraz two men broke the camera of Aigerim Sadykova, a reporter of the weekly «Zhana Tolqyn», while
she filmed a queue at the district hospital.

On 20 March the Pavlodar city court fined the editor of the site «Ertis Info» for a post about the mayor's car.
"""
# a masthead the segmenter's rules keep as a block of its own
MASTHEAD = "Steppe Voice Foundation (Shymkent)\n\nWatch on violations of free speech in Kazakhstan. March 2018\n\n"
STORY = ("Police in Aktobe held the blogger Daniyar Omarov for six hours and took his phone after he filmed "
         "the flooded streets of his district.")


def _spans(text: str) -> list[str]:
    return [text[a:b] for a, b in (i.span for i in extract_text(text).incidents)]


def test_shipped_model_loads_and_is_small() -> None:
    assert story_model.MODEL_PATH.stat().st_size < 600_000
    assert story_model.p_not_story(STORY, "en") is not None


def test_a_masthead_is_no_story_and_an_event_is() -> None:
    masthead = MASTHEAD.strip()
    assert story_model.not_a_story(masthead, "en", first=True)
    assert story_model.p_not_story(STORY, "en") < 0.5
    assert not story_model.not_a_story(STORY, "en")


def test_a_dated_block_inside_the_report_is_never_dropped() -> None:
    # however sure the model is, a block dated to a day in the middle of a report may be an event
    line = "1 April 2018. The foundation registered 41 reports of violations of freedom of speech."
    assert story_model.p_not_story(line, "en", dated=True) >= story_model.NOT_STORY
    assert not story_model.not_a_story(line, "en", dated=True)
    assert story_model.where(0, 40, 1000) == (True, False) and story_model.where(950, 1000, 1000) == (False, True)


def test_the_pipeline_drops_the_masthead_and_keeps_the_stories() -> None:
    spans = _spans(MASTHEAD + BODY)
    assert len(spans) == 2
    assert spans[0].startswith("On 6 March") and spans[1].startswith("On 20 March")


def test_a_missing_model_leaves_the_rules_alone(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SPEECHWATCH_STORY_MODEL", str(tmp_path / "absent.json"))
    assert story_model.p_not_story(STORY, "en") is None
    spans = _spans(MASTHEAD + BODY)
    assert len(spans) == 3 and spans[0].startswith("Steppe Voice Foundation")


def test_script_reproduces_the_shipped_model(tmp_path: Path, shared_dir: Path) -> None:
    out = tmp_path / "model.json"
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_story_model.py"), "--out", str(out)],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == story_model.MODEL_PATH.read_bytes()
