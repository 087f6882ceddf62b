"""Published figures: every count and sum a report states about itself, as (measure, scope, value).

The figures component is a list of named steps, each a short module with its own tests:

1. `candidates` — the numbers that may be counts (not dates, years, article numbers, percentages, sums);
2. per candidate, `steps.FIGURE_STEPS`: its clause → list structure / parent (`structure`) → measure
   (`measure`: cue table, then the codebook's words; a parent group constrains its children) → label
   form ("Label – N") → count check → cut-off check → scope (`scope`);
3. `sums` — claimed and recovered money;
4. `reconcile` — checks across the whole list (two siblings of one measure, a group total that is the
   sum of the three groups).

A label that names no measure clearly becomes an unmapped figure (publisher's wording, a warning); it is
never forced into a measure and never dropped. No step special-cases a document, a person or a sentence.
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property

from speechwatch.extraction.document import ReportDocument, is_table_row
from speechwatch.extraction.figures import cues
from speechwatch.extraction.figures.candidates import count_candidates
from speechwatch.extraction.figures.measure import is_allowed, resolve
from speechwatch.extraction.figures.model import Candidate, Figure
from speechwatch.extraction.figures.reconcile import reconcile
from speechwatch.extraction.figures.scope import ScopeReader, as_published, period_for
from speechwatch.extraction.figures.steps import FIGURE_STEPS, make_figure
from speechwatch.extraction.figures.structure import (
    HEADER_FOLLOWS,
    LIST_ITEM,
    all_of_them,
    closes_list,
    kind_in_brackets,
    restated,
)
from speechwatch.extraction.figures.sums import read_sums, read_table_sums
from speechwatch.extraction.months import month_number
from speechwatch.extraction.numbers import NumberSpan
from speechwatch.extraction.schemas import ReportMeta, Statistic, UnmappedFigure

OPENS_LIST = re.compile(r"(?:including|include|included|following|among them)\s*:?\s*$", re.IGNORECASE)


# a header naming the group its items divide: "Among the violations of rights:", "Среди нарушений прав:",
# "Құқық бұзушылықтардың ішінде:"
_AMONG_GROUP = re.compile(r"^\s*(?:among(?:\s+the)?|среди|в числе)\s+(?P<group>[^\W\d_][^\d:;.]{3,80}?)\s*:\s*$|"
                          r"^\s*(?P<kk>[^\W\d_][^\d:;.]{3,80}?)\s+(?:ішінде|арасында)\s*:\s*$", re.IGNORECASE)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


class Extractor:
    """The state the steps share while reading one document: its text, lines, scopes and the figures so far."""

    def __init__(self, doc: ReportDocument, report: ReportMeta) -> None:
        self.doc = doc
        self.text = doc.flat
        self.report = report
        self.figures: list[Figure] = []
        self.unmapped: list[UnmappedFigure] = []
        self.sentences = doc.clauses
        self.lines = doc.line_spans
        self.scope = ScopeReader(doc, report)
        self.text_end = self.scope.text_end
        self.list_parent: Figure | None = None  # the group total whose list we are in
        self.list_parent_line = -1
        # (parent, line) of the list a nested list stands in, back in force at the next unbulleted line
        self.outer_list: tuple[Figure | None, int] | None = None
        # (sentence, parent) of the last count dropped after its parent was found: "Nineteen of them describe
        # the climate, 30 concern …" — the dropped part's siblings share its parent
        self.dropped_part: tuple[int, Figure, int] | None = None
        self.numbers: list[NumberSpan] = []  # the count candidates, in text order
        self._number_starts: list[int] = []

    def left_of(self, c: Candidate) -> str:
        """The words of the candidate's clause-sentence after the candidate before it."""
        k = bisect.bisect_left(self._number_starts, c.n.start)
        before = self.numbers[k - 1].end if k > 0 else 0
        return self.text[max(c.ss, before) : c.n.start]

    @cached_property
    def _year_to_date_paragraph_sentences(self) -> frozenset[int]:
        """Starts of the sentences that follow, in the same paragraph, an opening sentence that named the
        year to date, and name no span of their own."""
        out: set[int] = set()
        opened = -1
        for start, _end in self.scope.full_sentences:
            block = self.paragraph_of(start)
            full = self.scope.full_sentence(start)
            if block < 0 or block != opened:
                opened = block if block >= 0 and self.scope.opens_with_year_to_date(full) and (
                    self._opens_paragraph(block, start)) else -1
            elif not self.scope.own_scope(full):
                out.add(start)
        return frozenset(out)

    def in_year_to_date_paragraph(self, pos: int) -> bool:
        span = self.scope.full_span(pos)
        return span is not None and span[0] in self._year_to_date_paragraph_sentences

    @cached_property
    def _line_paragraphs(self) -> list[int]:
        """For each line, the index of the prose block (paragraph) it stands in, or -1 (blank, list, table)."""
        out = [-1] * len(self.lines)
        for k, b in enumerate(self.doc.blocks):
            rows = range(b.first_line, b.last_line + 1)
            if not any(self.doc.lines[i].bullet or is_table_row(self.text[slice(*self.lines[i])]) for i in rows):
                out[b.first_line : b.last_line + 1] = [k] * len(rows)
        return out

    def paragraph_of(self, pos: int) -> int:
        """The index of the prose block (paragraph) holding `pos`, or -1 in a list or a table."""
        return self._line_paragraphs[self.line_of(pos)]

    def _opens_paragraph(self, block: int, pos: int) -> bool:
        """Nothing before `pos` in its paragraph but words without a count or a span of their own ("Half of
        the year is now behind us. Since 1 January, …")."""
        before = self.text[self.doc.blocks[block].start : pos]
        return not before.strip() or (len(before) < 200 and not re.search(r"\d", before)
                                      and not self.scope.own_scope(before))

    def run(self) -> list[Figure]:
        """Read every clause-sentence's candidates in text order, then the sums of money."""
        t = self.text
        numbers = self.numbers = count_candidates(self.doc)
        self._number_starts = [n.start for n in numbers]
        state = "period"
        cursor = 0
        scope, last_full = "period", ""
        for si, (ss, se) in enumerate(self.sentences):
            sentence = t[ss:se]
            full = self.scope.full_sentence(ss) or sentence
            previous = scope if full != last_full else ""
            if full != last_full:
                scope, state = self.scope.sentence_scope(full, state, previous)
                if scope == state and self.in_year_to_date_paragraph(ss):
                    scope = "ytd"  # "С начала года … поступило 64 иска … . Возбуждено 12 уголовных дел …"
            last_full = full
            if self.scope.own_scope(full) in {"ytd", "period"}:
                self.scope.state_from_header = full.rstrip().endswith(":")
            line_idx = self.line_of(ss)
            if self._update_list(sentence, line_idx):
                continue
            while cursor < len(numbers) and numbers[cursor].start < ss:
                cursor += 1
            k = cursor
            while k < len(numbers) and numbers[k].start < se:
                k += 1
            self._read_sentence(numbers[cursor:k], ss, se, scope, line_idx, si)
            all_of_them(self, sentence, ss, scope, line_idx, si)
            kind_in_brackets(self, si, line_idx)
        read_sums(self, self.doc.money)
        read_table_sums(self)
        return self.figures

    def _update_list(self, sentence: str, line_idx: int) -> bool:
        """Close the open list at a line that is no list item; open one at "Among them:". True: a header."""
        ls, le = self.lines[line_idx]
        line = self.text[ls:le]
        back_in_outer = False
        if (self.outer_list is not None and line.strip() and line_idx > self.list_parent_line
                and self._sibling_of(line_idx, self.list_parent_line)):
            # "12 on violations of rights:" / "• 2 threats;" / "21 on access to information:": the nested
            # list ends where a line like its header comes back, as the outer list's next item (even after a
            # blank line, which would end a list of bulleted items)
            (self.list_parent, self.list_parent_line), self.outer_list = self.outer_list, None
            back_in_outer = True
        if (
            self.list_parent is not None
            and line.strip()
            and line_idx > self.list_parent_line
            and (not (LIST_ITEM.match(line) or HEADER_FOLLOWS.match(line))
                 or (not back_in_outer and closes_list(self, line_idx)))
        ):
            self.list_parent = None
        if HEADER_FOLLOWS.match(sentence) and self.figures and self.figures[-1].line >= line_idx - 3:
            self.list_parent, self.list_parent_line = self._divided(sentence), line_idx
            return True
        named = _AMONG_GROUP.match(sentence)
        if named and (group := self._recent_group(named["group"] or named["kk"], line_idx)):
            # "Among the violations of rights:" / "Құқық бұзушылықтардың ішінде:" under "… rights — 24; …"
            self.list_parent, self.list_parent_line = group, line_idx
            return True
        return False

    def _recent_group(self, words: str, line_idx: int) -> Figure | None:
        """The group count told in the lines just above that `words` name ("the violations of rights")."""
        measure = resolve(self.doc.language, words, None, "", lexical=True)
        if measure is None or measure not in cues.GROUP_MEASURES or measure == "reports.total":
            return None
        return next((f for f in reversed(self.figures) if f.measure == measure and f.line >= line_idx - 6
                     and f.scope == "period"), None)

    def _divided(self, header: str) -> Figure:
        """The count an "Of them:" after it divides: the last one, unless that is the same count restated in
        brackets over another span ("67 хабар тіркелді (жыл басынан бері – 702). Олардың ішінде:"), or the
        header names the span of the count told before the restatement ("In February, 44 reports. Since the
        start of the year – 93. Among the February reports:")."""
        last = self.figures[-1]
        if len(self.figures) > 1:
            told = self.figures[-2]
            between = self.text[told.end : last.start]
            if told.line == last.line and told.measure == last.measure and (
                    between.count("(") > between.count(")") or told.start < last.start < told.end):
                return told  # (or inside the told count's words: "8 reports (21) on access to information")
        return self._of_span(last, header)

    def _of_span(self, last: Figure, header: str) -> Figure:
        """`last`, or the same measure's count told just before it over the span `header` names."""
        span = self._header_span(header)
        if span and last.scope != span:
            return next((f for f in reversed(self.figures) if f.measure == last.measure and f.scope == span
                         and f.sentence >= last.sentence - 2), last)
        return last

    def _header_span(self, header: str) -> str:
        """The span a list's header names: its own words, or the monthly report's month named as an adjective
        ("Among the February reports:")."""
        own = self.scope.own_scope(header)
        p = self.report.period if self.report else None
        if own or p is None or (p.start.year, p.start.month) != (p.end.year, p.end.month):
            return own
        named = {month_number(w) for w in re.findall(r"[^\W\d_]+", header)} - {None}
        return "period" if named == {p.start.month} else ""

    def _read_sentence(self, in_sentence: list[NumberSpan], ss: int, se: int, scope: str, line_idx: int,
                       si: int) -> None:
        prev_in_sentence: Figure | None = None
        repeated = restated(self, in_sentence[0], ss, si) if in_sentence else None
        if repeated is not None:
            in_sentence = in_sentence[1:]  # the count it repeats is the parent of what follows
        ls, le = self.lines[line_idx]
        for k, n in enumerate(in_sentence):
            nxt = in_sentence[k + 1].start if k + 1 < len(in_sentence) else se
            fig = self.figure_for(n, ss, nxt, scope, prev_in_sentence, repeated or self.list_parent, line_idx, si)
            if fig is None:
                continue
            self.figures.append(fig)
            prev_in_sentence = fig
            if fig.measure not in cues.GROUP_MEASURES:
                continue
            bracketed = self.text[ls : fig.start].count("(") > self.text[ls : fig.start].count(")")
            if bracketed and self.list_parent is not None and self.list_parent.line == line_idx:
                # "57 cases (412 since the beginning of the year). Of these:", "18 – о … (37), в том числе:": the
                # line's own count is divided, not its restatement in brackets
                continue
            if fig.parent is not None:
                if ((OPENS_LIST.search(self.text[fig.end : le]) or self.text[ls:le].rstrip().endswith(":"))
                        and fig.measure in cues.CHILDREN and self._indented_below(line_idx)):
                    # "– rights: 18, including:" over items set further in: a list inside the list
                    self.outer_list = (self.list_parent, self.list_parent_line)
                    self.list_parent, self.list_parent_line = fig, line_idx
                continue
            if OPENS_LIST.search(self.text[fig.end : le]) or self.text[ls:le].rstrip().endswith(":"):
                # "… – 16, including:" (the line's count of the span its header names: "44 reports. Since the
                # start of the year – 93. Among the February reports:")
                self.list_parent, self.list_parent_line = self._of_span(fig, self.text[fig.end : le]), line_idx
            elif self.list_parent is not None and not is_allowed(
                    fig.measure, cues.CHILDREN.get(self.list_parent.measure)):
                self.list_parent = None  # another group's total ends the list

    def _sibling_of(self, line_idx: int, header_idx: int) -> bool:
        """Whether a line stands where a list's header stood: as far in, and bulleted as it was."""
        line, header = self.doc.lines[line_idx], self.doc.lines[header_idx]
        return line.indent <= header.indent and bool(line.bullet) == bool(header.bullet)

    def _indented_below(self, line_idx: int) -> bool:
        """Whether the next non-blank line stands further in than this one, or is a bulleted item under a line
        with no bullet (its items are nested)."""
        here = self.text[slice(*self.lines[line_idx])]
        for k in range(line_idx + 1, min(line_idx + 3, len(self.lines))):
            line = self.text[slice(*self.lines[k])]
            if line.strip():
                return _indent(line) > _indent(here) or (
                    bool(self.doc.lines[k].bullet) and not self.doc.lines[line_idx].bullet)
        return False

    def line_of(self, pos: int) -> int:
        """Index of the line holding `pos`."""
        lo, hi = 0, len(self.lines) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.lines[mid][0] <= pos:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def trim_end(self, start: int, end: int) -> int:
        """A span's end without the punctuation and blanks that follow its words."""
        while end > start and self.text[end - 1] in " ,;:–—-\n\t":
            end -= 1
        return end

    def figure_for(self, n: NumberSpan, ss: int, se: int, scope: str, prev: Figure | None,
                   list_parent: Figure | None, line_idx: int, si: int) -> Figure | None:
        """Run the candidate through the named steps (`FIGURE_STEPS`); any step may drop it."""
        c = Candidate(n, ss, se, si, line_idx, scope, prev, list_parent)
        for step in FIGURE_STEPS:
            if not step(self, c):
                if c.parent is not None and (c.prev is None or c.parent is c.prev.parent):
                    self.dropped_part = (si, c.parent, n.start)
                return None
        return make_figure(self, c)


def extract_figures(text: str, language: str, report: ReportMeta, doc: ReportDocument | None = None
                    ) -> list[Statistic]:
    """Published figures of the report, in text order, deduplicated on (measure, scope, value).

    `doc` is the pipeline's `ReportDocument` of `text` (built here when a caller has none)."""
    if doc is None or doc.text != text:
        doc = ReportDocument(text, language, report.period if report else None)
    return read_figures(doc, report)[0]


def read_figures(doc: ReportDocument, report: ReportMeta) -> tuple[list[Statistic], list[UnmappedFigure]]:
    """(figures, unmapped figures) of the document: see `extract_figures` and `UnmappedFigure`."""
    text = doc.text
    extractor = Extractor(doc, report)
    figures = reconcile(extractor.run())
    seen: set[tuple[str, str, int]] = set()
    out: list[Statistic] = []
    for f in sorted(figures, key=lambda f: f.start):
        scope = as_published(f.scope, report)
        key = (f.measure, scope, f.value)
        if key in seen:
            continue
        seen.add(key)
        out.append(
            Statistic(
                f.measure, scope, f.value, period_for(scope, report), (f.start, f.end), text[f.start : f.end]
            )
        )
    return out, extractor.unmapped


__all__ = ["Extractor", "extract_figures", "month_number", "read_figures"]
