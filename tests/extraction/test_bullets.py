"""Every bullet mark is one shared set: a mark known to one component is known to all of them."""

from __future__ import annotations

import pytest

from speechwatch.extraction.dates import DATE_START
from speechwatch.extraction.document import BULLET, BULLET_MARKS
from speechwatch.extraction.figures.structure import LIST_ITEM
from speechwatch.extraction.not_incident import sentence_kind

MARKS = [*BULLET_MARKS, "*"]


@pytest.mark.parametrize("mark", MARKS)
def test_a_dated_item_starts_after_any_mark(mark: str) -> None:
    assert DATE_START.match(f"{mark} On March 3, a reporter was held at a checkpoint.")
    assert DATE_START.match(f"{mark} 14 мая корреспондента не пустили на сессию.")


@pytest.mark.parametrize("mark", MARKS)
def test_a_count_item_is_a_list_item_after_any_mark(mark: str) -> None:
    assert LIST_ITEM.match(f"  {mark} 4 refusals to give information;")


@pytest.mark.parametrize("mark", list(BULLET_MARKS))
def test_the_document_reads_every_mark_as_a_bullet(mark: str) -> None:
    assert BULLET.match(f"{mark} item")


@pytest.mark.parametrize("mark", MARKS)
def test_an_absence_is_no_story_after_any_mark(mark: str) -> None:
    assert sentence_kind(f"{mark} No journalist was killed in May.", "en") == "absence"
