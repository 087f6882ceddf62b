"""Show a span of an untrusted report text marked in place.

Everything outside and inside the span is HTML-escaped before the one <mark> we add, so a report that
contains markup (hostile or accidental) is displayed as text and never runs.
"""

from __future__ import annotations

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe


def valid(text: str, start: int | None, end: int | None) -> bool:
    return start is not None and end is not None and 0 <= start <= end <= len(text)


def highlight(
    text: str, start: int | None, end: int | None, *, context: int | None = None, mark_id: str = ""
) -> SafeString:
    """`text` escaped, with text[start:end] wrapped in <mark>; with `context`, only that many characters
    either side of the span (with ellipses). An invalid span gives the escaped text (or its opening)."""
    if not valid(text, start, end):
        return escape(text if context is None else text[: 2 * context])
    assert start is not None and end is not None
    a = 0 if context is None else max(0, start - context)
    b = len(text) if context is None else min(len(text), end + context)
    attr = f' id="{escape(mark_id)}"' if mark_id else ""
    return mark_safe(  # noqa: S308 - every piece of the text is escaped above
        ("…" if a > 0 else "")
        + escape(text[a:start])
        + f"<mark{attr}>"
        + escape(text[start:end])
        + "</mark>"
        + escape(text[end:b])
        + ("…" if b < len(text) else "")
    )
