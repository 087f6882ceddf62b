"""Embeds for partner sites: a counter and a small bar chart of a filtered incident view, as tiny
self-contained pages that other sites may put in an <iframe>.

They are public and cached by anyone (Cache-Control: public, ETag, Last-Modified; `private` when the
request carries our session cookie, whose refresh must not be stored by a shared cache), so they are always
computed as an anonymous visitor sees the data, whoever asks: a signed-in editor's cookie must never
put a confidential or unpublished record into a page a shared cache keeps. Only these views opt out
of frame-ancestors 'none' (speechwatch.core.security.allow_framing). `?lang=ru|kk|en` picks the
language (a partner page has no language cookie of ours).
"""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.db.models import Count, Max
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag
from django.utils.http import http_date

from speechwatch.core.security import allow_framing
from speechwatch.web.exports.records import filtered_incidents

EMBED_MAX_AGE = 900  # seconds a partner page (or a cache in front of us) may keep an embed
MONTHS = 12
BAR_WIDTH, CHART_HEIGHT = 28, 120


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    x: int
    y: int
    height: int


def _anonymous(request: HttpRequest) -> HttpRequest:
    """The request as an anonymous visitor makes it (same filters, no user)."""
    anon = copy.copy(request)
    anon.user = AnonymousUser()
    anon._speechwatch_codebook = None  # type: ignore[attr-defined]
    return anon


def _language(request: HttpRequest) -> str | None:
    lang = (request.GET.get("lang") or "")[:2]
    return lang if lang in {code for code, _name in settings.LANGUAGES} else None


def _list_url(request: HttpRequest) -> str:
    params = request.GET.copy()
    params.pop("lang", None)
    query = params.urlencode()
    return request.build_absolute_uri(reverse("web:incident_list")) + (f"?{query}" if query else "")


def _cached(request: HttpRequest, response: HttpResponse, last: dt.datetime | None) -> HttpResponse:
    """Public caching headers, and 304 Not Modified when the client's copy is current."""
    set_response_etag(response)
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        # a signed-in visitor's response may carry a refreshed session cookie: never for shared caches
        # (partner pages frame the embed cross-site, where our SameSite=Lax cookie is not sent)
        patch_cache_control(response, private=True, max_age=EMBED_MAX_AGE)
    else:
        patch_cache_control(response, public=True, max_age=EMBED_MAX_AGE)
    stamp = int(last.timestamp()) if last else None
    if stamp is not None:
        response["Last-Modified"] = http_date(stamp)
    return get_conditional_response(request, etag=response["ETag"], last_modified=stamp, response=response)


def _month_bars(counts: dict[dt.date, int]) -> list[Bar]:
    """The last MONTHS registration months up to the newest one with incidents (or this month)."""
    end = max(counts) if counts else dt.date.today().replace(day=1)
    months = []
    year, month = end.year, end.month
    for _i in range(MONTHS):
        months.append(dt.date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    months.reverse()
    top = max([counts.get(m, 0) for m in months] + [1])
    bars = []
    for i, m in enumerate(months):
        n = counts.get(m, 0)
        h = round(CHART_HEIGHT * n / top)
        bars.append(Bar(m.strftime("%Y-%m"), n, i * (BAR_WIDTH + 4), CHART_HEIGHT - h, h))
    return bars


@allow_framing
def embed_counter(request: HttpRequest) -> HttpResponse:
    """How many incidents the filtered public list holds."""
    anon = _anonymous(request)
    lang = _language(request)
    with translation.override(lang or translation.get_language()):
        qs = filtered_incidents(anon, anon.user)
        stats = qs.order_by().aggregate(n=Count("id"), last=Max("updated_at"))
        response = render(anon, "opendata/embed_counter.html", {"count": stats["n"], "list_url": _list_url(request)})
    return _cached(request, response, stats["last"])


@allow_framing
def embed_chart(request: HttpRequest) -> HttpResponse:
    """Incidents of the filtered public list per registration month, the last twelve months, as an
    SVG bar chart with the same numbers in a table."""
    anon = _anonymous(request)
    lang = _language(request)
    with translation.override(lang or translation.get_language()):
        qs = filtered_incidents(anon, anon.user)
        per_month = dict(
            qs.order_by().values_list("registered_month").annotate(n=Count("id")).values_list("registered_month", "n")
        )
        last = qs.order_by().aggregate(last=Max("updated_at"))["last"]
        bars = _month_bars(per_month)
        response = render(
            anon,
            "opendata/embed_chart.html",
            {
                "bars": bars,
                "total": sum(b.count for b in bars),
                "width": len(bars) * (BAR_WIDTH + 4),
                "height": CHART_HEIGHT,
                "bar_width": BAR_WIDTH,
                "list_url": _list_url(request),
            },
        )
    return _cached(request, response, last)
