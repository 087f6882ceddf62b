"""What each caller may read through the API: the same rules as the web pages.

Built only from `speechwatch.core.permissions`, so the API and the pages cannot drift apart:
anonymous callers see published, non-confidential incidents; cases and actors only when a public
record shows them; proceedings only when not confidential and attached to a visible incident (or
to a visible case that has one).
"""

from __future__ import annotations

from typing import Any

from django.db.models import Exists, OuterRef, Q, QuerySet

from speechwatch.core import permissions
from speechwatch.incidents.models import Actor, Case, Involvement, Proceeding, ProceedingParty


def incidents_for(user: Any) -> QuerySet:
    return permissions.visible_incidents(user)


def cases_for(user: Any) -> QuerySet:
    qs = permissions.visible_cases(user, Case.objects.all())
    if permissions.role_of(user) is None:
        qs = qs.filter(Exists(incidents_for(user).filter(case_id=OuterRef("pk"))))
    return qs


def proceedings_for(user: Any) -> QuerySet:
    qs = permissions.visible_proceedings(user, Proceeding.objects.all())
    own = Q(incident__isnull=False, incident__in=incidents_for(user))
    of_case = Q(incident__isnull=True, case__in=cases_for(user))
    if permissions.role_of(user) is None:
        return qs.filter(own | of_case)
    return qs.filter(own | Q(incident__isnull=True))


def actors_for(user: Any) -> QuerySet:
    qs = Actor.objects.all()
    if permissions.role_of(user) is not None:
        return qs
    involved = Involvement.objects.filter(actor_id=OuterRef("pk"), incident__in=incidents_for(user))
    party = ProceedingParty.objects.filter(actor_id=OuterRef("pk"), proceeding__in=proceedings_for(user))
    return qs.filter(Exists(involved) | Exists(party))
