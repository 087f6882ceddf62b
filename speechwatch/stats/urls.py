from django.urls import path

from speechwatch.stats import views

app_name = "stats"
urlpatterns = [
    path("", views.index, name="index"),
    path("reconcile/<str:period>/", views.reconcile_view, name="reconcile"),
    path("figure/<int:pk>/", views.figure_view, name="figure"),
    path("basis/<str:period>/", views.basis_view, name="basis"),
    path("<str:period>/behind/<str:measure>/", views.behind_view, name="behind"),
    path("<str:period>/", views.period_view, name="period"),
]
