"""The report's own voice: summary, analysis, conclusions and recommendations (pure Python, no Django).

A report does three things: it tells events (incidents), it counts (published figures), and it
argues (a summary, analysis of trends, conclusions, recommendations to the authorities). The third
kind must neither become incidents (a conclusion is not a violation; counting it invented records)
nor be lost (it is what the organisation says). `narrative_blocks(text, events=..., skip=...)` splits
the text into paragraphs, leaves out those that overlap an event span or a footnote line, and
classifies the rest by the heading they sit under and by their own wording.

Headings are short lines without a final full stop ("Recommendations", "CONCLUSIONS", "Выводы",
"Ұсыныстар"); a heading word decides the kind of every block under it until the next heading.
Outside such a section, a paragraph is a recommendation when it asks someone to act ("should",
"we call on", "рекомендуем", "ұсынамыз"), a conclusion when it draws one ("in conclusion", "overall",
"таким образом"), else analysis. Blocks are spans into the text; nothing is copied.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from speechwatch.extraction.document import BULLET_MARKS

SUMMARY, ANALYSIS, CONCLUSION, RECOMMENDATION = "summary", "analysis", "conclusion", "recommendation"
KINDS = (SUMMARY, ANALYSIS, CONCLUSION, RECOMMENDATION)

# Heading words per kind, in en / ru / kk (lower case, matched at the start of a heading).
HEADING_WORDS: dict[str, tuple[str, ...]] = {
    SUMMARY: (
        "summary",
        "executive summary",
        "overview",
        "general overview",
        "introduction",
        "резюме",
        "краткое содержание",
        "обзор",
        "общий обзор",
        "введение",
        "қысқаша",
        "шолу",
        "кіріспе",
    ),
    CONCLUSION: ("conclusion", "conclusions", "findings", "вывод", "выводы", "заключение", "қорытынды"),
    RECOMMENDATION: ("recommendation", "recommendations", "рекомендации", "рекомендация", "ұсыныс", "ұсыныстар"),
}
RECOMMENDING = re.compile(
    r"\b(should|must|we (?:call on|urge|recommend)|calls? on|urges?|recommend(?:s|ed)?|"
    r"следует|необходимо|рекомендуем|призываем|призывает|тиіс|қажет|ұсынамыз|шақырамыз)\b",
    re.IGNORECASE,
)
CONCLUDING = re.compile(
    r"^(?:in conclusion|to conclude|overall|in sum|thus|therefore|таким образом|в целом|итак|"
    r"в заключение|осылайша|жалпы алғанда|қорыта келе)\b",
    re.IGNORECASE,
)
NUMBERING = re.compile(r"^\s*(?:\d+(?:\.\d+)*[.)]?|[IVXLC]+\.)\s*")
MIN_BLOCK = 40  # shorter text is a heading, a caption or a fragment, not an argument


@dataclass(frozen=True)
class Block:
    kind: str
    start: int
    end: int
    heading: str = ""


def _is_heading(line: str) -> bool:
    line = line.strip()
    if not line or len(line) > 100 or (line.endswith((".", ":", ";", ",")) and not line.isupper()):
        return False
    words = line.split()
    return len(words) <= 12 and not line.startswith(tuple(BULLET_MARKS + "*"))


def heading_kind(line: str) -> str | None:
    """The kind a heading announces, or None for a heading of events ("Detention", "Civil disputes")."""
    bare = NUMBERING.sub("", line).strip().strip(":").lower()
    for kind, words in HEADING_WORDS.items():
        if any(bare == w or bare.startswith(w + " ") or bare.startswith(w + ":") for w in words):
            return kind
    return None


def paragraph_kind(paragraph: str) -> str:
    """The kind of a paragraph outside any summary/conclusion/recommendation section."""
    head = paragraph.lstrip(" *" + BULLET_MARKS)
    if CONCLUDING.match(head):
        return CONCLUSION
    if RECOMMENDING.search(head[:300]):
        return RECOMMENDATION
    return ANALYSIS


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _lines(text: str) -> list[tuple[int, int, str]]:
    out, at = [], 0
    for line in text.split("\n"):
        out.append((at, at + len(line), line))
        at += len(line) + 1
    return out


def _heading_lines(lines: list[tuple[int, int, str]]) -> set[int]:
    """Indexes of heading lines: short, unpunctuated, standing next to a blank line or the text's edge."""
    out = set()
    for n, (_, _, line) in enumerate(lines):
        if not _is_heading(line):
            continue
        before = n == 0 or not lines[n - 1][2].strip()
        after = n + 1 == len(lines) or not lines[n + 1][2].strip()
        if before or after:
            out.add(n)
    return out


def sections(text: str) -> list[Block]:
    """The text's sections by heading: each runs from its heading to the next one; `kind` is what
    the heading announces (summary / conclusion / recommendation) or "" for any other heading."""
    lines = _lines(text)
    found = [
        (lines[n][0], heading_kind(lines[n][2]) or "", lines[n][2].strip()[:300]) for n in sorted(_heading_lines(lines))
    ]
    out = []
    for n, (start, kind, heading) in enumerate(found):
        end = found[n + 1][0] if n + 1 < len(found) else len(text)
        out.append(Block(kind, start, end, heading))
    return out


def _paragraphs(text: str) -> list[tuple[int, int, int | None]]:
    """(start, end, index of the heading it sits under) of each run of non-blank, non-heading lines."""
    lines = _lines(text)
    heads = _heading_lines(lines)
    out: list[tuple[int, int, int | None]] = []
    current: int | None = None
    run: list[tuple[int, int]] = []
    for n, (start, end, line) in enumerate(lines):
        if n in heads or not line.strip():
            if run:
                out.append((run[0][0], run[-1][1], current))
                run = []
            if n in heads:
                current = n
            continue
        run.append((start, end))
    if run:
        out.append((run[0][0], run[-1][1], current))
    return out


def narrative_blocks(
    text: str,
    *,
    events: Sequence[tuple[int, int]] = (),
    skip: Sequence[tuple[int, int]] = (),
) -> list[Block]:
    """The non-event blocks of `text` with their kind and the heading they sit under.

    `events` are the spans of the incidents (and figures, if the caller wants them out); `skip` the
    spans of footnote lines. A paragraph overlapping either is not a narrative block. Paragraphs of
    one kind under one heading that follow each other are joined into one block.
    """
    lines = _lines(text)
    blocks: list[Block] = []
    for start, end, head in _paragraphs(text):
        if end - start < MIN_BLOCK or _overlaps(start, end, events) or _overlaps(start, end, skip):
            continue
        heading = lines[head][2].strip()[:300] if head is not None else ""
        kind = heading_kind(heading) or paragraph_kind(text[start:end])
        last = blocks[-1] if blocks else None
        if last and last.kind == kind and last.heading == heading and not _between(text, last.end, start, events):
            blocks[-1] = Block(kind, last.start, end, heading)
        else:
            blocks.append(Block(kind, start, end, heading))
    return blocks


def _between(text: str, a: int, b: int, events: Sequence[tuple[int, int]]) -> bool:
    """True when something (an event, a note) lies between two blocks, so they must stay apart."""
    return _overlaps(a, b, events) or bool(text[a:b].strip())


def argument_section(parts: Sequence[Block], start: int, end: int) -> Block | None:
    """The conclusion or recommendation section that wholly contains the span, if any: a record read
    from there is the report's argument, not an event."""
    for part in parts:
        if part.kind in (CONCLUSION, RECOMMENDATION) and part.start <= start and end <= part.end:
            return part
    return None
