"""The API, the statistics page and `speechwatch stats --format json` print the same official figures
for the same reader (methodology v2 §3.8), on both bases, and hide what the reader may not count."""

from __future__ import annotations

import json
from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command

from speechwatch.stats.basis import set_basis
from tests.stats.builders import build_world, publish

pytestmark = pytest.mark.django_db
APR = (date(2024, 4, 1), date(2024, 4, 30))


@pytest.fixture
def world(db):
    w = build_world()
    # a confidential, verified April incident: editors count it, the public does not
    for name in ("I12", "I14", "I15"):
        w[name].status = "published"
        w[name].is_confidential = name == "I15"
        w[name].save()
    publish("reports.total", "period", 52, *APR)
    publish("rights.murder", "period", 0, *APR)
    publish("legal.civil.claimed_kzt", "ytd", 20_000_000, date(2024, 1, 1), APR[1])
    return w


def _cli(*args: str) -> list[dict]:
    out = StringIO()
    call_command("stats", *args, "--format", "json", stdout=out)
    return json.loads(out.getvalue())


def _triples(items) -> list[tuple]:
    return [(d["measure"], d["scope"], d["value"], d["basis"]) for d in items]


def _page_triples(response) -> list[tuple]:
    ctx = response.context
    return [
        (row["measure"], scope, row["cells"][scope]["value"], ctx["basis"])
        for row in ctx["rows"]
        for scope, _name in ctx["scopes"]
        if scope in row["cells"]
    ]


def _sorted(triples):
    return sorted(triples)


@pytest.mark.parametrize("basis", ["computed", "published"])
@pytest.mark.parametrize("role", ["anonymous", "editor"])
def test_api_page_and_cli_agree(world, client, users, role, basis):
    set_basis("2024-04", basis)
    if role == "editor":
        client.force_login(users["editor"])
        cli = _cli("2024-04", "--user", "editor")
    else:
        cli = _cli("2024-04", "--public")
    api = client.get("/api/stats/2024-04/")
    assert api.status_code == 200
    payload = api.json()
    page = client.get("/stats/2024-04/")
    assert payload["basis"] == page.context["basis"] == basis
    assert _sorted(_triples(payload["figures"])) == _sorted(_triples(cli)) == _sorted(_page_triples(page))
    assert [f["source_document"] for f in payload["figures"]] == [f["source_document"] for f in cli]
    values = {(f["measure"], f["scope"]): f["value"] for f in payload["figures"]}
    if basis == "published":
        assert values == {("reports.total", "period"): 52, ("rights.murder", "period"): 0,
                          ("legal.civil.claimed_kzt", "ytd"): 20_000_000}  # fmt: skip
    else:
        # I12-I15 and I17 are April's counted reports; the public counts the published, non-confidential
        # ones only (I12, I14: I15 is confidential)
        assert values[("reports.total", "period")] == (5 if role == "editor" else 2)
        assert payload["public_only"] is (role == "anonymous")


def test_cli_default_is_the_editors_view(world, users):
    assert _triples(_cli("2024-04")) == _triples(_cli("2024-04", "--user", "editor"))
    assert _triples(_cli("2024-04")) != _triples(_cli("2024-04", "--public"))


@pytest.mark.parametrize("role", ["viewer", "monitor"])
def test_other_roles_get_public_figures(world, client, users, role):
    client.force_login(users[role])
    mine = client.get("/api/stats/2024-04/").json()
    client.logout()
    public = client.get("/api/stats/2024-04/").json()["figures"]
    assert _triples(mine["figures"]) == _triples(public)
    assert mine["public_only"] is True


def test_api_errors_and_schema(world, client):
    assert client.get("/api/stats/2024-13/").status_code == 404
    assert client.get("/api/stats/2024-04/?scope=tomorrow").status_code == 400
    data = client.get("/api/stats/2024-Q1/?scope=period").json()
    assert {f["scope"] for f in data["figures"]} == {"period"}
    schema = client.get("/api/schema/?format=json").json()
    op = schema["paths"]["/api/stats/{period}/"]["get"]
    assert op["operationId"] == "stats_period"
    assert "PeriodFigures" in json.dumps(op["responses"])
