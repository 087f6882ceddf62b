"""The canary crawl: every URL pattern and API route, for every role, over a database whose every
confidential field and unpublished record carries a unique canary string. A canary printed to a role
that may not see it fails the test (pages, JSON, downloads, error pages, search results, statistics).

The URLs come from the URL resolver itself, so a route added later is crawled without anyone
remembering to add it here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RegexPattern, RoutePattern

from speechwatch.incidents import services
from speechwatch.incidents.models import Case, MoneyAmount, Proceeding, ProceedingParty, Source

ROLES = ("anonymous", "viewer", "monitor", "editor", "admin")
PRIVILEGED = {"editor", "admin"}
SECRET_MONEY = 4_444_444
MONEY_RE = re.compile(r"4[\s,.\u00a0\u202f']?444[\s,.\u00a0\u202f']?444(?!\d)")
# Routes that change state or stream forever; the crawl only reads.
SKIP_NAMES = {"logout", "set_language"}


@pytest.fixture(autouse=True)
def _settings(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def world(users) -> dict[str, Any]:
    """Canary strings in every confidential field and unpublished record, next to public records that
    every role may see (so pages have something to show)."""
    editor, monitor = users["editor"], users["monitor"]
    from speechwatch.accounts.models import User

    other_monitor = User.objects.create_user(username="monitor2", password="pw-secret-1", role="monitor")
    base = {"date": dt.date(2024, 3, 4), "registered_month": dt.date(2024, 3, 1), "primary_category": "rights.attack"}
    public_victim, _ = services.actor_get_or_create("Open Reporter", "person", subkind="journalist")
    hidden_actor, _ = services.actor_get_or_create(
        "CANARY-HIDDEN-ACTOR", "person", aliases=["CANARY-HIDDEN-ALIAS"], description="CANARY-HIDDEN-ACTOR-DESC"
    )
    party_actor, _ = services.actor_get_or_create("CANARY-PARTY-ACTOR", "person")
    secret_case = Case.objects.create(title="CANARY-CASE-TITLE", description="CANARY-CASE-DESC", is_confidential=True)
    open_case = Case.objects.create(title="Open lawsuit")
    public = services.incident_create(
        user=editor, title="Published open incident", summary="A reporter was hit.",
        confidential_notes="CANARY-PUBLIC-NOTES", case=secret_case, involvements=[(public_victim, "victim")],
        places=["Almaty"], status="published",
        sources=[{"kind": "url", "url": "https://example.org/open", "title": "open source"},
                 {"kind": "correspondent", "correspondent": "CANARY-SOURCE-CORR", "excerpt": "CANARY-SOURCE-EXCERPT",
                  "url": "https://example.org/CANARY-SOURCE-URL", "is_confidential": True}],
        **base,
    )  # fmt: skip
    in_open_case = services.incident_create(
        user=editor, title="Second open incident", case=open_case, status="published", **base
    )
    secret_file = Source(incident=public, kind="document", is_confidential=True, title="CANARY-FILE-TITLE")
    secret_file.document.save("letter.txt", ContentFile(b"CANARY-FILE-BYTES"), save=False)
    secret_file.save()
    open_file = Source(incident=public, kind="document", title="open file")
    open_file.document.save("open.txt", ContentFile(b"open file bytes"), save=False)
    open_file.save()
    case_proc = Proceeding.objects.create(
        incident=public, case=secret_case, kind="civil", title="CANARY-CASEPROC", is_honor_claim=True,
        filed_on=dt.date(2024, 3, 10),
    )  # fmt: skip
    MoneyAmount.objects.create(proceeding=case_proc, kind="claimed", amount_kzt=SECRET_MONEY, date=dt.date(2024, 3, 10))
    conf_proc = Proceeding.objects.create(
        incident=in_open_case, kind="criminal", title="CANARY-CONFPROC", outcome_note="CANARY-CONFPROC-NOTE",
        is_confidential=True, filed_on=dt.date(2024, 3, 11), court_name="CANARY-COURT",
    )  # fmt: skip
    ProceedingParty.objects.create(proceeding=conf_proc, actor=party_actor, role="defendant")
    Proceeding.objects.create(incident=in_open_case, case=open_case, kind="civil", title="Open claim")
    conf_inc = services.incident_create(
        user=editor, title="CANARY-CONF-TITLE", summary="CANARY-CONF-SUMMARY", narrative="CANARY-CONF-NARRATIVE",
        confidential_notes="CANARY-CONF-NOTES", is_confidential=True, status="published",
        involvements=[(hidden_actor, "victim")], **base,
    )  # fmt: skip
    draft = services.incident_create(user=editor, title="CANARY-DRAFT-TITLE", summary="CANARY-DRAFT-SUMMARY", **base)
    rejected = services.incident_create(user=editor, title="CANARY-REJECTED-TITLE", **base)
    services.incident_reject(rejected, user=editor, reason="duplicate")
    own = services.incident_create(
        user=monitor, title="CANARY-MONITOR-OWN", confidential_notes="CANARY-MONITOR-OWN-NOTES", is_confidential=True,
        **base,
    )  # fmt: skip
    others = services.incident_create(user=other_monitor, title="CANARY-OTHER-MONITOR", is_confidential=True, **base)
    objects = [public, in_open_case, conf_inc, draft, rejected, own, others, secret_case, open_case,
               case_proc, conf_proc, hidden_actor, party_actor, public_victim, secret_file, open_file]  # fmt: skip
    return {
        "users": {**users, "monitor2": other_monitor},
        "ids": sorted({o.pk for o in objects}),
        "secret_case": secret_case,
        "public": public,
    }


# Which roles may see each canary. Everything else must never see it.
EVERYONE_STAFF = {"viewer", "monitor", "editor", "admin"}
MAY_SEE = {
    "CANARY-PUBLIC-NOTES": PRIVILEGED,
    "CANARY-CASE-TITLE": PRIVILEGED,
    "CANARY-CASE-DESC": PRIVILEGED,
    "CANARY-SOURCE-CORR": PRIVILEGED,
    "CANARY-SOURCE-EXCERPT": PRIVILEGED,
    "CANARY-SOURCE-URL": PRIVILEGED,
    "CANARY-FILE-TITLE": PRIVILEGED,
    "CANARY-FILE-BYTES": PRIVILEGED,
    "CANARY-CASEPROC": PRIVILEGED,
    "CANARY-CONFPROC": PRIVILEGED,
    "CANARY-COURT": PRIVILEGED,
    "CANARY-PARTY-ACTOR": PRIVILEGED,
    "CANARY-CONF-TITLE": PRIVILEGED,
    "CANARY-CONF-SUMMARY": PRIVILEGED,
    "CANARY-CONF-NARRATIVE": PRIVILEGED,
    "CANARY-CONF-NOTES": PRIVILEGED,
    "CANARY-HIDDEN-ACTOR": PRIVILEGED,
    "CANARY-HIDDEN-ALIAS": PRIVILEGED,
    "CANARY-HIDDEN-ACTOR-DESC": PRIVILEGED,
    "CANARY-CONFPROC-NOTE": PRIVILEGED,
    "CANARY-DRAFT-TITLE": EVERYONE_STAFF,
    "CANARY-DRAFT-SUMMARY": EVERYONE_STAFF,
    "CANARY-REJECTED-TITLE": EVERYONE_STAFF,
    "CANARY-MONITOR-OWN": {"monitor", "editor", "admin"},
    "CANARY-MONITOR-OWN-NOTES": {"monitor", "editor", "admin"},
    "CANARY-OTHER-MONITOR": PRIVILEGED,
}
CANARY_RE = re.compile(r"CANARY-[A-Z-]+[A-Z]")


def _values(name: str, world: dict[str, Any]) -> list[str]:
    """Values to try for one URL parameter, chosen by its name."""
    if name in {"pk", "id", "object_id", "job_id", "item_id", "document_id", "incident_id"} or name.endswith("_pk"):
        return [str(i) for i in world["ids"]]
    if name == "format":
        return ["json"]
    if name in {"month"}:
        return ["2024-03"]
    if name == "period":
        return ["2024-03", "2024-Q1", "2024"]
    if name == "code":
        return ["rights.attack", "almaty_city"]
    if name in {"lang", "language"}:
        return ["en"]
    if name in {"kind"}:
        return ["monthly"]
    return ["2024-03", *[str(i) for i in world["ids"][:3]]]


def _fill_route(route: str, world: dict[str, Any]) -> Iterator[str]:
    names = re.findall(r"<(?:\w+:)?(\w+)>", route)
    if not names:
        yield route
        return
    first = names[0]
    for value in _values(first, world):
        yield from _fill_route(re.sub(rf"<(?:\w+:)?{first}>", value, route, count=1), world)


def _fill_regex(regex: str, world: dict[str, Any]) -> Iterator[str]:
    text = regex.lstrip("^").rstrip("$").replace("\\Z", "")
    text = text.replace("/?", "/").replace("\\.", ".")
    names = re.findall(r"\(\?P<(\w+)>[^)]*\)", text)
    if not names:
        if re.search(r"[()\[\]*+?|]", text):
            return  # an unnamed pattern we cannot fill
        yield text
        return
    first = names[0]
    for value in _values(first, world):
        yield from _fill_regex(re.sub(rf"\(\?P<{first}>[^)]*\)", value, text, count=1), world)


def crawl_urls(world: dict[str, Any]) -> list[str]:
    """Every GET-able URL of the resolver with its parameters filled from the canary world."""
    urls: set[str] = set()

    def walk(patterns: list[Any], prefixes: list[str]) -> None:
        for p in patterns:
            if isinstance(p, URLResolver):
                for prefix in prefixes:
                    walk(p.url_patterns, [prefix + part for part in _pattern_strings(p.pattern, world)])
            elif isinstance(p, URLPattern):
                if p.name in SKIP_NAMES:
                    continue
                for prefix in prefixes:
                    for part in _pattern_strings(p.pattern, world):
                        urls.add("/" + (prefix + part).lstrip("/"))

    walk(get_resolver().url_patterns, [""])
    return sorted(urls)


def _pattern_strings(pattern: Any, world: dict[str, Any]) -> list[str]:
    if isinstance(pattern, RoutePattern):
        return list(_fill_route(str(pattern._route), world))
    if isinstance(pattern, RegexPattern):
        return list(_fill_regex(pattern._regex, world))
    return []


def extra_urls(world: dict[str, Any]) -> list[str]:
    """Query strings the resolver cannot know: searches, filters, statistics by period."""
    case = world["secret_case"].pk
    return [
        "/incidents/?q=CANARY",
        "/incidents/?q=CANARY-CONF-TITLE",
        f"/incidents/?case={case}",
        "/incidents/?actor=CANARY",
        "/incidents/?status=draft",
        "/api/incidents/?q=CANARY",
        f"/api/incidents/?case={case}",
        "/api/incidents/?actor=CANARY-HIDDEN",
        "/api/actors/?q=CANARY",
        f"/api/proceedings/?case={case}",
        "/api/proceedings/?kind=criminal",
        "/stats/2024-03/",
        "/stats/2024/",
        "/stats/2024-Q1/",
        "/months/2024-03/",
        "/no-such-page/",
        "/api/incidents/?limit=99999999999999999999",
        "/api/incidents/?case=99999999999999999999",
        "/incidents/?case=99999999999999999999",
    ]


def one_per_admin_pattern(urls: list[str]) -> list[str]:
    """Editors and admins may see every canary, so for them the admin is crawled for server errors
    only: one URL per admin page kind instead of one per record (the admin is most of the resolver)."""
    seen: set[str] = set()
    out = []
    for url in urls:
        key = re.sub(r"/\d+/", "/N/", url) if url.startswith("/admin/") else url
        if key not in seen:
            seen.add(key)
            out.append(url)
    return out


def body_of(response: Any) -> str:
    if getattr(response, "streaming", False):
        data = b"".join(response.streaming_content)
    else:
        data = response.content
    return data.decode("utf-8", "replace")


def client_for(world: dict[str, Any], role: str) -> Client:
    c = Client(raise_request_exception=False)
    if role != "anonymous":
        c.force_login(world["users"][role])
    return c


def leaks(role: str, body: str, url: str = "") -> set[str]:
    """Canaries in the body that the role may not see (a search box echoing the query is no leak)."""
    found = set(CANARY_RE.findall(body)) - set(CANARY_RE.findall(url))
    return {c for c in found if role not in MAY_SEE.get(c, set())}


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_no_role_sees_a_canary_it_may_not_see(world, role):
    client = client_for(world, role)
    urls = crawl_urls(world) + extra_urls(world)
    assert len(urls) > 50, urls  # the resolver was enumerated, not a short hand-written list
    if role in PRIVILEGED:
        urls = one_per_admin_pattern(urls)
    problems: list[str] = []
    statuses: dict[int, int] = {}
    for url in urls:
        response = client.get(url, follow=False)
        statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
        body = body_of(response)
        leaked = leaks(role, body, url)
        if leaked:
            problems.append(f"{url} [{response.status_code}] shows {sorted(leaked)}")
        if role not in PRIVILEGED and MONEY_RE.search(body):
            problems.append(f"{url} [{response.status_code}] shows the confidential case's claimed money")
        if response.status_code >= 500:
            problems.append(f"{url} answered {response.status_code}")
    assert not problems, "\n".join(problems)
    assert statuses.get(200, 0) > 10  # the crawl reached real pages


@pytest.mark.django_db
def test_the_crawl_can_fail(world):
    """The editor sees every canary somewhere: the crawl is able to find them (no test that cannot fail)."""
    client = client_for(world, "editor")
    seen: set[str] = set()
    money = False
    for url in one_per_admin_pattern(crawl_urls(world) + extra_urls(world)):
        body = body_of(client.get(url))
        seen |= set(CANARY_RE.findall(body))
        money = money or bool(MONEY_RE.search(body))
    must = {c for c, roles in MAY_SEE.items() if "editor" in roles}
    assert must - seen == set(), f"never shown to an editor: {sorted(must - seen)}"
    assert money, "the editor's statistics should include the confidential claim"


@pytest.mark.django_db
def test_hidden_case_filter_answers_like_a_missing_case(world):
    """`?case=<confidential case>` must not reveal which public incidents belong to it."""
    case = world["secret_case"].pk
    for role in ("anonymous", "viewer", "monitor"):
        c = client_for(world, role)
        hidden = c.get(f"/api/incidents/?case={case}").json()
        missing = c.get("/api/incidents/?case=987654").json()
        assert hidden["count"] == missing["count"] == 0, role
        assert world["public"].title not in body_of(c.get(f"/incidents/?case={case}"))


@pytest.mark.django_db
def test_public_statistics_leave_out_confidential_money(world):
    from speechwatch.incidents.querysets import stats_filters_for
    from speechwatch.stats.engine import compute
    from speechwatch.stats.periods import parse_period

    users = world["users"]
    claimed = {}
    for role in ("viewer", "editor"):
        figures = compute(parse_period("2024-03"), filters=stats_filters_for(users[role]))
        claimed[role] = {f.measure: f.value for f in figures if f.scope == "period"}.get("legal.civil.claimed_kzt")
    assert claimed["editor"] == SECRET_MONEY
    assert not claimed["viewer"]


@pytest.mark.django_db
@pytest.mark.parametrize(("kind", "period"), [("monthly", "2024-03"), ("annual", "2024"), ("briefing", None)])
def test_reports_print_no_confidential_canary(world, tmp_path, kind, period):
    """Reports are published under the organisation's name: nothing confidential, unpublished-only or
    of a confidential case may be printed, nor the confidential case's money."""
    from django.core.management import call_command

    for fmt in ("md", "html"):
        out = tmp_path / f"{kind}.{fmt}"
        args = [kind, *([period] if period else []), "--format", fmt, "--output", str(out)]
        if kind == "briefing":
            args += ["--category", "rights.attack", "--from", "2024-01-01"]
        call_command("report", *args)
        text = out.read_text(encoding="utf-8")
        assert "Published open incident" in text or kind != "monthly"  # the report is not empty
        assert leaks("anonymous", text) == set(), f"{kind} {fmt}"
        assert not MONEY_RE.search(text), f"{kind} {fmt} prints the confidential case's claim"
