"""Accessibility and privacy of the public pages in a real browser (Debian chromium), in en, ru and kk.

- axe-core (the copy shipped inside the `axe-playwright-python` package, never downloaded at run time)
  finds no serious or critical violation on the home page, the incident list, an incident, the
  statistics of the latest month and the map (skipped while /map/ is not routed);
- every request a page makes goes to the site itself: no font host, no CDN, no analytics (the API
  documentation included);
- screenshots at 390 px and 1280 px go to test-results/ (gitignored) for a human to look at.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.e2e.public_world import LANGS, make_world

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
# The test asks for `users` as the other browser tests do: without a `db`-based fixture beside
# live_server, the next serialized-rollback test of the session found the codebook still loaded.

RESULTS = Path(__file__).resolve().parents[2] / "test-results"
BLOCKING = {"serious", "critical"}
# the elements that stick out to the right (named in the failure message)
WIDE = """[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right >
    document.documentElement.clientWidth + 0.5).slice(0, 5).map(e => e.tagName + '.' + e.className)"""


def _axe():
    try:
        from axe_playwright_python.sync_playwright import Axe
    except ImportError:
        pytest.skip("axe-playwright-python is not installed (pip install -e .[dev])")
    return Axe()


def _pages(live_url: str, world: dict, client) -> list[tuple[str, str]]:
    """(name, path) of the public pages; the map only once it is routed."""
    from speechwatch.incidents.models import Incident

    latest = Incident.objects.filter(status="published").order_by("-registered_month").first().registered_month
    pages = [
        ("home", "/"),
        ("list", "/incidents/?year=2024&region=abai"),
        ("detail", f"/incidents/{world['claim'].pk}/"),
        ("stats", f"/stats/{latest:%Y-%m}/"),
    ]
    if client.get("/map/").status_code == 200:
        pages.append(("map", "/map/"))
    return pages


def _context(new_context, live_url: str, lang: str, width: int):
    ctx = new_context()
    ctx.add_cookies([{"name": "django_language", "value": lang, "url": live_url}])
    page = ctx.new_page()
    page.set_viewport_size({"width": width, "height": 900})
    return ctx, page


def test_public_pages_pass_axe_keyboard_and_stay_on_the_site(live_server, users, new_context, client):
    """One test (one transactional database set-up) over every page, width and language."""
    axe = _axe()
    world = make_world()
    own_host = urlsplit(live_server.url).netloc
    RESULTS.mkdir(exist_ok=True)
    problems: list[str] = []
    foreign: list[str] = []

    def record(page):
        """Every request the page makes. One the Content-Security-Policy stops inside the browser never
        reaches the network (Redoc's bundle asks for its maker's logo: blocked by img-src 'self'), so it
        is left out; any other, even one that fails (no network here), counts."""
        requests: list[str] = []
        blocked: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.on(
            "requestfailed",
            lambda r: (
                blocked.append(r.url) if (r.failure or "").lower() in ("csp", "net::err_blocked_by_csp") else None
            ),
        )
        return requests, blocked

    def outside(recorded) -> list[str]:
        requests, blocked = recorded
        return [
            u
            for u in requests
            if urlsplit(u).scheme in ("http", "https", "ws", "wss")
            and urlsplit(u).netloc != own_host
            and u not in blocked
        ]

    for lang in LANGS:
        for name, path in _pages(live_server.url, world, client):
            for width in (390, 1280):
                _ctx, page = _context(new_context, live_server.url, lang, width)
                requests = record(page)
                response = page.goto(f"{live_server.url}{path}")
                assert response is not None and response.status == 200, (path, response and response.status)
                page.wait_for_load_state("networkidle")
                assert page.evaluate("document.documentElement.lang") == lang
                page.screenshot(path=str(RESULTS / f"public-{name}-{lang}-{width}.png"), full_page=True)
                overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
                assert overflow <= 0, f"{path} at {width}px scrolls sideways by {overflow}px: {page.evaluate(WIDE)}"
                if width == 1280:
                    for v in axe.run(page).response["violations"]:
                        if v["impact"] in BLOCKING:
                            targets = [n["target"] for n in v["nodes"]][:3]
                            problems.append(f"{lang} {path}: {v['id']} ({v['impact']}) {targets}")
                foreign += outside(requests)
                _ctx.close()
    assert not problems, "\n".join(problems)

    # the API documentation loads its viewer from the site, never from a CDN or a font host
    page = new_context().new_page()
    requests = record(page)
    response = page.goto(f"{live_server.url}/api/docs/")
    assert response is not None and response.status == 200
    page.wait_for_load_state("networkidle")
    foreign += outside(requests)
    assert not foreign, foreign

    # keyboard: the first Tab stop is the skip link, with a visible focus ring; Enter moves into main
    page.goto(f"{live_server.url}/incidents/")
    page.keyboard.press("Tab")
    focused = page.evaluate("[document.activeElement.className, getComputedStyle(document.activeElement).outlineStyle]")
    assert focused[0] == "skip-link" and focused[1] != "none"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "content"
    page.keyboard.press("Tab")  # the next stop is inside the main content: the filter form
    assert page.evaluate("document.activeElement.closest('main') !== null")
