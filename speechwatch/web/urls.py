from django.urls import path

from speechwatch.web import views

app_name = "web"
urlpatterns = [
    path("", views.home, name="home"),
    path("dashboard/", views.home, name="dashboard"),
]
