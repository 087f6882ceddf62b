"""Routes of one public feature, kept in their own module so features can grow without touching web/urls.py."""

from django.urls import path

from speechwatch.web.views.map import incident_map, map_data

urlpatterns: list = [
    path("map/", incident_map, name="incident_map"),
    path("map/data.json", map_data, name="map_data"),
]
