"""Statistics indexes, second cut: incident ids in the counted-incidents index and proceedings by
(filing day, incident) so that proceedings without a filing day are found by their incident's id range.

A proceeding without `filed_on` counts in its incident's registration month. To avoid looking up the
incident of every such proceeding in the database, the engine first takes the smallest and largest id
of the counted incidents registered in the period (index-only on stats_inc_counted_id) and reads only
the undated proceedings whose incident id lies in that range (stats_proc_filed_inc). The range is a
necessary condition, so results never depend on it; it is fast because ids grow with registration.
"""

from django.db import migrations

DROP = ("stats_inc_counted", "stats_proc_filed")
CREATE = {
    "stats_inc_counted_id": "incidents_incident (status, registered_month, is_follow_up, primary_category_id, id)",
    "stats_proc_filed_inc": "incidents_proceeding (filed_on, incident_id, kind, is_honor_claim)",
}
OLD = {
    "stats_inc_counted": "incidents_incident (status, registered_month, is_follow_up, primary_category_id)",
    "stats_proc_filed": "incidents_proceeding (filed_on, kind, is_honor_claim, incident_id)",
}


class Migration(migrations.Migration):
    dependencies = [("stats", "0002_statistics_indexes")]

    operations = [
        *(
            migrations.RunSQL(
                sql=f"DROP INDEX IF EXISTS {name}", reverse_sql=f"CREATE INDEX IF NOT EXISTS {name} ON {OLD[name]}"
            )
            for name in DROP
        ),
        *(
            migrations.RunSQL(
                sql=f"CREATE INDEX IF NOT EXISTS {name} ON {target}", reverse_sql=f"DROP INDEX IF EXISTS {name}"
            )
            for name, target in CREATE.items()
        ),
    ]
