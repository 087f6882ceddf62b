"""Accept an ingested draft: create what its proposal proposes, then verify it. One code path for the
review page's Accept button and `speechwatch ingest --accept`.

The proposal (speechwatch.ingest.models.DraftProposal) is what the import guessed and the editor may
have changed: the actors and roles, the case (none, a new one with a title, or an existing one), the
proceeding with its legal bases and parties, and each sum of money with its scope and whether it
counts for the period. Only here do those become shared records, through
`speechwatch.incidents.services`, so permissions and validation are the same as everywhere else.
Money the editor did not confirm stays on the proposal with its scope and never becomes a
`MoneyAmount` (methodology §3.4: money of another period is never a claim of the period).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from speechwatch.core import permissions
from speechwatch.incidents import services
from speechwatch.incidents.choices import IncidentStatus, PartyRole
from speechwatch.incidents.models import Actor, Case, Incident
from speechwatch.ingest.matching import actor_kind, find_actor, involvement_role
from speechwatch.ingest.models import DraftProposal
from speechwatch.vocab.models import LegalArticle

PARTY_ROLES = {PartyRole.PLAINTIFF, PartyRole.COMPLAINANT, PartyRole.DEFENDANT, PartyRole.VICTIM}


def _actor(row: dict[str, Any], user: Any) -> Actor:
    """The proposed actor: the matched one (adding this spelling as an alias), else found or created."""
    name, kind = " ".join(str(row.get("name") or "").split())[:300], actor_kind(row.get("kind"))
    matched = Actor.objects.filter(pk=row.get("actor"), kind=kind).first() if row.get("actor") else None
    if matched is None:
        matched = find_actor(name, kind)
    if matched is None:
        return services.actor_get_or_create(name, kind, user=user)[0]
    if matched.name != name:
        services.actor_get_or_create(matched.name, kind, aliases=[name], user=user)
    return matched


def _case(proposal: DraftProposal, user: Any) -> tuple[Case | None, bool]:
    if proposal.case_action == DraftProposal.CaseAction.EXISTING:
        if proposal.case is None:
            raise ValidationError({"case": "The proposed case no longer exists; choose another or none."})
        return proposal.case, False
    if proposal.case_action == DraftProposal.CaseAction.NEW:
        title = " ".join(proposal.case_title.split())
        if not title:
            raise ValidationError({"case_title": "A new case needs a title."})
        return services.case_create(title[:300], user=user), True
    return None, False


def _bases(proposed: dict[str, Any]) -> list[tuple[LegalArticle, str]]:
    out = []
    for b in proposed.get("bases") or []:
        art = LegalArticle.objects.filter(code_id=b.get("code"), article=str(b.get("article") or "")).first()
        if art is not None:
            out.append((art, str(b.get("part") or "")[:10]))
    return out


@transaction.atomic
def accept_draft(incident: Incident, *, user: Any = None) -> Incident:
    """Create the proposal's records and verify the draft (all or nothing). A draft without a proposal
    (entered before proposals existed) is simply verified."""
    if user is not None and not permissions.can_verify(user):
        raise PermissionDenied("only editors and admins accept drafts")
    if incident.status != IncidentStatus.DRAFT:
        raise ValidationError({"status": "Only a draft can be accepted."})
    proposal = DraftProposal.objects.select_for_update().filter(incident=incident).first()
    if proposal is None or proposal.status != DraftProposal.Status.PENDING:
        return services.incident_verify(incident, user=user)
    created: dict[str, Any] = {"actors": [], "amounts": []}
    case, opened = _case(proposal, user)
    if case is not None:
        services.incident_update(incident, user=user, case=case, is_follow_up=proposal.is_follow_up)
        created.update(case=case.pk, case_created=opened)
    elif proposal.is_follow_up:
        raise ValidationError({"case": "A follow-up must point at the case it follows; choose or open one."})
    actors: dict[tuple[str, str], Actor] = {}
    for row in proposal.actors:
        if not str(row.get("name") or "").strip():
            continue
        actor = _actor(row, user)
        actors[(actor_kind(row.get("kind")), " ".join(str(row["name"]).split()).lower())] = actor
        services.involvement_add(incident, actor, involvement_role(row.get("role")), user=user)
        created["actors"].append(actor.pk)
    if proposal.create_proceeding and proposal.proceeding:
        proc = _proceeding(incident, proposal, actors, user)
        created["proceeding"] = proc.pk
        created["amounts"] = list(proc.amounts.values_list("pk", flat=True))
    services.incident_verify(incident, user=user)
    proposal.status = DraftProposal.Status.ACCEPTED
    proposal.decided_by = user if getattr(user, "is_authenticated", False) else None
    proposal.decided_at = timezone.now()
    proposal.created = created
    proposal.save()
    return incident


def _proceeding(incident: Incident, proposal: DraftProposal, actors: dict[tuple[str, str], Actor], user: Any) -> Any:
    proposed = proposal.proceeding
    parties = []
    for p in proposed.get("parties") or []:
        key = (actor_kind(p.get("kind")), " ".join(str(p.get("name") or "").split()).lower())
        actor = actors.get(key) or _actor({"name": p.get("name"), "kind": p.get("kind")}, user)
        if p.get("role") in PARTY_ROLES:
            parties.append((actor, p["role"]))
    filed = proposed.get("filed_on")
    amounts = [
        {"kind": a["kind"], "amount_kzt": int(a["kzt"]), "date": incident.date, "note": f"scope: {a['scope']}"}
        for a in proposal.amounts
        if a.get("count")
    ]
    return services.proceeding_create(
        incident=incident,
        kind=proposed["kind"],
        user=user,
        title=str(proposed.get("title") or incident.title)[:300],
        filed_on=dt.date.fromisoformat(filed) if filed else incident.date,
        is_honor_claim=bool(proposed.get("is_honor_claim")),
        bases=_bases(proposed),
        parties=parties,
        amounts=amounts,
    )


def reject_draft(incident: Incident, *, user: Any = None, reason: str = "") -> Incident:
    """Reject the draft; its proposal is rejected with it and nothing is created."""
    with transaction.atomic():
        services.incident_reject(incident, user=user, reason=reason)
        DraftProposal.objects.filter(incident=incident, status=DraftProposal.Status.PENDING).update(
            status=DraftProposal.Status.REJECTED,
            decided_by=user if getattr(user, "is_authenticated", False) else None,
            decided_at=timezone.now(),
        )
    return incident


def accept_document(document: Any, *, user: Any = None) -> tuple[int, list[str]]:
    """Accept every draft of a document as proposed, one by one in the document's order, exactly as an
    editor pressing Accept on each would (what `speechwatch ingest --accept` does). A draft the model
    refuses stays a draft and is named in the returned warnings."""
    n, warnings = 0, []
    drafts = Incident.objects.filter(source_document=document, status=IncidentStatus.DRAFT)
    for incident in drafts.order_by("span_start", "id"):
        try:
            accept_draft(incident, user=user)
        except ValidationError as exc:
            warnings.append(f"draft {incident.pk} not accepted: {'; '.join(exc.messages)}")
        else:
            n += 1
    return n, warnings
