"""A small, hand-countable data set for report tests (every name and event here is invented).

April 2024 (counted): rights 4 (attack, detention, 2 obstruction), access 3 (refusal, cyberattack,
one confidential blocking), legal 3 (criminal CC 274, civil honor claim 5,000,000 KZT claimed,
administrative AC 456-2) → 10 reports for the staff statistics, 9 in printed reports (a report's
figures leave out the confidential blocking, as its text does). Not counted: a follow-up detention,
a draft attack, a rejected threat, one official statement, one legislation item. March 2024: an
attack and a civil claim with 200,000 KZT recovered. November 2021: a political prisoner
(civic.prisoner) for the briefing.
"""

from __future__ import annotations

import datetime as dt

from speechwatch.incidents.models import (
    Actor,
    Ban,
    Case,
    Incident,
    IncidentPlace,
    Involvement,
    LegislativeEvent,
    LegislativeItem,
    MoneyAmount,
    Proceeding,
    ProceedingBasis,
    ProceedingParty,
    Sentence,
    Source,
    StageEvent,
)
from speechwatch.vocab.models import Category, LegalArticle, Place

APRIL = dt.date(2024, 4, 1)
MARCH = dt.date(2024, 3, 1)


def _actor(name: str, kind: str, subkind: str = "", is_state: bool = False) -> Actor:
    actor, _ = Actor.objects.get_or_create(name=name, kind=kind, defaults={"subkind": subkind, "is_state": is_state})
    return actor


def incident(title: str, cat: str, month: dt.date, day: int | None = None, status: str = "verified",
             place: str = "Almaty", summary: str = "", narrative: str = "", **kw) -> Incident:
    inc = Incident.objects.create(
        title=title,
        primary_category=Category.objects.get(code=cat),
        registered_month=month,
        date=month.replace(day=day) if day else month,
        date_precision="day" if day else "month",
        status=status,
        summary=summary or f"Summary of {title.lower()}.",
        narrative=narrative,
        **kw,
    )
    if place:
        IncidentPlace.objects.create(incident=inc, place=Place.objects.get(name_en=place), name_as_written=place)
    return inc


def _proceeding(inc: Incident, kind: str, article: tuple[str, str] | None, filed: dt.date, **kw) -> Proceeding:
    proc = Proceeding.objects.create(incident=inc, kind=kind, filed_on=filed, title=inc.title, **kw)
    if article:
        ProceedingBasis.objects.create(
            proceeding=proc, article=LegalArticle.objects.get(code_id=article[0], article=article[1])
        )
    return proc


def build() -> dict[str, object]:
    """Create the data set; returns the objects tests refer to."""
    if not Category.objects.exists():  # a transactional test before this one flushed the codebook rows
        from speechwatch.vocab.services import load_codebook

        load_codebook()
    journalist = _actor("Aigerim Testova", "person", "journalist")
    outlet = _actor("Steppe Courier", "outlet", "online")
    police = _actor("Almaty City Police", "organisation", "police", is_state=True)
    out: dict[str, object] = {}

    attack = incident("Camera operator pushed at a rally", "rights.attack", APRIL, 3, status="published",
                      narrative="A man pushed the camera operator and tried to take the camera away.")
    Involvement.objects.create(incident=attack, actor=journalist, role="victim")
    detention = incident("Blogger taken to a police station", "rights.detention", APRIL, 9, place="Astana")
    Involvement.objects.create(incident=detention, actor=police, role="perpetrator")
    incident("Reporters barred from a council session", "rights.obstruction", APRIL, 11, place="Shymkent")
    incident("Filming stopped at a hospital", "rights.obstruction", APRIL, 15, place="Shymkent")
    incident("Akimat ignores an information request", "access.refusal", APRIL, 4, place="Karaganda")
    cyber = incident("News site hit by a DDoS attack", "access.cyberattack", APRIL, 20)
    Involvement.objects.create(incident=cyber, actor=outlet, role="victim")
    out["secret"] = incident("Confidential blocking of a channel", "access.blocking", APRIL, 21,
                             is_confidential=True)

    crim = incident("Editor charged with false information", "legal.criminal", APRIL, 5, place="Oral")
    _proceeding(crim, "criminal", ("CC", "274"), dt.date(2024, 4, 5))
    civ = incident("Official sues a newspaper for defamation", "legal.civil", APRIL, 12)
    proc = _proceeding(civ, "civil", ("CivC", "143"), dt.date(2024, 4, 12), is_honor_claim=True)
    MoneyAmount.objects.create(proceeding=proc, kind="claimed", amount_kzt=5_000_000, date=dt.date(2024, 4, 12))
    adm = incident("Activist fined for a post", "legal.administrative", APRIL, 18)
    _proceeding(adm, "administrative", ("AC", "456-2"), dt.date(2024, 4, 18))

    case = Case.objects.create(title="Detention of the blogger")
    detention.case = case
    detention.save()
    out["follow_up"] = incident("Blogger released after questioning", "rights.detention", APRIL, 25,
                                place="Astana", case=case, is_follow_up=True)
    out["draft"] = incident("Unchecked report of an attack", "rights.attack", APRIL, 28, status="draft")
    incident("Rejected threat report", "rights.threat", APRIL, 29, status="rejected")
    out["statement"] = incident("Minister warns bloggers about panic", "context.statement", APRIL, 6,
                                place="Astana")
    law = incident("Parliament passes the media bill", "context.legislation", APRIL, 17, place="Astana")
    item = LegislativeItem.objects.create(title="Draft law on mass media", incident=law)
    LegislativeEvent.objects.create(item=item, date=dt.date(2024, 4, 17), status="second_reading",
                                    note="Passed in the second reading.")
    item2 = LegislativeItem.objects.create(title="Concept of digital regulation")
    LegislativeEvent.objects.create(item=item2, date=dt.date(2024, 4, 5), status="published_for_discussion")

    incident("Photographer beaten in a market", "rights.attack", MARCH, 14, place="Aktobe")
    old = incident("Court orders a journalist to pay damages", "legal.civil", MARCH, 2)
    proc = _proceeding(old, "civil", ("CivC", "143"), dt.date(2024, 3, 2), is_honor_claim=True)
    MoneyAmount.objects.create(proceeding=proc, kind="claimed", amount_kzt=1_000_000, date=dt.date(2024, 3, 2))
    MoneyAmount.objects.create(proceeding=proc, kind="recovered", amount_kzt=200_000, date=dt.date(2024, 3, 20))
    StageEvent.objects.create(proceeding=proc, kind="first_instance", date=dt.date(2024, 3, 20))

    nov = dt.date(2021, 11, 1)
    prisoner = incident("Activist sentenced for membership of a banned movement", "civic.prisoner", nov, 8,
                        place="Aktau", narrative="The activist denies the charges.")
    person = _actor("Nurlan Exampleuly", "person", "activist")
    Involvement.objects.create(incident=prisoner, actor=person, role="victim")
    proc = _proceeding(prisoner, "criminal", ("CC", "405"), dt.date(2021, 6, 1), outcome="convicted",
                       outcome_note="Banned from public activity for three years after release.")
    party = ProceedingParty.objects.create(proceeding=proc, actor=person, role="accused",
                                           custody_status="serving_non_custodial")
    party.charges.set(proc.bases.all())  # the briefing prints only a person's own, structured charges
    StageEvent.objects.create(proceeding=proc, kind="sentence", date=dt.date(2021, 11, 8),
                              note="Five years of restricted freedom")
    sentence = Sentence.objects.create(party=party, kind="restricted_freedom", term_years=5,
                                       sentenced_on=dt.date(2021, 11, 8))
    Ban.objects.create(party=party, sentence=sentence, kind="public_activity", term_years=3)
    Source.objects.create(incident=prisoner, url="https://example.org/news/activist-sentenced",
                          title="Activist sentenced")
    Source.objects.create(incident=prisoner, url="https://example.org/secret", title="Informant",
                          is_confidential=True)
    assembly = incident("Protesters kettled on the square", "civic.assembly", nov, 20, place="Almaty")
    Source.objects.create(incident=assembly, url="https://example.org/news/kettling", title="Kettling report")
    out["prisoner"] = prisoner
    identity_and_plans()
    return out


def identity_and_plans() -> None:
    """The organisation as editors set it in the browser, and the basis the hand counts above use:
    verified and published incidents (the default basis of a report is published incidents only)."""
    from speechwatch.reports.models import Organisation, ReportPlan

    for lang, name, head in (("en", "Steppe Speech Monitor (test)", "Aigerim Testova"),
                             ("ru", "Степной монитор слова (тест)", "Айгерим Тестова"),
                             ("kk", "Дала сөз мониторы (тест)", "Әйгерім Тестова")):
        Organisation.objects.create(lang=lang, name=name, head=head, email="monitoring@example.org")
    ReportPlan.objects.create(kind="monthly", period="2024-04", basis="verified")
    ReportPlan.objects.create(kind="annual", period="2024", basis="verified")
