"""Shareable URLs of the incident list: one canonical query string per filtered view.

A GET form submits every field, empty or not, in the order of the page; links built from that text
would differ for the same view (`?month=&category=x` and `?category=x`). Every link the list page
writes (facets, sort, pages, downloads, the map) is built here from the filter names in the order
the filter set declares them, without empty values, the default sort or the page number, so one view
has one URL that can be bookmarked, cited and compared.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlencode

from django.utils.translation import gettext_lazy as _

DEFAULT_SORT = "registered"
# Parameters that are not filters but still part of a view's URL, after the filters.
EXTRA = ("page",)
# Why the rows are in this order (the caption of the table).
SORT_CAPTIONS = {
    "registered": _(
        "Ordered by registration month, newest first, then by the date of the incident: the order of the "
        "monthly reports, in which an incident counts in the month it was registered."
    ),
    "date": _("Ordered by the date of the incident, newest first; incidents without a date come last."),
    "date_asc": _("Ordered by the date of the incident, oldest first; incidents without a date come last."),
    "newest": _("Ordered by when the incident was added to the database, most recent first."),
    "title": _("Ordered by title, from A to Z."),
}


def _values(params: Any, name: str) -> list[str]:
    if hasattr(params, "getlist"):
        return [str(v) for v in params.getlist(name)]
    value = params.get(name) if isinstance(params, Mapping) else None
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, (list, tuple)) else [str(value)]


def canonical_items(params: Any, names: Iterable[str], **changes: Any) -> list[tuple[str, str]]:
    """(name, value) pairs of `params` for the filter `names`, in that order, with `changes` applied
    (a value of None or "" removes the parameter). Empty values, `secondary=false` and the default
    sort are left out; the page number is kept only when it is given in `changes`."""
    items: list[tuple[str, str]] = []
    for name in (*names, *EXTRA):
        if name in changes:
            values = [] if changes[name] in (None, "") else [str(changes[name])]
        elif name in EXTRA:
            continue
        else:
            values = _values(params, name)
        for value in values:
            value = value.strip()
            if not value or (name == "sort" and value == DEFAULT_SORT):
                continue
            if name == "secondary" and value.lower() not in ("true", "1", "on"):
                continue
            if name == "secondary":
                value = "true"
            if name == "page" and value == "1":
                continue
            items.append((name, value))
    return items


def canonical_query(params: Any, names: Iterable[str], **changes: Any) -> str:
    """The canonical query string (without "?") of a view; see `canonical_items`."""
    return urlencode(canonical_items(params, names, **changes))


def with_query(path: str, query: str, **extra: str) -> str:
    """`path?query&extra…` (no "?" for an empty query)."""
    tail = urlencode(list(extra.items()))
    joined = "&".join(part for part in (query, tail) if part)
    return f"{path}?{joined}" if joined else path
