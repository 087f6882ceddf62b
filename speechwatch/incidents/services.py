"""Write operations on incidents, actors and proceedings, with permission checks and validation.

Views, the API, `speechwatch demo`, `speechwatch import` and the ingest pipeline all create records
through these functions so that every path runs the same rules: `full_clean()` before saving, the
permission matrix of `speechwatch.core.permissions`, and the audit history user.

`user=None` means a trusted operator context (a management command run from the shell); any other
value, including an anonymous user, is checked against the permission matrix.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.utils import timezone

from speechwatch.core import permissions
from speechwatch.incidents.choices import IncidentStatus
from speechwatch.incidents.models import (
    Actor,
    ActorAlias,
    Case,
    Incident,
    IncidentPlace,
    Involvement,
    Proceeding,
    Source,
    StageEvent,
    normalise_name,
)
from speechwatch.vocab.models import Category, Place

INCIDENT_FIELDS = {
    "title",
    "date",
    "date_precision",
    "registered_month",
    "primary_category",
    "summary",
    "narrative",
    "source_lang",
    "is_confidential",
    "confidential_notes",
    "case",
    "is_follow_up",
    "source_document",
    "span_start",
    "span_end",
}


def _require(allowed: bool, user: Any, action: str) -> None:
    if user is not None and not allowed:
        raise PermissionDenied(f"{getattr(user, 'username', None) or 'anonymous'} may not {action}.")


def _category(value: Any) -> Category:
    if isinstance(value, Category):
        return value
    try:
        return Category.objects.get(code=value)
    except Category.DoesNotExist:
        raise ValidationError({"primary_category": f"Unknown category {value!r}."}) from None


def _place(value: Any) -> Place:
    if isinstance(value, Place):
        return value
    place = Place.objects.filter(name_en__iexact=str(value)).first()
    if place is None:
        wanted = str(value).strip().lower()
        for candidate in Place.objects.all():
            names = {candidate.name_ru.lower(), candidate.name_kk.lower(), *(v.lower() for v in candidate.variants)}
            if wanted in names:
                return candidate
        raise ValidationError({"places": f"Unknown place {value!r}."})
    return place


def reject_nul(obj: Any) -> None:
    """NUL characters cannot be stored by PostgreSQL and have no business in text: refuse them on
    every database alike, naming the field (Django's form fields do the same)."""
    bad = {
        f.name: "Null characters are not allowed."
        for f in obj._meta.concrete_fields
        if isinstance(f, (models.CharField, models.TextField)) and "\x00" in (getattr(obj, f.attname) or "")
    }
    if bad:
        raise ValidationError(bad)


def _author(obj: Any, user: Any) -> None:
    """Name `user` as the audit author of the next history row of `obj` (the request middleware does
    it for web requests; setting it here also covers CLI calls, threads and jobs)."""
    if user is not None and getattr(user, "is_authenticated", False):
        obj._history_user = user


def _save(obj: Any, user: Any) -> Any:
    reject_nul(obj)
    obj.full_clean()
    _author(obj, user)
    obj.save()
    return obj


# -- The one-page editor ---------------------------------------------------------------------------------------
# The editor's forms validate every row (ModelForm runs full_clean() with the form's own exclusions, e.g. the
# parent key a new row does not have yet); these functions do the writing, in the caller's transaction, with
# the permission check and the audit author, so the web editor runs the same rules as every other path.


class EditConflict(Exception):
    """The incident was saved by someone else after this editor loaded it; `current` is the stored row."""

    def __init__(self, current: Incident) -> None:
        super().__init__(f"incident {current.pk} was changed by someone else")
        self.current = current


def incident_version(incident: Incident) -> str:
    """The optimistic-locking token of an incident: its `updated_at`, which every save moves forward."""
    return incident.updated_at.isoformat() if incident.pk and incident.updated_at else ""


def incident_lock(pk: int, version: str | None) -> Incident:
    """Lock the stored row for the rest of the transaction and refuse (EditConflict) when it is newer
    than `version`, so a second editor cannot silently overwrite the first. An empty version (a client
    that did not send one) is not checked."""
    current = Incident.objects.select_for_update().get(pk=pk)
    if version and incident_version(current) != version:
        raise EditConflict(current)
    return current


def case_create(title: str, *, user: Any = None, **fields: Any) -> Case:
    """Start a new case (the editor's "or start a new case")."""
    _require(permissions.can_create(user), user, "create cases")
    return _save(Case(title=title.strip(), **fields), user)


def actor_for_editor(name: str, kind: str, *, user: Any = None) -> Actor:
    """The actor a "new actor" row names: the existing one of that kind whose name folds to the same key
    (two rows of one form may name the same new actor), else a new actor."""
    _require(permissions.can_create(user), user, "create actors")
    name = name.strip()
    existing = Actor.objects.filter(kind=kind, normalised=normalise_name(name)).first()
    if existing:
        return existing
    return _save(Actor(name=name, kind=kind, is_state=False), user)


@transaction.atomic
def incident_save_validated(incident: Incident, *, user: Any = None, version: str | None = None) -> Incident:
    """Save an incident whose fields a ModelForm has validated and set. An existing incident is locked
    and compared with `version` first (see `incident_lock`)."""
    if incident.pk is None:
        _require(permissions.can_create(user), user, "create incidents")
        if user is not None and getattr(user, "is_authenticated", False):
            incident.created_by = user
    else:
        _require(permissions.can_edit_incident(user, incident), user, "edit this incident")
        incident_lock(incident.pk, version)
    reject_nul(incident)
    _author(incident, user)
    incident.save()
    return incident


def proceeding_save_validated(proceeding: Proceeding, *, incident: Incident, user: Any = None) -> Proceeding:
    """Save the editor's proceeding, attached to its incident and (by default) the incident's case."""
    _require(permissions.can_edit_incident(user, incident), user, "edit this incident")
    if proceeding.incident_id is None:
        proceeding.incident = incident
    if proceeding.case_id is None and incident.case_id is not None:
        proceeding.case = incident.case
    reject_nul(proceeding)
    _author(proceeding, user)
    proceeding.save()
    return proceeding


def row_save(obj: Any, *, user: Any = None) -> Any:
    """Save a validated row owned by an incident or proceeding (actor, place, source, basis, party,
    stage, amount) with its audit author."""
    reject_nul(obj)
    _author(obj, user)
    obj.save()
    return obj


def row_delete(obj: Any, *, user: Any = None) -> None:
    """Delete a row (or a proceeding) the editor removed, recording who removed it."""
    _author(obj, user)
    obj.delete()


@transaction.atomic
def incident_create(
    *,
    user: Any = None,
    categories: Iterable[Any] = (),
    places: Iterable[Any] = (),
    involvements: Iterable[tuple[Actor, str]] = (),
    sources: Iterable[dict[str, Any]] = (),
    status: str = IncidentStatus.DRAFT,
    **fields: Any,
) -> Incident:
    """Create an incident with its secondary categories, places, actors and sources in one step."""
    _require(permissions.can_create(user), user, "create incidents")
    unknown = set(fields) - INCIDENT_FIELDS
    if unknown:
        raise TypeError(f"unknown incident fields: {sorted(unknown)}")
    if "primary_category" in fields:
        fields["primary_category"] = _category(fields["primary_category"])
    if isinstance(fields.get("registered_month"), dt.date):
        fields["registered_month"] = fields["registered_month"].replace(day=1)
    incident = Incident(**fields, status=IncidentStatus.DRAFT)
    if user is not None and getattr(user, "is_authenticated", False):
        incident.created_by = user
    _save(incident, user)
    secondary = [_category(c) for c in categories]
    incident.secondary_categories.set([c for c in secondary if c.pk != incident.primary_category_id])
    for p in places:
        place = _place(p)
        IncidentPlace.objects.create(incident=incident, place=place, name_as_written=place.name_en)
    for actor, role in involvements:
        inv = Involvement(incident=incident, actor=actor, role=role)
        _save(inv, user)
    for s in sources:
        _save(Source(incident=incident, **s), user)
    if status == IncidentStatus.VERIFIED:
        incident_verify(incident, user=user)
    elif status == IncidentStatus.PUBLISHED:
        incident_publish(incident, user=user)
    elif status == IncidentStatus.REJECTED:
        incident_reject(incident, user=user)
    return incident


@transaction.atomic
def incident_update(incident: Incident, *, user: Any = None, **fields: Any) -> Incident:
    """Change fields of an incident; monitors only their own drafts."""
    _require(permissions.can_edit_incident(user, incident), user, "edit this incident")
    unknown = set(fields) - INCIDENT_FIELDS
    if unknown:
        raise TypeError(f"unknown incident fields: {sorted(unknown)}")
    if "primary_category" in fields:
        fields["primary_category"] = _category(fields["primary_category"])
    for name, value in fields.items():
        setattr(incident, name, value)
    return _save(incident, user)


def incident_verify(incident: Incident, *, user: Any = None) -> Incident:
    _require(permissions.can_verify(user), user, "verify incidents")
    if incident.status == IncidentStatus.REJECTED:
        raise ValidationError({"status": "A rejected incident cannot be verified; reopen it as a draft first."})
    if incident.status == IncidentStatus.DRAFT:
        incident.status = IncidentStatus.VERIFIED
    incident.verified_at = incident.verified_at or timezone.now()
    if user is not None and getattr(user, "is_authenticated", False):
        incident.verified_by = user
    return _save(incident, user)


def incident_publish(incident: Incident, *, user: Any = None) -> Incident:
    """Publish (verifying first when still a draft)."""
    _require(permissions.can_publish(user), user, "publish incidents")
    if incident.status != IncidentStatus.VERIFIED:
        incident_verify(incident, user=user)
    incident.status = IncidentStatus.PUBLISHED
    incident.published_at = incident.published_at or timezone.now()
    return _save(incident, user)


def incident_reject(incident: Incident, *, user: Any = None, reason: str = "") -> Incident:
    _require(permissions.can_verify(user), user, "reject incidents")
    incident.status = IncidentStatus.REJECTED
    incident.published_at = None
    if reason:
        incident.confidential_notes = (incident.confidential_notes + "\n" if incident.confidential_notes else "") + (
            f"Rejected: {reason}"
        )
    return _save(incident, user)


def actor_find(name: str, kind: str | None = None) -> Actor | None:
    """The actor whose name or alias folds to the same key as `name` (Tsoi/Tsoy, Balayeva/Balaeva)."""
    key = normalise_name(name)
    qs = Actor.objects.all() if kind is None else Actor.objects.filter(kind=kind)
    found = qs.filter(normalised=key).first()
    if found is None:
        alias = ActorAlias.objects.filter(normalised=key).select_related("actor")
        if kind is not None:
            alias = alias.filter(actor__kind=kind)
        hit = alias.first()
        found = hit.actor if hit else None
    return found


@transaction.atomic
def actor_get_or_create(
    name: str,
    kind: str,
    *,
    subkind: str = "",
    aliases: Iterable[str] = (),
    description: str = "",
    is_state: bool | None = None,
    user: Any = None,
) -> tuple[Actor, bool]:
    """Find an actor by normalised name or alias, else create it. New aliases are added either way."""
    from speechwatch.incidents.choices import STATE_SUBKINDS

    actor = actor_find(name, kind)
    created = actor is None
    if created:
        actor = Actor(
            name=name.strip(),
            kind=kind,
            subkind=subkind,
            description=description,
            is_state=subkind in STATE_SUBKINDS if is_state is None else is_state,
        )
        _save(actor, user)
    elif normalise_name(name) != actor.normalised:
        aliases = [name, *aliases]
    for alias in aliases:
        key = normalise_name(alias)
        if key != actor.normalised and not actor.aliases.filter(normalised=key).exists():
            ActorAlias.objects.create(actor=actor, name=alias, is_transliteration=True)
    return actor, created


def proceeding_add_stage(
    proceeding: Proceeding,
    kind: str,
    date: dt.date,
    *,
    user: Any = None,
    note: str = "",
    in_favour_of_media: bool | None = None,
    incident: Incident | None = None,
    date_precision: str = "day",
) -> StageEvent:
    """Append a dated stage event to a proceeding's timeline."""
    _require(permissions.can_create(user), user, "record proceeding stages")
    if date > timezone.localdate():
        raise ValidationError({"date": f"The stage date {date} is in the future."})
    stage = StageEvent(
        proceeding=proceeding,
        kind=kind,
        date=date,
        note=note,
        in_favour_of_media=in_favour_of_media,
        incident=incident,
        date_precision=date_precision,
    )
    return _save(stage, user)


# -- A person's legal outcome (charges, custody, sentences, bans) -------------------------------------------------
# Briefings print these fields as they are, so every write goes through a check that the person answers the
# charge in this proceeding and that the charged bases are this proceeding's own.


def party_set_charges(party: Any, bases: Iterable[Any], *, user: Any = None) -> Any:
    """Tie an accused or defendant to the legal bases of their own proceeding they are charged under
    (replacing the previous set). A basis of another proceeding is refused, never silently dropped."""
    _require(permissions.can_create(user), user, "record charges")
    bases = list(bases)
    if bases and not party.answers_charges:
        raise ValidationError(
            {"charges": "Only an accused or defendant of a criminal or administrative proceeding is charged."}
        )
    foreign = [b for b in bases if b.proceeding_id != party.proceeding_id]
    if foreign:
        raise ValidationError({"charges": f"{foreign[0]} is a basis of another proceeding."})
    _author(party, user)
    party.charges.set(bases)
    return party


def party_set_custody(party: Any, status: str, since: dt.date | None = None, *, user: Any = None) -> Any:
    """Record a person's custody status (a code of the custody vocabulary) and since when."""
    _require(permissions.can_create(user), user, "record custody")
    party.custody_status, party.custody_since = status, since
    return _save(party, user)


def sentence_record(party: Any, kind: str, *, user: Any = None, replaces: Any = None, **fields: Any) -> Any:
    """Record what was imposed on `party`; `replaces` (an earlier sentence of the same party, e.g. the
    first-instance one an appeal changed) stops being the sentence in force."""
    from speechwatch.incidents.models import Sentence

    _require(permissions.can_create(user), user, "record sentences")
    sentence = _save(Sentence(party=party, kind=kind, **fields), user)
    if replaces is not None:
        if replaces.party_id != party.pk:
            raise ValidationError({"replaces": "The replaced sentence belongs to another party."})
        replaces.is_current = False
        _save(replaces, user)
    return sentence


def ban_record(party: Any, kind: str, *, user: Any = None, sentence: Any = None, **fields: Any) -> Any:
    """Record a restriction (a ban on journalism, public activity, …) on `party`."""
    from speechwatch.incidents.models import Ban

    _require(permissions.can_create(user), user, "record bans")
    return _save(Ban(party=party, kind=kind, sentence=sentence, **fields), user)


# -- Accepting an ingested draft (speechwatch.ingest.accept) ---------------------------------------------------
# Ingest only proposes actors, cases and proceedings; these create them when an editor accepts the draft, with
# the same permission check and validation as every other path.


def involvement_add(incident: Incident, actor: Actor, role: str, *, user: Any = None, note: str = "") -> Involvement:
    """Tie an actor to an incident in a role (the same pair twice is one row)."""
    _require(permissions.can_edit_incident(user, incident), user, "edit this incident")
    existing = Involvement.objects.filter(incident=incident, actor=actor, role=role).first()
    return existing or _save(Involvement(incident=incident, actor=actor, role=role, note=note), user)


@transaction.atomic
def proceeding_create(
    *,
    incident: Incident,
    kind: str,
    user: Any = None,
    bases: Iterable[tuple[Any, str]] = (),
    parties: Iterable[tuple[Actor, str]] = (),
    amounts: Iterable[dict[str, Any]] = (),
    **fields: Any,
) -> Proceeding:
    """Create one proceeding of an incident (and its case, if any) with its legal bases (article, part),
    parties (actor, role) and money rows ({"kind", "amount_kzt", "date", "note"})."""
    from speechwatch.incidents.models import MoneyAmount, ProceedingBasis, ProceedingParty

    _require(permissions.can_edit_incident(user, incident), user, "edit this incident")
    proc = _save(Proceeding(incident=incident, case=incident.case, kind=kind, **fields), user)
    for article, part in dict.fromkeys((a, p) for a, p in bases):
        _save(ProceedingBasis(proceeding=proc, article=article, part=part), user)
    for actor, role in dict.fromkeys((a, r) for a, r in parties):
        _save(ProceedingParty(proceeding=proc, actor=actor, role=role), user)
    for amount in amounts:
        _save(MoneyAmount(proceeding=proc, **amount), user)
    return proc
