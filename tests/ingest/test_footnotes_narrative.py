"""Footnotes, narrative blocks and money scopes found in plain text (pure Python, invented reports)."""

from __future__ import annotations

from pathlib import Path

import pytest

from speechwatch.extraction.footnotes import find_footnotes, links_in, note_spans, notes_for_span
from speechwatch.extraction.narrative import argument_section, narrative_blocks, sections
from speechwatch.ingest.money_scope import scope_of

BRIEF = """Notes on civic space in the steppe

Summary

The paper looks at how local officials treated reporters and activists over the autumn months.

Pressure on a blogger

In October a blogger from Aktobe was questioned for six hours about a video.¹ His lawyer was not let in.²
Police later searched his flat.

¹ See (in Russian): <https://news.example.kz/blogger-questioned>
² https://lawyers.example.org/statement-42

A second blogger wrote about it at https://blog.example.net/post/7 and was warned by the prosecutor.[3]

[3] The warning letter is kept in the archive of the monitoring group.

Recommendations

The authorities should stop questioning bloggers about their videos without a lawyer present.
- Drop the charges against the Aktobe blogger and return his equipment.
"""


def test_footnotes_are_found_with_their_urls_and_markers():
    notes = find_footnotes(BRIEF)
    assert [n.number for n in notes] == [1, 2, 3]
    assert notes[0].urls == ["https://news.example.kz/blogger-questioned"]
    assert notes[1].urls == ["https://lawyers.example.org/statement-42"]
    assert notes[2].urls == [] and notes[2].body.startswith("The warning letter")
    for note in notes:
        assert len(note.markers) == 1
        marker = note.markers[0]
        assert BRIEF[marker] in "¹²[", BRIEF[marker - 5 : marker + 3]
    story = BRIEF.index("In October")
    span = (story, BRIEF.index("searched his flat.") + len("searched his flat."))
    assert [n.number for n in notes_for_span(notes, *span)] == [1, 2]
    second = BRIEF.index("A second blogger")
    assert [n.number for n in notes_for_span(notes, second, BRIEF.index("[3]") + 3)] == [3]


def test_numbered_list_items_are_not_footnotes():
    text = "Figures of the month\n\n3 journalists were detained in the capital.\n4 outlets received warnings.\n"
    assert find_footnotes(text) == []


def test_a_note_whose_marker_was_lost_is_tied_to_the_paragraph_before_it():
    text = "A court in Taraz fined an editor for a post about a hospital.\n\n7 See: https://courts.example.kz/x\n"
    (note,) = find_footnotes(text)
    assert note.markers == [] and note.anchor == (0, text.index("\n\n"))
    assert notes_for_span([note], 0, 20) == [note]


def test_links_in_running_text_but_not_in_note_lines():
    links = links_in(BRIEF)
    assert [link.url for link in links] == ["https://blog.example.net/post/7"]


def test_narrative_blocks_keep_the_argument_out_of_the_events():
    story = (BRIEF.index("In October"), BRIEF.index("searched his flat.") + 18)
    second = (BRIEF.index("A second blogger"), BRIEF.index("[3]") + 3)
    blocks = narrative_blocks(BRIEF, events=[story, second], skip=note_spans(find_footnotes(BRIEF)))
    assert [(b.kind, b.heading) for b in blocks] == [("summary", "Summary"), ("recommendation", "Recommendations")]
    assert BRIEF[blocks[0].start : blocks[0].end].startswith("The paper looks at")
    assert BRIEF[blocks[1].start : blocks[1].end].endswith("return his equipment.")
    recommendation = BRIEF.index("The authorities should")
    assert argument_section(sections(BRIEF), recommendation, recommendation + 30).kind == "recommendation"
    assert argument_section(sections(BRIEF), *story) is None


@pytest.mark.parametrize(
    ("sentence", "kzt", "scope"),
    [
        ("Plaintiffs asked for 40 million tenge in 2022 (55 million tenge in 2021).", 40_000_000, "period"),
        ("Plaintiffs asked for 40 million tenge in 2022 (55 million tenge in 2021).", 55_000_000, "previous_year"),
        ("The court awarded 2 million tenge (500 thousand tenge to each of four plaintiffs).", 500_000, "detail"),
        ("Since the beginning of the year 3,000,000 tenge were claimed.", 3_000_000, "ytd"),
        ("Back in 2015 the same paper was sued for 90 million tenge.", 90_000_000, "history"),
        ("The agency wants 7 billion tenge for 2025.", 7_000_000_000, "other_year"),
        ("A blogger was fined 69,000 tenge for a post.", 69_000, "period"),
        ("Nothing about money here.", 1_000, "unknown"),
    ],
)
def test_money_keeps_its_scope(sentence, kzt, scope):
    assert scope_of(sentence, kzt, 2022)[0] == scope


def test_seed_briefing_footnotes_are_all_found(shared_dir):
    path = Path(shared_dir) / "seeds" / "briefing-2021-11-en.txt"
    if not path.exists():
        pytest.skip("the briefing seed is absent")
    from speechwatch.extraction import extract_text

    text = extract_text(path.read_text(encoding="utf-8")).text
    notes = find_footnotes(text)
    assert len(notes) >= 55  # the briefing has 59 numbered notes
    assert [n.number for n in notes] == sorted(n.number for n in notes)
    assert sum(bool(n.urls) for n in notes) >= 50
    assert all(n.markers or n.anchor for n in notes)


def test_only_legal_money_is_counted_by_default():
    from speechwatch.ingest.money_scope import is_legal_money

    assert is_legal_money("The court ordered the paper to pay 2 million tenge in moral damages.")
    assert is_legal_money("Суд взыскал с редакции 300 тысяч тенге.")
    assert not is_legal_money("The agency asked for 6 billion tenge of budget money this year.")
