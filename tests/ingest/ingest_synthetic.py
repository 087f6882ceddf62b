"""A hand-made extraction (methodology §7) of the invented fixture report, so the storing layer is
tested on exactly known input whatever the state of the extraction pipeline."""

from __future__ import annotations

import copy
import hashlib
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).parent / "fixtures"
REPORT = FIXTURES / "monthly-2023-09-en.txt"


def report_text() -> str:
    return REPORT.read_text(encoding="utf-8")


def span_of(text: str, needle: str) -> list[int]:
    start = text.index(needle)
    return [start, start + len(needle)]


def line_of(text: str, prefix: str) -> list[int]:
    start = text.index(prefix)
    end = text.index("\n", start)
    return [start, end]


def extraction(text: str | None = None, sha: str | None = None) -> dict[str, Any]:
    text = report_text() if text is None else text
    period = {"start": "2023-09-01", "end": "2023-09-30"}
    stats = [
        ("rights.total", "period", 9, "9 reports of violations of the rights of journalists"),
        ("rights.obstruction", "period", 3, "3 reports involved obstruction"),
        ("rights.attack", "period", 2, "2 reports concerned attacks on journalists"),
        ("access.total", "period", 6, "6 reports pertained to the right to freely receive"),
        ("access.refusal", "period", 4, "4 cases of refusal to provide socially significant information"),
        ("legal.total", "period", 7, "7 reports concerned pre-trial and court claims"),
        ("legal.criminal", "period", 2, "2 cases in criminal proceedings"),
        ("legal.civil", "period", 4, "4 court and pre-trial claims against media in civil proceedings"),
        ("legal.administrative.false_info", "period", 1, "1 administrative accusation for disseminating false"),
    ]
    incidents = [
        {
            "span": line_of(text, "September 4:"),
            "date": "2023-09-04",
            "date_precision": "day",
            "category": "rights.detention",
            "categories": ["rights.detention", "rights.obstruction"],
            "actors": [
                {"name": "Dariga Omarbekova", "kind": "person", "role": "victim"},
                {"name": "Sary-Arka Today", "kind": "outlet", "role": "other"},
            ],
            "places": [{"name": "Karaganda", "region": "karaganda"}],
            "legal_bases": [],
            "amounts": [],
            "follow_up": False,
            "summary": "Police in Karaganda detained a reporter filming a miners' protest.",
        },
        {
            "span": line_of(text, "September 12:"),
            "date": "2023-09-12",
            "date_precision": "day",
            "category": "access.refusal",
            "categories": ["access.refusal"],
            "actors": [
                {"name": "Akimat of Pavlodar", "kind": "organisation", "role": "perpetrator"},
                {"name": "Irtysh Courier", "kind": "outlet", "role": "victim"},
            ],
            "places": [{"name": "Pavlodar", "region": "pavlodar"}],
            "legal_bases": [],
            "amounts": [],
            "follow_up": False,
            "summary": "The Pavlodar akimat refused to answer a newspaper's request.",
        },
        {
            "span": line_of(text, "September 19:"),
            "date": "2023-09-19",
            "date_precision": "day",
            "category": "legal.civil",
            "categories": ["legal.civil"],
            "actors": [
                {"name": "Nurlan Sadykov", "kind": "person", "role": "plaintiff"},
                {"name": "Irtysh Courier", "kind": "outlet", "role": "defendant"},
            ],
            "places": [{"name": "Pavlodar", "region": "pavlodar"}],
            "legal_bases": [{"code": "CivC", "article": "143", "part": None}],
            "amounts": [{"kind": "claimed", "kzt": 5000000}],
            "follow_up": False,
            "summary": "A businessman sued a newspaper for 5 million tenge.",
        },
        {
            "span": line_of(text, "September 27:"),
            "date": "2023-09-27",
            "date_precision": "day",
            "category": "rights.attack",
            "categories": ["rights.attack"],
            "actors": [
                {"name": "Timur Baisalov", "kind": "person", "role": "victim"},
                {"name": "South Wave TV", "kind": "outlet", "role": "other"},
            ],
            "places": [{"name": "Shymkent", "region": "shymkent"}],
            "legal_bases": [],
            "amounts": [],
            "follow_up": False,
            "summary": "A cameraman was attacked in Shymkent.",
        },
    ]
    return {
        "schema": "speechwatch.extract/1",
        "source": {
            "path": str(REPORT),
            "sha256": sha or hashlib.sha256(text.encode()).hexdigest(),
            "format": "txt",
            "language": "en",
        },
        "report": {
            "publisher": "Steppe Media Watch",
            "title": "Violations of freedom of speech in Kazakhstan September 2023",
            "kind": "monthly",
            "period": period,
            "published": None,
        },
        "statistics": [
            {"measure": m, "scope": sc, "value": v, "period": period, "span": span_of(text, needle)}
            for m, sc, v, needle in stats
        ],
        "incidents": incidents,
        "warnings": [],
    }


class FakeResult:
    """Quacks like speechwatch.extraction.ExtractionResult for the ingest services."""

    def __init__(self, data: dict[str, Any], text: str) -> None:
        self._data, self.text = data, text

    def to_json(self) -> dict[str, Any]:
        return copy.deepcopy(self._data)


def fake_extract(path: Path, language: str | None = None) -> FakeResult:
    """Stands in for the pipeline on copies of the fixture report (and refuses empty files like it)."""
    from speechwatch.extraction.errors import EmptyDocument

    text = Path(path).read_text(encoding="utf-8")
    if not text.strip():
        raise EmptyDocument(f"{path}: empty file")
    return FakeResult(extraction(text), text)
