"""Open data: downloads of any filtered incident view (CSV, XLSX, JSON, GeoJSON), the data dictionary,
embeds for partner sites and the Atom feed (docs/open-data.md).

Every row comes from the list page's own filterset over `Incident.objects.restrict(user)` and is
labelled by the list page's own row builder, so a download holds exactly what the visitor may see, as
the list shows it; the modules here only add columns and write formats.
"""
