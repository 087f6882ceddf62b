"""The learned incident category model: shipped weights, reproducible training, sensible on new stories.

The stories below were written for this test and are in no training file.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from speechwatch.extraction import category_model
from speechwatch.extraction.classify import classify, cue_decides

ROOT = Path(__file__).resolve().parents[2]

UNSEEN = [
    ("rights.detention", "en", "Officers put the streamer Timur Kassen into a van outside the mosque and kept him at "
                               "the station until night."),
    ("access.refusal", "en", "The district hospital would not give the weekly any figures on bed occupancy, saying "
                             "the request should go through the ministry."),
    ("legal.civil", "en", "A construction firm took the local newspaper to court over a story on cracked walls and "
                          "wants damages for its reputation."),
    ("rights.attack", "ru", "У здания суда двое мужчин избили фотографа и разбили его объектив."),
    ("legal.criminal", "ru", "Полиция начала досудебное расследование против блогера за пост о вакцинации."),
    ("context.legislation", "en", "Deputies approved in the first reading a bill that changes the rules of "
                                  "accreditation for foreign correspondents."),
]


def test_shipped_model_loads_and_is_small() -> None:
    model = category_model.load()
    assert model is not None
    # counts for every lemma n-gram of ~3,000 training stories (every batch in tests/fixtures since the tenth
    # pass): pruning rare features cost accuracy in the leave-one-year-out CV, so the ceiling is 3 MB (it
    # loads in well under 0.3 s)
    assert category_model.MODEL_PATH.stat().st_size < 3_000_000
    assert {"rights.detention", "access.refusal", "legal.civil"} <= set(model.classes)


def test_model_reads_stories_it_has_not_seen() -> None:
    right = sum(category_model.predict(text, lang)[0][1] == cls for cls, lang, text in UNSEEN)
    assert right >= 4, [(cls, category_model.predict(t, lang)[:2]) for cls, lang, t in UNSEEN]


def test_model_abstains_on_nothing_known_and_fallback_stays_statement() -> None:
    assert category_model.predict("Zzz qqq.", "en") == []
    assert classify("Weather was fine.", "en") == ("context.statement", ["context.statement"])


def test_a_story_no_cue_decides_goes_to_the_model() -> None:
    text = UNSEEN[0][2]
    if cue_decides(text, "en"):
        pytest.skip("a cue covers this wording now")
    assert classify(text, "en")[0] == category_model.predict(text, "en")[0][1] == "rights.detention"


def test_training_is_deterministic() -> None:
    examples = [(c, lang, t) for c, lang, t in UNSEEN]
    a = json.dumps(category_model.train(examples), sort_keys=True)
    b = json.dumps(category_model.train(list(reversed(examples))), sort_keys=True)
    assert a == b


def test_script_reproduces_the_shipped_model(tmp_path: Path, shared_dir: Path) -> None:
    out = tmp_path / "model.json"
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_category_model.py"), "--out", str(out)],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == category_model.MODEL_PATH.read_bytes()
    cv = json.loads(done.stdout[: done.stdout.index("\n}") + 2])["leave_one_year_out"]
    assert cv["stories"] >= 200  # gold stories and the annual seed's chapters
    # the pipeline (cues, the model when no cue decides or one weak cue is outweighed) beats the old rule
    assert cv["pipeline"] > cv["cue_statement"] and cv["pipeline"] / cv["stories"] >= 0.78
    assert "| all |" in done.stdout  # the table for docs/extraction-incidents.md


def test_counts_add_up_and_a_merged_example_moves_the_prediction() -> None:
    base = category_model.train([(c, lang, t) for c, lang, t in UNSEEN])
    story = "The akimat press office kept the blogger Aru Sapar out of the briefing hall for the third time."
    extra = category_model.train([("rights.obstruction", "en", story)])
    merged = category_model.merge(base, extra, weight=3)
    assert merged["docs"]["rights.obstruction"] == 3
    before = category_model.predict(story, "en", category_model.from_dict(base))
    after = category_model.predict(story, "en", category_model.from_dict(merged))
    assert after[0][1] == "rights.obstruction" and (not before or before[0][1] != "rights.obstruction")
    assert category_model.dumps(merged) == category_model.dumps(category_model.merge(base, extra, weight=3))


def test_the_installation_model_path_wins_when_it_exists(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "installation-model.json"
    monkeypatch.setenv("SPEECHWATCH_CATEGORY_MODEL", str(target))
    assert category_model.model_path() == category_model.MODEL_PATH  # not written yet: the shipped model
    target.write_text(category_model.dumps(category_model.train([(c, lang, t) for c, lang, t in UNSEEN])))
    assert category_model.model_path() == target
    assert set(category_model.load().classes) == {c for c, _, _ in UNSEEN}


def test_using_none_is_the_cue_rule_alone() -> None:
    with category_model.using(None):
        assert category_model.predict(UNSEEN[0][2], "en") == []
