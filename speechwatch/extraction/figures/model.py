"""What the figure steps pass along: a figure being built and a candidate number's findings."""

from __future__ import annotations

from dataclasses import dataclass, field

from speechwatch.extraction.numbers import NumberSpan


@dataclass
class Figure:
    """A figure being read: measure, value, span, scope, the figure it is part of, where it stands."""

    measure: str
    value: int
    start: int
    end: int
    scope: str
    parent: Figure | None = None
    sentence: int = -1
    line: int = -1
    extra: list[str] = field(default_factory=list)
    in_paren: bool = False  # the count stood in brackets after its label: "attacks (4)"


LEXICAL_MAX_WORDS = 12  # a label is short; a longer clause is narrative, read by cues only



@dataclass
class Candidate:
    """What the steps learn about one number: its clause, parent, measure, span and scope."""

    n: NumberSpan
    ss: int  # clause-sentence bounds and index
    se: int
    si: int
    line_idx: int
    scope: str  # the scope of its sentence
    prev: Figure | None  # the figure before it in the same sentence
    list_parent: Figure | None
    clause: str = ""
    clause_end: int = 0
    tail: str = ""
    truncated: bool = False
    not_a_count: bool = False
    parent: Figure | None = None
    measure: str | None = None
    start: int = 0
    end: int = 0
    in_paren: bool = False
    label_form: bool = False
    fig_scope: str = ""
    part_of: Figure | None = None  # the count an "including" after it divides, group or not
    other_span: bool = False  # the previous count again, over the span a parenthesis names
    under_header: bool = False  # a list item under a header that names what it counts ("these charges:")
    label_around: bool = False  # words around the count name it: "угрожали им 16 раз", "Олардың 12-сі … қатысты"
