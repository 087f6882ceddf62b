"""Session rules that apply to every page: sign-out after inactivity, and the second factor.

They are middleware, not view decorators, so a page added later cannot forget them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _

from speechwatch.accounts import twofactor

LAST_SEEN_KEY = "_sw_last_seen"
SIGNED_IN_KEY = "_sw_signed_in"
# Writing the session on every request would turn every page view into a database write; a minute of
# slack on an idle timeout of an hour is harmless.
LAST_SEEN_RESOLUTION = 60
DEVICE_CHECK_KEY = "_sw_device_check"
# How long a session that signed in without a code keeps working after an authenticator is added to
# its account from another browser.
DEVICE_CHECK_SECONDS = 60


def _is_api(request: HttpRequest) -> bool:
    """The API answers JSON, not redirects: its own authentication classes apply the same rules."""
    return request.path_info.startswith("/api/")


def _login_redirect(request: HttpRequest) -> HttpResponse:
    query = urlencode({"next": request.get_full_path()}) if request.method == "GET" else ""
    return HttpResponseRedirect(reverse("login") + (f"?{query}" if query else ""))


class IdleTimeoutMiddleware:
    """Signs a user out after SPEECHWATCH_SESSION_IDLE_MINUTES without a request (the laptop left open
    in the office), and SESSION_COOKIE_AGE after signing in whatever the activity: Django counts the
    cookie age from the session's last save, and recording activity saves it, so the cap on the
    whole sign-in is kept here from the time of sign-in."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            now = int(time.time())
            session = request.session
            last = session.get(LAST_SEEN_KEY)
            signed_in = session.get(SIGNED_IN_KEY)
            idle = int(getattr(settings, "SPEECHWATCH_SESSION_IDLE_SECONDS", 3600))
            if isinstance(last, int) and idle > 0 and now - last > idle:
                return self._sign_out(request, _("You were signed out after a period of inactivity."))
            if isinstance(signed_in, int) and now - signed_in > settings.SESSION_COOKIE_AGE:
                return self._sign_out(request, _("Your session has ended: please sign in again."))
            if not isinstance(signed_in, int):
                session[SIGNED_IN_KEY] = now
            if not isinstance(last, int) or now - last >= LAST_SEEN_RESOLUTION:
                session[LAST_SEEN_KEY] = now
        return self.get_response(request)

    def _sign_out(self, request: HttpRequest, message: str) -> HttpResponse:
        logout(request)
        if _is_api(request):
            return self.get_response(request)  # the API goes on as anonymous
        messages.info(request, message)
        return _login_redirect(request)


class SecondFactorMiddleware:
    """A session signed in without a code for a user who has an authenticator (e.g. one added from
    another browser) is signed out; a user whose role requires an authenticator and has none can
    reach only the setup page, sign-out and the language switch until they have set one up."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def _allowed_during_setup(self, path: str) -> bool:
        allowed = (reverse("two_factor"), reverse("logout"), "/i18n/", settings.STATIC_URL)
        return any(path.startswith(prefix) for prefix in allowed)

    @staticmethod
    def _has_device(request: HttpRequest) -> bool:
        """Whether the user has a confirmed device, remembered in the session for DEVICE_CHECK_SECONDS
        so an unverified session does not cost a query on every page. The API's authentication asks
        the database every time."""
        now = int(time.time())
        cached = request.session.get(DEVICE_CHECK_KEY)
        if isinstance(cached, list) and len(cached) == 2 and 0 <= now - cached[0] < DEVICE_CHECK_SECONDS:
            return bool(cached[1])
        found = twofactor.has_device(request.user)
        request.session[DEVICE_CHECK_KEY] = [now, found]
        return found

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or _is_api(request) or twofactor.session_verified(user):
            return self.get_response(request)
        if request.path_info == reverse("login"):
            return self.get_response(request)  # LoginView signs such a session out and asks for the code
        if self._has_device(request):
            logout(request)
            messages.info(request, _("Sign in again with the one-time code from your authenticator app."))
            return _login_redirect(request)
        if twofactor.role_requires_2fa(user) and not self._allowed_during_setup(request.path_info):
            messages.warning(request, _("Your role requires an authenticator app: set it up to continue."))
            return HttpResponseRedirect(reverse("two_factor"))
        return self.get_response(request)
