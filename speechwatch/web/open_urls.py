"""Routes of one public feature, kept in their own module so features can grow without touching web/urls.py.

Open data (namespace `opendata`, docs/open-data.md): the data dictionary, downloads of any filtered
incident view (/data/incidents.csv?<the list's filters>; /incidents/?format=csv answers the same),
embeds for partner sites and the Atom feed.
"""

from django.urls import path

from speechwatch.web.exports import embeds, views
from speechwatch.web.exports.feeds import incident_feed

urlpatterns: list = [
    path("data/", views.dictionary, name="dictionary"),
    # one plain route per format (same name, told apart by `fmt`): the canary crawl requests each
    *(path(f"data/incidents.{fmt}", views.export_incidents, {"fmt": fmt}, name="incidents") for fmt in views.FORMATS),
    path("embed/counter/", embeds.embed_counter, name="embed_counter"),
    path("embed/chart/", embeds.embed_chart, name="embed_chart"),
    path("feeds/incidents.atom", incident_feed, name="feed"),
]
