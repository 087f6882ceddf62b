"""One extracted incident record → a draft Incident with its actors, places, case and proceeding.

Registration month rule (methodology §3.1: an incident counts in the month whose report registers it):
- a report covering a single month (monthly digests, most briefings) registers every incident it
  lists in that month, whatever the incident's own date ("As it was reported in March …");
- a report covering several months (annual, half-year, "since the beginning of the year" cumulative
  reports) registers an incident in its own month when the date is known and inside the period, and
  otherwise in the last month of the period;
- a report without a period registers the incident in its own month, else the publication month,
  else the month of the import (with a warning).

Nothing outside the draft is created here: the actors, the case, the proceeding and its money a
record names are stored as a `DraftProposal` (speechwatch.ingest.models) that the review page shows;
`speechwatch.ingest.accept.accept_draft` creates them when an editor accepts the draft. Footnotes and
links inside the record's span become the draft's own `Source` rows.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone

from speechwatch.extraction.footnotes import Footnote, links_in, notes_for_span
from speechwatch.incidents import services
from speechwatch.incidents.choices import (
    AmountKind,
    DatePrecision,
    PartyRole,
    ProceedingKind,
    SourceKind,
)
from speechwatch.incidents.models import Actor, Incident, IncidentPlace, SourceDocument, normalise_name
from speechwatch.incidents.models.incidents import EARLIEST_DATE, NARRATIVE_MAX
from speechwatch.ingest.matching import Resolver, actor_kind, find_actor, involvement_role, main_actor, match_case
from speechwatch.ingest.models import DraftProposal
from speechwatch.ingest.money_scope import COUNTED_KINDS, PERIOD, SCOPES, is_legal_money, scope_of
from speechwatch.vocab.models import LegalArticle

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


def _actors(record: dict[str, Any], resolver: Resolver) -> list[dict[str, Any]]:
    """Proposed actors: each named actor with its role and the stored actor it matches, if any (read
    only: nothing is created or aliased until the draft is accepted)."""
    out: list[dict[str, Any]] = []
    for ref in record.get("actors") or []:
        name = re.sub(r"\s+", " ", str(ref.get("name") or "")).strip()[:300]
        if not name:
            continue
        kind = actor_kind(ref.get("kind"))
        key = (kind, normalise_name(name))
        found = resolver.actors.get(key)
        if found is None:
            found = find_actor(name, kind, resolver.actor_names(kind))
            if found is not None:
                resolver.actors[key] = found
        row = {
            "name": name,
            "kind": kind,
            "role": involvement_role(ref.get("role")),
            "actor": found.pk if found else None,
        }
        if all((r["name"], r["kind"], r["role"]) != (name, kind, row["role"]) for r in out):
            out.append(row)
    return out


def _case(
    record: dict[str, Any], actors: list[dict[str, Any]], title: str, articles: list[Any], warn: list[str]
) -> dict[str, Any]:
    """The proposed case of a follow-up: an existing case only when it is the same matter (same person
    or outlet, no conflicting article), else a new case titled after the matter, never after a court."""
    if resolver_category(record) in NO_CASE_CATEGORIES:
        warn.append("follow-up of a law, statement or context item: no case proposed")
        return {"case_action": "none", "is_follow_up": False}
    ref = main_actor([a for a in record.get("actors") or [] if a.get("kind") in ("person", "outlet")])
    actor = None
    if ref is not None:
        key = normalise_name(str(ref["name"]))
        row = next((a for a in actors if normalise_name(a["name"]) == key and a["actor"]), None)
        actor = Actor.objects.filter(pk=row["actor"]).first() if row else None
    case, reason = match_case(actor, title, articles=articles)
    if case is not None:
        return {"case_action": "existing", "case": case, "case_reason": reason[:300], "is_follow_up": True}
    warn.append("follow-up: no known case of the same matter; a new case is proposed")
    return {"case_action": "new", "case_title": _case_title(actors, title)[:300], "is_follow_up": True}


NO_CASE_CATEGORIES = {"context.legislation", "context.statement", "context.positive"}


def resolver_category(record: dict[str, Any]) -> str:
    return str(record.get("category") or "")


def _case_title(actors: list[dict[str, Any]], title: str) -> str:
    """ "Plaintiff v. Defendant" for a lawsuit, else the incident's own title (what the matter is)."""
    claimant = next((a for a in actors if a["role"] in ("plaintiff", "complainant")), None)
    defendant = next((a for a in actors if a["role"] == "defendant"), None)
    if claimant and defendant:
        return f"{claimant['name']} v. {defendant['name']}"
    return title


@transaction.atomic
def _create(
    doc: SourceDocument,
    record: dict[str, Any],
    text: str,
    period: Any,
    resolver: Resolver,
    user: Any,
    warn: list,
    number: int,
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
    actors = _actors(record, resolver)
    follow_up = bool(record.get("follow_up"))
    articles = _articles(record, resolver, warn)
    case = _case(record, actors, title, [a for a, _ in articles], warn) if follow_up else {"case_action": "none"}
    incident = services.incident_create(
        user=user,
        categories=secondary,
        sources=[
            {"kind": SourceKind.DOCUMENT, "title": (doc.title or doc.filename)[:500]},
            *footnote_sources(text, span, resolver.footnotes),
        ],
        title=title,
        date=date,
        date_precision=precision,
        registered_month=month,
        primary_category=primary,
        summary=str(record.get("summary") or "")[:1000],
        narrative=narrative,
        source_document=doc,
        span_start=span[0] if span else None,
        span_end=span[1] if span else None,
    )
    _places(incident, record, resolver, warn)
    proceeding = _proceeding(record, narrative, title, date, actors, articles, warn)
    year = period[1].year if period else (doc.published.year if doc.published else None)
    DraftProposal.objects.create(
        incident=incident,
        document=doc,
        number=number,
        actors=actors,
        proceeding=proceeding,
        create_proceeding=bool(proceeding),
        amounts=_amounts(record, narrative, year, warn) if proceeding else [],
        proposed_category=primary.code,
        category_confidence=_confidence(record),
        **case,
    )
    return incident


def _confidence(record: dict[str, Any]) -> float | None:
    """The record's category confidence (optional §7 field) as a probability, or None."""
    value = record.get("confidence")
    try:
        number = float(value) if value is not None else None
    except (TypeError, ValueError):
        return None
    return number if number is not None and 0.0 <= number <= 1.0 else None


def footnote_sources(text: str, span: tuple[int, int] | None, notes: list[Footnote]) -> list[dict[str, Any]]:
    """The draft's own sources: the footnotes cited inside its span and the links written in it."""
    if span is None:
        return []
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for note in notes_for_span(notes, *span):
        label = f"[{note.number}] {note.body}"
        urls = [u for u in note.urls if _valid_url(u)]
        for url in urls:
            if url not in seen:
                seen.add(url)
                out.append({"kind": SourceKind.URL, "url": url, "title": label[:500], "excerpt": note.body})
        if not urls:
            out.append({"kind": SourceKind.DOCUMENT, "title": label[:500], "excerpt": note.body})
    for link in links_in(text, *span):
        if link.url not in seen and _valid_url(link.url):
            seen.add(link.url)
            out.append({"kind": SourceKind.URL, "url": link.url, "title": link.url[:500]})
    return out


def _valid_url(url: str) -> bool:
    try:
        URLValidator()(url)
    except ValidationError:
        return False
    return len(url) <= 1000


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
        incident = _create(doc, record, text, period, resolver, user, warn, number)
    except ValidationError as exc:
        warn = [f"skipped ({'; '.join(exc.messages)})"]
        incident = None
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


def _proceeding_kind(record: dict[str, Any]) -> str | None:
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


def _articles(record: dict[str, Any], resolver: Resolver, warn: list[str]) -> list[tuple[LegalArticle, str]]:
    out: list[tuple[LegalArticle, str]] = []
    for b in record.get("legal_bases") or []:
        art = resolver.article(str(b.get("code") or ""), str(b.get("article") or ""))
        if art is None:
            warn.append(f"unknown legal article {b.get('code')} {b.get('article')}; not proposed")
        elif (art, str(b.get("part") or "")[:10]) not in out:
            out.append((art, str(b.get("part") or "")[:10]))
    return out


def _proceeding(
    record: dict[str, Any],
    narrative: str,
    title: str,
    date: dt.date | None,
    actors: list[dict[str, Any]],
    articles: list[tuple[LegalArticle, str]],
    warn: list[str],
) -> dict[str, Any]:
    """The proposed proceeding of this record alone (never merged with another record's): its kind,
    bases and parties; {} when the record names no legal basis and no money."""
    if not record.get("legal_bases") and not record.get("amounts"):
        return {}
    kind = _proceeding_kind(record)
    if kind is None:
        warn.append("amounts without a legal kind; no proceeding proposed")
        return {}
    honor = any(a.code_id == "CivC" and a.article == "143" for a, _ in articles) or (
        kind == ProceedingKind.CIVIL and any(w in narrative.lower() for w in HONOR_WORDS)
    )
    parties = [
        {"name": a["name"], "kind": a["kind"], "role": a["role"]}
        for a in actors
        if a["role"] in {PartyRole.PLAINTIFF, PartyRole.COMPLAINANT, PartyRole.DEFENDANT, PartyRole.VICTIM}
    ]
    return {
        "kind": kind,
        "title": title[:300],
        "filed_on": date.isoformat() if date else None,
        "is_honor_claim": honor,
        "bases": [{"code": a.code_id, "article": a.article, "part": part, "id": a.pk} for a, part in articles],
        "parties": parties,
    }


def _amounts(record: dict[str, Any], narrative: str, year: int | None, warn: list[str]) -> list[dict[str, Any]]:
    """Each amount with the scope its sentence gives it; only money of the period is proposed to count."""
    out = []
    for a in record.get("amounts") or []:
        try:
            kzt = int(a.get("kzt"))
        except (TypeError, ValueError):
            kzt = -1
        if kzt < 0:
            warn.append(f"amount {a.get('kzt')!r} is not a non-negative integer of tenge; skipped")
            continue
        kind = a.get("kind") if a.get("kind") in AmountKind.values else AmountKind.OTHER
        scope, context = scope_of(narrative, kzt, year)
        if a.get("scope") in SCOPES:  # the pipeline's own reading wins when it gives one
            scope = a["scope"]
        count = scope == PERIOD and kind in COUNTED_KINDS and is_legal_money(context)
        if not count:
            warn.append(f"amount {kzt:,} KZT ({kind}, scope “{scope}”) is not counted unless an editor confirms it")
        out.append({"kind": kind, "kzt": kzt, "scope": scope, "count": count, "context": context})
    return out
