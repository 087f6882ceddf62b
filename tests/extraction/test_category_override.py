"""The category model overrules cues whose choice it all but rules out (issue 7, thirteenth pass)."""

from __future__ import annotations

from speechwatch.extraction import classify as classify_module
from speechwatch.extraction.classify import classify

# written for the test: one cue ("delete a video") reads censorship; the story is a detention
DETENTION = ("22 March. In Aktobe, police officers took blogger Nurlan Sadykov from a courthouse corridor to the "
             "city department and kept him there for four hours, demanding that he delete a video.")


def test_a_sure_model_overrules_a_cue_it_gives_next_to_nothing() -> None:
    assert classify(DETENTION, "en")[0] == "rights.detention"


def test_without_the_override_the_cue_would_decide(monkeypatch) -> None:
    monkeypatch.setattr(classify_module, "MODEL_OVER_CONTRARY", 1.01)  # never sure enough
    assert classify(DETENTION, "en")[0] != "rights.detention"
