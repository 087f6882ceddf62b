"""Who a briefing may print as charged, and how: the "people concerned" of a briefing.

A briefing goes to governments, so printing a person as charged under an article they were not
charged under is the worst error it can make. The rule here is narrow on purpose:

- a person is listed only when a proceeding record ties them to a charge or a sentence: a
  `ProceedingParty` in the accused/defendant role of a criminal or administrative proceeding, with
  bases they personally are charged under (`ProceedingParty.charges`) or a sentence;
- the articles printed are exactly that party's `charges` (never every basis of the proceeding, never a
  basis of another party, never a name found in a narrative);
- unverified links are left out: a party link an editor has not confirmed, a proceeding reported
  by a draft or rejected incident, a confidential proceeding or case;
- every label (custody status, sentence type, ban, term, article) is printed in the report's language
  from structured fields; editors' free-text notes are not printed (they are in one language).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Prefetch, Q, QuerySet

from speechwatch.core.phrasing import format_date
from speechwatch.incidents import legal_terms as terms
from speechwatch.incidents.choices import ACCUSED_ROLES, PENAL_KINDS
from speechwatch.incidents.models import Ban, Incident, ProceedingBasis, ProceedingParty, Sentence
from speechwatch.reports.fmt import basis_citation
from speechwatch.stats.queries import public_proceeding_q

REPORTABLE = ("verified", "published")


@dataclass
class PersonOutcome:
    """One person as a briefing prints them: each line already in the report's language."""

    actor_id: int
    name: str
    charges: list[str] = field(default_factory=list)
    custody: list[str] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)
    bans: list[str] = field(default_factory=list)
    incident_ids: list[int] = field(default_factory=list)


def verified_parties(incidents: Iterable[Incident]) -> QuerySet[ProceedingParty]:
    """Confirmed accused/defendant persons of the criminal and administrative proceedings reported by
    `incidents` (or by the cases they belong to), whose proceeding is reported by a verified or
    published, non-confidential incident."""
    items = list(incidents)
    incident_ids = [i.pk for i in items]
    case_ids = {i.case_id for i in items if i.case_id}
    reported = Q(proceeding__incident__status__in=REPORTABLE, proceeding__incident__is_confidential=False) | Q(
        proceeding__incident__isnull=True
    )
    return (
        ProceedingParty.objects.filter(
            Q(proceeding__incident_id__in=incident_ids) | Q(proceeding__case_id__in=case_ids),
            reported,
            public_proceeding_q("proceeding__"),
            role__in=ACCUSED_ROLES,
            confirmed=True,
            actor__kind="person",
            proceeding__kind__in=PENAL_KINDS,
        )
        .select_related("actor", "proceeding")
        .prefetch_related(
            Prefetch("charges", queryset=ProceedingBasis.objects.select_related("article", "article__code")),
            Prefetch("sentences", queryset=Sentence.objects.order_by("sentenced_on", "id")),
            Prefetch("bans", queryset=Ban.objects.order_by("starts_on", "id")),
        )
        .order_by("proceeding__filed_on", "proceeding_id", "id")
    )


def charge_line(basis: ProceedingBasis, lang: str) -> str:
    """ "Article 405(2) of the Criminal Code (Participation in a banned extremist organisation)" /
    "ч. 2 ст. 405 УК РК (Участие …)" / "ҚР ҚК 405-бабының 2-бөлігі (…)": the codebook's official
    citation (speechwatch.core.phrasing) and the article's label."""
    label = basis.article.label_in(lang)
    return basis_citation(basis, lang) + (f" ({label})" if label else "")


def custody_line(party: ProceedingParty, lang: str) -> str:
    if not party.custody_status:
        return ""
    text = terms.label("custody_status", party.custody_status, lang)
    if party.custody_since:
        text += f" ({format_date(party.custody_since, lang, 'since')})"
    return text


def _dates(obj: Sentence | Ban, lang: str) -> list[str]:
    """"from 1 April 2024, until …" / "с 1 апреля 2024 года, до …" / "2024 жылғы 1 сәуірден бастап,
    … дейін": the date takes the case its preposition or postposition governs (phrasing)."""
    out = []
    if obj.starts_on:
        out.append(format_date(obj.starts_on, lang, "start"))
    if obj.ends_on:
        out.append(format_date(obj.ends_on, lang, "until"))
    return out


def sentence_line(s: Sentence, lang: str) -> str:
    """ "restricted freedom 2 years, suspended, probation 1 year; sentenced on 5 October 2021"."""
    tail = []
    if s.sentenced_on:
        # "sentenced on 5 October 2021" / "приговор от 5 октября 2021 года" / "2021 жылғы 5 қазанда шыққан үкім"
        tail.append(terms.phrase("sentenced_on", lang, date=format_date(s.sentenced_on, lang, "in")))
    tail += _dates(s, lang)
    if not s.is_current:
        tail.append(terms.phrase("replaced", lang))
    return s.text_in(lang) + ("; " + ", ".join(tail) if tail else "")


def ban_line(b: Ban, lang: str) -> str:
    """ "ban on public and political activity 3 years, until 1 April 2024"."""
    return ", ".join([b.text_in(lang), *_dates(b, lang)])


def proceeding_lines(incident: Incident, lang: str, parties: list[ProceedingParty]) -> list[str]:
    """The briefing's line per proceeding of `incident`. A criminal or administrative proceeding names
    its articles only as the charges of the people they are tied to ("charged: Name (ч. 2 ст. 405 УК РК)"), so an
    incident's text naming several people is never followed by a bare list of articles a reader would
    take as everyone's; other proceedings print as in every report (`data.proceeding_line`)."""
    from speechwatch.reports.data import proceeding_line

    tied: dict[int, list[str]] = {}
    for party in parties:
        charges = [b for b in party.charges.all() if b.proceeding_id == party.proceeding_id]
        if charges:
            codes = ", ".join(basis_citation(b, lang) for b in charges)
            tied.setdefault(party.proceeding_id, []).append(f"{party.actor.name} ({codes})")
    lines = []
    for p in incident.proceedings.all():
        if p.kind not in PENAL_KINDS:
            lines.append(proceeding_line(p, lang))
            continue
        parts = [str(p.get_kind_display())]
        if p.pk in tied:
            parts.append(terms.phrase("charged_list", lang, list="; ".join(tied[p.pk])))
        if p.court_name or p.court_id:
            parts.append(p.court_name or str(p.court))
        if p.outcome and p.outcome != "pending":
            parts.append(str(p.get_outcome_display()))
        lines.append("; ".join(parts))
    return lines


def people_concerned(incidents: Iterable[Incident], lang: str) -> list[PersonOutcome]:
    """People tied to a charge or a sentence by a verified proceeding record, in the order their
    proceedings were filed; a person on several proceedings is listed once with all of them."""
    people: dict[int, PersonOutcome] = OrderedDict()
    for party in verified_parties(incidents):
        charges = [b for b in party.charges.all() if b.proceeding_id == party.proceeding_id]
        sentences = list(party.sentences.all())
        if not charges and not sentences:
            continue  # named on a proceeding, but not tied to any charge or sentence: not printed
        person = people.setdefault(party.actor_id, PersonOutcome(actor_id=party.actor_id, name=party.actor.name))
        for line in [charge_line(b, lang) for b in charges]:
            if line not in person.charges:
                person.charges.append(line)
        for bucket, lines in (
            (person.custody, [custody_line(party, lang)]),
            (person.sentences, [sentence_line(s, lang) for s in sentences]),
            (person.bans, [ban_line(b, lang) for b in party.bans.all()]),
        ):
            bucket.extend(x for x in lines if x and x not in bucket)
        if party.proceeding.incident_id and party.proceeding.incident_id not in person.incident_ids:
            person.incident_ids.append(party.proceeding.incident_id)
    return list(people.values())
