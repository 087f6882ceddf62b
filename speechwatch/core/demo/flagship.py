"""The hand-written part of the demo: a case that runs from January to April 2024 with a civil
honor-and-dignity claim and a criminal charge under CC 274, named administrative cases and warnings,
a rejected submission, a confidential case and legislative items with timelines."""

from __future__ import annotations

import datetime as dt
from typing import Any

from speechwatch.incidents import services
from speechwatch.incidents.models import (
    Actor,
    Case,
    LegislativeEvent,
    LegislativeItem,
    MoneyAmount,
    Proceeding,
    ProceedingBasis,
    ProceedingParty,
)
from speechwatch.vocab.models import LegalArticle

FLAGSHIP_TITLE = "Deputy Akim Baitursynov v. Steppe Courier and Dana Balgabayeva"
D = dt.date


def _a(name: str) -> Actor:
    return Actor.objects.get(name=name)


def _art(code: str, article: str) -> LegalArticle:
    return LegalArticle.objects.get(code_id=code, article=article)


def _incident(editor: Any, case: Case | None, **fields: Any) -> Any:
    fields.setdefault("status", "published")
    fields.setdefault(
        "sources", [{"kind": "url", "url": "https://steppe-courier.example.org/case", "reliability": "A"}]
    )
    return services.incident_create(user=editor, case=case, **fields)


def flagship_case(users: dict[str, Any]) -> Case:
    """The multi-month case: a civil claim and a criminal prosecution over one article."""
    editor = users["editor"]
    official, outlet, journalist = _a("Serik Baitursynov"), _a("Steppe Courier"), _a("Dana Balgabayeva")
    lawyer, court, appeals = (
        _a("Zhanna Mukhtarova"),
        _a("District Court No. 2 (demo)"),
        _a("Regional Appeals Court (demo)"),
    )
    case = Case.objects.create(
        title=FLAGSHIP_TITLE,
        description="An article on the award of a road-repair tender in Pavlodar led to a claim for honor and "
        "dignity against the newspaper and its reporter and to a criminal charge of false information.",
    )
    parties = [(official, "perpetrator"), (outlet, "victim"), (journalist, "victim")]
    first = _incident(
        editor,
        case,
        title="Deputy akim sues Steppe Courier for 20 million tenge",
        summary="Deputy akim Serik Baitursynov filed a claim for protection of honor and dignity against Steppe "
        "Courier and Dana Balgabayeva over an article on a road-repair tender, demanding 20,000,000 tenge.",
        narrative="Заместитель акима подал иск о защите чести и достоинства к газете «Степной курьер».",
        date=D(2024, 1, 12),
        registered_month=D(2024, 1, 1),
        primary_category="legal.civil",
        places=["Pavlodar"],
        involvements=[*parties, (lawyer, "lawyer")],
    )
    civil = Proceeding.objects.create(
        case=case,
        incident=first,
        kind="civil",
        title="Baitursynov v. Steppe Courier (honor and dignity)",
        filed_on=D(2024, 1, 12),
        is_honor_claim=True,
        court=court,
        court_name=court.name,
    )
    ProceedingBasis.objects.create(proceeding=civil, article=_art("CivC", "143"))
    ProceedingBasis.objects.create(proceeding=civil, article=_art("CivC", "951"))
    for actor, role in [(official, "plaintiff"), (outlet, "defendant"), (journalist, "defendant"), (lawyer, "lawyer")]:
        ProceedingParty.objects.create(proceeding=civil, actor=actor, role=role)
    MoneyAmount.objects.create(proceeding=civil, kind="claimed", amount_kzt=20_000_000, date=D(2024, 1, 12))
    services.proceeding_add_stage(civil, "complaint_filed", D(2024, 1, 12), user=editor, incident=first)

    second = _incident(
        editor,
        case,
        title="Criminal case for false information opened against Dana Balgabayeva",
        summary="Police opened a criminal case under Article 274 of the Criminal Code against Dana Balgabayeva "
        "on the deputy akim's complaint about the same article.",
        date=D(2024, 1, 25),
        registered_month=D(2024, 1, 1),
        primary_category="legal.criminal",
        categories=["rights.pressure"],
        places=["Pavlodar"],
        involvements=parties,
    )
    criminal = Proceeding.objects.create(
        case=case,
        incident=second,
        kind="criminal",
        title="Criminal case against Dana Balgabayeva (CC 274)",
        filed_on=D(2024, 1, 25),
        court=court,
        court_name=court.name,
    )
    ProceedingBasis.objects.create(proceeding=criminal, article=_art("CC", "274"), part="2")
    for actor, role in [(official, "complainant"), (journalist, "accused"), (lawyer, "lawyer")]:
        ProceedingParty.objects.create(proceeding=criminal, actor=actor, role=role)
    services.proceeding_add_stage(criminal, "investigation_opened", D(2024, 1, 25), user=editor, incident=second)

    feb = _incident(
        editor,
        case,
        title="Balgabayeva case sent to court",
        is_follow_up=True,
        summary="Investigators completed the case against Dana Balgabayeva and sent it to court.",
        date=D(2024, 2, 20),
        registered_month=D(2024, 2, 1),
        primary_category="legal.criminal",
        places=["Pavlodar"],
        involvements=parties,
    )
    services.proceeding_add_stage(criminal, "sent_to_court", D(2024, 2, 20), user=editor, incident=feb)

    mar = _incident(
        editor,
        case,
        title="Court rules against Steppe Courier; Balgabayeva sentenced",
        is_follow_up=True,
        summary="The district court partly satisfied the claim, awarding 2,000,000 tenge, and in the criminal "
        "case sentenced Dana Balgabayeva to two years of restricted freedom.",
        date=D(2024, 3, 14),
        registered_month=D(2024, 3, 1),
        primary_category="legal.civil",
        categories=["legal.criminal"],
        places=["Pavlodar"],
        involvements=parties,
    )
    services.proceeding_add_stage(
        civil,
        "first_instance",
        D(2024, 3, 14),
        user=editor,
        incident=mar,
        in_favour_of_media=False,
        note="Claim partly satisfied: 2,000,000 tenge.",
    )
    MoneyAmount.objects.create(proceeding=civil, kind="awarded", amount_kzt=2_000_000, date=D(2024, 3, 14))
    services.proceeding_add_stage(
        criminal,
        "first_instance",
        D(2024, 3, 21),
        user=editor,
        incident=mar,
        in_favour_of_media=False,
        note="Two years of restricted freedom.",
    )

    apr = _incident(
        editor,
        case,
        title="Appeals court upholds rulings in Balgabayeva case",
        is_follow_up=True,
        summary="The appeals court upheld the sentence and cut the damages to 1,200,000 tenge; 500,000 tenge has "
        "already been collected from the newspaper's account.",
        date=D(2024, 4, 18),
        registered_month=D(2024, 4, 1),
        primary_category="legal.criminal",
        categories=["legal.civil"],
        places=["Pavlodar"],
        involvements=[*parties, (appeals, "other")],
    )
    services.proceeding_add_stage(
        criminal, "appeal", D(2024, 4, 18), user=editor, incident=apr, in_favour_of_media=False
    )
    services.proceeding_add_stage(civil, "appeal", D(2024, 4, 18), user=editor, incident=apr, in_favour_of_media=False)
    MoneyAmount.objects.create(
        proceeding=civil, kind="awarded", amount_kzt=1_200_000, date=D(2024, 4, 18), note="Reduced on appeal."
    )
    MoneyAmount.objects.create(proceeding=civil, kind="recovered", amount_kzt=500_000, date=D(2024, 4, 26))
    civil.outcome, criminal.outcome = "partly_satisfied", "convicted"
    civil.save()
    criminal.save()
    return case


def named_cases(users: dict[str, Any]) -> None:
    """Administrative cases, warnings, a confidential case, a rejected submission and a blocked outlet."""
    editor, monitor = users["editor"], users["monitor"]
    blogger, outlet = _a("Askar Zhumabay"), _a("Kaspiy Daily")
    adm = _incident(
        editor,
        None,
        title="Blogger Askar Zhumabay fined for 'false information'",
        summary="A court fined blogger Askar Zhumabay under Article 456-2 of the Administrative Code for a video on "
        "flooding in Atyrau.",
        date=D(2024, 2, 8),
        registered_month=D(2024, 2, 1),
        primary_category="legal.administrative",
        places=["Atyrau"],
        involvements=[(blogger, "defendant")],
    )
    p = Proceeding.objects.create(
        incident=adm, kind="administrative", title="AC 456-2: Askar Zhumabay", filed_on=D(2024, 2, 8), outcome="fined"
    )
    ProceedingBasis.objects.create(proceeding=p, article=_art("AC", "456-2"))
    ProceedingParty.objects.create(proceeding=p, actor=blogger, role="defendant")
    services.proceeding_add_stage(p, "first_instance", D(2024, 2, 8), user=editor, in_favour_of_media=False)
    MoneyAmount.objects.create(proceeding=p, kind="fine", amount_kzt=172_500, date=D(2024, 2, 8))

    defam = _incident(
        editor,
        None,
        title="Editor of Kaspiy Daily charged with defamation",
        summary="The editor of Kaspiy Daily was charged under Article 73-3 of the Administrative Code after a "
        "company director complained about a story.",
        date=D(2024, 3, 5),
        registered_month=D(2024, 3, 1),
        primary_category="legal.administrative",
        places=["Aktau"],
        involvements=[(outlet, "defendant")],
    )
    p = Proceeding.objects.create(
        incident=defam, kind="administrative", title="AC 73-3: Kaspiy Daily", filed_on=D(2024, 3, 5)
    )
    ProceedingBasis.objects.create(proceeding=p, article=_art("AC", "73-3"))
    ProceedingParty.objects.create(proceeding=p, actor=outlet, role="defendant")
    ProceedingParty.objects.create(proceeding=p, actor=_a("Qazaq Mining Company (demo)"), role="complainant")
    services.proceeding_add_stage(p, "complaint_filed", D(2024, 3, 5), user=editor)

    secret_case = Case.objects.create(
        title="Surveillance of an investigative team",
        is_confidential=True,
        description="Details withheld at the journalists' request.",
    )
    _incident(
        editor,
        secret_case,
        title="Investigative team followed and photographed",
        is_confidential=True,
        summary="Members of an investigative team reported being followed for a week.",
        confidential_notes="Names withheld; contact through the regional correspondent only.",
        date=D(2024, 4, 3),
        registered_month=D(2024, 4, 1),
        primary_category="rights.pressure",
        places=["Almaty"],
        sources=[
            {
                "kind": "correspondent",
                "correspondent": "Almaty correspondent",
                "is_confidential": True,
                "excerpt": "Met the team in person; photos of the surveillance car on file.",
                "reliability": "A",
            }
        ],
    )
    services.incident_create(
        user=monitor,
        title="Unconfirmed report of a blocked channel",
        summary="A reader reported a blocked channel; no confirmation could be found.",
        date=D(2024, 4, 9),
        registered_month=D(2024, 4, 1),
        primary_category="access.blocking",
        status="draft",
    )
    rejected = services.incident_create(
        user=monitor,
        title="Dispute between two bloggers",
        summary="A private quarrel between two bloggers, not connected with professional activity.",
        date=D(2024, 4, 11),
        registered_month=D(2024, 4, 1),
        primary_category="rights.threat",
    )
    services.incident_reject(rejected, user=editor, reason="Private dispute; outside the methodology.")

    blocked = Case.objects.create(title="Blocking of Orda Review", description="The site was blocked in January.")
    orda = _a("Orda Review")
    _incident(
        editor,
        blocked,
        title="Orda Review blocked nationwide",
        date=D(2024, 1, 30),
        summary="Orda Review became unreachable in Kazakhstan without any notice to the editors.",
        registered_month=D(2024, 1, 1),
        primary_category="access.blocking",
        involvements=[(orda, "victim")],
    )
    _incident(
        editor,
        blocked,
        title="Orda Review access restored",
        date=D(2024, 3, 2),
        is_follow_up=True,
        summary="Access to Orda Review was restored after the ministry's reply to the editors.",
        registered_month=D(2024, 3, 1),
        primary_category="context.positive",
        involvements=[(orda, "victim")],
    )


def legislation(users: dict[str, Any]) -> None:
    """Two legislative items with status timelines, linked to context incidents."""
    inc = _incident(
        users["editor"],
        None,
        title="Parliament passes amendments to the law on mass media",
        summary="Parliament passed amendments on accreditation of foreign media and online outlets.",
        date=D(2024, 4, 10),
        registered_month=D(2024, 4, 1),
        primary_category="context.legislation",
        places=["Astana"],
    )
    items = [
        (
            "Amendments to the law on mass media (demo)",
            "bill",
            inc,
            [
                (D(2023, 10, 2), "published_for_discussion"),
                (D(2023, 12, 6), "introduced"),
                (D(2024, 2, 14), "first_reading"),
                (D(2024, 4, 10), "passed"),
            ],
        ),
        (
            "Concept of information policy 2024-2028 (demo)",
            "concept",
            None,
            [
                (D(2023, 11, 20), "published_for_discussion"),
                (D(2024, 1, 15), "signed"),
                (D(2024, 3, 1), "in_force"),
            ],
        ),
    ]
    for title, kind, incident, events in items:
        item = LegislativeItem.objects.create(
            title=title, kind=kind, incident=incident, description="Invented legislative item for the demo."
        )
        for day, status in events:
            LegislativeEvent.objects.create(item=item, date=day, status=status)
