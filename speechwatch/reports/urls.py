from django.urls import path, re_path

from speechwatch.reports import views

app_name = "reports"
urlpatterns = [
    re_path(r"^close/(?P<month>\d{4}-\d{2})/$", views.close_month, name="close"),
    re_path(r"^close/(?P<month>\d{4}-\d{2})/texts/$", views.edit_texts, name="texts"),
    re_path(r"^close/(?P<month>\d{4}-\d{2})/preview/$", views.preview, name="preview"),
    path("render/", views.render_start, name="render"),
    path("jobs/<int:job_id>/status/", views.job_status, name="job_status"),
    path("<int:report_id>/download/", views.download, name="download"),
]
