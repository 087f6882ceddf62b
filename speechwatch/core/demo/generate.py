"""Seeded random monthly incidents for the demo: every category, many regions, January 2023 to
April 2024, with the proceedings that the legal categories imply.

The plan is drawn from `random.Random(SEED)` so the same database comes out on every run.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from speechwatch.core.demo.phrases import PHRASES, TOPICS
from speechwatch.core.demo.translations import record_texts
from speechwatch.incidents import services
from speechwatch.incidents.models import (
    Actor,
    IncidentTranslation,
    MoneyAmount,
    Proceeding,
    ProceedingBasis,
    ProceedingParty,
)
from speechwatch.vocab.models import LegalArticle

SEED = 20240430
LAST_DAY = dt.date(2024, 4, 30)

# Incidents per registration month (excluding the hand-written case in flagship.py).
MONTH_COUNTS: dict[tuple[int, int], int] = {
    **{(2023, m): n for m, n in zip(range(1, 13), [11, 12, 14, 13, 12, 14, 10, 12, 15, 13, 12, 16], strict=True)},
    (2024, 1): 19,
    (2024, 2): 22,
    (2024, 3): 26,
    (2024, 4): 24,
}

WEIGHTS: dict[str, int] = {
    "rights.murder": 1, "rights.attack": 6, "rights.threat": 6, "rights.detention": 5, "rights.obstruction": 9,
    "rights.discrediting": 3, "rights.pressure": 6, "rights.copyright": 2, "access.refusal": 12,
    "access.blocking": 4, "access.closure": 2, "access.cyberattack": 4, "access.censorship": 4,
    "access.elections": 2, "legal.criminal": 7, "legal.civil": 9, "legal.administrative": 5,
    "legal.warning": 3, "context.legislation": 2, "context.statement": 2, "context.positive": 2,
    "civic.assembly": 2, "civic.association": 1, "civic.prisoner": 1, "civic.elections": 1,
}  # fmt: skip

CITIES = [
    "Almaty", "Astana", "Shymkent", "Karaganda", "Aktobe", "Taraz", "Pavlodar", "Oskemen", "Semey", "Oral",
    "Atyrau", "Aktau", "Zhanaozen", "Kostanay", "Kyzylorda", "Petropavl", "Kokshetau", "Taldykorgan",
    "Turkistan", "Zhezkazgan", "Konaev", "Temirtau",
]  # fmt: skip

CRIMINAL_ARTICLES = [("274", "2"), ("274", "4"), ("174", "1"), ("405", "2"), ("378", "1"), ("423", "")]
ADMIN_ARTICLES = ["456-2", "73-3", "488"]
CLAIMS = [500_000, 1_000_000, 2_000_000, 3_000_000, 5_000_000, 10_000_000, 20_000_000, 50_000_000]
FINES = [34_500, 69_000, 103_500, 172_500]
PERPETRATOR_CATEGORIES = {"rights.attack", "rights.threat", "rights.detention", "rights.obstruction",
                          "rights.pressure", "access.refusal", "access.censorship", "access.closure",
                          "context.statement", "civic.assembly"}  # fmt: skip


@dataclass
class Context:
    """Users and actor pools the generator draws from."""

    users: dict[str, Any]
    persons: list[Actor]
    outlets: list[Actor]
    orgs: dict[str, list[Actor]]
    counts: dict[str, int] = field(default_factory=dict)

    def org(self, rng: random.Random, *subkinds: str) -> Actor:
        pool = [a for s in subkinds for a in self.orgs.get(s, [])]
        return rng.choice(pool)


def _month_plan(rng: random.Random) -> list[tuple[dt.date, str]]:
    """(registration month, category) pairs; January to April 2024 together cover every category."""
    cats = list(WEIGHTS)
    plan: list[tuple[dt.date, str]] = []
    must = cats[:]
    rng.shuffle(must)
    for (year, month), n in MONTH_COUNTS.items():
        first = dt.date(year, month, 1)
        chosen: list[str] = []
        if year == 2024:
            take, must = must[:7], must[7:]
            chosen += take
        if (year, month) == (2023, 12):
            chosen += ["access.cyberattack"] * 4  # the jump the trend flag should notice
        while len(chosen) < n:
            chosen.append(rng.choices(cats, weights=[WEIGHTS[c] for c in cats])[0])
        plan += [(first, c) for c in chosen]
    return plan


def _status(rng: random.Random, month: dt.date) -> str:
    if month < dt.date(2024, 3, 1):
        return rng.choices(["published", "verified"], [9, 1])[0]
    if month < dt.date(2024, 4, 1):
        return rng.choices(["published", "verified", "draft"], [8, 1, 1])[0]
    return rng.choices(["published", "verified", "draft"], [6, 3, 2])[0]


def _day(rng: random.Random, month: dt.date) -> dt.date:
    nxt = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return month + dt.timedelta(days=rng.randrange((nxt - month).days))


def _article(code: str, article: str) -> LegalArticle:
    return LegalArticle.objects.get(code_id=code, article=article)


def _proceeding(rng: random.Random, ctx: Context, incident: Any, category: str, victim: Actor, outlet: Actor) -> None:
    """The proceeding a legal-category incident reports, with bases, parties, stages and money."""
    day = incident.date
    editor = ctx.users["editor"]
    if category == "legal.civil":
        plaintiff = ctx.org(rng, "official", "akimat", "company")
        p = Proceeding.objects.create(
            incident=incident, kind="civil", title=f"{plaintiff} v. {outlet}", filed_on=day,
            is_honor_claim=rng.random() < 0.85, court_name="District Court No. 2 (demo)",
        )  # fmt: skip
        ProceedingBasis.objects.create(proceeding=p, article=_article("CivC", "143"))
        ProceedingBasis.objects.create(proceeding=p, article=_article("CivC", "951"))
        ProceedingParty.objects.create(proceeding=p, actor=plaintiff, role="plaintiff")
        ProceedingParty.objects.create(proceeding=p, actor=outlet, role="defendant")
        claimed = rng.choice(CLAIMS)
        MoneyAmount.objects.create(proceeding=p, kind="claimed", amount_kzt=claimed, date=day)
        services.proceeding_add_stage(p, "complaint_filed", day, user=editor)
        decided = day + dt.timedelta(days=rng.randint(20, 90))
        if decided <= LAST_DAY and rng.random() < 0.6:
            for_media = rng.random() < 0.5
            services.proceeding_add_stage(p, "first_instance", decided, user=editor, in_favour_of_media=for_media)
            if for_media:
                p.outcome = "rejected"
            else:
                p.outcome = "partly_satisfied"
                awarded = claimed // rng.choice([5, 10, 20])
                MoneyAmount.objects.create(proceeding=p, kind="awarded", amount_kzt=awarded, date=decided)
                if rng.random() < 0.5:
                    MoneyAmount.objects.create(proceeding=p, kind="recovered", amount_kzt=awarded, date=decided)
            p.save()
    elif category == "legal.criminal":
        article, part = rng.choice(CRIMINAL_ARTICLES)
        p = Proceeding.objects.create(
            incident=incident, kind="criminal", title=f"Criminal case against {victim}", filed_on=day,
            court_name="City Police Department (demo)",
        )  # fmt: skip
        ProceedingBasis.objects.create(proceeding=p, article=_article("CC", article), part=part)
        ProceedingParty.objects.create(proceeding=p, actor=victim, role="accused")
        services.proceeding_add_stage(p, "investigation_opened", day, user=editor)
        sent = day + dt.timedelta(days=rng.randint(15, 60))
        if sent <= LAST_DAY and rng.random() < 0.45:
            services.proceeding_add_stage(p, "sent_to_court", sent, user=editor)
        elif sent <= LAST_DAY and rng.random() < 0.3:
            services.proceeding_add_stage(p, "terminated", sent, user=editor, in_favour_of_media=True)
            p.outcome = "dismissed"
            p.save()
    elif category == "legal.administrative":
        article = rng.choice(ADMIN_ARTICLES)
        p = Proceeding.objects.create(
            incident=incident, kind="administrative", title=f"AC {article}: {victim}", filed_on=day,
            court_name="Specialised Administrative Court (demo)",
        )  # fmt: skip
        ProceedingBasis.objects.create(proceeding=p, article=_article("AC", article))
        ProceedingParty.objects.create(proceeding=p, actor=victim, role="defendant")
        services.proceeding_add_stage(p, "first_instance", day, user=editor, in_favour_of_media=False)
        p.outcome = "fined"
        p.save()
        MoneyAmount.objects.create(proceeding=p, kind="fine", amount_kzt=rng.choice(FINES), date=day)
    elif category == "legal.warning":
        prosecutor = ctx.org(rng, "prosecutor")
        p = Proceeding.objects.create(
            incident=incident, kind="warning", title=f"Warning to {outlet}", filed_on=day, court=prosecutor,
            court_name=prosecutor.name,
        )  # fmt: skip
        ProceedingParty.objects.create(proceeding=p, actor=outlet, role="defendant")
        ProceedingParty.objects.create(proceeding=p, actor=prosecutor, role="complainant")
        services.proceeding_add_stage(p, "other", day, user=editor, note="Official warning issued.")


@cache
def _city_names(city: str) -> dict[str, str]:
    """A city's name in Russian and Kazakh, from the codebook's places."""
    from speechwatch.vocab.models import Place

    place = Place.objects.filter(name_en=city).first()
    return {"ru": place.name_ru, "kk": place.name_kk} if place else {}


def generate_incidents(ctx: Context) -> int:
    """Create the random monthly incidents; returns how many."""
    rng = random.Random(SEED)  # noqa: S311 (reproducible demo data, not security)
    made = 0
    seen: set[str] = set()  # two records drawn with the same wording get the place and month added
    for n, (month, category) in enumerate(_month_plan(rng)):
        title, summary, summary_ru = rng.choice(PHRASES[category])
        topic, topic_ru = rng.choice(TOPICS)
        person = rng.choice(ctx.persons)
        outlet = rng.choice(ctx.outlets)
        org = ctx.org(rng, "akimat", "police", "ministry", "official", "company")
        city = rng.choice(CITIES)
        slots = {"person": person.name, "outlet": outlet.name, "org": org.name, "city": city, "topic": topic,
                 "topic_ru": topic_ru}  # fmt: skip
        status = _status(rng, month)
        precise = rng.random() < 0.9
        day = _day(rng, month)
        if rng.random() < 0.12 and month > dt.date(2023, 1, 1):
            day = _day(rng, (month - dt.timedelta(days=1)).replace(day=1))  # reported a month late
        confidential = rng.random() < 0.06
        sources = [
            {"kind": "url", "url": f"https://news.example.org/{month:%Y/%m}/item-{n}", "title": f"{outlet.name} report",
             "reliability": rng.choice("AB")},
        ]  # fmt: skip
        if rng.random() < 0.35:
            sources.append({
                "kind": "correspondent", "correspondent": f"Regional correspondent ({city})",
                "excerpt": "Confirmed by phone with the person concerned.",
                "reliability": "B", "is_confidential": rng.random() < 0.3,
            })  # fmt: skip
        involvements = [(outlet, "victim")] if "{outlet}" in title + summary else [(person, "victim")]
        if "{person}" in summary and "{outlet}" in summary:
            involvements.append((person, "victim"))
        if category in PERPETRATOR_CATEGORIES or "{org}" in summary:
            involvements.append((org, "perpetrator"))
        user = ctx.users["monitor"] if status == "draft" else ctx.users["editor"]
        suffix = {"en": "", "ru": "", "kk": ""}
        if summary.format(**slots) in seen:
            names = {"en": city, **_city_names(city)}
            when = f"{day:%d.%m.%Y}" if precise else f"{day:%m.%Y}"
            suffix = {lang: f" ({names.get(lang) or city}, {when})" for lang in suffix}
        seen.add(summary.format(**slots))
        incident = services.incident_create(
            user=user,
            title=title.format(**slots)[:300],
            summary=summary.format(**slots) + suffix["en"],
            narrative="",  # the summary is the record's text; its Russian and Kazakh ones are translations
            source_lang="en",
            date=day if precise else day.replace(day=1),
            date_precision="day" if precise else "month",
            registered_month=month,
            primary_category=category,
            categories=["legal.criminal"] if category == "rights.detention" and rng.random() < 0.2 else [],
            places=[city],
            involvements=list(dict.fromkeys(involvements)),
            sources=sources,
            is_confidential=confidential,
            confidential_notes="Victim asked not to be named publicly." if confidential else "",
            status="draft" if status == "draft" else status,
        )
        for lang, (t, text) in record_texts(title, summary_ru, slots, _city_names(city), topic).items():
            IncidentTranslation.objects.create(incident=incident, lang=lang, title=t[:300], status="reviewed",
                                        summary=(text + suffix[lang])[:1000])
        if category.startswith("legal."):
            _proceeding(rng, ctx, incident, category, person, outlet)
        made += 1
    return made
