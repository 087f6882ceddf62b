"""The Django admin behind our own sign-in: /admin/login/ sends people to /accounts/login/, which asks
for the one-time code, is throttled by django-axes and writes the audit trail; and the admin lets in
only sessions that have passed the same second-factor rules as the rest of the site."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme


class SpeechwatchAdminSite(admin.AdminSite):
    def has_permission(self, request: HttpRequest) -> bool:
        from speechwatch.accounts.twofactor import session_satisfies_2fa

        return super().has_permission(request) and session_satisfies_2fa(request.user)

    def login(self, request: HttpRequest, extra_context: dict[str, Any] | None = None) -> HttpResponse:
        if request.user.is_authenticated:
            # Signed in but not staff: sending them to the login page would bounce straight back here.
            raise PermissionDenied
        target = request.GET.get("next") or reverse("admin:index", current_app=self.name)
        if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
            target = reverse("admin:index", current_app=self.name)
        return HttpResponseRedirect(reverse("login") + "?" + urlencode({"next": target}))
