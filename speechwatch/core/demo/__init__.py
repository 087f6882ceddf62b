"""`speechwatch demo`: a deterministic, invented data set that exercises the whole product.

Loading is idempotent: the demo marks itself with its flagship case, and a second run only makes
sure the demo users exist. Everything is created through `speechwatch.incidents.services`, so the
same validation and permission rules apply as in the editors' workflow.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db import transaction

from speechwatch.accounts.models import Role, User
from speechwatch.core.demo.actors import all_actors
from speechwatch.core.demo.figures import publish_figures
from speechwatch.core.demo.flagship import FLAGSHIP_TITLE, flagship_case, legislation, named_cases
from speechwatch.core.demo.generate import Context, generate_incidents
from speechwatch.core.demo.languages import load_languages
from speechwatch.core.demo.reports import load_reports
from speechwatch.incidents import services
from speechwatch.incidents.models import Case, Incident

DEMO_USERS = [
    ("admin", Role.ADMIN, "admin-demo-pw"),
    ("editor", Role.EDITOR, "editor-demo-pw"),
    ("monitor", Role.MONITOR, "monitor-demo-pw"),
    ("viewer", Role.VIEWER, "viewer-demo-pw"),
]


@dataclass
class DemoResult:
    loaded: bool
    incidents: int
    users: list[tuple[str, str, str | None]] = field(default_factory=list)  # (username, role, password or None)


def ensure_users() -> tuple[dict[str, User], list[tuple[str, str, str | None]]]:
    """Create the demo users if missing. Existing users keep their password (None in the listing
    unless it still is the demo password)."""
    users: dict[str, User] = {}
    listing: list[tuple[str, str, str | None]] = []
    for username, role, password in DEMO_USERS:
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User.objects.create_user(
                username=username, password=password, role=role, email=f"{username}@demo.example.org",
                is_staff=role in {Role.ADMIN, Role.EDITOR}, is_superuser=role == Role.ADMIN,
            )  # fmt: skip
        users[role] = user
        listing.append((username, user.role, password if user.check_password(password) else None))
    return users, listing


def _actors(users: dict[str, Any]) -> Context:
    persons, outlets, orgs = [], [], {}
    for name, kind, subkind, aliases in all_actors():
        actor, _ = services.actor_get_or_create(name, kind, subkind=subkind, aliases=aliases)
        if kind == "outlet":
            outlets.append(actor)
        elif kind == "organisation" or subkind == "official":
            orgs.setdefault(subkind, []).append(actor)
        elif subkind in {"journalist", "blogger", "activist", "citizen"}:
            persons.append(actor)
    return Context(users=users, persons=persons, outlets=outlets, orgs=orgs)


def load_demo() -> DemoResult:
    """Load the demo data set unless it is already there."""
    from speechwatch.web import search_document

    # search documents once per incident at the end, not once per row that touches an incident
    with transaction.atomic(), search_document.deferred():
        users, listing = ensure_users()
        if Case.objects.filter(title=FLAGSHIP_TITLE).exists():
            return DemoResult(loaded=False, incidents=Incident.objects.count(), users=listing)
        ctx = _actors(users)
        flagship_case(users)
        named_cases(users)
        legislation(users)
        generate_incidents(ctx)
        publish_figures()
        load_reports(users["editor"])
        load_languages(users["editor"])
    return DemoResult(loaded=True, incidents=Incident.objects.count(), users=listing)
