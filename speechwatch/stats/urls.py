from django.urls import path

from speechwatch.stats import views

app_name = "stats"
urlpatterns = [
    path("", views.index, name="index"),
    path("reconcile/<str:period>/", views.reconcile_view, name="reconcile"),
    path("<str:period>/", views.period_view, name="period"),
]
