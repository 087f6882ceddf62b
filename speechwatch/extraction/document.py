"""`ReportDocument`: a report read once into layers that every pipeline component shares.

Why: each stage used to re-split the same text its own way (three sentence splitters, month names in
three modules, numbers parsed twice), so a fix in one reading did not reach the others. The document
holds the normalised text and, computed once on first use, its lines (indentation, bullet mark),
blocks (runs of lines between blank lines), sentences and clauses, tokens with their lemma or stem
(`morph.lemma`: pymorphy3 for Russian, Snowball for English, a suffix stripper for Kazakh), numbers in
digits and words, sums of money and dates. Every item carries character offsets into `text`.

    doc = ReportDocument(text, "ru")
    doc.sentences[0], doc.numbers[:3], doc.tokens_in(0, 80)

`flat` is a same-length copy of `text` in which hard line wraps inside a sentence are spaces, so layers
read across wraps and their offsets still index `text`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from speechwatch.extraction.morph import WORD, lemma

if TYPE_CHECKING:
    from speechwatch.extraction.dates import DateMention
    from speechwatch.extraction.numbers import NumberSpan
    from speechwatch.extraction.schemas import Period

# Every mark a report sets before a list item. One set, built into every pattern that skips or
# finds a bullet, so a mark learnt from one report is known to every component at once. "*" is
# kept apart: in running text it is a footnote mark, so most patterns accept it only before a space.
BULLET_MARKS = "-–—•·▪●■►◦○‣"
#: one bullet mark, "*" included, as a regex character class ("-" first keeps it literal)
BULLET_CHAR = f"[{BULLET_MARKS}*]"
#: an optional bullet mark and its space, as a line's patterns start
OPT_BULLET = rf"(?:{BULLET_CHAR}\s*)?"
BULLET = re.compile(rf"^(?:[{BULLET_MARKS}]+|\*(?=\s)|\d{{1,2}}[.)](?=\s)|[IVX]{{1,5}}\.(?=\s)|[a-zа-я]\)(?=\s))")
# One sentence rule for every component. A sentence ends at . ! ? (not after an initial, "Art.",
# "No.", "млн." and similar) before a space or the end, or at a line break; a clause also ends at ";"
# and at a ":" that closes its line. The abbreviation checks look back from the end mark, which is
# much faster than lookbehinds tried at every position of the text.
_NOT_ABBREV = (r"(?<!\b[A-ZА-Я].)(?<!\bArt.)(?<!\bart.)(?<!\bNo.)(?<!млн.)(?<!тыс.)(?<!млрд.)(?<!\bг.)(?<!\bст.)"
               r"(?<!\bincl.)(?<!т.ч.)(?<!т. ч.)(?<!\be.g.)(?<!\bi.e.)(?<!\bч.)(?<!\bп.)(?<!\bpt.)")
# ("в т.ч. 2 – по ст. 164 …", "ст. 274 УК, включая ч. 4 – …": part and point of an article)
# a full stop before a lowercase word on the same line is an abbreviation ("в т. ч. ограничение",
# "e.g. blocking"), never a sentence's end
_NEXT_UPPER = r"(?=\s|$)(?![ \t]+[a-zа-яёәғқңөұүһі])"
# (a dotted leader before a count ends no sentence: "threats ........ 38")
_STOP = (rf"(?<=\d)\.{_NOT_ABBREV}(?=\s|$)|(?<!\d)\.(?!(?<=\.\.)[ \t]*\d){_NOT_ABBREV}{_NEXT_UPPER}"
         )  # "2.1. proceedings …" still splits
SENTENCE_END = re.compile(rf"[!?]{_NOT_ABBREV}(?=\s|$)|{_STOP}|\n")
CLAUSE_END = re.compile(rf"[!?;]{_NOT_ABBREV}(?=\s|$)|{_STOP}|:\s*(?=\n)|\n")
_WRAP = re.compile(r"[^\n.:;!?)»\"]\n(?=[a-zа-яё(])")


@dataclass(frozen=True)
class Line:
    """One line of the text: its span, indentation (leading spaces) and bullet mark ("-", "1.", "")."""

    index: int
    start: int
    end: int
    indent: int
    bullet: str

    @property
    def blank(self) -> bool:
        return self.start + self.indent >= self.end


@dataclass(frozen=True)
class Block:
    """A run of non-blank lines (a paragraph, a list, a table), as indices into `lines`."""

    start: int
    end: int
    first_line: int
    last_line: int


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    lemma: str


_SPACE_GAP = re.compile(r"(?<=\S)(?: {2,}|\t+)(?=\S)")
# (a label may end on a bracket that cites articles: "Administrative charges (AC art. 476, 478)      7")
_LABEL_GAP_COUNT = re.compile(r"(?:[^\W\d_]\S*|\([^()]*\))(?: {3,}|\t+)\d[\d ]*\s*$")
# a long label that leaves one space before its first count: "иски о защите чести … репутации 12        24"
_LABEL_COUNT_GAP_COUNT = re.compile(r"[^\W\d_] \d{1,4}(?: {3,}|\t+)\d{1,4}\s*$")
# a label and two counts split by one bar or slash: "obstruction of work ........ 7 | 16", "задержания … 2 / 96"
TWO_COUNTS_END = re.compile(r"[^\W\d_)][\s.…]*\s\d{1,6}\s*(?:\||\s/)\s*\d{1,6}\s*$")


@lru_cache(maxsize=65536)
def is_table_row(line: str) -> bool:
    """A row of a table: cells between bars (leading and trailing bars optional), or three cells or more
    laid out with runs of spaces ("Угрозы          4         31") ending in a count or a short heading."""
    if ("|" in line or "/" in line) and line.rstrip()[-1:].isdigit() and TWO_COUNTS_END.search(line):
        return True
    if "|" in line:
        return line.count("|") >= 2 or (line.count("|") == 1 and line.strip().startswith("|"))
    if _LABEL_GAP_COUNT.search(line) or _LABEL_COUNT_GAP_COUNT.search(line):
        return True  # two columns: "угрозы                          23"
    if line.startswith(" " * 8) and _SPACE_GAP.search(line.strip()) and not line.rstrip().endswith((".", ";")):
        return True  # the header over such columns, indented past the labels: "          April    since January"
    # (a heading may end on an abbreviated month: "Вид нарушения      III кв.     янв.–сент.")
    return len(_SPACE_GAP.findall(line.strip())) >= 2 and (
        not line.rstrip().endswith((".", ";", ":")) or _ABBREVIATED_LAST_CELL.search(line) is not None)


_ABBREVIATED_LAST_CELL = re.compile(r"\s{2,}[^\W\d_]{2,6}\.(?:[–—-][^\W\d_]{2,6}\.)?\s*$")


_WORDY_SQUARE = re.compile(r"\[([^\[\]\n]*[^\W\d_][^\[\]\n]*)\]"
                           # (and a bare count after a count, "Угрозы – 0 [9]": the year's figure beside the month's)
                           r"|(?<=\d )\[(\d[\d\s]*)\]"
                           # (or after a count and its one or two nouns, "15 хабарлама [31]", "9 reports [17]")
                           r"|(?<=\d)(\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+)\[(\d[\d\s]*)\]")


def unwrap(text: str) -> str:
    """Same-length copy where hard line wraps inside a sentence become spaces (offsets stay valid). A
    table's rows are never joined: a row ending in a count is followed by a row whose label may start in
    lower case ("… | 18 | 79" / "obstruction of … | 5 | 21")."""
    chars = list(text)
    for m in _WRAP.finditer(text):
        nl = m.start() + 1
        before = text[text.rfind("\n", 0, nl) + 1 : nl]
        after_end = text.find("\n", nl + 1)
        after = text[nl + 1 : after_end if after_end >= 0 else len(text)]
        if is_table_row(before) or is_table_row(after):
            continue
        chars[nl] = " "
    return "".join(chars)


def split_spans(text: str, pattern: re.Pattern[str] = SENTENCE_END) -> list[tuple[int, int]]:
    """(start, end) of each sentence (or clause, with `CLAUSE_END`) of `text`, end mark included."""
    out, start = [], 0
    for m in pattern.finditer(text):
        if m.end() > start:
            out.append((start, m.end()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def split_sentences(text: str, *, clauses: bool = False) -> list[str]:
    """The sentences (or clauses) of a short text as stripped strings, empty ones left out."""
    return [s for a, b in split_spans(text, CLAUSE_END if clauses else SENTENCE_END)
            if (s := text[a:b].strip())]


class ReportDocument:
    """The normalised text of one report and its layers (see the module docstring)."""

    def __init__(self, text: str, language: str = "en", period: Period | None = None) -> None:
        self.text = text
        self.language = language
        self.period = period  # set by the metadata component; dates are resolved against it

    # --- layout ----------------------------------------------------------------------------------
    @cached_property
    def flat(self) -> str:
        # (a square bracket with words in it is read as a round one, "[since the beginning of the year: 24]";
        # a footnote mark such as "[1]" stays as it is; same length, so every span still points into `text`)
        return _WORDY_SQUARE.sub(lambda m: f"{m[3]}({m[4]})" if m[4] else f"({m[1] or m[2]})", unwrap(self.text))

    @cached_property
    def lines(self) -> list[Line]:
        out, pos = [], 0
        for k, raw in enumerate(self.text.split("\n")):
            body = raw.lstrip(" \t\u00a0")
            indent = len(raw) - len(body)
            m = BULLET.match(body)
            out.append(Line(k, pos, pos + len(raw), indent, m.group() if m else ""))
            pos += len(raw) + 1
        return out

    @cached_property
    def line_spans(self) -> list[tuple[int, int]]:
        return [(ln.start, ln.end) for ln in self.lines]

    @cached_property
    def _line_starts(self) -> list[int]:
        return [ln.start for ln in self.lines]

    def line_at(self, pos: int) -> int:
        """Index of the line that holds offset `pos`."""
        return max(0, bisect.bisect_right(self._line_starts, pos) - 1)

    @cached_property
    def blocks(self) -> list[Block]:
        out: list[Block] = []
        first: Line | None = None
        prev: Line | None = None
        for ln in [*self.lines, None]:
            if ln is None or ln.blank:
                if first is not None and prev is not None:
                    out.append(Block(first.start, prev.end, first.index, prev.index))
                first = None
                continue
            first = first or ln
            prev = ln
        return out

    # --- sentences -------------------------------------------------------------------------------
    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Full sentences over `flat` (a wrapped line does not end one; a line break otherwise does)."""
        return split_spans(self.flat, SENTENCE_END)

    @cached_property
    def clauses(self) -> list[tuple[int, int]]:
        """Sentences cut also at ";" and at a ":" that ends its line (list items, "including:")."""
        return split_spans(self.flat, CLAUSE_END)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [a for a, _ in self.sentences]

    def sentence_at(self, pos: int) -> tuple[int, int] | None:
        k = bisect.bisect_right(self._sentence_starts, pos) - 1
        if k >= 0 and self.sentences[k][0] <= pos < self.sentences[k][1]:
            return self.sentences[k]
        return None

    # --- words, numbers, money, dates ------------------------------------------------------------
    @cached_property
    def tokens(self) -> list[Token]:
        return [Token(m.start(), m.end(), m.group(), lemma(m.group(), self.language))
                for m in WORD.finditer(self.text)]

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The tokens that start inside [start, end)."""
        toks = self.tokens
        out = []
        for t in toks[_bisect_tokens(toks, start):]:
            if t.start >= end:
                break
            out.append(t)
        return out

    @cached_property
    def numbers(self) -> list[NumberSpan]:
        from speechwatch.extraction.numbers import find_numbers

        return find_numbers(self.flat)

    @cached_property
    def money(self) -> list[tuple[int, int, int]]:
        """Sums of money as (start, end, kzt), the currency word inside the span."""
        from speechwatch.extraction.money import find_amounts

        return find_amounts(self.flat, self.numbers)

    @cached_property
    def dates(self) -> list[DateMention]:
        """Date mentions resolved against `period` (set it before first use)."""
        from speechwatch.extraction.dates import find_dates

        return find_dates(self.text, self.period)


def _bisect_tokens(toks: list[Token], start: int) -> int:
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid].start < start:
            lo = mid + 1
        else:
            hi = mid
    return lo
