"""The demo's monthly and annual reports in en, ru and kk: no placeholder, no repeated paragraph, no
text in another language than the report's, every incident once, the data basis stated and the
partial year said (the demo's 2024 holds four months)."""

from __future__ import annotations

import re

import pytest

from speechwatch.core.demo.reports import ORGANISATION
from speechwatch.reports import build, render
from speechwatch.reports.document import BulletList, IncidentList, Paragraph, Section, Table

CYRILLIC = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")
KAZAKH = re.compile(r"[ӘәҒғҚқҢңӨөҰұҮүҺһІі]")
# three Latin words in a row: an English phrase in a ru/kk report (names are two words at most)
LATIN_RUN = re.compile(r"\b[A-Za-z]{2,}[\s,]+[A-Za-z]{2,}[\s,]+[A-Za-z]{2,}\b")
PLACEHOLDERS = ("Example Monitoring Service", "Head of the Monitoring Service", "placeholder", "will state",
                "Lorem", "TODO", "TBD")


def _texts(doc) -> list[str]:
    """Every sentence-like text of the document: titles, paragraphs, entries, bullets, table labels."""
    out = [doc.title, doc.subtitle, doc.organisation, doc.basis, doc.caveat]
    for block in doc.walk():
        if isinstance(block, Section):
            out.append(block.title)
        elif isinstance(block, Paragraph):
            out.append(block.text)
        elif isinstance(block, BulletList):
            out += block.items
        elif isinstance(block, IncidentList):
            for e in block.entries:
                out += [e.title, e.summary, *e.narrative.split("\n")]
        elif isinstance(block, Table):
            out += [block.caption, *block.columns, *(row[0] for row in block.rows)]
    return [t for t in out if t and t.strip()]


def _without_codes(text: str) -> str:
    """Leave out what is not language: URLs, e-mail addresses and legal codes (CC 274, AC 73-3)."""
    text = re.sub(r"\S+@\S+|https?://\S+", "", text)
    return re.sub(r"\b(CC|AC|CivC|DDoS|KZT)\b", "", text)


@pytest.mark.parametrize("kind,period", [("monthly", "2024-04"), ("annual", "2024")])
def test_demo_reports_in_three_languages(demo_db, kind, period):
    seen_paragraphs = {}
    for lang in ("en", "ru", "kk"):
        doc = build(kind, period, lang=lang)
        md = render(doc, "md").decode()
        html = render(doc, "html").decode()
        for word in PLACEHOLDERS:
            assert word not in md and word not in html, (lang, word)
        assert doc.organisation == ORGANISATION[lang][0]
        assert ORGANISATION[lang][1] in md  # the head, as the editors set it
        assert doc.basis and doc.basis in md.replace("\u00a0", " ")
        if kind == "annual":
            assert "4" in doc.caveat and doc.caveat in md  # four months of 2024, said so
        # each incident once: as a lead story or in a list, never both, never twice
        ids = [e.incident_id for b in doc.walk() if isinstance(b, IncidentList) for e in b.entries]
        assert ids and len(ids) == len(set(ids)), lang
        assert not any(e.untranslated or e.marker for b in doc.walk() if isinstance(b, IncidentList)
                       for e in b.entries)
        assert "не переведено" not in md and "аударылмаған" not in md and "not translated" not in md
        # no repeated paragraph: no narrative text printed twice, no entry text repeated by another
        # entry or inside itself (a narrative restating the summary)
        entries = [e for b in doc.walk() if isinstance(b, IncidentList) for e in b.entries]
        paras = [b.text for b in doc.walk() if isinstance(b, Paragraph) and len(b.text) > 60]
        paras += [e.narrative for e in entries if len(e.narrative) > 60]
        repeated = {p for p in paras if paras.count(p) > 1}
        assert not repeated, (lang, repeated)
        for e in entries:
            chunks = [c for c in e.narrative.split("\n") if len(c) > 40]
            assert len(chunks) == len(set(chunks)) and not (e.summary and e.summary in e.narrative), e
        texts = [_without_codes(t) for t in _texts(doc)]
        if lang == "en":
            assert not [t for t in texts if CYRILLIC.search(t)], lang
        else:
            assert not [t for t in texts if LATIN_RUN.search(t)], (lang, [t for t in texts if LATIN_RUN.search(t)][:5])
        if lang == "ru":
            assert not [t for t in texts if KAZAKH.search(t)]
        seen_paragraphs[lang] = set(paras)
    # the three languages print three different reports, not one text thrice
    assert not seen_paragraphs["ru"] & seen_paragraphs["kk"]
    assert not seen_paragraphs["en"] & seen_paragraphs["ru"]


def test_demo_annual_lists_its_cases_and_never_claims_none_where_figures_count_some(demo_db):
    doc = build("annual", "2024", lang="en")
    listed = [e for b in doc.walk() if isinstance(b, IncidentList) for e in b.entries]
    assert len(listed) > 50  # lead stories do not switch the listing to a selection
    for chapter in doc.sections:
        says_none = any(isinstance(b, Paragraph) and b.text.startswith("No such cases") for b in chapter.blocks)
        tables = [b for b in chapter.blocks if isinstance(b, Table)]
        if says_none and tables:
            assert all(row[1] == "0" for row in tables[0].rows), chapter.title


def test_demo_lead_stories_carry_the_editors_heading_and_commentary(demo_db):
    from speechwatch.core.demo.reports import LEADS

    for lang in ("en", "ru", "kk"):
        doc = build("monthly", "2024-04", lang=lang)
        lead = next(s for s in doc.sections if s.key == "lead")
        headings = [s.title for s in lead.blocks if isinstance(s, Section)]
        assert headings == [texts[lang][0] for texts in LEADS.values()]
        quotes = [b.text for b in doc.walk() if isinstance(b, Paragraph) and b.style == "quote"]
        assert quotes == [texts[lang][1] for texts in LEADS.values()]
