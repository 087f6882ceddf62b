from django.urls import path, re_path

from speechwatch.reports import editor_views, views

app_name = "reports"
urlpatterns = [
    re_path(r"^close/(?P<month>\d{4}-\d{2})/$", views.close_month, name="close"),
    re_path(r"^close/(?P<month>\d{4}-\d{2})/texts/$", views.edit_texts, name="texts"),
    re_path(r"^close/(?P<month>\d{4}-\d{2})/preview/$", views.preview, name="preview"),
    re_path(r"^edit/(?P<kind>monthly|annual)/(?P<period>\d{4}(?:-\d{2})?)/$", editor_views.report_editor,
            name="editor"),
    re_path(r"^edit/(?P<kind>monthly|annual)/(?P<period>\d{4}(?:-\d{2})?)/preview/$", editor_views.report_preview,
            name="editor_preview"),
    path("organisation/", editor_views.organisation, name="organisation"),
    path("render/", views.render_start, name="render"),
    path("jobs/<int:job_id>/status/", views.job_status, name="job_status"),
    path("<int:report_id>/download/", views.download, name="download"),
]
