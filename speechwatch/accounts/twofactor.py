"""Who must use a second factor, and whether a request's session has satisfied it.

One place decides this for the site, the admin and the API, so no path can be signed into with a
password alone where the site login would have asked for a one-time code.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django_otp.plugins.otp_totp.models import TOTPDevice


def required_roles() -> set[str]:
    """Roles named in SPEECHWATCH_REQUIRE_2FA (a comma list, e.g. "admin,editor"; empty by default)."""
    value = getattr(settings, "SPEECHWATCH_REQUIRE_2FA", "")
    if isinstance(value, str):
        value = value.split(",")
    return {part.strip() for part in value if part and part.strip()}


def role_requires_2fa(user: Any) -> bool:
    """Superusers count as admins, since they can do everything an admin can."""
    roles = required_roles()
    if not roles or not getattr(user, "is_authenticated", False):
        return False
    return user.role in roles or ("admin" in roles and user.is_superuser)


def has_device(user: Any) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def session_verified(user: Any) -> bool:
    """True when OTPMiddleware found the session signed in with a device's code."""
    is_verified = getattr(user, "is_verified", None)
    return bool(is_verified and is_verified())


def needs_setup(user: Any) -> bool:
    """The user's role requires a device and they have none yet."""
    return role_requires_2fa(user) and not has_device(user)


def session_satisfies_2fa(user: Any) -> bool:
    """An authenticated session may act as its user: verified with a code if the user has a device,
    and never for a user whose role requires a device they have not set up."""
    if not getattr(user, "is_authenticated", False):
        return False
    if session_verified(user):
        return True
    return not has_device(user) and not role_requires_2fa(user)
