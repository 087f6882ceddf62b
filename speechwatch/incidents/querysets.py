"""Which rows a user may see or change: the one visibility rule of the project.

Every view, API endpoint, search, report, export, statistic, job and download takes its rows from
`Model.objects.restrict(user, action)` (NetBox's RestrictedQuerySet is the model). The rule is written
here once per model and nowhere else, so a new page cannot forget the confidentiality of a case behind
a proceeding or of the incident behind a source.

| role      | incidents                      | cases, proceedings | sources                               |
|-----------|--------------------------------|--------------------|---------------------------------------|
| admin     | all                            | all                | all                                   |
| editor    | all                            | all                | all                                   |
| monitor   | non-confidential + own         | non-confidential   | of visible incidents; confidential    |
|           |                                |                    | only on incidents they created        |
| viewer    | non-confidential               | non-confidential   | non-confidential, of visible incidents|
| anonymous | published and non-confidential | non-confidential,  | non-confidential, of public incidents |
|           |                                | shown by a public incident |                               |

A proceeding is visible only when it, its case and its incident are. Actors are visible to a role
other than editor/admin only when a visible incident or proceeding names them (so a name that appears
only in confidential records stays unknown); staff also see actors that no record names yet.

Conditions are `EXISTS` subqueries, never `IN (every visible id)`, so their cost does not grow with
the database.
"""

from __future__ import annotations

from typing import Any

from django.db import models
from django.db.models import Exists, OuterRef, Q

VIEW = "view"
CHANGE = "change"
ACTIONS = (VIEW, CHANGE)


def _role(user: Any) -> str | None:
    from speechwatch.core.permissions import role_of

    return role_of(user)


def _is_privileged(role: str | None) -> bool:
    return role in {"admin", "editor"}


def _check_action(action: str) -> None:
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}; known: {', '.join(ACTIONS)}")


class RestrictedQuerySet(models.QuerySet):
    """A queryset that knows the project's visibility rule for its model."""

    def with_visible_case(self, user: Any) -> RestrictedQuerySet:
        """Fetch each row's case only when the user may see it: `row.case` is None otherwise, while
        `case_id` stays set. Pages and serializers print `row.case`, never a case looked up by id."""
        from speechwatch.incidents.models import Case

        return self.prefetch_related(models.Prefetch("case", queryset=Case.objects.restrict(user)))

    def restrict(self, user: Any, action: str = VIEW) -> RestrictedQuerySet:
        _check_action(action)
        role = _role(user)
        if _is_privileged(role):
            return self.all()
        if action == CHANGE:
            return self._changeable(user, role)
        return self._viewable(user, role)

    def _viewable(self, user: Any, role: str | None) -> RestrictedQuerySet:
        raise NotImplementedError

    def _changeable(self, user: Any, role: str | None) -> RestrictedQuerySet:
        """Only editors and admins change records other than incidents."""
        return self.none()


class IncidentQuerySet(RestrictedQuerySet):
    def _viewable(self, user: Any, role: str | None) -> IncidentQuerySet:
        if role is None:
            return self.filter(status="published", is_confidential=False)
        if role == "monitor":
            return self.filter(Q(is_confidential=False) | Q(created_by=user))
        return self.filter(is_confidential=False)

    def _changeable(self, user: Any, role: str | None) -> IncidentQuerySet:
        if role == "monitor":
            return self.filter(created_by=user, status="draft")
        return self.none()


class CaseQuerySet(RestrictedQuerySet):
    def _viewable(self, user: Any, role: str | None) -> CaseQuerySet:
        qs = self.filter(is_confidential=False)
        if role is None:
            from speechwatch.incidents.models import Incident

            public = Incident.objects.restrict(user).filter(case_id=OuterRef("pk"))
            qs = qs.filter(Exists(public))
        return qs


def visible_proceeding_q(user: Any, prefix: str = "") -> Q:
    """The proceeding rule as a condition on `prefix`+fields (e.g. "proceeding__" from a stage)."""
    from speechwatch.incidents.models import Case, Incident

    role = _role(user)
    if _is_privileged(role):
        return Q()
    incident = Exists(Incident.objects.restrict(user).filter(pk=OuterRef(f"{prefix}incident_id")))
    case = Exists(Case.objects.restrict(user).filter(pk=OuterRef(f"{prefix}case_id")))
    case_ok = Q(**{f"{prefix}case__isnull": True}) | Q(case)
    own = Q(**{f"{prefix}incident__isnull": False}) & Q(incident)
    if role is None:
        # a proceeding without an incident is public only through a case that a public incident shows
        of_case = Q(**{f"{prefix}incident__isnull": True}) & Q(case)
    else:
        of_case = Q(**{f"{prefix}incident__isnull": True})
    return Q(**{f"{prefix}is_confidential": False}) & case_ok & (own | of_case)


class ProceedingQuerySet(RestrictedQuerySet):
    def _viewable(self, user: Any, role: str | None) -> ProceedingQuerySet:
        return self.filter(visible_proceeding_q(user))


class SourceQuerySet(RestrictedQuerySet):
    def _viewable(self, user: Any, role: str | None) -> SourceQuerySet:
        from speechwatch.incidents.models import Incident

        qs = self.filter(Exists(Incident.objects.restrict(user).filter(pk=OuterRef("incident_id"))))
        if role == "monitor":
            return qs.filter(Q(is_confidential=False) | Q(incident__created_by=user))
        return qs.filter(is_confidential=False)

    def _changeable(self, user: Any, role: str | None) -> SourceQuerySet:
        from speechwatch.incidents.models import Incident

        if role != "monitor":
            return self.none()
        return self.filter(Exists(Incident.objects.restrict(user, CHANGE).filter(pk=OuterRef("incident_id"))))


class ActorQuerySet(RestrictedQuerySet):
    def _viewable(self, user: Any, role: str | None) -> ActorQuerySet:
        from speechwatch.incidents.models import Incident, Involvement, Proceeding, ProceedingParty

        visible_incident = Exists(Incident.objects.restrict(user).filter(pk=OuterRef("incident_id")))
        involved = Involvement.objects.filter(visible_incident, actor_id=OuterRef("pk"))
        party = ProceedingParty.objects.filter(visible_proceeding_q(user, "proceeding__"), actor_id=OuterRef("pk"))
        court = Proceeding.objects.filter(visible_proceeding_q(user), court_id=OuterRef("pk"))
        shown = Q(Exists(involved)) | Q(Exists(party)) | Q(Exists(court))
        if role is None:
            return self.filter(shown)
        named_anywhere = (
            Q(Exists(Involvement.objects.filter(actor_id=OuterRef("pk"))))
            | Q(Exists(ProceedingParty.objects.filter(actor_id=OuterRef("pk"))))
            | Q(Exists(Proceeding.objects.filter(court_id=OuterRef("pk"))))
        )
        return self.filter(shown | ~named_anywhere)


class SourceDocumentQuerySet(RestrictedQuerySet):
    """Report files read by ingest: working material of the staff, never public."""

    def _viewable(self, user: Any, role: str | None) -> SourceDocumentQuerySet:
        return self.all() if role is not None else self.none()


class PublicQuerySet(RestrictedQuerySet):
    """Published figures and legislative items: public facts, visible to everyone."""

    def _viewable(self, user: Any, role: str | None) -> PublicQuerySet:
        return self.all()


def stats_filters_for(user: Any) -> dict[str, Any] | None:
    """The statistics filter a user's figures are computed with: editors and admins count every
    confirmed record; everyone else only public records, without confidential proceedings or their
    money, so a figure never reveals that a hidden record exists."""
    return None if _is_privileged(_role(user)) else {"public_only": True}
