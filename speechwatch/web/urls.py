from django.urls import path

from speechwatch.web import views
from speechwatch.web.views.files import source_file
from speechwatch.web.views.translations import translation_edit, translation_history, translation_queue

app_name = "web"
urlpatterns = [
    path("", views.home, name="home"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("incidents/", views.incident_list, name="incident_list"),
    path("incidents/new/", views.incident_create, name="incident_create"),
    path("incidents/<int:pk>/", views.incident_detail, name="incident_detail"),
    path("incidents/<int:pk>/edit/", views.incident_edit, name="incident_edit"),
    path("incidents/<int:pk>/verify/", views.incident_verify, name="incident_verify"),
    path("incidents/<int:pk>/publish/", views.incident_publish, name="incident_publish"),
    path("incidents/<int:pk>/reject/", views.incident_reject, name="incident_reject"),
    path("months/", views.month_index, name="month_index"),
    path("months/<str:month>/", views.month_view, name="month"),
    path("cases/<int:pk>/", views.case_detail, name="case_detail"),
    path("actors/<int:pk>/", views.actor_detail, name="actor_detail"),
    path("sources/<int:pk>/file/", source_file, name="source_file"),
    path("translations/", translation_queue, name="translation_queue"),
    path("translations/<str:kind>/<int:pk>/", translation_edit, name="translation_edit"),
    path("translations/<str:kind>/<int:pk>/history/", translation_history, name="translation_history"),
]

