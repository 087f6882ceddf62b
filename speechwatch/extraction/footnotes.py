"""Footnotes and in-text links of a report, found in its plain text (pure Python, no Django).

A briefing backs almost every claim with a footnote ("... a political prisoner.¹¹" and, after the
paragraph or at the page foot, "11 See (in Russian): <https://...>"). Those notes are the sources of
the stories they support; keeping only the file as the source loses them. The readers (TXT, HTML,
DOCX, PDF) all hand over plain text, where a marker shows up as superscript digits ("¹¹"), a bracketed
number ("[11]") or a caret ("^11"), and the note itself as a line starting with its number.

`find_footnotes(text)` returns the notes with their spans, URLs and the offsets of the markers that
cite them; `links_in(text, start, end)` and `notes_for_span(...)` answer "which sources support the
text between these offsets". A note whose marker the reader lost is tied to the paragraph just before
it (where notes sit in text exported from a paged document).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUP_TO_DIGIT = str.maketrans(SUPERSCRIPTS, "0123456789")
URL_RE = re.compile(r"<?(https?://[^\s<>\"')\]]+)>?")
# Markers in running text: superscript digits, [12], ^12.
MARKER_RE = re.compile(rf"[{SUPERSCRIPTS}]+|\[(\d{{1,3}})\]|\^(\d{{1,3}})")
# A note line: its number (plain, superscript or bracketed) then its text.
NOTE_RE = re.compile(
    rf"^[ \t]*(?:\[(?P<b>\d{{1,3}})\]|(?P<s>[{SUPERSCRIPTS}]+)|(?P<n>\d{{1,3}}))[.)]?[ \t]+(?P<body>\S.*)$",
    re.MULTILINE,
)
SEE_WORDS = ("see", "cf.", "available", "source", "см.", "см ", "подробнее", "источник", "қараңыз")
MAX_NOTE = 2000


@dataclass
class Footnote:
    number: int
    start: int  # span of the whole note line
    end: int
    body: str
    urls: list[str] = field(default_factory=list)
    markers: list[int] = field(default_factory=list)  # offsets of the markers citing it
    anchor: tuple[int, int] | None = None  # the paragraph it is tied to when no marker cites it


@dataclass
class Link:
    url: str
    start: int
    end: int


def _number(token: str) -> int:
    return int(token.translate(_SUP_TO_DIGIT))


def _urls(body: str) -> list[str]:
    return [m.group(1).rstrip(".,;:") for m in URL_RE.finditer(body)]


def _markers(text: str, notes: list[tuple[int, int]]) -> dict[int, list[int]]:
    """Offsets of the in-text markers, by number, outside the note lines themselves."""
    found: dict[int, list[int]] = {}
    for m in MARKER_RE.finditer(text):
        if any(s <= m.start() < e for s, e in notes):
            continue
        token = m.group(1) or m.group(2) or m.group(0)
        found.setdefault(_number(token), []).append(m.start())
    return found


def _looks_like_note(number: int, body: str, cited: set[int], previous: int) -> bool:
    """A numbered line is a note, not a list item ("3 journalists were detained"), when its text
    gives a URL or a reference, or a marker in the text cites its number and it continues the
    numbering."""
    lowered = body.lower()
    if URL_RE.search(body) or lowered.startswith(SEE_WORDS):
        return True
    return number in cited and number > previous


def _paragraph_before(text: str, at: int) -> tuple[int, int] | None:
    """The span of the last paragraph (lines up to a blank line) before offset `at` that is not a note."""
    end = at
    while end > 0:
        line_start = text.rfind("\n", 0, max(end - 1, 0)) + 1
        line = text[line_start:end].strip()
        if line and not NOTE_RE.match(text[line_start:end]):
            break
        end = line_start - 1 if line_start > 0 else 0
    if end <= 0:
        return None
    stop = end
    start = text.rfind("\n\n", 0, stop)
    start = 0 if start < 0 else start + 2
    block = text[start:stop]
    lead = len(block) - len(block.lstrip())
    trail = len(block) - len(block.rstrip())
    return (start + lead, stop - trail) if block.strip() else None


def find_footnotes(text: str) -> list[Footnote]:
    """Every footnote of `text`, in order, with its URLs and the markers that cite it."""
    candidates = list(NOTE_RE.finditer(text))
    cited = set(_markers(text, []))
    notes: list[Footnote] = []
    previous = 0
    for m in candidates:
        token = m.group("b") or m.group("s") or m.group("n")
        number = _number(token)
        body = m.group("body").strip()[:MAX_NOTE]
        if not _looks_like_note(number, body, cited, previous):
            continue
        notes.append(Footnote(number=number, start=m.start(), end=m.end(), body=body, urls=_urls(body)))
        previous = number
    markers = _markers(text, [(n.start, n.end) for n in notes])
    for note in notes:
        # a number can be reused (numbering restarting per chapter): take the markers before the note
        # and after the previous note of the same number
        earlier = [n.end for n in notes if n.number == note.number and n.end <= note.start]
        floor = max(earlier, default=-1)
        note.markers = [at for at in markers.get(note.number, []) if floor < at < note.start]
        if not note.markers:
            note.anchor = _paragraph_before(text, note.start)
    return notes


def links_in(text: str, start: int = 0, end: int | None = None) -> list[Link]:
    """URLs written in the running text between the offsets (not inside note lines)."""
    end = len(text) if end is None else end
    lines = [(m.start(), m.end()) for m in NOTE_RE.finditer(text)]
    out = []
    for m in URL_RE.finditer(text, start, end):
        if any(s <= m.start() < e for s, e in lines):
            continue
        out.append(Link(m.group(1).rstrip(".,;:"), m.start(), m.end()))
    return out


def notes_for_span(notes: list[Footnote], start: int, end: int) -> list[Footnote]:
    """The notes supporting the text between `start` and `end`: a marker inside it, or (for a note
    without markers) an anchor paragraph that overlaps it, or the note line itself inside it."""
    out = []
    for note in notes:
        if any(start <= at <= end for at in note.markers):
            out.append(note)
        elif note.anchor and note.anchor[0] < end and start < note.anchor[1]:
            out.append(note)
        elif not note.markers and start <= note.start < end:
            out.append(note)
    return out


def note_spans(notes: list[Footnote]) -> list[tuple[int, int]]:
    """The spans of the note lines, so callers can leave them out of narrative blocks."""
    return [(n.start, n.end) for n in notes]
