"""Sign-in: Django's LoginView with the TOTP second factor.

Every way in goes through here (the admin's login page redirects here), so the one-time code,
django-axes' lockout (it watches authenticate()) and the audit trail apply to all of them.
"""

from __future__ import annotations

from django.contrib.auth import logout
from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django_otp import login as otp_login

from speechwatch.accounts import twofactor
from speechwatch.web.forms.auth import OTPAuthenticationForm


class LoginView(auth_views.LoginView):
    form_class = OTPAuthenticationForm
    template_name = "registration/login.html"
    redirect_authenticated_user = True

    def dispatch(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        # A session that has not passed the second factor must sign in again with the code rather than
        # be bounced on to `next` (which would send it back here).
        if request.user.is_authenticated and not twofactor.session_satisfies_2fa(request.user):
            if not twofactor.needs_setup(request.user):
                logout(request)
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form: OTPAuthenticationForm):  # type: ignore[override]
        response = super().form_valid(form)
        if form.otp_device is not None:
            otp_login(self.request, form.otp_device)
        return response

    def get_success_url(self) -> str:
        user = self.request.user
        if user.is_authenticated and twofactor.needs_setup(user):
            return reverse("two_factor")
        return super().get_success_url()
