"""What each role may do. Which rows a role may see is `Model.objects.restrict(user, action)`
(speechwatch/incidents/querysets.py); this module answers the yes/no questions about actions.

| role      | view drafts | create | edit            | publish | see confidential          |
|-----------|-------------|--------|-----------------|---------|---------------------------|
| admin     | yes         | yes    | all             | yes     | yes                       |
| editor    | yes         | yes    | all             | yes     | yes                       |
| monitor   | yes         | yes    | own drafts only | no      | only on incidents they created |
| viewer    | yes         | no     | no              | no      | no                        |
| anonymous | no (published, non-confidential only) | no | no | no | no                    |
"""

from __future__ import annotations

from typing import Any

from speechwatch.accounts.models import Role


def role_of(user: Any) -> str | None:
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return None
    if user.is_superuser:
        return Role.ADMIN
    return user.role


def can_create(user: Any) -> bool:
    return role_of(user) in {Role.ADMIN, Role.EDITOR, Role.MONITOR}


def can_publish(user: Any) -> bool:
    return role_of(user) in {Role.ADMIN, Role.EDITOR}


can_verify = can_publish


def can_edit_incident(user: Any, incident: Any) -> bool:
    role = role_of(user)
    if role in {Role.ADMIN, Role.EDITOR}:
        return True
    if role == Role.MONITOR:
        return incident.created_by_id == user.pk and incident.status == "draft"
    return False


def can_see_confidential(user: Any, incident: Any | None = None) -> bool:
    role = role_of(user)
    if role in {Role.ADMIN, Role.EDITOR}:
        return True
    if role == Role.MONITOR and incident is not None:
        return incident.created_by_id == user.pk
    return False
