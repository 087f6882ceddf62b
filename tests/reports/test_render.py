"""Each report kind rendered in each format and read back: figures, headings, charts, languages."""

from __future__ import annotations

import io
import re
import zipfile

import pdfplumber
import pytest
from docx import Document as Docx

from speechwatch.reports import build, render
from speechwatch.reports.document import Chart, IncidentList, Table

pytestmark = pytest.mark.django_db


def _section_keys(doc) -> list[str]:
    return [s.key for s in doc.sections]


def _table_row(doc, label: str) -> list[str]:
    for block in doc.walk():
        if isinstance(block, Table):
            for row in block.rows:
                if row[0].strip("\u2003") == label:
                    return row
    raise AssertionError(f"no table row {label!r}")


def _docx_text(data: bytes) -> tuple[str, list, list[str]]:
    d = Docx(io.BytesIO(data))
    text = "\n".join(p.text for p in d.paragraphs)
    headings = [p.text for p in d.paragraphs if p.style.name.startswith("Heading") or p.style.name == "Title"]
    cells = [[c.text for c in row.cells] for t in d.tables for row in t.rows]
    return text, cells, headings


def _pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_monthly_model_has_the_hand_counted_figures(report_data):
    doc = build("monthly", "2024-04", lang="en")
    assert doc.title == "Violations of freedom of speech in Kazakhstan, April 2024"
    assert _section_keys(doc)[:2] == ["summary", "trends"]
    assert {"events", "legislation", "incidents", "legal", "contacts"} <= set(_section_keys(doc))
    assert _table_row(doc, "All reports")[1:] == ["9", "11"]  # the confidential blocking is not printed
    assert _table_row(doc, "Violations of the rights of journalists, media and newsmakers")[1:] == ["4", "5"]
    assert _table_row(doc, "Obstruction of professional activity")[1:] == ["2", "2"]
    assert _table_row(doc, "Moral damages claimed, KZT")[1:] == ["5,000,000\u00a0KZT", "6,000,000\u00a0KZT"]
    assert _table_row(doc, "Amounts recovered by courts, KZT")[1:] == ["0\u00a0KZT", "200,000\u00a0KZT"]
    titles = [e.title for b in doc.walk() if isinstance(b, IncidentList) for e in b.entries]
    assert "Camera operator pushed at a rally" in titles
    assert "Blogger released after questioning" in titles  # follow-up: listed, marked, not counted
    assert "Unchecked report of an attack" not in titles  # draft
    assert "Confidential blocking of a channel" not in titles  # confidential never printed
    assert "Rejected threat report" not in titles
    follow = [e for b in doc.walk() if isinstance(b, IncidentList) for e in b.entries if e.follow_up]
    assert [e.title for e in follow] == ["Blogger released after questioning"]
    detention = next(s for s in doc.walk() if getattr(s, "key", "") == "rights.detention")
    assert detention.title == "Detention (1)"


def test_monthly_markdown_and_html(report_data):
    doc = build("monthly", "2024-04", lang="en")
    md = render(doc, "md").decode()
    assert md.startswith("**Steppe Speech Monitor (test)**")
    assert "Example Monitoring Service" not in md
    assert "**Data basis: verified and published incidents" in md
    assert "## Legislative changes" in md and "## Legal claims" in md
    assert re.search(r"\| \*\*All reports\*\* \| \*\*9\*\* \| \*\*11\*\* \|", md)
    assert "Draft law on mass media — Second reading" in md
    assert "Email: monitoring@example.org" in md
    html = render(doc, "html").decode()
    assert "<svg" in html and 'class="chart chart-bar"' in html
    assert "Confidential blocking" not in html and "Confidential blocking" not in md
    assert '<tr class="total"><td>All reports</td><td class="num">9</td><td class="num">11</td></tr>' in html


def test_monthly_pdf_reads_back_with_vector_chart(report_data):
    doc = build("monthly", "2024-04", lang="en")
    data = render(doc, "pdf")
    assert data.startswith(b"%PDF")
    text = _pdf_text(data)
    for heading in ("Summary figures", "Legislative changes", "Incidents by category", "Legal claims", "Contacts"):
        assert heading in text
    assert re.search(r"All reports\s+9\s+11", text)
    assert "5,000,000 KZT" in text
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        # vector chart: the bars are PDF rectangles/curves, not an embedded raster image
        assert not any(page.images for page in pdf.pages)
        assert sum(len(page.rects) for page in pdf.pages) > 10


def test_monthly_docx_has_headings_tables_and_svg_chart(report_data):
    doc = build("monthly", "2024-04", lang="en")
    data = render(doc, "docx")
    _text, cells, headings = _docx_text(data)
    assert "Violations of freedom of speech in Kazakhstan, April 2024" in headings
    assert {"Summary figures", "Legislative changes", "Legal claims", "Contacts"} <= set(headings)
    assert ["All reports", "9", "11"] in cells
    assert ["Civil claim", "1", "2"] in cells
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = z.namelist()
        document_xml = z.read("word/document.xml").decode()
        assert any(n.endswith(".svg") for n in names) and any(n.endswith(".png") for n in names)
        assert "svgBlip" in document_xml
        assert 'PartName="/word/media/chart1.svg" ContentType="image/svg+xml"' in z.read("[Content_Types].xml").decode()
        svg = z.read(next(n for n in names if n.endswith(".svg"))).decode()
        assert svg.startswith("<svg") and "<rect" in svg


@pytest.mark.parametrize("lang,title,word", [
    ("ru", "Нарушения свободы слова в Казахстане, апрель 2024 года", "тенге"),
    ("kk", "Қазақстандағы сөз бостандығының бұзылуы, 2024 жылғы сәуір", "теңге"),
])
def test_monthly_in_russian_and_kazakh(report_data, marked, lang, title, word):
    doc = build("monthly", "2024-04", lang=lang)
    assert doc.title == title
    text = _pdf_text(render(doc, "pdf"))
    assert title.split(",")[0] in text.replace("\n", " ")
    assert word in text
    assert re.search("[А-Яа-яӘәҚқҢңӨөҰұҮүІі]{5,}", text)  # Cyrillic survives the PDF round trip
    dtext, _cells, _ = _docx_text(render(doc, "docx"))
    assert title in dtext


def test_annual_has_every_chapter_charts_and_editable_texts(report_data):
    from speechwatch.stats.models import ReportText

    ReportText.objects.create(kind="annual", period="2024", key="conclusions", lang="en",
                              body="Our own conclusion for the test year.\n\nSecond paragraph.")
    doc = build("annual", "2024", lang="en")
    assert _section_keys(doc) == ["overview", "legislation", "murders", "threats", "attacks", "detention",
                                  "obstruction", "elections", "access", "criminal", "civil", "administrative",
                                  "conclusions", "contacts"]  # no recommendations written: none printed
    assert [c.key for c in doc.charts()] == ["month_by_group", "by_region", "by_perpetrator", "money"]  # each once
    assert _table_row(doc, "All reports")[1:] == ["11", "0"]
    md = render(doc, "md").decode()
    assert "Our own conclusion for the test year." in md
    assert "## 5. Attacks" in md and "Photographer beaten in a market" in md
    _text, _cells, headings = _docx_text(render(doc, "docx"))
    assert "13. Conclusions" in headings and "11. Civil claims" in headings
    with zipfile.ZipFile(io.BytesIO(render(doc, "docx"))) as z:
        assert 'TOC \\o "1-2"' in z.read("word/document.xml").decode()
    html = render(doc, "html").decode()
    assert html.count("<svg") >= 4


def test_briefing_people_recommendations_and_numbered_footnotes(report_data):
    doc = build("briefing", lang="en", categories=["civic.prisoner"], title="Political prisoners")
    md = render(doc, "md").decode()
    assert "# Political prisoners" in md
    assert "**Nurlan Exampleuly**[^1]" in md
    assert "Charges: Article 405 of the Criminal Code (" in md
    assert "Sentence: restricted freedom 5 years; sentenced on 8 November 2021" in md
    assert ("Custody and restrictions: serving a non-custodial sentence; "
            "ban on public and political activity 3 years") in md
    assert "## Recommendations" in md
    assert "[^1]: Activist sentenced. https://example.org/news/activist-sentenced" in md
    assert "example.org/secret" not in md  # confidential source never in a footnote
    text = _pdf_text(render(doc, "pdf"))
    assert "Nurlan Exampleuly" in text and "https://example.org/news/activist-sentenced" in text
    with zipfile.ZipFile(io.BytesIO(render(doc, "docx"))) as z:  # real Word footnotes
        notes = z.read("word/footnotes.xml").decode()
        body = z.read("word/document.xml").decode()
        types = z.read("[Content_Types].xml").decode()
    assert "https://example.org/news/activist-sentenced" in notes and "example.org/secret" not in notes
    assert body.count("<w:footnoteReference") == notes.count("<w:footnoteRef/>") == 2  # person + case
    assert "wordprocessingml.footnotes+xml" in types
    query = build("briefing", lang="en", query="kettled")
    assert [e.title for b in query.walk() if isinstance(b, IncidentList) for e in b.entries] == [
        "Protesters kettled on the square"]


def test_charts_are_chart_blocks(report_data):
    doc = build("monthly", "2024-04", lang="en")
    charts = [b for b in doc.walk() if isinstance(b, Chart)]
    assert charts and charts[0].spec.series[0][1] == [0, 0, 1, 4]
