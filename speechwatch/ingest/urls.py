from django.urls import path

from speechwatch.ingest import review, views

app_name = "ingest"
urlpatterns = [
    path("", views.upload, name="upload"),
    path("jobs/<int:pk>/", views.job_detail, name="job"),
    path("jobs/<int:pk>/status.json", views.job_status, name="job_status"),
    path("review/", review.draft_list, name="drafts"),
    path("review/<int:pk>/", review.draft_detail, name="draft"),
    path("review/<int:pk>/decide/", review.draft_decide, name="draft_decide"),
    path("documents/", review.document_list, name="documents"),
    path("documents/<int:pk>/", review.document_detail, name="document"),
]
