"""One extracted incident record → a draft Incident with its actors, places, case and proceeding.

Registration month rule (methodology §3.1: an incident counts in the month whose report registers it):
- a report covering a single month (monthly digests, most briefings) registers every incident it
  lists in that month, whatever the incident's own date ("As it was reported in March …");
- a report covering several months (annual, half-year, "since the beginning of the year" cumulative
  reports) registers an incident in its own month when the date is known and inside the period, and
  otherwise in the last month of the period;
- a report without a period registers the incident in its own month, else the publication month,
  else the month of the import (with a warning).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from speechwatch.incidents import services
from speechwatch.incidents.choices import (
    AmountKind,
    DatePrecision,
    PartyRole,
    ProceedingKind,
    SourceKind,
)
from speechwatch.incidents.models import (
    Actor,
    Case,
    Incident,
    IncidentPlace,
    MoneyAmount,
    Proceeding,
    ProceedingBasis,
    ProceedingParty,
    SourceDocument,
    normalise_name,
)
from speechwatch.incidents.models.incidents import EARLIEST_DATE, NARRATIVE_MAX
from speechwatch.ingest.matching import Resolver, actor_kind, find_actor, involvement_role, main_actor, match_case

LEGAL_KINDS = {
    "legal.criminal": ProceedingKind.CRIMINAL,
    "legal.civil": ProceedingKind.CIVIL,
    "legal.administrative": ProceedingKind.ADMINISTRATIVE,
    "legal.warning": ProceedingKind.WARNING,
}
CODE_KINDS = {"CC": ProceedingKind.CRIMINAL, "AC": ProceedingKind.ADMINISTRATIVE, "CivC": ProceedingKind.CIVIL}
HONOR_WORDS = ("honor", "honour", "dignity", "чести", "достоинства", "деловой репутации", "ар-намыс")


def _month(day: dt.date) -> dt.date:
    return day.replace(day=1)


def registration_month(
    date: dt.date | None, period: tuple[dt.date, dt.date] | None, published: dt.date | None
) -> tuple[dt.date, str | None]:
    """The month that counts this incident (rule in the module docstring) and a warning, if any."""
    if period is not None:
        start, end = period
        if _month(start) == _month(end):
            return _month(start), None
        if date is not None and start <= date <= end:
            return _month(date), None
        return _month(end), None
    if date is not None:
        return _month(date), None
    if published is not None:
        return _month(published), None
    return _month(timezone.localdate()), "no report period or date: registered in the month of the import"


def _title(record: dict[str, Any], narrative: str) -> str:
    title = str(record.get("title") or record.get("summary") or "").strip()
    if not title:
        first = re.split(r"(?<=[.!?])\s", narrative.strip(), maxsplit=1)[0]
        title = first.strip(" -–—•*\n") or "Untitled incident"
    title = re.sub(r"\s+", " ", title)
    if len(title) <= 160:
        return title
    cut = title[:159].rsplit(" ", 1)[0] if " " in title[:159] else title[:159]
    return cut.rstrip(" ,;:") + "…"


def _date(record: dict[str, Any], warn: list[str]) -> tuple[dt.date | None, str]:
    from speechwatch.ingest.store import parse_date

    date = parse_date(record.get("date"))
    precision = record.get("date_precision")
    precision = precision if precision in DatePrecision.values else DatePrecision.DAY
    if date is not None and (date < EARLIEST_DATE or date > timezone.localdate()):
        warn.append(f"date {date} is outside 1991..today; left empty")
        date = None
    return date, precision


def _actors(record: dict[str, Any], resolver: Resolver, user: Any) -> list[tuple[Actor, str]]:
    """Match or create each named actor; one (actor, role) pair per distinct combination."""
    out: list[tuple[Actor, str]] = []
    for ref in record.get("actors") or []:
        name = re.sub(r"\s+", " ", str(ref.get("name") or "")).strip()[:300]
        if not name:
            continue
        kind = actor_kind(ref.get("kind"))
        key = (kind, normalise_name(name))
        found = resolver.actors.get(key) or find_actor(name, kind, resolver.actor_names(kind))
        if found is None:
            found, _ = services.actor_get_or_create(name, kind, user=user)
            resolver.actor_names(kind)[found.pk] = found.normalised
        elif found.normalised != key[1] and key not in resolver.actors:
            services.actor_get_or_create(found.name, kind, aliases=[name], user=user)
        resolver.actors[key] = found  # a report names the same outlet again and again
        pair = (found, involvement_role(ref.get("role")))
        if all(pair[0].pk != a.pk or pair[1] != r for a, r in out):
            out.append(pair)
    return out


def _case(record: dict[str, Any], involvements: list[tuple[Actor, str]], title: str, warn: list[str]) -> Case:
    ref = main_actor(record.get("actors") or [])
    actor = None
    if ref is not None:
        key = normalise_name(str(ref["name"]))
        actor = next((a for a, _ in involvements if a.normalised == key), involvements[0][0] if involvements else None)
    case = match_case(actor, title)
    if case is None:
        case = Case.objects.create(title=_case_title(involvements, actor, title)[:300])
        warn.append(f"follow-up: no known case matched; opened case “{case.title}”")
    return case


def _case_title(involvements: list[tuple[Actor, str]], actor: Actor | None, title: str) -> str:
    """ "Plaintiff v. Defendant" for a lawsuit, else the name of the person or outlet the story is about."""
    claimant = next((a for a, r in involvements if r in ("plaintiff", "complainant")), None)
    defendant = next((a for a, r in involvements if r == "defendant"), None)
    if claimant and defendant:
        return f"{claimant.name} v. {defendant.name}"
    return actor.name if actor else title


@transaction.atomic
def _create(
    doc: SourceDocument, record: dict[str, Any], text: str, period: Any, resolver: Resolver, user: Any, warn: list
) -> Incident:
    from speechwatch.ingest.store import valid_span

    span = valid_span(record.get("span"), text)
    if span is None:
        warn.append(f"span {record.get('span')!r} is outside the text; no narrative")
    narrative = text[span[0] : span[1]][:NARRATIVE_MAX] if span else ""
    date, precision = _date(record, warn)
    month, note = registration_month(date, period, doc.published)
    if note:
        warn.append(note)
    if date is not None and _month(date) > month:
        warn.append(f"date {date} is after the registration month {month:%Y-%m}; left empty")
        date = None
    primary = resolver.known_category(record.get("category"))
    if primary is None:
        primary = resolver.fallback_category()
        warn.append(f"unknown category {record.get('category')!r}; filed under {primary.code} for review")
    secondary = []
    for code in record.get("categories") or []:
        cat = resolver.known_category(code)
        if cat is None:
            if code != record.get("category"):  # the unknown primary was already reported
                warn.append(f"unknown secondary category {code!r}; dropped")
        elif cat.pk != primary.pk and cat not in secondary:
            secondary.append(cat)
    title = _title(record, narrative)
    involvements = _actors(record, resolver, user)
    follow_up = bool(record.get("follow_up"))
    case = _case(record, involvements, title, warn) if follow_up else None
    incident = services.incident_create(
        user=user,
        categories=secondary,
        involvements=involvements,
        sources=[{"kind": SourceKind.DOCUMENT, "title": (doc.title or doc.filename)[:500]}],
        title=title,
        date=date,
        date_precision=precision,
        registered_month=month,
        primary_category=primary,
        summary=str(record.get("summary") or "")[:1000],
        narrative=narrative,
        case=case,
        is_follow_up=follow_up,
        source_document=doc,
        span_start=span[0] if span else None,
        span_end=span[1] if span else None,
    )
    _places(incident, record, resolver, warn)
    _proceeding(incident, record, involvements, resolver, warn)
    return incident


def store_incident(
    doc: SourceDocument,
    record: dict[str, Any],
    text: str,
    period: tuple[dt.date, dt.date] | None,
    resolver: Resolver,
    *,
    user: Any = None,
    number: int = 0,
) -> Incident | None:
    """Store one record as a draft inside its own savepoint: a record the model rejects is skipped with
    a warning and the rest of the document still imports."""
    warn: list[str] = []
    try:
        incident = _create(doc, record, text, period, resolver, user, warn)
    except ValidationError as exc:
        warn = [f"skipped ({'; '.join(exc.messages)})"]
        incident = None
        resolver.actors.clear()  # actors created inside the rolled-back savepoint are gone
        resolver.names.clear()
    resolver.warnings.extend(f"incident {number}: {w}" for w in warn)
    return incident


def _places(incident: Incident, record: dict[str, Any], resolver: Resolver, warn: list[str]) -> None:
    seen: set[str] = set()
    for ref in record.get("places") or []:
        name = str(ref.get("name") or "").strip()[:200]
        place = resolver.place(name)
        key = f"p{place.pk}" if place else name.lower()
        if not name or key in seen:
            continue
        seen.add(key)
        region = resolver.region(ref.get("region"))
        if ref.get("region") and region is None:
            warn.append(f"unknown region code {ref.get('region')!r} for {name}")
        IncidentPlace.objects.create(
            incident=incident,
            place=place,
            region_then=region,
            # the record's own "now" code when it gives one; else the place's today, else the successor
            region_now=resolver.region(ref.get("region_now")) or (None if place else resolver.region_today(region)),
            name_as_written=name,
        )


def _proceeding_kind(incident: Incident, record: dict[str, Any]) -> str | None:
    codes = [record.get("category"), *(record.get("categories") or [])]
    for code in codes:
        if code in LEGAL_KINDS:
            return LEGAL_KINDS[code]
    for basis in record.get("legal_bases") or []:
        if basis.get("code") in CODE_KINDS:
            return CODE_KINDS[basis["code"]]
    kinds = {a.get("kind") for a in record.get("amounts") or []}
    if kinds & {"claimed", "awarded", "recovered"}:
        return ProceedingKind.CIVIL
    if "fine" in kinds:
        return ProceedingKind.ADMINISTRATIVE
    return None


def _proceeding(
    incident: Incident, record: dict[str, Any], involvements: list[tuple[Actor, str]], resolver: Resolver, warn: list
) -> Proceeding | None:
    bases, amounts = record.get("legal_bases") or [], record.get("amounts") or []
    if not bases and not amounts:
        return None
    kind = _proceeding_kind(incident, record)
    if kind is None:
        warn.append("amounts without a legal kind; no proceeding recorded")
        return None
    articles = []
    for b in bases:
        art = resolver.article(str(b.get("code") or ""), str(b.get("article") or ""))
        if art is None:
            warn.append(f"unknown legal article {b.get('code')} {b.get('article')}; not linked")
        else:
            articles.append((art, str(b.get("part") or "")[:10]))
    honor = any(a.code_id == "CivC" and a.article == "143" for a, _ in articles) or (
        kind == ProceedingKind.CIVIL and any(w in incident.narrative.lower() for w in HONOR_WORDS)
    )
    proc = Proceeding.objects.create(
        case=incident.case,
        incident=incident,
        kind=kind,
        title=incident.title,
        filed_on=incident.date,
        is_honor_claim=honor,
    )
    for art, part in dict.fromkeys(articles):
        ProceedingBasis.objects.create(proceeding=proc, article=art, part=part)
    for a in amounts:
        try:
            kzt = int(a.get("kzt"))
        except (TypeError, ValueError):
            kzt = -1
        if kzt < 0:
            warn.append(f"amount {a.get('kzt')!r} is not a non-negative integer of tenge; skipped")
            continue
        amount_kind = a.get("kind") if a.get("kind") in AmountKind.values else AmountKind.OTHER
        MoneyAmount.objects.create(proceeding=proc, kind=amount_kind, amount_kzt=kzt, date=incident.date)
    for actor, role in involvements:
        if role in {PartyRole.PLAINTIFF, PartyRole.COMPLAINANT, PartyRole.DEFENDANT, PartyRole.VICTIM}:
            ProceedingParty.objects.get_or_create(proceeding=proc, actor=actor, role=role)
    return proc
