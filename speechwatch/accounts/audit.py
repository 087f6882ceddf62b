"""Writing AccountEvent rows. Callers that have no request at hand (signals fired from the admin or a
service) get the current one from django-simple-history's middleware, which already keeps it."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest

from speechwatch.accounts.models import AccountEvent


def current_request() -> HttpRequest | None:
    from simple_history.models import HistoricalRecords

    return getattr(HistoricalRecords.context, "request", None)


def client_ip(request: HttpRequest | None) -> str | None:
    """The client's address, for the audit trail and django-axes' lockout (AXES_CLIENT_IP_CALLABLE).

    Behind our TLS proxy (SPEECHWATCH_BEHIND_TLS_PROXY) every request comes from the proxy, so the last
    X-Forwarded-For entry is used: the one the proxy appended, which a client cannot forge (entries
    before it can be). Otherwise REMOTE_ADDR, and the header is ignored."""
    if request is None:
        return None
    if getattr(settings, "SPEECHWATCH_TRUST_X_FORWARDED_FOR", False):
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        if forwarded and forwarded[-1]:
            return forwarded[-1]
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
