"""LIMIT/OFFSET pagination that stays fast on 100,000 incidents.

Django's Paginator counts every matching row on every page view. Here a page fetches one row more
than it shows (that answers "is there a next page?") and the total is counted over at most
COUNT_CAP + 1 primary keys, so a page never costs more than a bounded scan however big the table is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet

PAGE_SIZE = 50
COUNT_CAP = 500  # "500+" beyond it; a full count is the statistics pages' job
MAX_PAGE = 10_000


@dataclass
class Page:
    items: list[Any]
    number: int
    has_next: bool
    total: int
    capped: bool

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def previous_number(self) -> int:
        return self.number - 1

    @property
    def next_number(self) -> int:
        return self.number + 1

    @property
    def first_index(self) -> int:
        return (self.number - 1) * PAGE_SIZE + 1 if self.items else 0

    @property
    def last_index(self) -> int:
        return (self.number - 1) * PAGE_SIZE + len(self.items)


def page_number(raw: str | None) -> int:
    try:
        return min(max(int(raw or 1), 1), MAX_PAGE)
    except (TypeError, ValueError):
        return 1


def paginate(qs: QuerySet, raw_page: str | None, page_size: int = PAGE_SIZE) -> Page:
    number = page_number(raw_page)
    offset = (number - 1) * page_size
    rows = list(qs[offset : offset + page_size + 1])
    total = qs.order_by().values("pk")[: COUNT_CAP + 1].count()
    return Page(
        items=rows[:page_size],
        number=number,
        has_next=len(rows) > page_size,
        total=min(total, COUNT_CAP),
        capped=total > COUNT_CAP,
    )
