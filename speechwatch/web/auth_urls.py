"""Sign-in and sign-out at /accounts/, without a namespace (url names `login` and `logout`), as the
settings' LOGIN_URL and Django's auth views expect."""

from django.contrib.auth import views as auth_views
from django.urls import path

from speechwatch.accounts.views import tokens
from speechwatch.web.views.auth import LoginView
from speechwatch.web.views.two_factor import two_factor

urlpatterns = [
    path("login/", LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("two-factor/", two_factor, name="two_factor"),
    path("tokens/", tokens, name="tokens"),
]
