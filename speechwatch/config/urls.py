from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("accounts/", include("speechwatch.web.auth_urls")),
    path("api/", include("speechwatch.api.urls")),
    path("ingest/", include("speechwatch.ingest.urls")),
    path("stats/", include("speechwatch.stats.urls")),
    path("", include("speechwatch.web.urls")),
]
if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
