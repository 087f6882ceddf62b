"""Incident segmentation by kind of layout (issue 7, fourteenth pass), in our own words."""

from __future__ import annotations

from speechwatch.extraction import extract_text


def _stories(text: str) -> list[str]:
    return [text[i.span[0] : i.span[1]] for i in extract_text(text).incidents]


def test_a_line_that_leads_into_a_table_of_counts_ends_the_story_before_it() -> None:
    text = ("Violations of freedom of speech in Kazakhstan. October 2018\n\n"
            "It reports:\n\n"
            "- The site of a regional weekly was knocked out by a DDoS attack.\n\n"
            "The editors of the Semey weekly \"Irtysh Today\" said their site was down for three days after it "
            "published a report on the repair of city roads.\n\n"
            "In October 2018 the foundation recorded (in brackets: since the beginning of the year):\n\n"
            "                                              October    Jan.–Oct.\n"
            "Detentions of journalists and bloggers             2          (19)\n"
            "Threats                                            1           (8)\n\n"
            "The monitoring rests on the reports of our correspondents.\n")
    stories = _stories(text)
    assert len(stories) == 1, stories
    assert "recorded" not in stories[0] and "Detentions" not in stories[0]
