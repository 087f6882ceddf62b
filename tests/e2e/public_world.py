"""A small public record for the browser tests of the public pages (invented incidents, our own words)."""

from __future__ import annotations

import datetime as dt
from typing import Any

LANGS = ("en", "ru", "kk")


def make_world() -> dict[str, Any]:
    """Six published incidents over two months and regions, one draft and one confidential incident."""
    from speechwatch.incidents.models import Actor, Incident, IncidentPlace, Involvement, Proceeding
    from speechwatch.vocab.models import Category, Region

    def add(title: str, cat: str, day: dt.date, region: str, **extra: Any) -> Incident:
        extra.setdefault("status", "published")
        inc = Incident.objects.create(
            title=title,
            primary_category=Category.objects.get(code=cat),
            date=day,
            registered_month=day.replace(day=1),
            summary="An invented summary for the browser tests.",
            **extra,
        )
        reg = Region.objects.get(code=region)
        IncidentPlace.objects.create(incident=inc, region_then=reg, region_now=reg, name_as_written="a town")
        return inc

    akimat = Actor.objects.create(name="Town akimat", kind="organisation", subkind="akimat")
    out = {
        "attack": add("Photographer pushed at a protest", "rights.attack", dt.date(2024, 2, 3), "almaty_city"),
        "threat": add("Editor receives threats", "rights.threat", dt.date(2024, 2, 11), "abai"),
        "claim": add("Honour lawsuit against a newspaper", "legal.civil", dt.date(2024, 3, 4), "astana"),
        "block": add("News site blocked", "access.blocking", dt.date(2024, 3, 9), "almaty_city"),
        "warning": add("Prosecutor warns a blogger", "legal.warning", dt.date(2024, 3, 15), "abai"),
        "detained": add("Reporter detained for hours", "rights.detention", dt.date(2024, 3, 20), "astana"),
        "draft": add("Unchecked draft report", "rights.attack", dt.date(2024, 3, 21), "abai", status="draft"),
        "secret": add(
            "Sealed confidential matter", "rights.attack", dt.date(2024, 3, 22), "abai", is_confidential=True
        ),
    }
    Involvement.objects.create(incident=out["threat"], actor=akimat, role="perpetrator")
    Proceeding.objects.create(incident=out["claim"], kind="civil")
    return out
