"""Views of the web app, one module per concern."""

from speechwatch.web.views.editing import (
    incident_create,
    incident_edit,
    incident_publish,
    incident_reject,
    incident_verify,
)
from speechwatch.web.views.pages import actor_detail, case_detail, dashboard, month_index, month_view
from speechwatch.web.views.public import home, incident_detail, incident_list

__all__ = [
    "actor_detail",
    "case_detail",
    "dashboard",
    "home",
    "incident_create",
    "incident_detail",
    "incident_edit",
    "incident_list",
    "incident_publish",
    "incident_reject",
    "incident_verify",
    "month_index",
    "month_view",
]
