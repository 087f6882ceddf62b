"""/accounts/tokens/: a signed-in user creates and revokes their own API tokens.

The middleware already keeps sessions that have not passed the second factor away from here; the
check is repeated because a token outlives the session that made it.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from speechwatch.accounts import twofactor
from speechwatch.accounts.models import ApiToken
from speechwatch.accounts.tokens import create_token, revoke_token

EXPIRY_CHOICES = [("30", 30), ("90", 90), ("365", 365), ("never", None)]


@login_required
def tokens(request: HttpRequest) -> HttpResponse:
    if not twofactor.session_satisfies_2fa(request.user):
        logout(request)
        return redirect("login")
    new_key = ""
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "create":
            name = (request.POST.get("name") or "").strip()
            days = dict(EXPIRY_CHOICES).get(request.POST.get("expires") or "90", 90)
            if not name:
                messages.error(request, _("Give the token a name, e.g. the script or machine that will use it."))
            else:
                _token, new_key = create_token(request.user, name, days=days, actor=request.user, request=request)
        elif action == "revoke":
            token = ApiToken.objects.filter(user=request.user, pk=request.POST.get("token_id") or 0).first()
            if token is not None:
                revoke_token(token, actor=request.user, request=request)
                messages.success(request, _("The token was revoked."))
            return redirect("tokens")
    context = {
        "tokens": ApiToken.objects.filter(user=request.user),
        "new_key": new_key,
        "expiry_choices": [key for key, _days in EXPIRY_CHOICES],
    }
    response = render(request, "registration/tokens.html", context)
    response["Cache-Control"] = "no-store"  # the new key is on this page once
    return response
