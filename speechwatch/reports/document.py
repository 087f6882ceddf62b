"""A format-neutral document model for reports.

Builders (monthly, annual, briefing) read the database once and produce a `Document`; each renderer
(HTML/PDF, DOCX, Markdown) walks the same tree. Keeping the model free of any format means a figure
computed once appears identically in every output, and tests can assert on the tree itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

from speechwatch.stats.charts import ChartSpec


@dataclass
class Paragraph:
    """Plain text; `footnotes` are 1-based numbers into `Document.footnotes` appended as markers."""

    text: str
    style: str = ""  # "", "lead", "note", "quote"
    footnotes: list[int] = field(default_factory=list)


@dataclass
class Table:
    """A figure table. `emphasis` marks rows (by index) rendered bold, e.g. group totals."""

    columns: list[str]
    rows: list[list[str]]
    caption: str = ""
    emphasis: set[int] = field(default_factory=set)
    numeric_from: int = 1  # columns at or after this index are right-aligned numbers


@dataclass
class IncidentEntry:
    """One incident as printed in a report."""

    title: str
    date: str = ""
    place: str = ""
    summary: str = ""
    narrative: str = ""
    follow_up: bool = False
    category: str = ""
    footnotes: list[int] = field(default_factory=list)
    incident_id: int | None = None
    untranslated: bool = False  # preview only: no text in the report's language (left out of the final)
    marker: str = ""  # "mark" mode: "[not translated: shown in Russian]", in the report's language
    text_lang: str = ""  # the language of title and text when it is not the report's (with `marker`)
    heading: str = ""  # a lead story's heading, written by the editors
    commentary: str = ""  # the foundation's commentary on a lead story


@dataclass
class IncidentList:
    entries: list[IncidentEntry]
    follow_up_label: str = "follow-up"


@dataclass
class BulletList:
    items: list[str]
    ordered: bool = False


@dataclass
class PersonEntry:
    """A person in a briefing's list (e.g. people imprisoned on politically motivated charges)."""

    name: str
    charges: str = ""
    sentence: str = ""
    restrictions: str = ""
    details: str = ""
    footnotes: list[int] = field(default_factory=list)


@dataclass
class PersonList:
    entries: list[PersonEntry]
    labels: dict[str, str] = field(default_factory=dict)  # charges/sentence/restrictions captions


@dataclass
class Chart:
    spec: ChartSpec


Block = Union[Paragraph, Table, IncidentList, BulletList, PersonList, Chart, "Section"]


@dataclass
class Section:
    title: str
    blocks: list[Block] = field(default_factory=list)
    key: str = ""  # stable identifier (chapter code), used for anchors and tests
    level: int = 1

    def add(self, block: Block) -> Block:
        if isinstance(block, Section):
            block.level = self.level + 1
        self.blocks.append(block)
        return block


@dataclass
class Document:
    kind: str  # monthly | annual | briefing
    lang: str
    title: str
    organisation: str = ""
    subtitle: str = ""
    published: str = ""  # already formatted for the language
    period_label: str = ""
    sections: list[Section] = field(default_factory=list)
    footnotes: list[str] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)  # translated captions renderers need
    logo: str = ""  # path of the organisation's logo file
    basis: str = ""  # data basis statement
    caveat: str = ""  # partial-period caveat
    preview: bool = False

    def add(self, section: Section) -> Section:
        section.level = 1
        self.sections.append(section)
        return section

    def footnote(self, text: str) -> int:
        """Register a footnote (deduplicated by text) and return its 1-based number."""
        if text in self.footnotes:
            return self.footnotes.index(text) + 1
        self.footnotes.append(text)
        return len(self.footnotes)

    def walk(self):
        """Every block in reading order, sections included (depth first)."""

        def visit(blocks):
            for b in blocks:
                yield b
                if isinstance(b, Section):
                    yield from visit(b.blocks)

        yield from visit(self.sections)

    def charts(self) -> list[ChartSpec]:
        return [b.spec for b in self.walk() if isinstance(b, Chart)]
