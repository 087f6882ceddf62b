"""Creating and revoking API tokens, shared by the /accounts/tokens/ page and `speechwatch token`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest
from django.utils import timezone

from speechwatch.accounts.audit import record
from speechwatch.accounts.models import ApiToken, EventKind, hash_token


def create_token(
    user: Any, name: str, *, days: int | None = None, actor: Any = None, request: HttpRequest | None = None
) -> tuple[ApiToken, str]:
    """Returns the token row and the raw key; the raw key is not stored anywhere and cannot be shown
    again."""
    raw = ApiToken.generate()
    expires = timezone.now() + dt.timedelta(days=days) if days else None
    token = ApiToken.objects.create(
        user=user, name=name.strip()[:100], key_hash=hash_token(raw), prefix=raw[:10], expires=expires
    )
    record(EventKind.TOKEN_CREATED, user=user, actor=actor, request=request, token=token.name, prefix=token.prefix)
    return token, raw


def revoke_token(token: ApiToken, *, actor: Any = None, request: HttpRequest | None = None) -> None:
    record(
        EventKind.TOKEN_REVOKED, user=token.user, actor=actor, request=request, token=token.name, prefix=token.prefix
    )
    token.delete()
