"""Writing AccountEvent rows. Callers that have no request at hand (signals fired from the admin or a
service) get the current one from django-simple-history's middleware, which already keeps it."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from speechwatch.accounts.models import AccountEvent


def current_request() -> HttpRequest | None:
    from simple_history.models import HistoricalRecords

    return getattr(HistoricalRecords.context, "request", None)


def client_ip(request: HttpRequest | None) -> str | None:
    """REMOTE_ADDR only: forwarded headers can be forged unless a trusted proxy sets them, and the
    deployment (see docs/configuration.md) puts the proxy's address there when there is one."""
    if request is None:
        return None
    return request.META.get("REMOTE_ADDR") or None


def record(
    kind: str,
    *,
    user: Any = None,
    username: str = "",
    actor: Any = None,
    request: HttpRequest | None = None,
    **detail: Any,
) -> AccountEvent:
    request = request if request is not None else current_request()
    if actor is None and request is not None:
        candidate = getattr(request, "user", None)
        if candidate is not None and candidate.is_authenticated:
            actor = candidate
    if user is not None and not username:
        username = user.get_username()
    return AccountEvent.objects.create(
        kind=kind,
        user=user if user is not None and user.pk else None,
        username=(username or "")[:150],
        actor=actor if actor is not None and getattr(actor, "pk", None) else None,
        ip=client_ip(request),
        detail=detail,
    )
