from django.contrib import admin
from django.urls import include, path

from speechwatch.core.health import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("accounts/", include("speechwatch.web.auth_urls")),
    path("api/", include("speechwatch.api.urls")),
    path("ingest/", include("speechwatch.ingest.urls")),
    path("stats/", include("speechwatch.stats.urls")),
    path("reports/", include("speechwatch.reports.urls")),
    path("", include(("speechwatch.web.open_urls", "opendata"))),
    path("", include(("speechwatch.web.map_urls", "map"))),
    path("", include("speechwatch.web.urls")),
]
# MEDIA_ROOT (source files, uploaded reports) is deliberately not served: source files go through
# web:source_file, which applies the permission rule of the source.
