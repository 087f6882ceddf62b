"""Django settings for speechwatch.

Everything that differs between a laptop and a server comes from environment variables, so one
settings module serves both: SPEECHWATCH_DATABASE_URL, SPEECHWATCH_SECRET_KEY, SPEECHWATCH_DEBUG,
SPEECHWATCH_BROKER_URL (Celery broker; unset means jobs run in-process), SPEECHWATCH_ALLOWED_HOSTS,
SPEECHWATCH_DATA_DIR, SPEECHWATCH_MAX_UPLOAD_MB; HTTPS and security headers (SPEECHWATCH_HSTS_SECONDS,
SPEECHWATCH_BEHIND_TLS_PROXY, SPEECHWATCH_SSL_REDIRECT, SPEECHWATCH_SECURE_COOKIES) in docs/deployment.md.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _
from platformdirs import user_data_dir

from speechwatch.config.secret import load_or_create_secret_key

BASE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(os.environ.get("SPEECHWATCH_DATA_DIR") or user_data_dir("speechwatch", appauthor=False))


def _env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


# Off unless asked for: `speechwatch serve --dev` (and `make run`) set SPEECHWATCH_DEBUG=1 themselves.
DEBUG = _env_bool("SPEECHWATCH_DEBUG", False)
# From the environment, else this installation's own key file (generated once, mode 0600); never a fixed key.
SECRET_KEY = load_or_create_secret_key(DATA_DIR, os.environ.get("SPEECHWATCH_SECRET_KEY"))
ALLOWED_HOSTS = [
    h for h in os.environ.get("SPEECHWATCH_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",") if h
]
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("SPEECHWATCH_CSRF_TRUSTED_ORIGINS", "").split(",") if o]

INSTALLED_APPS = [
    "speechwatch.accounts.admin_apps.SpeechwatchAdminConfig",  # the admin behind our sign-in and 2FA
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "rest_framework",
    "drf_spectacular",
    "django_filters",
    "simple_history",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "speechwatch.core",
    "speechwatch.accounts",
    "speechwatch.vocab",
    "speechwatch.incidents",
    "speechwatch.ingest",
    "speechwatch.stats",
    "speechwatch.reports",
    "speechwatch.web",
    "speechwatch.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "speechwatch.core.security.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "speechwatch.accounts.middleware.IdleTimeoutMiddleware",
    "speechwatch.accounts.middleware.SecondFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",  # last: turns a locked-out sign-in into the lockout page
]

ROOT_URLCONF = "speechwatch.config.urls"
WSGI_APPLICATION = "speechwatch.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]


def _database_url() -> str:
    url = os.environ.get("SPEECHWATCH_DATABASE_URL")
    if url:
        return url
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{DATA_DIR / 'speechwatch.db'}"


DATABASES = {"default": dj_database_url.parse(_database_url(), conn_max_age=60)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].update(
        {"timeout": 20, "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"}
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "web:dashboard"
LOGOUT_REDIRECT_URL = "web:home"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Accounts (docs/permissions.md). django-axes watches authenticate(), so its backend comes first.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Roles that must use an authenticator app, e.g. "admin,editor"; empty means it is optional for all.
SPEECHWATCH_REQUIRE_2FA = os.environ.get("SPEECHWATCH_REQUIRE_2FA", "")
SESSION_COOKIE_AGE = int(float(os.environ.get("SPEECHWATCH_SESSION_HOURS", "8")) * 3600)
SPEECHWATCH_SESSION_IDLE_SECONDS = int(float(os.environ.get("SPEECHWATCH_SESSION_IDLE_MINUTES", "60")) * 60)
AXES_FAILURE_LIMIT = int(os.environ.get("SPEECHWATCH_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = dt.timedelta(minutes=float(os.environ.get("SPEECHWATCH_LOCKOUT_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "speechwatch.accounts.lockout.lockout_response"
AXES_USERNAME_FORM_FIELD = "username"
# Behind the TLS proxy the client's address is the last X-Forwarded-For entry (see accounts/audit.py).
SPEECHWATCH_TRUST_X_FORWARDED_FOR = _env_bool("SPEECHWATCH_BEHIND_TLS_PROXY", False)
AXES_CLIENT_IP_CALLABLE = "speechwatch.accounts.audit.client_ip"

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("ru", _("Russian")), ("kk", _("Kazakh"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Almaty"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("SPEECHWATCH_STATIC_ROOT") or DATA_DIR / "static")
# Serve app static files straight from the packages in development, so no collectstatic is needed.
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG
# Production: hashed, compressed copies made by collectstatic (`speechwatch serve` runs it), cached forever.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "speechwatch.core.staticstorage.ManifestStaticStorage"
    },
}
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("SPEECHWATCH_MEDIA_ROOT") or DATA_DIR / "media")
# `speechwatch backup` (docs/backups.md): where archives go and how many of the newest are kept.
SPEECHWATCH_BACKUP_DIR = Path(os.environ.get("SPEECHWATCH_BACKUP_DIR") or DATA_DIR / "backups")
SPEECHWATCH_BACKUP_KEEP = int(os.environ.get("SPEECHWATCH_BACKUP_KEEP") or 14)
# `speechwatch train` writes this installation's incident category model here; imports read it when it
# exists, else the shipped model (docs/extraction-incidents.md).
SPEECHWATCH_CATEGORY_MODEL = Path(os.environ.get("SPEECHWATCH_CATEGORY_MODEL") or DATA_DIR / "category_model.json")

MAX_UPLOAD_MB = int(os.environ.get("SPEECHWATCH_MAX_UPLOAD_MB", "50"))
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "speechwatch.api.pagination.BoundedLimitOffsetPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # No HTTP Basic: a password alone would skip the second factor. See docs/api.md.
        "speechwatch.accounts.api_auth.ApiTokenAuthentication",
        "speechwatch.accounts.api_auth.OTPSessionAuthentication",
    ],
}
SPECTACULAR_SETTINGS = {
    "TITLE": "speechwatch API",
    "DESCRIPTION": "Read-only API over incidents, cases and actors. Anonymous callers see what the public pages show.",
    "VERSION": "1",
}

# Background jobs: Celery on a real broker in production; in-process when no broker is configured.
CELERY_BROKER_URL = os.environ.get("SPEECHWATCH_BROKER_URL", "")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1

# Organisation settings printed in report contacts; overridable per installation.
SPEECHWATCH_ORGANISATION = {
    "name": os.environ.get("SPEECHWATCH_ORG_NAME", "Example Monitoring Service"),
    "monitoring_head": os.environ.get("SPEECHWATCH_ORG_HEAD", "Head of the Monitoring Service"),
    "email": os.environ.get("SPEECHWATCH_ORG_EMAIL", "monitoring@example.org"),
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("SPEECHWATCH_LOG_LEVEL", "WARNING")},
}

# Security headers and HTTPS (docs/deployment.md). The Content-Security-Policy comes from
# speechwatch.core.security (SPEECHWATCH_CONTENT_SECURITY_POLICY overrides it).
SPEECHWATCH_CONTENT_SECURITY_POLICY = os.environ.get("SPEECHWATCH_CONTENT_SECURITY_POLICY", "")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_HSTS_SECONDS = int(os.environ.get("SPEECHWATCH_HSTS_SECONDS", "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = _env_bool("SPEECHWATCH_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = _env_bool("SPEECHWATCH_HSTS_PRELOAD", False)
if _env_bool("SPEECHWATCH_BEHIND_TLS_PROXY", False):
    # Only behind a proxy that sets this header itself (Caddy, nginx in deploy/), never when clients reach us directly.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = _env_bool("SPEECHWATCH_SSL_REDIRECT", False)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # local health probes speak plain HTTP to the app port
# Secure cookies when DEBUG is off; SPEECHWATCH_SECURE_COOKIES=0 for plain-http use on a local network.
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = _env_bool("SPEECHWATCH_SECURE_COOKIES", not DEBUG)
