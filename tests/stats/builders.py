"""A small invented world whose statistics were worked out by hand (see the expectations in the tests).

Counted incidents (verified or published, not follow-ups, counted groups):
  2023-04  A1-A4 access.refusal (4)                2023-11  I0 legal.civil (P6)
  2024-01  I1 rights.attack, I2 access.refusal (published), I3 legal.civil (P1)   [I4 context: not counted]
  2024-02  I5 rights.threat, I7 legal.criminal (P2)                              [I6 draft, I8 rejected]
  2024-03  I9 legal.criminal (published, P3), I11 access.blocking                [I10 follow-up of I3's case]
  2024-04  I12 legal.administrative (P4), I13 legal.civil (P5), I14 and I15 rights.detention (P8 on I15),
           I17 legal.warning                                                      [I16 draft, P7]
Proceedings:
  P1 civil honor (flag) filed 2024-01-20, CivC 143 + CivC 951, claimed 9 007 199 254 740 993 KZT,
     first instance 2024-03-15 (against media), appeal 2024-04-28 (for media),
     awarded 1 000 000 on 2024-03-15, recovered 600 000 on 2024-04-30 (same money as the award)
  P2 criminal filed 2024-02-05, CC 274, sent to court 2024-03-10
  P3 criminal, no filing date (incident registered 2024-03), CC 130 + CC 131, investigation only
  P4 administrative filed 2024-04-02, AC 456-2
  P5 civil, not flagged but CivC 143 (so honor), filed 2024-04-10, claimed 5 000 000, first instance
     2024-04-25 (for media)
  P6 civil privacy claim (not honor) filed 2023-11-01, claimed 7 000 000, recovered 250 000 on 2024-04-12
  P7 criminal on a draft incident, CC 174, sent to court: never counted
  P8 criminal filed 2024-04-05, CC 378, sentence 2024-04-29
"""

from __future__ import annotations

from datetime import date

from speechwatch.incidents.models import (
    Actor,
    Case,
    Incident,
    IncidentPlace,
    Involvement,
    MoneyAmount,
    Proceeding,
    ProceedingBasis,
    PublishedFigure,
    StageEvent,
)
from speechwatch.vocab.models import Category, LegalArticle, Region

BIG_CLAIM = 9_007_199_254_740_993  # 2**53 + 1: a float would round it


def incident(month: str, category: str, status: str = "verified", **kw) -> Incident:
    y, m = map(int, month.split("-"))
    return Incident.objects.create(
        title=kw.pop("title", f"{category} {month}"),
        registered_month=date(y, m, 1),
        date=kw.pop("date", date(y, m, 1)),
        primary_category=Category.objects.get(code=category),
        status=status,
        **kw,
    )


def place(inc: Incident, region: str) -> None:
    IncidentPlace.objects.create(incident=inc, region_then=Region.objects.get(code=region), name_as_written=region)


def involve(inc: Incident, actor: Actor, role: str) -> None:
    Involvement.objects.create(incident=inc, actor=actor, role=role)


def proceeding(inc: Incident, kind: str, filed: date | None, *articles: str, **kw) -> Proceeding:
    p = Proceeding.objects.create(incident=inc, case=inc.case, kind=kind, filed_on=filed, **kw)
    for art in articles:
        code, number = art.split(" ")
        ProceedingBasis.objects.create(proceeding=p, article=LegalArticle.objects.get(code_id=code, article=number))
    return p


def stage(p: Proceeding, kind: str, day: date, favour: bool | None = None, inc: Incident | None = None) -> None:
    StageEvent.objects.create(proceeding=p, kind=kind, date=day, in_favour_of_media=favour, incident=inc)


def money(p: Proceeding, kind: str, amount: int, day: date | None) -> None:
    MoneyAmount.objects.create(proceeding=p, kind=kind, amount_kzt=amount, date=day)


def build_world() -> dict[str, object]:
    w: dict[str, object] = {}
    police = Actor.objects.create(name="Steppe City Police", kind="organisation", subkind="police")
    akimat = Actor.objects.create(name="Akimat of Lakeside", kind="organisation", subkind="akimat", is_state=True)
    citizen = Actor.objects.create(name="Arman Invented", kind="person", subkind="citizen")
    paper = Actor.objects.create(name="Daily Steppe", kind="outlet", subkind="newspaper")
    tv = Actor.objects.create(name="Channel Nine Invented", kind="outlet", subkind="tv")
    reporter = Actor.objects.create(name="Dana Reporter", kind="person", subkind="journalist")

    for i in range(1, 5):
        w[f"A{i}"] = incident("2023-04", "access.refusal", title=f"refusal {i} in 2023")
    w["I0"] = i0 = incident("2023-11", "legal.civil")

    w["I1"] = i1 = incident("2024-01", "rights.attack")
    place(i1, "almaty_city")
    involve(i1, paper, "victim")
    involve(i1, police, "perpetrator")
    w["I2"] = i2 = incident("2024-01", "access.refusal", status="published")
    place(i2, "astana")
    involve(i2, akimat, "perpetrator")
    case = Case.objects.create(title="Honor suit against Daily Steppe")
    w["I3"] = i3 = incident("2024-01", "legal.civil", case=case)
    w["I4"] = incident("2024-01", "context.legislation")

    w["I5"] = i5 = incident("2024-02", "rights.threat")
    involve(i5, citizen, "perpetrator")
    w["I6"] = incident("2024-02", "rights.threat", status="draft")
    w["I7"] = i7 = incident("2024-02", "legal.criminal")
    w["I8"] = incident("2024-02", "rights.attack", status="rejected")

    w["I9"] = i9 = incident("2024-03", "legal.criminal", status="published")
    w["I10"] = i10 = incident("2024-03", "legal.civil", case=case, is_follow_up=True)
    w["I11"] = i11 = incident("2024-03", "access.blocking")
    place(i11, "almaty_city")

    w["I12"] = i12 = incident("2024-04", "legal.administrative")
    w["I13"] = i13 = incident("2024-04", "legal.civil")
    w["I14"] = i14 = incident("2024-04", "rights.detention")
    place(i14, "shymkent")
    involve(i14, reporter, "victim")
    involve(i14, police, "perpetrator")
    w["I15"] = i15 = incident("2024-04", "rights.detention")
    place(i15, "shymkent")
    place(i15, "almaty_city")
    involve(i15, tv, "victim")
    w["I16"] = i16 = incident("2024-04", "legal.criminal", status="draft")
    w["I17"] = incident("2024-04", "legal.warning")

    w["P1"] = p1 = proceeding(i3, "civil", date(2024, 1, 20), "CivC 143", "CivC 951", is_honor_claim=True)
    money(p1, "claimed", BIG_CLAIM, date(2024, 1, 20))
    stage(p1, "first_instance", date(2024, 3, 15), favour=False, inc=i10)
    stage(p1, "appeal", date(2024, 4, 28), favour=True)
    money(p1, "awarded", 1_000_000, date(2024, 3, 15))
    money(p1, "recovered", 600_000, date(2024, 4, 30))

    w["P2"] = p2 = proceeding(i7, "criminal", date(2024, 2, 5), "CC 274")
    stage(p2, "sent_to_court", date(2024, 3, 10))
    w["P3"] = p3 = proceeding(i9, "criminal", None, "CC 130", "CC 131")
    stage(p3, "investigation_opened", date(2024, 3, 2))
    w["P4"] = proceeding(i12, "administrative", date(2024, 4, 2), "AC 456-2")
    w["P5"] = p5 = proceeding(i13, "civil", date(2024, 4, 10), "CivC 143")
    money(p5, "claimed", 5_000_000, None)
    stage(p5, "first_instance", date(2024, 4, 25), favour=True)
    w["P6"] = p6 = proceeding(i0, "civil", date(2023, 11, 1))
    money(p6, "claimed", 7_000_000, date(2023, 11, 1))
    money(p6, "recovered", 250_000, date(2024, 4, 12))
    w["P7"] = p7 = proceeding(i16, "criminal", date(2024, 4, 3), "CC 174")
    stage(p7, "sent_to_court", date(2024, 4, 20))
    w["P8"] = p8 = proceeding(i15, "criminal", date(2024, 4, 5), "CC 378")
    stage(p8, "sentence", date(2024, 4, 29))
    return w


def publish(measure: str, scope: str, value: int, start: date, end: date, wording: str = "") -> PublishedFigure:
    return PublishedFigure.objects.create(
        publisher="Invented Monitor", measure=measure, scope=scope, value=value,
        period_start=start, period_end=end, wording=wording or f"{measure} {value}",
    )  # fmt: skip
