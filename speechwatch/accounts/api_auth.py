"""REST framework authentication that applies the site's second-factor rules to the API.

HTTP Basic is not offered: it carries only a password, so it would be a way around the one-time code.
API clients send `Authorization: Token <key>` (or `Bearer <key>`) with a token created by a user
whose session had passed the second factor; browsers keep using their session, which counts only if
it has passed the same check as the site's pages.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from rest_framework import exceptions
from rest_framework.authentication import BaseAuthentication, SessionAuthentication, get_authorization_header
from rest_framework.request import Request

from speechwatch.accounts import twofactor
from speechwatch.accounts.models import ApiToken, hash_token

KEYWORDS = {b"token", b"bearer"}
# last_used is for people reviewing their tokens; a minute's precision spares a write per call.
LAST_USED_RESOLUTION = dt.timedelta(minutes=1)


class OTPSessionAuthentication(SessionAuthentication):
    """A session that has not passed the second factor (a user with an authenticator whose session
    gave no code, or a user whose role requires one they have not set up) is anonymous here."""

    def authenticate(self, request: Request) -> tuple[Any, None] | None:
        result = super().authenticate(request)
        if result is None:
            return None
        if not twofactor.session_satisfies_2fa(request._request.user):
            return None
        return result


class ApiTokenAuthentication(BaseAuthentication):
    def authenticate_header(self, request: Request) -> str:
        return 'Token realm="api"'

    def authenticate(self, request: Request) -> tuple[Any, ApiToken] | None:
        parts = get_authorization_header(request).split()
        if not parts or parts[0].lower() not in KEYWORDS:
            return None
        if len(parts) != 2:
            raise exceptions.AuthenticationFailed(_("Invalid token header."))
        try:
            raw = parts[1].decode()
        except UnicodeError as exc:
            raise exceptions.AuthenticationFailed(_("Invalid token header.")) from exc
        token = ApiToken.objects.select_related("user").filter(key_hash=hash_token(raw)).first()
        if token is None or token.is_expired or not token.user.is_active:
            raise exceptions.AuthenticationFailed(_("Invalid or expired token."))
        if twofactor.needs_setup(token.user):
            raise exceptions.AuthenticationFailed(_("Your role requires an authenticator app: set it up to continue."))
        now = timezone.now()
        if token.last_used is None or now - token.last_used >= LAST_USED_RESOLUTION:
            ApiToken.objects.filter(pk=token.pk).update(last_used=now)
        return token.user, token
