"""The read-only JSON API under /api/ (namespace `api`), its OpenAPI schema and docs page."""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import DefaultRouter

from speechwatch.api import stats_views, views

app_name = "api"

router = DefaultRouter()
router.register("incidents", views.IncidentViewSet, basename="incident")
router.register("cases", views.CaseViewSet, basename="case")
router.register("actors", views.ActorViewSet, basename="actor")
router.register("proceedings", views.ProceedingViewSet, basename="proceeding")
router.register("categories", views.CategoryViewSet, basename="category")
router.register("regions", views.RegionViewSet, basename="region")
router.register("published-figures", views.PublishedFigureViewSet, basename="published-figure")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", views.docs, name="docs"),
    path("docs/redoc.js", views.redoc_js, name="redoc_js"),
    path("stats/<str:period>/", stats_views.PeriodFiguresView.as_view(), name="stats_period"),
    path("", include(router.urls)),
]
